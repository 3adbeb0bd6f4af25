package cn.luzhi.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldAcceptALongUncommonPassword() {
        assertThat(PasswordPolicy.problem("wangfang", "Huanghe-Bridge-42")).isEmpty();
        assertThat(PasswordPolicy.problem("wangfang", "黄河大桥北岸第三根柱子")).isEmpty();
    }

    @Test
    void shouldRequireTenCharactersCountingChineseAsOne() {
        assertThat(PasswordPolicy.problem("wangfang", "Short-pw9")).contains("新密码至少需要10个字符");
        assertThat(PasswordPolicy.problem("wangfang", "黄河大桥北岸柱子")).contains("新密码至少需要10个字符");
        assertThat(PasswordPolicy.problem("wangfang", null)).contains("请输入新密码");
    }

    @Test
    void shouldRefuseWhatBcryptWouldCut() {
        assertThat(PasswordPolicy.problem("wangfang", "x1".repeat(37))).get().asString().startsWith("新密码过长");
        assertThat(PasswordPolicy.problem("wangfang", "x1".repeat(36))).isEmpty();
    }

    @Test
    void shouldRefuseThePasswordContainingTheLoginName() {
        assertThat(PasswordPolicy.problem("wangfang", "WangFang2026!")).contains("新密码不能包含登录名");
    }

    @Test
    void shouldRefuseCommonPasswordsIgnoringCase() {
        for (String common : new String[] {"1234567890", "qwertyuiop", "a123456789", "woaini1314", "Password123",
                "1qaz2wsx3edc"}) {
            assertThat(PasswordPolicy.problem("wangfang", common)).as(common).contains("新密码过于常见，容易被猜中，请换一个");
        }
        assertThat(PasswordPolicy.problem("wangfang", "zzzzzzzzzzzz")).contains("新密码不能由同一个字符重复组成");
    }

    @Test
    void shouldIssueOneTimePasswordsThePolicyAccepts() {
        for (int i = 0; i < 100; i++) {
            OneTimePassword oneTime = OneTimePassword.generate();
            assertThat(PasswordPolicy.problem("wangfang", oneTime.oneTimePassword())).isEmpty();
            assertThat(oneTime.toString()).doesNotContain(oneTime.oneTimePassword());
        }
    }
}

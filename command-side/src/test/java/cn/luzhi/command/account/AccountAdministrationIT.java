package cn.luzhi.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every account change an administrator or the holder makes: its answer, its effect on logging in, and its event
 * in the trail with who and why, and never a password or hash.
 */
class AccountAdministrationIT extends CommandSideIntegrationTest {

    private static final String ADMIN = "admin";
    private static final String NEW_PASSWORD = "Huanghe-Bridge-42";

    private final String name = "t" + Long.toString(System.nanoTime(), 36);

    private String createUnitAccount() {
        Api.Response created = api.post("/api/accounts", ADMIN, PASSWORD, """
                {"accountId": "%s", "displayName": "城管局值班员", "role": "UNIT", "unitId": "%s",
                 "reason": "城管局新任联络员"}""".formatted(name, ReferenceData.LINKED_UNIT));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        return created.json().get("result").get("oneTimePassword").asText();
    }

    @Test
    void shouldCreateAnAccountWhoseOneTimePasswordMustBeReplacedFirst() {
        String oneTime = createUnitAccount();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(10);

        assertThat(api.get("/api/account", name, oneTime).json().get("unitId").asText())
                .isEqualTo(ReferenceData.LINKED_UNIT);
        Api.Response blocked = api.post("/api/petitions/p-any/reply", name, oneTime, "{}");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("type").asText()).isEqualTo("urn:luzhi:problem:password-change-required");
        assertThat(blocked.json().get("detail").asText()).contains("一次性密码");

        Api.Response weak = changeOwn(name, oneTime, "1234567890");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
        assertThat(weak.json().get("errors").get(0).get("message").asText()).isEqualTo("新密码过于常见，容易被猜中，请换一个");
        assertThat(changeOwn(name, oneTime, name + "-2026x").json().get("detail").asText()).contains("登录名");
        assertThat(api.post("/api/account/password", name, oneTime, """
                {"oldPassword": "wrong-old-password", "newPassword": "%s"}""".formatted(NEW_PASSWORD)).json().get("errors").get(0)
                .get("field").asText()).isEqualTo("oldPassword");
        assertThat(jdbc.sql("SELECT count(*) FROM login_failure WHERE kind = 'ACCOUNT' AND subject = ?").param(name)
                .query(Long.class).single()).as("a wrong old password counts as a failed login").isEqualTo(1);

        assertThat(changeOwn(name, oneTime, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(api.get("/api/account", name, oneTime).status()).isEqualTo(401);
        assertThat(api.post("/api/petitions/p-any/reply", name, NEW_PASSWORD, "{}").status())
                .as("past the gate: the empty reply is refused as invalid").isEqualTo(400);

        assertThat(trail()).containsExactly(
                entry("AccountCreated", ADMIN, "城管局新任联络员"),
                entry("AccountPasswordChanged", name, "首次登录（一次性密码）后设置本人密码"));
        assertThat(storedText()).doesNotContain(oneTime).doesNotContain(NEW_PASSWORD).doesNotContain("$2a$");
    }

    @Test
    void shouldRefuseAWrongLinkATakenNameAndEveryoneButAdministrators() {
        Api.Response noLink = api.post("/api/accounts", ADMIN, PASSWORD, """
                {"accountId": "%s", "displayName": "某人", "role": "UNIT", "reason": "r"}""".formatted(name));
        assertThat(noLink.status()).isEqualTo(422);
        assertThat(noLink.json().get("errors").get(0).get("message").asText()).isEqualTo("承办单位账号须关联一个承办单位");
        Api.Response unknownUnit = api.post("/api/accounts", ADMIN, PASSWORD, """
                {"accountId": "%s", "displayName": "某人", "role": "UNIT", "unitId": "u-nowhere", "reason": "r"}"""
                .formatted(name));
        assertThat(unknownUnit.json().get("errors").get(0).get("field").asText()).isEqualTo("unitId");
        Api.Response noReason = api.post("/api/accounts", ADMIN, PASSWORD, """
                {"accountId": "%s", "displayName": "某人", "role": "CLERK"}""".formatted(name));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response taken = api.post("/api/accounts", ADMIN, PASSWORD, """
                {"accountId": "clerk", "displayName": "某人", "role": "CLERK", "reason": "r"}""");
        assertThat(taken.json().get("errors").get(0).get("message").asText()).isEqualTo("登录名「clerk」已被使用");
        assertThat(api.post("/api/accounts", "clerk", PASSWORD, """
                {"accountId": "%s", "displayName": "某人", "role": "CLERK", "reason": "r"}""".formatted(name))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/admin/accounts", "clerk", PASSWORD).status()).isEqualTo(403);
        assertThat(trail()).isEmpty();
    }

    @Test
    void shouldDisableEndingEverySessionAndEnableAgain() {
        String oneTime = createUnitAccount();
        changeOwn(name, oneTime, NEW_PASSWORD);
        Api.Response refused = act("disable", "{}");
        assertThat(refused.status()).as("a reason is required").isEqualTo(400);

        Api browser = new Api(port, true);
        assertThat(browser.get("/api/account", name, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(browser.get("/api/account", null, null).status()).as("the session alone").isEqualTo(200);
        assertThat(sessions()).isPositive();

        assertThat(act("disable", "{\"reason\": \"调离原岗位\"}").status()).isEqualTo(200);
        assertThat(sessions()).isZero();
        assertThat(browser.get("/api/account", null, null).status()).isEqualTo(401);
        assertThat(api.get("/api/account", name, NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(act("disable", "{\"reason\": \"再次停用\"}").status()).isEqualTo(409);

        assertThat(act("enable", "{\"reason\": \"返回原岗位\"}").status()).isEqualTo(200);
        assertThat(api.get("/api/account", name, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(trail()).containsSubsequence(entry("AccountDisabled", ADMIN, "调离原岗位"),
                entry("AccountEnabled", ADMIN, "返回原岗位"));
    }

    @Test
    void shouldResetThePasswordToANewOneTimePassword() {
        String first = createUnitAccount();
        changeOwn(name, first, NEW_PASSWORD);
        Api.Response reset = act("reset-password", "{\"reason\": \"本人遗忘密码，电话核实身份\"}");
        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.json().get("result").get("oneTimePassword").asText();
        assertThat(oneTime).isNotEqualTo(first);
        assertThat(api.get("/api/account", name, NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(api.post("/api/petitions/p-any/reply", name, oneTime, "{}").status()).isEqualTo(403);
        assertThat(trail()).contains(entry("AccountPasswordReset", ADMIN, "本人遗忘密码，电话核实身份"));
        assertThat(storedText()).doesNotContain(oneTime);
    }

    @Test
    void shouldChangeTheRoleAndLinkButNotTheAdministratorsOwn() {
        String oneTime = createUnitAccount();
        Api.Response changed = act("change-role", """
                {"role": "SUPERVISOR", "regionId": "%s", "reason": "调任督办岗位"}""".formatted(ReferenceData.DISTRICT));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        Api.Response account = api.get("/api/account", name, oneTime);
        assertThat(account.json().get("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(account.json().get("unitId").isNull()).isTrue();
        assertThat(act("change-role", """
                {"role": "SUPERVISOR", "regionId": "%s", "reason": "r"}""".formatted(ReferenceData.DISTRICT))
                .status()).as("nothing to change").isEqualTo(422);
        assertThat(api.post("/api/accounts/" + ADMIN + "/disable", ADMIN, PASSWORD, "{\"reason\": \"r\"}").status())
                .isIn(404, 409);
        assertThat(trail()).contains(entry("AccountRoleChanged", ADMIN, "调任督办岗位"));
    }

    @Test
    void shouldReleaseALockoutOnlyWhenLocked() {
        createUnitAccount();
        assertThat(act("release-lockout", "{\"reason\": \"本人来电\"}").status()).isEqualTo(409);
        // Set up as the throttle locks (failed logins from this address would count against every other test).
        jdbc.sql("INSERT INTO login_lockout (kind, subject, locked_until) VALUES ('ACCOUNT', ?, now() + INTERVAL '15 minutes')")
                .param(name).update();
        assertThat(locked()).isTrue();
        assertThat(listed().get("lockedUntil")).isNotNull();
        assertThat(act("release-lockout", "{\"reason\": \"本人来电，核实身份\"}").status()).isEqualTo(200);
        assertThat(locked()).isFalse();
        assertThat(trail()).contains(entry("AccountLockoutReleased", ADMIN, "本人来电，核实身份"));
    }

    @Test
    void shouldListAccountsWithoutHashesFilteredByRoleAndLink() {
        createUnitAccount();
        Map<String, Object> row = listed();
        assertThat(row).containsEntry("role", "UNIT").containsEntry("roleLabel", "承办单位")
                .containsEntry("unitId", ReferenceData.LINKED_UNIT).containsEntry("mustChangePassword", true)
                .doesNotContainKey("passwordHash");
        assertThat(row.get("version")).as("the trail's version, for If-Match").isNotNull();
        assertThat(api.get("/api/admin/accounts?q=clerk", ADMIN, PASSWORD).text())
                .as("a demo account has no trail").contains("\"version\":null");
        Api.Response byRole = api.get("/api/admin/accounts?role=AUDITOR&q=" + name, ADMIN, PASSWORD);
        assertThat(byRole.json().size()).isZero();
        Api.Response byLink = api.get("/api/admin/accounts?linkId=" + ReferenceData.LINKED_UNIT, ADMIN, PASSWORD);
        assertThat(byLink.text()).contains(name).doesNotContain("$2a$").doesNotContain("{bcrypt}");
        assertThat(api.get("/api/admin/accounts?role=KING", ADMIN, PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/admin/accounts?q=%00x", ADMIN, PASSWORD).status()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listed() {
        Api.Response list = api.get("/api/admin/accounts?q=" + name, ADMIN, PASSWORD);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        return tools.jackson.databind.json.JsonMapper.builder().build().convertValue(list.json().get(0), Map.class);
    }

    private Api.Response act(String action, String body) {
        return api.post("/api/accounts/" + name + "/" + action, ADMIN, PASSWORD, body);
    }

    private Api.Response changeOwn(String user, String oldPassword, String newPassword) {
        return api.post("/api/account/password", user, oldPassword, """
                {"oldPassword": "%s", "newPassword": "%s"}""".formatted(oldPassword, newPassword));
    }

    private boolean locked() {
        return jdbc.sql("SELECT count(*) FROM login_lockout WHERE kind = 'ACCOUNT' AND subject = ? AND locked_until > now()")
                .param(name).query(Long.class).single() > 0;
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(name)
                .query(Long.class).single();
    }

    /** The account's events: type, actor and reason, in order. */
    private List<String> trail() {
        return jdbc.sql("""
                        SELECT payload_type, convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId',
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'reason'
                          FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(name)
                .query((rs, row) -> entry(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1),
                        rs.getString(2), rs.getString(3)))
                .list();
    }

    private String storedText() {
        return String.join("\n", jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8')
                          FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(name).query(String.class).list());
    }

    private static String entry(String type, String actor, String reason) {
        return type + " by " + actor + ": " + reason;
    }
}

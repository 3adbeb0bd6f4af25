package cn.luzhi.command.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.command.web.InvalidCommand;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionKeyTest {

    private static final String K = "q3Zp9LwR2vN8xT4mK7cB1dF6hJ0sY5uE";

    @Test
    void shouldOpenWhatItSealedForTheSamePetition() {
        SubmissionKey key = SubmissionKey.of(K);
        byte[] sealed = key.seal("ABCD-EFGH\n人大代表王芳", "p-1");
        assertThat(SubmissionKey.of(K).open(sealed, "p-1")).isEqualTo("ABCD-EFGH\n人大代表王芳");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("ABCD");
        assertThat(key.seal("ABCD-EFGH\n人大代表王芳", "p-1")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void shouldNotOpenWithAnotherKeyNorForAnotherPetition() {
        byte[] sealed = SubmissionKey.of(K).seal("ABCD-EFGH", "p-1");
        assertThatThrownBy(() -> SubmissionKey.of(K.replace('q', 'r')).open(sealed, "p-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SubmissionKey.of(K).open(sealed, "p-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldStoreAHashThatIsNotTheSealingKey() {
        SubmissionKey key = SubmissionKey.of(K);
        assertThat(key.sha256()).hasSize(64).isEqualTo(SubmissionKey.of(K).sha256()).doesNotContain(K);
        assertThat(key.toString()).doesNotContain(K);
    }

    @Test
    void shouldFingerprintARequestUnderTheKeySoThatAGuessCannotBeTestedWithoutIt() {
        List<String> request = Arrays.asList("token-1", "张三", "13812341234", null, "路灯", "不亮");
        String fingerprint = SubmissionKey.of(K).fingerprint(request);
        assertThat(SubmissionKey.of(K).fingerprint(request)).isEqualTo(fingerprint).hasSize(64);
        assertThat(SubmissionKey.of(K.replace('q', 'r')).fingerprint(request)).isNotEqualTo(fingerprint);
        assertThat(SubmissionKey.of(K).fingerprint(Arrays.asList("token-1", "张三", "13812341235", null, "路灯", "不亮")))
                .isNotEqualTo(fingerprint);
        // Fields run together differently are another request.
        assertThat(SubmissionKey.of(K).fingerprint(Arrays.asList("token-1", "张三1", "3812341234", null, "路灯", "不亮")))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void shouldRefuseAHeaderThatCannotBeAKey() {
        for (String malformed : new String[] {null, "", "a".repeat(21), "a".repeat(129), "abc+def/ghi=jklmnopqrstuvw"}) {
            assertThatThrownBy(() -> SubmissionKey.of(malformed)).isInstanceOf(InvalidCommand.class);
        }
        assertThat(SubmissionKey.of("a".repeat(22))).isNotNull();
        assertThat(SubmissionKey.of("-_".repeat(64))).isNotNull();
    }
}

package cn.luzhi.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

    private final ReceiptCodes codes = new ReceiptCodes();

    @Test
    void shouldCarryAtLeast128RandomBitsInUnambiguousCharacters() {
        assertThat(ReceiptCodes.LENGTH * Math.log(ReceiptCodes.ALPHABET.length()) / Math.log(2))
                .isGreaterThanOrEqualTo(128);
        assertThat(ReceiptCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "U").hasSize(30);
        String code = codes.next();
        assertThat(code).matches("([" + ReceiptCodes.ALPHABET + "]{4}-){6}[" + ReceiptCodes.ALPHABET + "]{4}");
    }

    @Test
    void shouldNeverRepeatAndUseEveryCharacter() {
        Set<String> seen = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(seen.add(code)).isTrue();
            code.replace("-", "").chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(ReceiptCodes.ALPHABET.length());
    }

    @Test
    void shouldFindTheSameCodeHoweverTyped() {
        String code = codes.next();
        String normalized = ReceiptCodes.normalize(code).orElseThrow();
        assertThat(ReceiptCodes.normalize(code.toLowerCase().replace("-", " "))).contains(normalized);
        assertThat(ReceiptCodes.normalize(code.replace("-", ""))).contains(normalized);
        assertThat(ReceiptCodes.sha256(normalized)).hasSize(64).doesNotContain(normalized);
    }

    @Test
    void shouldRejectWhatCannotBeACode() {
        assertThat(ReceiptCodes.normalize(null)).isEmpty();
        assertThat(ReceiptCodes.normalize("ABC")).isEmpty();
        assertThat(ReceiptCodes.normalize("0000-0000-0000-0000-0000-0000-0000")).isEmpty();
        assertThat(ReceiptCodes.normalize("x".repeat(10_000))).isEmpty();
    }
}

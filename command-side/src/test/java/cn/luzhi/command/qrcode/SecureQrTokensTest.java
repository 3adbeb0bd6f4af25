package cn.luzhi.command.qrcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecureQrTokensTest {

    private final SecureQrTokens tokens = new SecureQrTokens();

    @Test
    void shouldIssueUrlSafeTokensOf128Bits() {
        String token = tokens.next();

        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
    }

    @Test
    void shouldNeverRepeatAToken() {
        Set<String> issued = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> issued.add(tokens.next()));

        assertThat(issued).hasSize(10_000);
    }
}

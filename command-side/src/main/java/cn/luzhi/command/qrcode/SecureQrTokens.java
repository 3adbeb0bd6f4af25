package cn.luzhi.command.qrcode;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * 128 random bits from {@link SecureRandom}, base64url without padding (22 characters): enough that a
 * citizen cannot reach another station's or deputy's page by altering the printed link.
 */
@Component
class SecureQrTokens implements QrTokens {

    private static final int TOKEN_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String next() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return encoder.encodeToString(bytes);
    }
}

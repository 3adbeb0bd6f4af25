package cn.luzhi.command.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Citizens' QR intake and its public endpoints ({@code luzhi.intake.*}).
 *
 * @param publicBaseUrl where citizens' phones reach the intake page, e.g. {@code https://lz.example.gov.cn}; empty
 *                      means the scheme, host and port of the staff request that draws the code
 * @param maxBodySize   largest request body a public endpoint reads; a larger one is refused with 413 unread
 * @param lookup        requests per client address to {@code GET /api/public/intake/{token}}
 * @param submit        petitions per client address through {@code POST /api/public/intake/{token}/petitions}
 * @param receipt       requests per client address to {@code /api/public/receipts/**}, which bounds code guessing
 */
@ConfigurationProperties("luzhi.intake")
public record IntakeProperties(String publicBaseUrl, DataSize maxBodySize, Limit lookup, Limit submit,
                               Limit receipt) {

    public IntakeProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : publicBaseUrl.replaceAll("/+$", "");
        maxBodySize = maxBodySize != null ? maxBodySize : DataSize.ofKilobytes(16);
        lookup = lookup != null ? lookup : new Limit(60, Duration.ofMinutes(1));
        submit = submit != null ? submit : new Limit(10, Duration.ofMinutes(10));
        receipt = receipt != null ? receipt : new Limit(30, Duration.ofMinutes(1));
    }

    /**
     * At most {@code requests} in each fixed {@code window}. Generous by default: many phones share one mobile
     * carrier's address.
     *
     * @param requests requests allowed per window and client address
     * @param window   length of a window; windows start at multiples of it since the epoch
     */
    public record Limit(int requests, Duration window) {

        public Limit {
            if (requests < 1 || window == null || window.toSeconds() < 1) {
                throw new IllegalArgumentException("a limit needs at least 1 request per window of at least 1 s");
            }
        }
    }
}

package cn.luzhi.command.intake;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public link a QR code encodes: {@code <public base URL>/intake.html?t=<token>}, or another page under the
 * same base (an activity's check-in), since phones reach every page through it.
 */
@Component
public class IntakeLinks {

    private final IntakeProperties properties;

    IntakeLinks(IntakeProperties properties) {
        this.properties = properties;
    }

    String forToken(String token, HttpServletRequest request) {
        // Tokens are base64url, so they need no escaping in a query string.
        return forPage("/intake.html?t=" + token, request);
    }

    /** {@code pathAndQuery} (starting with a slash, escaped already) under the public base URL. */
    public String forPage(String pathAndQuery, HttpServletRequest request) {
        String base = properties.publicBaseUrl() != null ? properties.publicBaseUrl()
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        return base + pathAndQuery;
    }
}

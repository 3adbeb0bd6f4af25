package cn.luzhi.command.intake;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public link a QR code encodes: {@code <public base URL>/intake.html?t=<token>}. */
@Component
class IntakeLinks {

    private final IntakeProperties properties;

    IntakeLinks(IntakeProperties properties) {
        this.properties = properties;
    }

    String forToken(String token, HttpServletRequest request) {
        String base = properties.publicBaseUrl() != null ? properties.publicBaseUrl()
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        // Tokens are base64url, so they need no escaping in a query string.
        return base + "/intake.html?t=" + token;
    }
}

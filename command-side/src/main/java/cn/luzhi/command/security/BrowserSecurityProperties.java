package cn.luzhi.command.security;

import cn.luzhi.events.common.ActorRole;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What protects a browser's session and pages ({@code luzhi.browser.*}). The session cookie's flags
 * (HttpOnly, SameSite, Secure) are Spring Boot's {@code server.servlet.session.cookie.*}.
 *
 * @param sessionIdleTimeout    a session unused this long ends; the browser is sent to the login page again
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header sent with every answer
 * @param startPages            where each role lands after logging in, unless it was on its way to another page;
 *                              a role not named here lands on {@code /}
 */
@ConfigurationProperties("luzhi.browser")
public record BrowserSecurityProperties(Duration sessionIdleTimeout, String contentSecurityPolicy,
                                        Map<ActorRole, String> startPages) {

    /**
     * Scripts only from the application's own files. ECharts writes its tooltips as HTML with style attributes,
     * so style attributes are allowed, but style elements only from the application's own files. CSP Level 3's
     * 'self' also allows WebSocket connections to the same host and port, which the live feed uses.
     */
    public static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public BrowserSecurityProperties {
        sessionIdleTimeout = sessionIdleTimeout != null ? sessionIdleTimeout : Duration.ofMinutes(30);
        contentSecurityPolicy = contentSecurityPolicy != null && !contentSecurityPolicy.isBlank()
                ? contentSecurityPolicy : DEFAULT_POLICY;
        startPages = startPages != null ? Map.copyOf(startPages) : Map.of();
    }
}

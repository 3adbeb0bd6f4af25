package cn.luzhi.query.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of a query-side node standing alone: HTTP Basic against the staff accounts the command side keeps in
 * {@code app_user} (passwords are {@code {bcrypt}} hashes of the delegating encoder). Every security bean of the
 * query side is declared here, so that the all-in-one application, whose command side covers both, can leave
 * this one class out.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    SecurityFilterChain querySecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll();
                    QueryAccessRules.apply(requests);
                    requests.anyRequest().authenticated();
                })
                .httpBasic(withDefaults())
                // Sessions are shared with the command nodes (Spring Session JDBC), and so is the CSRF token kept
                // in them: a browser's POST here (a rebuild, a verification against a file) needs it like one there.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(QuerySecurityConfiguration::relaysOnSessionCookie));
        return http.build();
    }

    /**
     * Whether a state-changing request rides on a browser's session cookie rather than its own credentials; the
     * command side's filter chain draws the same line (the two sides share no Spring code).
     */
    static boolean relaysOnSessionCookie(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
    }

    @Bean
    PasswordEncoder queryPasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService queryUserDetailsService(JdbcClient jdbc) {
        return username -> jdbc.sql("""
                        SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .roles(rs.getString(3))
                        .disabled(!rs.getBoolean(4))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("未知用户"));
    }
}

package cn.luzhi.command.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * HTTP Basic for API clients, a login page for browsers. A state-changing request that comes with a session
 * cookie needs a CSRF token; one that carries its own credentials (Basic) or no session at all cannot ride on
 * a logged-in browser and needs none, so it gets a plain 401 when unauthenticated.
 * Leaders and auditors only read: they send no commands.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * @param moreRules access rules of other components in the same JVM (the query side's, in the all-in-one
     *                  application), applied before the catch-all rule
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AccessRules> moreRules) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                    "/swagger-ui/**", "/swagger-ui.html", "/login", "/error").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/**")
                            .hasAnyRole("CITIZEN", "DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "ADMIN");
                    moreRules.orderedStream().forEach(rules -> rules.customize(requests));
                    requests.anyRequest().authenticated();
                })
                // A Basic client that keeps the session cookie is not re-verified with BCrypt on every request.
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(problems))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::relaysOnSessionCookie));
        return http.build();
    }

    /** Access rules another component adds to this filter chain. */
    public interface AccessRules
            extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static boolean relaysOnSessionCookie(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        // The login form always needs its token, so no other site can log a browser into a chosen account.
        return "/login".equals(request.getServletPath())
                || request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
    }
}

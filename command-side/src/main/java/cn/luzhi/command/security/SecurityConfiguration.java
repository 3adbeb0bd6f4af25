package cn.luzhi.command.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * HTTP Basic for API clients, a login page for browsers. A state-changing request that comes with a session
 * cookie needs a CSRF token; one that carries its own credentials (Basic) or no session at all cannot ride on
 * a logged-in browser and needs none, so it gets a plain 401 when unauthenticated.
 * Every role with an account may reach the command API; which command each role may send, on which cases, is
 * the route's {@code Access} (docs/roles.md), enforced before dispatch. Auditors only read.
 * <p>
 * Browsers: an idle session ends after {@code luzhi.browser.session-idle-timeout}; the session id changes at
 * login; {@code POST /logout} (with the CSRF token) ends it. Repeated failed logins lock the account name and,
 * further on, the client address ({@link LoginThrottle}). Every answer carries a Content-Security-Policy,
 * {@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff}, a same-origin Referrer-Policy and
 * Spring Security's no-store cache headers (so a one-time password in an answer is never cached). An account
 * holding a one-time password can do nothing but replace it ({@link PasswordChangeGate}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * @param moreRules access rules of other components in the same JVM (the query side's, in the all-in-one
     *                  application), applied before the catch-all rule
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AccessRules> moreRules,
                                            UserDirectory users, PasswordEncoder passwordEncoder,
                                            LoginThrottle throttle, BrowserSecurityProperties browser)
            throws Exception {
        ProblemResponses problems = new ProblemResponses();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                    "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html", "/login", "/login.css",
                                    "/error").permitAll()
                            // Taking a checkpoint or verifying against a kept checkpoint file changes no case.
                            .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints").hasAnyRole("AUDITOR", "ADMIN")
                            .requestMatchers(HttpMethod.POST, "/api/audit/verify")
                            .hasAnyRole("AUDITOR", "SUPERVISOR", "ADMIN")
                            // Every account changes its own password, auditors too; only administrators list accounts.
                            .requestMatchers(HttpMethod.POST, "/api/account/password")
                            .hasAnyRole("DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN")
                            .requestMatchers("/api/admin/accounts").hasRole("ADMIN");
                    // Other components' narrower rules (e.g. ADMIN-only rebuilds) before the command API's catch-all.
                    moreRules.orderedStream().forEach(rules -> rules.customize(requests));
                    requests.requestMatchers(HttpMethod.POST, "/api/**")
                            .hasAnyRole("CITIZEN", "DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER", "ADMIN");
                    requests.anyRequest().authenticated();
                })
                // A Basic client that keeps the session cookie is not re-verified with BCrypt on every request.
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint(problems))
                // The only way in: no second provider that a locked account could fall back to.
                .authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle)))
                // API calls get a 401 problem (also when a browser's session has timed out); pages the login form.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(problems)
                        .defaultAuthenticationEntryPointFor(problems, new OrRequestMatcher(
                                PathPatternRequestMatcher.pathPattern("/api/**"),
                                PathPatternRequestMatcher.pathPattern("/ws/**"))))
                .formLogin(form -> form.loginPage("/login").successHandler(new StartPages(browser.startPages()))
                        .failureHandler(new LoginFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(browser.contentSecurityPolicy()))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::relaysOnSessionCookie));
        return http.build();
    }

    /** Access rules another component adds to this filter chain. */
    public interface AccessRules
            extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
    }

    /** Spring Security's firewall picks this up for the addresses it refuses before any filter chain runs. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new ProblemResponses();
    }

    @Bean
    PasswordEncoder passwordEncoder(AccountProperties accounts) {
        // Hashes are stored as "{bcrypt}..." so that another algorithm can be added later without a migration.
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(accounts.passwordHashCost())));
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

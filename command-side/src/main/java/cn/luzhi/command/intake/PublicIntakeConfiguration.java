package cn.luzhi.command.intake;

import cn.luzhi.command.security.SecurityConfiguration;
import cn.luzhi.command.web.ClientAddresses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security and guards of the citizens' intake. The public endpoints get their own filter chain: open to all,
 * stateless (no session is read or created, so a staff login in the same browser is not taken along and no
 * cookie is set), without CSRF tokens (there is no session to ride on). The staff chain gets the QR code rules:
 * clerks and administrators print every code, a deputy fetches their own (docs/roles.md).
 */
@Configuration(proxyBeanMethods = false)
class PublicIntakeConfiguration {

    static final String PUBLIC_API = "/api/public/**";
    /** Who may print QR codes: the clerks who run stations and the administrators. */
    static final String[] QR_ROLES = {"CLERK", "ADMIN"};
    /**
     * Who may fetch a deputy's code: also the deputy, to show it (代表赋码亮身份); {@link QrCodeController} answers
     * a deputy 404 for any code but their own.
     */
    static final String[] DEPUTY_QR_ROLES = {"CLERK", "ADMIN", "DEPUTY"};

    @Bean
    @Order(1)
    SecurityFilterChain publicIntakeChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_API)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<PublicRequestGuard> publicRequestGuard(IntakeProperties properties,
                                                                  PublicRateLimits rateLimits,
                                                                  ClientAddresses clientAddresses) {
        FilterRegistrationBean<PublicRequestGuard> registration =
                new FilterRegistrationBean<>(new PublicRequestGuard(properties, rateLimits, clientAddresses));
        registration.addUrlPatterns("/api/public/*");
        // Before Spring Security (-100) and before anything reads the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    QrCodeAccessRules qrCodeAccessRules() {
        return new QrCodeAccessRules();
    }

    @Bean
    PublicAccessRules publicAccessRules() {
        return new PublicAccessRules();
    }

    /**
     * Opens {@code /api/public/**} in every chain, first. Spring Security 7 applies each access-rule bean to every
     * filter chain it builds, this one included, before the chain's own rules: without this rule first, another
     * component's {@code GET /api/**} rule would refuse citizens here.
     */
    static final class PublicAccessRules implements SecurityConfiguration.AccessRules, Ordered {

        @Override
        public void customize(
                AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
            requests.requestMatchers(PUBLIC_API).permitAll();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Applied before the other components' rules, whose {@code GET /api/**} would otherwise let all staff in. */
    static final class QrCodeAccessRules implements SecurityConfiguration.AccessRules, Ordered {

        @Override
        public void customize(
                AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
            requests.requestMatchers(HttpMethod.GET, "/api/stations/*/qr.png", "/api/stations/*/qr.svg",
                            "/api/stations/*/qr-sheet").hasAnyRole(QR_ROLES)
                    .requestMatchers(HttpMethod.GET, "/api/deputies/*/qr.png", "/api/deputies/*/qr.svg")
                    .hasAnyRole(DEPUTY_QR_ROLES);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}

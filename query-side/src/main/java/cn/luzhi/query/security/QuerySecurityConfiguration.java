package cn.luzhi.query.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    SecurityFilterChain querySecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll();
                    QueryAccessRules.apply(requests);
                    requests.anyRequest().authenticated();
                })
                .httpBasic(withDefaults())
                // Read-only API: nothing here changes state on behalf of a browser's session.
                .csrf(csrf -> csrf.disable());
        return http.build();
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

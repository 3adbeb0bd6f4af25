package cn.luzhi.app.security;

import cn.luzhi.command.security.SecurityConfiguration;
import cn.luzhi.query.security.QueryAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * In one JVM the command side's filter chain serves both sides, so it takes the query side's read rules too
 * (the cockpit for leaders and supervisors, lists for staff, the live feed).
 */
@Configuration(proxyBeanMethods = false)
class AllInOneSecurity {

    @Bean
    SecurityConfiguration.AccessRules queryAccessRules() {
        return QueryAccessRules::apply;
    }

    /**
     * The citizens' intake page opens from a QR code on any phone, without an account, so it and the built
     * scripts and styles it loads (code, never data) need no login; its data comes from /api/public/**.
     */
    @Bean
    SecurityConfiguration.AccessRules intakePageAccess() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/intake.html", "/assets/**").permitAll();
    }
}

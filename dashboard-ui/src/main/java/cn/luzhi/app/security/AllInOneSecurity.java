package cn.luzhi.app.security;

import cn.luzhi.command.security.SecurityConfiguration;
import cn.luzhi.query.security.QueryAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}

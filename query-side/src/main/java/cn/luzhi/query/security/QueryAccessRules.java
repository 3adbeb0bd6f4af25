package cn.luzhi.query.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may read what on the query side. Kept apart from {@link QuerySecurityConfiguration} so that the all-in-one
 * application, which builds a single filter chain, can apply the same rules to it.
 */
public final class QueryAccessRules {

    /** Roles that may watch the cockpit and its live feed (docs/cockpit-contract.md). */
    public static final String[] COCKPIT_ROLES = {"LEADER", "SUPERVISOR", "AUDITOR", "ADMIN", "CLERK"};
    /** Staff roles: everyone with an account except citizens, who follow their own case by receipt code. */
    public static final String[] STAFF_ROLES = {"DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER", "AUDITOR",
            "ADMIN"};

    private QueryAccessRules() {
    }

    public static void apply(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/cockpit/**").hasAnyRole(COCKPIT_ROLES)
                .requestMatchers("/ws", "/ws/**").hasAnyRole(STAFF_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(STAFF_ROLES);
    }
}

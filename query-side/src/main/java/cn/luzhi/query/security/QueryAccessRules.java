package cn.luzhi.query.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may read what on the query side, by role (docs/roles.md is the full table). Which rows each role then sees
 * is the {@link cn.luzhi.query.common.Viewer}'s business, and which topics it may subscribe to the
 * {@code livefeed.SubscriptionGuard}'s. Kept apart from {@link QuerySecurityConfiguration} so that the all-in-one
 * application, which builds a single filter chain, can apply the same rules to it.
 */
public final class QueryAccessRules {

    /** Roles that may watch the cockpit and its live feed (docs/cockpit-contract.md). */
    public static final String[] COCKPIT_ROLES = {"LEADER", "SUPERVISOR", "AUDITOR", "ADMIN", "CLERK"};
    /** Roles that may watch deadlines and unit rankings (督办); the access helper scopes supervisors by region. */
    public static final String[] SUPERVISION_ROLES = {"SUPERVISOR", "LEADER", "ADMIN", "AUDITOR", "CLERK"};
    /** Staff roles: everyone with an account except citizens, who follow their own case by receipt code. */
    public static final String[] STAFF_ROLES = {"DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER", "AUDITOR",
            "ADMIN"};
    /** Who may read a deputy's performance archive: the deputy (their own only) and those who assess deputies. */
    public static final String[] ARCHIVE_ROLES = {"DEPUTY", "CLERK", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN"};
    /** Who may read deputies' activities (履职活动): those who take part, organise or watch them; not units. */
    public static final String[] ACTIVITY_ROLES = {"DEPUTY", "CLERK", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN"};
    /** Who may read the full ranking of deputies: those who assess deputies (a deputy sees their rank in the archive). */
    public static final String[] RANKING_ROLES = {"CLERK", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN"};
    /** Roles that may read any case's audit trail (history and state as of a point) from the event store. */
    public static final String[] CASE_TRAIL_ROLES = {"AUDITOR", "SUPERVISOR", "ADMIN", "LEADER", "CLERK"};
    /**
     * Roles that may search and export the global audit log, verify the event store's integrity and read its
     * checkpoints (DOMAIN.md: auditors and supervisors; admins).
     */
    public static final String[] AUDIT_ROLES = {"AUDITOR", "SUPERVISOR", "ADMIN"};
    /** Roles with waiting work (待办) and its live "re-fetch" notices: those who act on cases. */
    public static final String[] TODO_ROLES = {"DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER"};

    /** Who may read a ballot's roll call: the desk and those who watch it; a deputy finds only themselves on it. */
    public static final String[] ROLL_CALL_ROLES = {"CLERK", "DEPUTY", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN"};

    /** Who may read receptions (进家接待) and their figures: the desk, those who watch, the deputies who received. */
    public static final String[] RECEPTION_ROLES = {"DEPUTY", "CLERK", "SUPERVISOR", "LEADER", "AUDITOR", "ADMIN"};

    private QueryAccessRules() {
    }

    public static void apply(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        // The command side's account list (AccountAdminController), under these read rules in the all-in-one.
        requests.requestMatchers(HttpMethod.GET, "/api/admin/accounts").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/admin/reconciliation").hasAnyRole("ADMIN", "AUDITOR")
                .requestMatchers("/api/admin/projections", "/api/admin/projections/**", "/api/admin/rebuilds",
                        "/api/admin/rebuilds/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/cockpit/**").hasAnyRole(COCKPIT_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/deputies/*/archive").hasAnyRole(ARCHIVE_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/deputies/*/annual-report").hasAnyRole(ARCHIVE_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/duty-activities", "/api/duty-activities/*")
                .hasAnyRole(ACTIVITY_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/deputy-ranking").hasAnyRole(RANKING_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/cases/**").hasAnyRole(CASE_TRAIL_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/supervision/**").hasAnyRole(SUPERVISION_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/todo").hasAnyRole(TODO_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/ballots/*/roll-call").hasAnyRole(ROLL_CALL_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/audit/events", "/api/audit/events.csv",
                        "/api/audit/events.xlsx", "/api/audit/filters").hasAnyRole(AUDIT_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/audit/verify", "/api/audit/checkpoints",
                        "/api/audit/checkpoints/**").hasAnyRole(AUDIT_ROLES)
                .requestMatchers(HttpMethod.POST, "/api/audit/verify").hasAnyRole(AUDIT_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/petitions/export.xlsx", "/api/suggestions/export.xlsx",
                        "/api/mediation-cases/export.xlsx", "/api/ballots/export.xlsx", "/api/projects/export.xlsx")
                .hasAnyRole(STAFF_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/receptions", "/api/receptions/*", "/api/reception-figures",
                        "/api/receptions/export.xlsx")
                .hasAnyRole(RECEPTION_ROLES)
                .requestMatchers("/ws", "/ws/**").hasAnyRole(STAFF_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(STAFF_ROLES);
    }
}

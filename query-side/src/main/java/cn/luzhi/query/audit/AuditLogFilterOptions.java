package cn.luzhi.query.audit;

import java.util.List;

/**
 * What the audit log's search form offers.
 *
 * @param roles     the actors' roles
 * @param caseTypes what an event can be about
 * @param actions   every action, grouped by the case type it belongs to
 */
public record AuditLogFilterOptions(List<Option> roles, List<Option> caseTypes, List<Option> actions) {

    /**
     * One choice.
     *
     * @param value    the parameter value to send
     * @param label    what users read
     * @param caseType for an action, the case type it belongs to
     */
    public record Option(String value, String label, String caseType) {
    }
}

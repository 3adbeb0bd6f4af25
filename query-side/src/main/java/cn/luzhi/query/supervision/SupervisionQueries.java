package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.RegionScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The supervision tables in SQL: open deadlines for the lists, past ones for the unit rankings. */
@Component
class SupervisionQueries {

    /** Unit rankings count the cases units answer: petitions and suggestions (mediation ends, it is not replied). */
    private static final List<String> REPLIED_CASE_TYPES = List.of(CaseType.PETITION.name(),
            CaseType.SUGGESTION.name());

    private final JdbcClient jdbc;

    SupervisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which open deadlines a list shows; null filters are left out. */
    record ListFilter(String regionId, String unitId, String deputyId, CaseType caseType) {
    }

    record OpenDeadline(String caseId, CaseType caseType, String title, int round, String unitId, String deputyId,
                        String regionId, Instant assignedAt, Instant dueAt, int urgeCount) {
    }

    record ReplyTime(String unitId, long replies, double medianSeconds) {
    }

    record OverdueCount(String unitId, long cases, long overdueCases) {
    }

    /** Open deadlines the command side declared overdue, or whose due time passed by {@code now}. */
    List<OpenDeadline> overdue(ListFilter filter, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", Timestamp.from(now));
        return open(filter, "(overdue OR due_at <= :now)", parameters);
    }

    /** Open deadlines not overdue, due after {@code now} and by {@code until}. */
    List<OpenDeadline> dueSoon(ListFilter filter, Instant now, Instant until) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", Timestamp.from(now));
        parameters.put("until", Timestamp.from(until));
        return open(filter, "NOT overdue AND due_at > :now AND due_at <= :until", parameters);
    }

    private List<OpenDeadline> open(ListFilter filter, String condition, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                SELECT case_id, case_type, title, round, unit_id, deputy_id, region_id, assigned_at, due_at, urge_count
                  FROM supervision_deadline
                 WHERE replied_at IS NULL AND ended_at IS NULL AND region_id LIKE :scope AND\s""").append(condition);
        parameters.put("scope", RegionScope.likePattern(filter.regionId()));
        if (filter.unitId() != null) {
            sql.append(" AND unit_id = :unit");
            parameters.put("unit", filter.unitId());
        }
        if (filter.deputyId() != null) {
            sql.append(" AND deputy_id = :deputy");
            parameters.put("deputy", filter.deputyId());
        }
        if (filter.caseType() != null) {
            sql.append(" AND case_type = :type");
            parameters.put("type", filter.caseType().name());
        }
        sql.append(" ORDER BY due_at, case_id, unit_id");
        return jdbc.sql(sql.toString())
                .params(parameters)
                .query((rs, row) -> new OpenDeadline(rs.getString("case_id"), CaseType.valueOf(rs.getString("case_type")),
                        rs.getString("title"), rs.getInt("round"), rs.getString("unit_id"), rs.getString("deputy_id"),
                        rs.getString("region_id"), rs.getTimestamp("assigned_at").toInstant(),
                        rs.getTimestamp("due_at").toInstant(), rs.getInt("urge_count")))
                .list();
    }

    /**
     * Per unit, the median time from assignment to reply over the replies given in the Beijing days {@code from}
     * to {@code to}, both included.
     */
    List<ReplyTime> replyTimes(String regionId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT unit_id, count(*),
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM replied_at - assigned_at))
                          FROM supervision_deadline
                         WHERE case_type IN (:types) AND replied_at >= :from AND replied_at < :to
                           AND region_id LIKE :scope
                         GROUP BY unit_id""")
                .params(period(regionId, from, to))
                .query((rs, row) -> new ReplyTime(rs.getString(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    /**
     * Per unit, the cases assigned to it in the period and how many of them went overdue: declared overdue, replied
     * after the due time, or still unanswered with the due time passed by {@code now}.
     */
    List<OverdueCount> overdueCounts(String regionId, LocalDate from, LocalDate to, Instant now) {
        Map<String, Object> parameters = period(regionId, from, to);
        parameters.put("now", Timestamp.from(now));
        return jdbc.sql("""
                        SELECT unit_id, count(DISTINCT case_id),
                               count(DISTINCT case_id) FILTER (WHERE went_overdue
                                   OR (replied_at IS NULL AND ended_at IS NULL AND due_at <= :now))
                          FROM supervision_deadline
                         WHERE case_type IN (:types) AND assigned_at >= :from AND assigned_at < :to
                           AND region_id LIKE :scope
                         GROUP BY unit_id""")
                .params(parameters)
                .query((rs, row) -> new OverdueCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    private static Map<String, Object> period(String regionId, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("types", REPLIED_CASE_TYPES);
        parameters.put("from", Timestamp.from(ChinaTime.startOf(from)));
        parameters.put("to", Timestamp.from(ChinaTime.endOf(to)));
        parameters.put("scope", RegionScope.likePattern(regionId));
        return parameters;
    }
}

package cn.luzhi.query.cockpit;

import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.query.activity.ActivityKind;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.RegionScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the cockpit, straight from the read-model tables in SQL. Counts of cases follow the cohort
 * rule of {@link CockpitFormulas}: the cases that arrived in the period, in the state they are in now. The
 * trend counts what happened on each day instead (received, closed, replied, settled that day).
 */
@Component
class CockpitQueries {

    private static final List<String> OPEN_PETITION =
            Arrays.stream(PetitionStatus.values()).filter(status -> !status.isTerminal()).map(Enum::name).toList();
    /** Duplicates merged into another case count through that case; returned suggestions were never filed. */
    private static final List<String> NOT_COUNTED =
            List.of(PetitionStatus.MERGED.name(), SuggestionStatus.RETURNED.name());

    /**
     * An act ({@code activity a}) in the scope: on a case of the region, or, for acts that belong to a station and no
     * region (receptions, legislative opinions), at a station of the region.
     */
    private static final String ACT_IN_SCOPE = """
            (a.region_id LIKE :scope
                OR a.region_id IS NULL AND EXISTS (SELECT 1 FROM station at_station
                                                    WHERE at_station.station_id = a.station_id
                                                      AND at_station.region_id LIKE :scope))""";

    private final JdbcClient jdbc;

    CockpitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where and when: the region's cases (its own and those below it) in the Beijing days {@code from} to
     * {@code to}, both included.
     */
    record Scope(String regionId, LocalDate from, LocalDate to) {

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("scope", RegionScope.likePattern(regionId));
            parameters.put("from", Timestamp.from(ChinaTime.startOf(from)));
            parameters.put("to", Timestamp.from(ChinaTime.endOf(to)));
            parameters.put("zone", ChinaTime.ZONE.getId());
            parameters.put("notCounted", NOT_COUNTED);
            parameters.put("open", OPEN_PETITION);
            return parameters;
        }
    }

    record PetitionCounts(long received, long closed, long open, long overdue, long rated, long satisfied) {
    }

    record SuggestionCounts(long received, long replied, long classA, long classB, long classC, long onTime,
                            long keySupervision) {
    }

    record MediationCounts(long referred, long settled, long failed) {
    }

    record FollowUpCounts(long followedUp, long solvedFromEarlierYears, long stillInProgress, long notYetPossible) {
    }

    record ToProcuratorateCounts(long converted, long suggestionIssued, long lawsuitFiled, long declined,
                                 long pending) {
    }

    record FromProcuratorateCounts(long converted, long classA, long classB, long classC, long pending) {
    }

    record BallotCounts(long held, long entitled, long voted) {
    }

    record ProjectCounts(long approved, BigDecimal budget) {
    }

    record DayCount(LocalDate day, long count) {
    }

    record DeputyActs(String deputyId, String name, ActivityKind kind, long acts) {
    }

    record StationActs(String stationId, String name, long acts) {
    }

    record RegionCounts(String regionId, String name, long received, long closed, long overdue) {
    }

    record SourceCounts(PetitionSource source, long received, long closed, long rated, long satisfied) {
    }

    /** The petition counts of {@link #petitions} per source, for the sources that have any. */
    List<SourceCounts> petitionsBySource(Scope scope) {
        return jdbc.sql("""
                        SELECT source,
                               count(*),
                               count(*) FILTER (WHERE status = 'CLOSED'),
                               count(*) FILTER (WHERE satisfaction IS NOT NULL),
                               count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))
                          FROM petition
                         WHERE submitted_at >= :from AND submitted_at < :to AND region_id LIKE :scope
                           AND status NOT IN (:notCounted)
                         GROUP BY source""")
                .params(scope.parameters())
                .query((rs, row) -> new SourceCounts(PetitionSource.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    PetitionCounts petitions(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE status = 'CLOSED'),
                               count(*) FILTER (WHERE status IN (:open)),
                               count(*) FILTER (WHERE overdue AND status IN (:open)),
                               count(*) FILTER (WHERE satisfaction IS NOT NULL),
                               count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))
                          FROM petition
                         WHERE submitted_at >= :from AND submitted_at < :to AND region_id LIKE :scope
                           AND status NOT IN (:notCounted)""")
                .params(scope.parameters())
                .query((rs, row) -> new PetitionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    SuggestionCounts suggestions(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE result IS NOT NULL),
                               count(*) FILTER (WHERE result = 'SOLVED_OR_ADOPTED'),
                               count(*) FILTER (WHERE result = 'BEING_SOLVED_OR_PLANNED'),
                               count(*) FILTER (WHERE result = 'KEPT_FOR_REFERENCE'),
                               count(*) FILTER (WHERE result IS NOT NULL AND first_reply_on_time),
                               count(*) FILTER (WHERE key_supervision)
                          FROM suggestion
                         WHERE submitted_at >= :from AND submitted_at < :to AND region_id LIKE :scope
                           AND status NOT IN (:notCounted)""")
                .params(scope.parameters())
                .query((rs, row) -> new SuggestionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    /**
     * The follow-ups (回头看) recorded for the scope's year in its region, and the B-class suggestions of earlier
     * reply years they found solved: a solve counts in its own year, the reply's class stays where it was counted.
     */
    FollowUpCounts followUps(Scope scope, int year) {
        Map<String, Object> parameters = scope.parameters();
        parameters.put("year", year);
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE s.solved_year = :year AND f.outcome = 'SOLVED'
                                                  AND EXTRACT(YEAR FROM s.last_replied_at AT TIME ZONE :zone) < :year),
                               count(*) FILTER (WHERE f.outcome = 'STILL_IN_PROGRESS'),
                               count(*) FILTER (WHERE f.outcome = 'NOT_YET_POSSIBLE')
                          FROM suggestion_follow_up f JOIN suggestion s ON s.suggestion_id = f.suggestion_id
                         WHERE f.year = :year AND s.region_id LIKE :scope""")
                .params(parameters)
                .query((rs, row) -> new FollowUpCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** Suggestions of the region passed to a procuratorate in the period, by what the procuratorate did. */
    ToProcuratorateCounts toProcuratorate(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE procuratorate_outcome = 'SUGGESTION_ISSUED'),
                               count(*) FILTER (WHERE procuratorate_outcome = 'LAWSUIT_FILED'),
                               count(*) FILTER (WHERE procuratorate_outcome = 'DECLINED'),
                               count(*) FILTER (WHERE procuratorate_outcome IS NULL)
                          FROM suggestion
                         WHERE converted_to_procuratorate_at >= :from AND converted_to_procuratorate_at < :to
                           AND region_id LIKE :scope""")
                .params(scope.parameters())
                .query((rs, row) -> new ToProcuratorateCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .single();
    }

    /**
     * Suggestions of the region drafted from a procuratorate's public-interest suggestion and filed in the period
     * (the cohort rule), by the suggestion's own result: the class its unit replied with, or not yet replied.
     */
    FromProcuratorateCounts fromProcuratorate(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE result = 'SOLVED_OR_ADOPTED'),
                               count(*) FILTER (WHERE result = 'BEING_SOLVED_OR_PLANNED'),
                               count(*) FILTER (WHERE result = 'KEPT_FOR_REFERENCE'),
                               count(*) FILTER (WHERE result IS NULL)
                          FROM suggestion
                         WHERE procuratorate_reference IS NOT NULL
                           AND submitted_at >= :from AND submitted_at < :to AND region_id LIKE :scope
                           AND status NOT IN (:notCounted)""")
                .params(scope.parameters())
                .query((rs, row) -> new FromProcuratorateCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .single();
    }

    MediationCounts mediation(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE status = 'SETTLED'),
                               count(*) FILTER (WHERE status = 'FAILED')
                          FROM mediation_case
                         WHERE referred_at >= :from AND referred_at < :to AND region_id LIKE :scope""")
                .params(scope.parameters())
                .query((rs, row) -> new MediationCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /**
     * Receptions held in the period at stations of the region (a station's region says where a reception was), with
     * the issues raised there and the petitions they became; the {@code top} stations that held most.
     */
    CockpitSummary.Receptions receptions(Scope scope, int top) {
        String held = """
                SELECT r.reception_id, r.station_id, r.citizens_received
                  FROM reception r JOIN station s ON s.station_id = r.station_id
                 WHERE r.received_at >= :from AND r.received_at < :to AND s.region_id LIKE :scope""";
        CockpitSummary.Receptions totals = jdbc.sql("SELECT count(*), COALESCE(sum(h.citizens_received), 0),"
                        + " (SELECT count(*) FROM reception_issue i WHERE i.reception_id IN (SELECT h2.reception_id FROM ("
                        + held + ") h2)),"
                        + " (SELECT count(*) FROM reception_issue i WHERE i.petition_id IS NOT NULL"
                        + " AND i.reception_id IN (SELECT h3.reception_id FROM (" + held + ") h3))"
                        + " FROM (" + held + ") h")
                .params(scope.parameters())
                .query((rs, row) -> new CockpitSummary.Receptions(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), List.of()))
                .single();
        List<CockpitSummary.StationReceptions> stations = jdbc.sql("SELECT h.station_id, s.name, count(*)"
                        + " FROM (" + held + ") h JOIN station s ON s.station_id = h.station_id"
                        + " GROUP BY h.station_id, s.name ORDER BY count(*) DESC, h.station_id LIMIT :top")
                .params(scope.parameters()).param("top", top)
                .query((rs, row) -> new CockpitSummary.StationReceptions(rs.getString(1), rs.getString(2),
                        rs.getLong(3)))
                .list();
        return new CockpitSummary.Receptions(totals.held(), totals.citizens(), totals.issues(), totals.petitions(),
                stations);
    }

    /**
     * Deputies' activities of the region held in the period (see {@link CockpitSummary.DutyActivities}), by kind:
     * activities, the lines of their roll calls (invited or recorded) and those present.
     */
    List<CockpitSummary.KindActivities> dutyActivities(Scope scope) {
        Map<DutyActivityKind, CockpitSummary.KindActivities> held = jdbc.sql("""
                        SELECT a.kind, count(DISTINCT a.activity_id), count(t.deputy_id),
                               count(t.deputy_id) FILTER (WHERE t.status = 'PRESENT')
                          FROM duty_activity a LEFT JOIN duty_attendance t ON t.activity_id = a.activity_id
                         WHERE a.status = 'CLOSED' AND a.starts_at >= :from AND a.starts_at < :to
                           AND a.region_id LIKE :scope
                         GROUP BY a.kind""")
                .params(scope.parameters())
                .query((rs, row) -> kindActivities(DutyActivityKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4)))
                .stream().collect(Collectors.toMap(CockpitSummary.KindActivities::kind, figures -> figures));
        return Arrays.stream(DutyActivityKind.values())
                .map(kind -> held.getOrDefault(kind, kindActivities(kind, 0, 0, 0))).toList();
    }

    private static CockpitSummary.KindActivities kindActivities(DutyActivityKind kind, long held, long expected,
                                                                long present) {
        return new CockpitSummary.KindActivities(kind, kind.label(), held, expected, present);
    }

    /**
     * Ballots of the region (its own and those below it) that closed in the period: they were held then,
     * whenever they were set up. Voted is the papers cast, blank ones included; a deputy who checked in and
     * cast no paper did not vote.
     */
    BallotCounts ballots(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*), COALESCE(sum(entitled), 0), COALESCE(sum(votes_cast), 0)
                          FROM ballot
                         WHERE closed_at >= :from AND closed_at < :to AND region_id LIKE :scope""")
                .params(scope.parameters())
                .query((rs, row) -> new BallotCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /**
     * Drafts opened for comment in the period and the counts of their opinions, district-wide (see
     * {@link CockpitSummary.Legislation}). Unqualified, like every query here, so that time travel reads its scratch
     * schema.
     */
    CockpitSummary.Legislation legislation(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*), COALESCE(sum(collected), 0), COALESCE(sum(forwarded), 0),
                               COALESCE(sum(adopted), 0)
                          FROM legislative_draft
                         WHERE opened_at >= :from AND opened_at < :to""")
                .params(scope.parameters())
                .query((rs, row) -> new CockpitSummary.Legislation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), CockpitFormulas.adoptionRate(rs.getLong(4), rs.getLong(3))))
                .single();
    }

    /** Livelihood projects of the region that ballots approved in the period, and their budgets in yuan. */
    ProjectCounts projects(Scope scope) {
        return jdbc.sql("""
                        SELECT count(*), COALESCE(sum(budget), 0)
                          FROM livelihood_project
                         WHERE approved_at >= :from AND approved_at < :to AND region_id LIKE :scope""")
                .params(scope.parameters())
                .query((rs, row) -> new ProjectCounts(rs.getLong(1), rs.getBigDecimal(2)))
                .single();
    }

    List<DayCount> petitionsReceivedPerDay(Scope scope) {
        return perDay("petition", "submitted_at", "status NOT IN (:notCounted)", scope);
    }

    List<DayCount> petitionsClosedPerDay(Scope scope) {
        return perDay("petition", "closed_at", "status = 'CLOSED'", scope);
    }

    List<DayCount> suggestionsRepliedPerDay(Scope scope) {
        return perDay("suggestion", "first_replied_at", "TRUE", scope);
    }

    List<DayCount> mediationSettledPerDay(Scope scope) {
        return perDay("mediation_case", "ended_at", "status = 'SETTLED'", scope);
    }

    private List<DayCount> perDay(String table, String column, String condition, Scope scope) {
        return jdbc.sql("SELECT (" + column + " AT TIME ZONE :zone)::date AS day, count(*) FROM " + table
                        + " WHERE " + column + " >= :from AND " + column + " < :to AND region_id LIKE :scope AND "
                        + condition + " GROUP BY day")
                .params(scope.parameters())
                .query((rs, row) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
    }

    /** Petition counts of each region directly below {@code parentId}, each covering its own subtree. */
    List<RegionCounts> regionsBelow(String parentId, Scope scope) {
        Map<String, Object> parameters = scope.parameters();
        parameters.put("parent", parentId);
        return jdbc.sql("""
                        SELECT r.region_id, r.name,
                               count(p.petition_id),
                               count(p.petition_id) FILTER (WHERE p.status = 'CLOSED'),
                               count(p.petition_id) FILTER (WHERE p.overdue AND p.status IN (:open))
                          FROM region r
                          LEFT JOIN petition p
                            ON p.region_id LIKE replace(r.region_id, '_', '\\_') || '%'
                           AND p.submitted_at >= :from AND p.submitted_at < :to AND p.status NOT IN (:notCounted)
                         WHERE r.parent_id = :parent
                         GROUP BY r.region_id, r.name
                         ORDER BY r.region_id""")
                .params(parameters)
                .query((rs, row) -> new RegionCounts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** How many acts of each kind each deputy did on the region's cases in the period. */
    List<DeputyActs> deputyActs(Scope scope) {
        return jdbc.sql("""
                        SELECT a.deputy_id, d.name, a.kind, count(*)
                          FROM activity a
                          LEFT JOIN deputy d ON d.deputy_id = a.deputy_id
                         WHERE a.deputy_id IS NOT NULL
                           AND a.occurred_at >= :from AND a.occurred_at < :to AND """ + ACT_IN_SCOPE + """
                         GROUP BY a.deputy_id, d.name, a.kind""")
                .params(scope.parameters())
                .query((rs, row) -> new DeputyActs(rs.getString(1), rs.getString(2),
                        ActivityKind.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    /**
     * Acts per station, most active first: acts at the case's station, or else at the acting deputy's station
     * (the deputy's station now, as the reference data knows it).
     */
    List<StationActs> stationActs(Scope scope) {
        return jdbc.sql("""
                        SELECT acts.station_id, s.name, acts.count
                          FROM (SELECT COALESCE(a.station_id, d.station_id) AS station_id, count(*) AS count
                                  FROM activity a
                                  LEFT JOIN deputy d ON d.deputy_id = a.deputy_id
                                 WHERE a.occurred_at >= :from AND a.occurred_at < :to AND """ + ACT_IN_SCOPE + """
                                 GROUP BY 1) acts
                          LEFT JOIN station s ON s.station_id = acts.station_id
                         WHERE acts.station_id IS NOT NULL
                         ORDER BY acts.count DESC, acts.station_id""")
                .params(scope.parameters())
                .query((rs, row) -> new StationActs(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Open cases of every type in the region whose deadline passed, oldest deadline first, whenever received. */
    List<OverdueRow> overdueCases(String regionId, int limit) {
        return jdbc.sql("""
                        SELECT 'PETITION' AS case_type, petition_id AS case_id, title, NULL AS dispute_type,
                               reply_due_at AS due_at, region_id
                          FROM petition WHERE overdue AND region_id LIKE :scope
                        UNION ALL
                        SELECT 'SUGGESTION', suggestion_id, title, NULL, reply_due_at, region_id
                          FROM suggestion WHERE overdue AND region_id LIKE :scope
                        UNION ALL
                        SELECT 'MEDIATION', mediation_case_id, NULL, dispute_type, mediation_due_at, region_id
                          FROM mediation_case WHERE overdue AND region_id LIKE :scope
                        ORDER BY due_at, case_id
                        LIMIT :limit""")
                .param("scope", RegionScope.likePattern(regionId))
                .param("limit", limit)
                .query((rs, row) -> new OverdueRow(CaseType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3) != null ? rs.getString(3)
                                : CaseType.MEDIATION.label() + "：" + DisputeType.valueOf(rs.getString(4)).label(),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    record OverdueRow(CaseType caseType, String caseId, String title, Instant dueAt, String regionId) {
    }

    /**
     * The highest global index the summary's tables have applied. Processors and segments run side by side, so a
     * lower event may still be on its way; the live feed announces each event when its change has committed.
     */
    long asOfGlobalIndex() {
        return jdbc.sql("""
                        SELECT GREATEST(COALESCE((SELECT max(last_global_index) FROM petition), 0),
                                        COALESCE((SELECT max(last_global_index) FROM suggestion), 0),
                                        COALESCE((SELECT max(last_global_index) FROM mediation_case), 0),
                                        COALESCE((SELECT max(last_global_index) FROM ballot), 0),
                                        COALESCE((SELECT max(last_global_index) FROM livelihood_project), 0),
                                        COALESCE((SELECT max(global_index) FROM activity), 0))""")
                .query(Long.class)
                .single();
    }
}

package cn.luzhi.query.activity;

import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.query.activity.DeputyArchiveController.DeputyArchive;
import cn.luzhi.query.activity.DeputyArchiveController.KindTotal;
import cn.luzhi.query.cockpit.CockpitFormulas;
import cn.luzhi.query.common.ChinaTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deputy's annual report (年度述职报告), generated from the events: the year's acts by kind with their points,
 * the suggestions led and co-signed with their kind and handling result, attendance at the year's activities and
 * the rank among the deputies of the same level. Who may read it is who may read the archive (a deputy their own).
 */
@RestController
@Transactional(readOnly = true)
class AnnualReportController {

    /**
     * @param byKind     every kind of act with acts in the year, as the archive totals them (generic: a new kind of
     *                   act appears here without changes)
     * @param attendance at the activities of the year that were closed
     */
    record AnnualReport(String deputyId, String name, int year, long points, List<KindTotal> byKind,
                        List<SuggestionLine> suggestions, Attendance attendance, DeputyRanking.RankedDeputy place) {
    }

    /** A suggestion or bill the deputy led or co-signed in the year; the result is null until replied. */
    record SuggestionLine(String suggestionId, String title, boolean led, SuggestionKind kind, String kindLabel,
                          HandlingResult result, String resultLabel) {
    }

    /**
     * @param expected invited or recorded at a closed activity of the year
     * @param rate     present out of expected, per cent, half up to one decimal; null when none was expected
     */
    record Attendance(long expected, long present, long onLeave, long absent, BigDecimal rate) {
    }

    private final DeputyArchiveController archives;
    private final JdbcClient jdbc;

    AnnualReportController(DeputyArchiveController archives, JdbcClient jdbc) {
        this.archives = archives;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/deputies/{deputyId}/annual-report")
    AnnualReport report(@PathVariable String deputyId, @RequestParam(name = "year", required = false) Integer asked) {
        // Without a year, the current one (Beijing time): the report a deputy prepares now.
        int year = asked != null ? asked : LocalDate.now(ChinaTime.ZONE).getYear();
        DeputyArchive archive = archives.archive(deputyId, year);
        Timestamp from = Timestamp.from(ChinaTime.startOf(LocalDate.of(year, 1, 1)));
        Timestamp to = Timestamp.from(ChinaTime.startOf(LocalDate.of(year + 1, 1, 1)));
        List<SuggestionLine> suggestions = jdbc.sql("""
                        SELECT s.suggestion_id, s.title, a.kind = 'SUGGESTION_FILED', s.kind, s.result
                          FROM activity a JOIN suggestion s ON s.suggestion_id = a.case_id
                         WHERE a.deputy_id = ? AND a.kind IN ('SUGGESTION_FILED', 'SUGGESTION_CO_SIGNED')
                           AND a.occurred_at >= ? AND a.occurred_at < ?
                         ORDER BY a.occurred_at, a.global_index""")
                .params(deputyId, from, to).query((rs, row) -> {
                    SuggestionKind kind = SuggestionKind.valueOf(rs.getString(4));
                    HandlingResult result = rs.getString(5) == null ? null : HandlingResult.valueOf(rs.getString(5));
                    return new SuggestionLine(rs.getString(1), rs.getString(2), rs.getBoolean(3), kind, kind.label(),
                            result, result == null ? null : result.code() + "类：" + result.label());
                }).list();
        Attendance attendance = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE t.status = 'PRESENT'),
                               count(*) FILTER (WHERE t.status = 'ON_LEAVE'),
                               count(*) FILTER (WHERE t.status IS NULL OR t.status = 'ABSENT')
                          FROM duty_attendance t JOIN duty_activity a ON a.activity_id = t.activity_id
                         WHERE t.deputy_id = ? AND a.status = 'CLOSED' AND a.starts_at >= ? AND a.starts_at < ?""")
                .params(deputyId, from, to).query((rs, row) -> new Attendance(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), CockpitFormulas.attendanceRate(rs.getLong(2), rs.getLong(1))))
                .single();
        return new AnnualReport(deputyId, archive.name(), year, archive.points(), archive.byKind(), suggestions,
                attendance, archive.place());
    }
}

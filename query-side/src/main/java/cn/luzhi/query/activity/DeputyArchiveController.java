package cn.luzhi.query.activity;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.security.Viewers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deputy's performance archive (履职档案): every act that counts, newest first, with the points each earns under
 * the configured rules ({@code luzhi.points.*}) and the totals per kind. Derived from the events like every read
 * model; nobody types it in.
 */
@RestController
class DeputyArchiveController {

    /** The archive of one deputy, for one year (Beijing time) or, without {@code year}, for the whole record. */
    /**
     * @param years the years (Beijing time) with acts, newest first, and always the current one: the years selector
     * @param place where the deputy stands among the deputies of their level over the same period
     */
    public record DeputyArchive(String deputyId, String name, Integer year, long points, List<KindTotal> byKind,
                                List<Act> acts, List<Integer> years, DeputyRanking.RankedDeputy place) {
    }

    /** How many acts of one kind, and the points they earned. */
    public record KindTotal(ActivityKind kind, String label, long acts, long points) {
    }

    /** One act: when, what, on which case, and its points. */
    public record Act(Instant occurredAt, ActivityKind kind, String label, CaseType caseType, String caseId,
                      String regionId, int points) {
    }

    private final JdbcClient jdbc;
    private final PointsProperties points;

    private final Viewers viewers;
    private final DeputyRanking ranking;

    DeputyArchiveController(JdbcClient jdbc, PointsProperties points, Viewers viewers, DeputyRanking ranking) {
        this.jdbc = jdbc;
        this.ranking = ranking;
        this.viewers = viewers;
        this.points = points;
    }

    @GetMapping("/api/deputies/{deputyId}/archive")
    @Transactional(readOnly = true)
    public DeputyArchive archive(@PathVariable String deputyId, @RequestParam(required = false) Integer year) {
        Viewer viewer = viewers.current();
        if (viewer.role() == ActorRole.DEPUTY && !deputyId.equals(viewer.deputyId())) {
            // A deputy sees their own archive only; another's is answered like a missing one (docs/roles.md).
            throw new NotFound("代表", deputyId);
        }
        String name = jdbc.sql("SELECT name FROM deputy WHERE deputy_id = ?").param(deputyId)
                .query(String.class).optional().orElseThrow(() -> new NotFound("代表", deputyId));
        if (year != null) {
            ChinaTime.supportedYear("year", year);
        }
        Instant from = year == null ? Instant.EPOCH : ChinaTime.startOf(LocalDate.of(year, 1, 1));
        Instant to = year == null ? Instant.parse("9999-12-31T00:00:00Z") : ChinaTime.startOf(LocalDate.of(year + 1, 1, 1));
        List<Act> acts = jdbc.sql("""
                        SELECT occurred_at, kind, case_type, case_id, region_id FROM activity
                         WHERE deputy_id = ? AND occurred_at >= ? AND occurred_at < ?
                         ORDER BY occurred_at DESC, global_index DESC, share""")
                .params(deputyId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, row) -> {
                    ActivityKind kind = ActivityKind.valueOf(rs.getString(2));
                    return new Act(rs.getTimestamp(1).toInstant(), kind, kind.label(),
                            CaseType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), points.pointsFor(kind));
                })
                .list();
        Map<ActivityKind, KindTotal> byKind = new LinkedHashMap<>();
        for (Act act : acts) {
            byKind.merge(act.kind(), new KindTotal(act.kind(), act.label(), 1, act.points()),
                    (sum, one) -> new KindTotal(sum.kind(), sum.label(), sum.acts() + 1, sum.points() + one.points()));
        }
        long total = acts.stream().mapToLong(Act::points).sum();
        return new DeputyArchive(deputyId, name, year, total, new ArrayList<>(byKind.values()), acts,
                years(deputyId), ranking.placeOf(deputyId, year).orElse(null));
    }

    private List<Integer> years(String deputyId) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(LocalDate.now(ChinaTime.ZONE).getYear());
        years.addAll(jdbc.sql("""
                        SELECT DISTINCT CAST(EXTRACT(YEAR FROM occurred_at AT TIME ZONE 'Asia/Shanghai') AS INTEGER)
                          FROM activity WHERE deputy_id = ?""")
                .param(deputyId).query(Integer.class).list());
        return List.copyOf(years);
    }
}

package cn.luzhi.query.activity;

import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ResultPage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies ranked by their points (履职排名) in a year or over the whole record, under the configured rules: the
 * ranking page and the archive's "rank among the deputies of my level" ask the same query. Every deputy counts,
 * those without acts too (with 0 points), so a rank says "of how many". Ties share a rank (1, 1, 3).
 */
@Component
@Transactional(readOnly = true)
public class DeputyRanking {

    /** Which deputies the ranking lists; null selects all. */
    public record Filter(Integer year, DeputyLevel level, String stationId, ProfessionalGroup professionalGroup) {
    }

    /**
     * One deputy's place.
     *
     * @param rank      among the deputies the filter selects
     * @param levelRank among all deputies of the same level, whatever the other filters
     * @param levelSize how many deputies that level has
     */
    public record RankedDeputy(int rank, int levelRank, int levelSize, String deputyId, String name,
                               DeputyLevel level, String levelLabel, String stationId, String stationName,
                               ProfessionalGroup professionalGroup, String professionalGroupLabel, long acts,
                               long points) {
    }

    private static final String SCORED = """
            WITH scored AS (
                SELECT d.deputy_id, d.name, d.level, d.station_id, s.name AS station_name, d.professional_group,
                       count(a.global_index) AS acts, COALESCE(sum(%s), 0) AS points
                  FROM deputy d
                  LEFT JOIN station s ON s.station_id = d.station_id
                  LEFT JOIN activity a ON a.deputy_id = d.deputy_id AND a.occurred_at >= :from AND a.occurred_at < :to
                 GROUP BY d.deputy_id, d.name, d.level, d.station_id, s.name, d.professional_group),
            levelled AS (
                SELECT scored.*,
                       rank() OVER (PARTITION BY level ORDER BY points DESC) AS level_rank,
                       count(*) OVER (PARTITION BY level) AS level_size
                  FROM scored),
            selected AS (
                SELECT levelled.*, rank() OVER (ORDER BY points DESC) AS rank, count(*) OVER () AS total
                  FROM levelled
                 WHERE (CAST(:level AS VARCHAR) IS NULL OR level = :level)
                   AND (CAST(:stationId AS VARCHAR) IS NULL OR station_id = :stationId)
                   AND (CAST(:professionalGroup AS VARCHAR) IS NULL OR professional_group = :professionalGroup))
            """;

    private final JdbcClient jdbc;
    private final PointsProperties points;

    DeputyRanking(JdbcClient jdbc, PointsProperties points) {
        this.jdbc = jdbc;
        this.points = points;
    }

    /** One page of the ranking, best first (ties by name, then id, so pages never overlap). */
    public ResultPage<RankedDeputy> ranking(Filter filter, int page, int size) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql(SCORED.formatted(pointsOfAct()) + """
                        SELECT * FROM selected ORDER BY rank, name, deputy_id LIMIT :limit OFFSET :offset""")
                .params(parameters)
                .query((rs, row) -> new Row(ranked(rs), rs.getLong("total")))
                .list();
        long total = rows.isEmpty() ? count(parameters) : rows.get(0).total();
        return new ResultPage<>(rows.stream().map(Row::deputy).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    /** Where {@code deputyId} stands among the deputies of their level in the year (or the whole record). */
    public Optional<RankedDeputy> placeOf(String deputyId, Integer year) {
        Map<String, Object> parameters = parameters(new Filter(year, null, null, null));
        parameters.put("deputyId", deputyId);
        return jdbc.sql(SCORED.formatted(pointsOfAct()) + "SELECT * FROM selected WHERE deputy_id = :deputyId")
                .params(parameters)
                .query((rs, row) -> ranked(rs))
                .optional();
    }

    private record Row(RankedDeputy deputy, long total) {
    }

    private long count(Map<String, Object> parameters) {
        return jdbc.sql(SCORED.formatted(pointsOfAct()) + "SELECT count(*) FROM selected").params(parameters)
                .query(Long.class).single();
    }

    private static RankedDeputy ranked(java.sql.ResultSet rs) throws java.sql.SQLException {
        DeputyLevel level = Optional.ofNullable(rs.getString("level")).map(DeputyLevel::valueOf).orElse(null);
        ProfessionalGroup group = Optional.ofNullable(rs.getString("professional_group"))
                .map(ProfessionalGroup::valueOf).orElse(null);
        return new RankedDeputy(rs.getInt("rank"), rs.getInt("level_rank"), rs.getInt("level_size"),
                rs.getString("deputy_id"), rs.getString("name"), level, level == null ? null : level.label(),
                rs.getString("station_id"), rs.getString("station_name"), group,
                group == null ? null : group.label(), rs.getLong("acts"), rs.getLong("points"));
    }

    /** The points of one act under the configured rules, as SQL over {@code a.kind}. */
    private String pointsOfAct() {
        return Stream.of(ActivityKind.values())
                .map(kind -> "WHEN '" + kind.name() + "' THEN " + points.pointsFor(kind))
                .collect(Collectors.joining(" ", "CASE a.kind ", " ELSE 0 END"));
    }

    private static Map<String, Object> parameters(Filter filter) {
        Instant from = filter.year() == null ? Instant.EPOCH
                : ChinaTime.startOf(LocalDate.of(ChinaTime.supportedYear("year", filter.year()), 1, 1));
        Instant to = filter.year() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : ChinaTime.startOf(LocalDate.of(filter.year() + 1, 1, 1));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Timestamp.from(from));
        parameters.put("to", Timestamp.from(to));
        parameters.put("level", filter.level() == null ? null : filter.level().name());
        parameters.put("stationId", filter.stationId() == null || filter.stationId().isBlank() ? null
                : filter.stationId());
        parameters.put("professionalGroup", filter.professionalGroup() == null ? null
                : filter.professionalGroup().name());
        return parameters;
    }
}

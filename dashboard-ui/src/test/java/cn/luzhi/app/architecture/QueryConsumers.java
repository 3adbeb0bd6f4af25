package cn.luzhi.app.architecture;

import cn.luzhi.query.audit.Replay;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The query side's consumers of one case's lifecycle that the {@code ...ConsumersAgreeTest}s hold to a command-side
 * walk: the history's fold and a projection on real PostgreSQL, fed each step's events a minute apart.
 */
final class QueryConsumers {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final ProjectionHarness projection;
    private final Replay fold;
    private int step;
    private int fed;

    QueryConsumers(ProjectionHarness projection, Replay fold) {
        this.projection = projection;
        this.fold = fold;
    }

    /**
     * Hands the events of {@code history} not handed on yet (those {@code command} appended, and a walk's given
     * events before its first step) to the fold and the projection; returns what to call the step.
     */
    String take(Object command, List<Object> history) {
        for (Object event : history.subList(fed, history.size())) {
            projection.apply(START.plusSeconds(60L * step), event);
            fold.then(event);
        }
        fed = history.size();
        return "step " + step++ + ", after " + command;
    }

    Replay fold() {
        return fold;
    }

    /** The one row {@code sql} selects for {@code id} (its {@code :id}) as it is stored, timestamps as instants. */
    static List<Object> row(String sql, String id) {
        Object[] columns = ReadModelDatabase.query(entityManager -> (Object[]) entityManager.createNativeQuery(sql)
                .setParameter("id", id)
                .getSingleResult());
        return Arrays.stream(columns).map(QueryConsumers::plain).toList();
    }

    /** An instant as a {@code timestamptz} keeps it: PostgreSQL rounds to the microsecond. */
    static Instant micros(Instant at) {
        return at == null ? null : Instant.ofEpochSecond(at.getEpochSecond(), Math.round(at.getNano() / 1000.0) * 1000);
    }

    private static Object plain(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return column;
    }
}

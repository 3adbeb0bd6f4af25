package cn.luzhi.query.rebuild;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds' progress in {@code read.projection_rebuild}: any node answers for any rebuild, and a rebuild whose
 * node died shows as failed once its progress has stood still for too long. Each write commits on its own.
 */
@Component
class RebuildLog {

    private static final String COLUMNS = "rebuild_id, processor, phase, events_done, events_total, "
            + "events_per_second, position, node, started_at, updated_at, finished_at, error";
    private static final List<String> RUNNING = List.of(RebuildPhase.COPYING.name(),
            RebuildPhase.CATCHING_UP.name(), RebuildPhase.SWITCHING.name());

    private final JdbcClient jdbc;

    RebuildLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new rebuild; fails with a duplicate key when one of the processor is running anywhere. */
    void begin(UUID id, String processor, String node, long total, Instant now) {
        jdbc.sql("INSERT INTO projection_rebuild (rebuild_id, processor, phase, node, events_done, events_total, "
                        + "started_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)")
                .params(id, processor, RebuildPhase.COPYING.name(), node, total, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    void progress(UUID id, RebuildPhase phase, long done, long total, long position, Instant started, Instant now) {
        jdbc.sql("UPDATE projection_rebuild SET phase = ?, events_done = ?, events_total = ?, events_per_second = ?, "
                        + "position = ?, updated_at = ?, finished_at = ? WHERE rebuild_id = ?")
                .params(phase.name(), done, total, rate(done, started, now), position, Timestamp.from(now),
                        phase.running() ? null : Timestamp.from(now), id)
                .update();
    }

    void fail(UUID id, String error, Instant now) {
        jdbc.sql("UPDATE projection_rebuild SET phase = ?, error = ?, updated_at = ?, finished_at = ? "
                        + "WHERE rebuild_id = ?")
                .params(RebuildPhase.FAILED.name(), error, Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    /** Fails every running rebuild whose progress stood still since before {@code now - abandonAfter}. */
    int abandonStale(Duration abandonAfter, Instant now) {
        return jdbc.sql("UPDATE projection_rebuild SET phase = :failed, error = :error, finished_at = :now "
                        + "WHERE phase IN (:running) AND updated_at < :before")
                .param("failed", RebuildPhase.FAILED.name())
                .param("error", "重建中断：执行重建的节点已停止或失去响应")
                .param("now", Timestamp.from(now))
                .param("running", RUNNING)
                .param("before", Timestamp.from(now.minus(abandonAfter)))
                .update();
    }

    Optional<RebuildView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projection_rebuild WHERE rebuild_id = ?").param(id)
                .query(RebuildLog::view).optional();
    }

    /** The latest rebuild of each processor. */
    List<RebuildView> latest() {
        return jdbc.sql("SELECT DISTINCT ON (processor) " + COLUMNS + " FROM projection_rebuild "
                        + "ORDER BY processor, started_at DESC")
                .query(RebuildLog::view).list();
    }

    private static BigDecimal rate(long done, Instant started, Instant now) {
        long millis = Math.max(1, Duration.between(started, now).toMillis());
        return BigDecimal.valueOf(done * 1000.0 / millis).setScale(1, RoundingMode.HALF_UP);
    }

    private static RebuildView view(ResultSet rs, int row) throws SQLException {
        RebuildPhase phase = RebuildPhase.valueOf(rs.getString("phase"));
        return new RebuildView(rs.getObject("rebuild_id", UUID.class), rs.getString("processor"), phase,
                phase.label(), rs.getLong("events_done"), rs.getLong("events_total"),
                rs.getBigDecimal("events_per_second"), rs.getObject("position", Long.class), rs.getString("node"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

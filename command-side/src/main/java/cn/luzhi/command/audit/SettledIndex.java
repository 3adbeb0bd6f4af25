package cn.luzhi.command.audit;

import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The highest global index below which no transaction can still store an event. Events commit out of
 * global-index order: a checkpoint that counted up to an index while a lower one was still in flight would look
 * broken once that one commits. So the index is read from the sequence, and then this waits until every
 * transaction that was running at that moment has ended (PostgreSQL's snapshot xmin passes their xmax). Exact,
 * unlike a margin on event timestamps, which backdated or slow transactions could outrun.
 */
@Component
class SettledIndex {

    /** An INSERT draws its global index a moment before it gets its transaction id; this covers that moment. */
    private static final Duration ID_ASSIGNMENT_GRACE = Duration.ofMillis(500);
    private static final Duration POLL = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;

    SettledIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The settled index, or empty when transactions in flight did not end within {@code maxWait}. */
    OptionalLong await(Duration maxWait) {
        long drawn = jdbc.queryForObject("""
                SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
                FROM domain_event_entry_global_index_seq""", Long.class);
        sleep(ID_ASSIGNMENT_GRACE);
        long runningBefore = jdbc.queryForObject("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint",
                Long.class);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            long oldestRunning = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                    Long.class);
            if (oldestRunning >= runningBefore) {
                return OptionalLong.of(drawn);
            }
            if (System.nanoTime() > deadline) {
                return OptionalLong.empty();
            }
            sleep(POLL);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for transactions to end", e);
        }
    }
}

package cn.luzhi.command.commandlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The {@code command_log} table: the first result of every accepted command, by command id. */
@Repository
public class CommandLog {

    /** The first key of the advisory locks on command ids; the second is the hash of the id. */
    static final int LOCK_CLASS = 0x4c5a434c;
    private static final long POLL_MILLIS = 20;

    private final JdbcClient jdbc;

    CommandLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A command accepted earlier under this id. */
    public record Entry(String commandType, String payloadSha256, String aggregateId, Long version) {
    }

    public Optional<Entry> find(String commandId) {
        return jdbc.sql("""
                        SELECT command_type, payload_sha256, aggregate_id, version
                          FROM command_log WHERE command_id = ?""")
                .param(commandId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4)))
                .optional();
    }

    /**
     * Waits until no other transaction handles a command with this id, then holds that turn until the caller's
     * transaction ends, and tells whether a command with this id committed before. Requests racing with one id,
     * on any node, so take turns: a later one sees the first one's entry once it committed, or runs itself when
     * the first one rolled back. A waiting request that sees the entry committed stops waiting, so the racers
     * that lost do not also queue behind one another. A hash collision only makes two ids take turns needlessly.
     *
     * @throws CommandInProgress when neither the turn nor the entry comes within {@code wait}
     */
    Optional<Entry> takeTurn(String commandId, Duration wait) throws InterruptedException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A turn on a command id lasts as long as the command's transaction: "
                    + "the command log interceptor must run inside it");
        }
        Instant giveUp = Instant.now().plus(wait);
        // Polled rather than blocking, so that the wait has its own bound and can end on the entry alone.
        while (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))").params(LOCK_CLASS, commandId)
                .query(Boolean.class).single()) {
            Optional<Entry> committed = find(commandId);
            if (committed.isPresent()) {
                return committed;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new CommandInProgress();
            }
            Thread.sleep(POLL_MILLIS);
        }
        return find(commandId);
    }

    /** Fails with a duplicate key when the id was taken meanwhile, which rolls the whole command back. */
    void record(String commandId, Entry entry, String actorId) {
        jdbc.sql("""
                        INSERT INTO command_log (command_id, command_type, payload_sha256, aggregate_id, version, actor_id)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(commandId, entry.commandType(), entry.payloadSha256(), entry.aggregateId(), entry.version(),
                        actorId)
                .update();
    }
}

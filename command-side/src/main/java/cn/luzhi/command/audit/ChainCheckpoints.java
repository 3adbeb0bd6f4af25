package cn.luzhi.command.audit;

import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.events.store.EventChain;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes signed checkpoints of the chain. Taking one reads only the links stored since the previous checkpoint:
 * the digest covers the older ones through the previous digest. An advisory lock makes nodes take turns.
 */
@Component
public class ChainCheckpoints {

    /** Advisory lock key of checkpoint taking ("chain" in ASCII). */
    static final long LOCK = 0x636861696eL;
    /** The long statements of a checkpoint (reading links, counting events) must not hit the usual 15 s limit. */
    private static final int TIMEOUT_SECONDS = 600;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditKeys keys;
    private final Clock clock;

    ChainCheckpoints(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditKeys keys) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(TIMEOUT_SECONDS);
        this.keys = keys;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records a checkpoint covering every event up to {@code upToGlobalIndex}, which the caller must know to be
     * settled (no transaction still in flight may store an event at or below it). Empty when the latest
     * checkpoint already covers it.
     */
    public Optional<ChainCheckpoint> take(long upToGlobalIndex, String takenBy) {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
            jdbc.execute("SET LOCAL statement_timeout = '" + TIMEOUT_SECONDS + "s'");
            Optional<Previous> previous = jdbc.query("""
                            SELECT number, up_to_global_index, digest FROM event_chain_checkpoint
                            ORDER BY number DESC LIMIT 1""",
                    (row, n) -> new Previous(row.getLong(1), row.getLong(2), row.getBytes(3))).stream().findFirst();
            if (previous.isPresent() && previous.get().upTo() >= upToGlobalIndex) {
                return Optional.empty();
            }
            long number = previous.map(p -> p.number() + 1).orElse(0L);
            long after = previous.map(Previous::upTo).orElse(0L);
            byte[] previousDigest = previous.map(Previous::digest).orElse(EventChain.ZERO_LINK);
            long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                    Long.class, upToGlobalIndex);
            EventChain.Digest digest = EventChain.digest(previousDigest, upToGlobalIndex, count);
            jdbc.query(connection -> {
                var select = connection.prepareStatement("""
                        SELECT link FROM event_chain WHERE global_index > ? AND global_index <= ?
                        ORDER BY global_index""");
                select.setFetchSize(1000);
                select.setLong(1, after);
                select.setLong(2, upToGlobalIndex);
                return select;
            }, row -> {
                digest.add(row.getBytes(1));
            });
            ChainCheckpoint checkpoint = new ChainCheckpoint(number, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    upToGlobalIndex, count, digest.finish(), previousDigest, null, null).signedBy(keys);
            jdbc.update("""
                            INSERT INTO event_chain_checkpoint (number, taken_at, up_to_global_index, event_count, digest,
                                previous_digest, signature, public_key, taken_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    checkpoint.number(), Timestamp.from(checkpoint.takenAt()), checkpoint.upToGlobalIndex(),
                    checkpoint.eventCount(), checkpoint.digest(), checkpoint.previousDigest(), checkpoint.signature(),
                    checkpoint.publicKey(), takenBy);
            jdbc.update("""
                            INSERT INTO event_chain_checkpoint_head
                                (checkpoint_number, aggregate_identifier, sequence_number, event_identifier, global_index)
                            SELECT DISTINCT ON (aggregate_identifier) ?, aggregate_identifier, sequence_number,
                                   event_identifier, global_index
                            FROM event_chain WHERE global_index > ? AND global_index <= ?
                            ORDER BY aggregate_identifier, sequence_number DESC""",
                    number, after, upToGlobalIndex);
            return Optional.of(checkpoint);
        });
    }

    /** Whether the genesis checkpoint exists, i.e. the chain has begun. */
    boolean begun() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM event_chain_checkpoint WHERE number = 0)", Boolean.class));
    }

    private record Previous(long number, long upTo, byte[] digest) {
    }
}

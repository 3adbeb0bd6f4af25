package cn.luzhi.events.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The highest global index at or below which every event that will ever exist is committed: the limit up to which
 * a streaming processor may read without ever skipping an event, whatever the commit order.
 * <p>
 * Global indexes come from a sequence, so they are drawn in one order and committed in another: a command whose
 * commit stalls (a deferred trigger, a synchronous replica) holds a low index while later ones commit. Axon's own
 * answer is a gap in the token, given up after a timeout judged by event timestamps, which a slow commit or a
 * slow clock outruns (AxonFramework issue 4829). Here no time is involved:
 * <ol>
 *     <li>every appending transaction takes a shared transaction-level advisory lock before it draws an index
 *     ({@link #announceAppend}), and holds it until it commits or rolls back;</li>
 *     <li>an observation reads the last index drawn, <em>then</em> the transactions holding that lock: any
 *     transaction that drew an index up to it took the lock before, so it has either ended or is in the list;</li>
 *     <li>once none of the listed transactions holds the lock any more, every index up to the observed one is
 *     settled: committed and visible to any later statement, or never to exist.</li>
 * </ol>
 * Shared locks never wait for each other, so writers do not serialise. Observations are kept in this object only
 * as a cache: a restarted node observes afresh, and every node reaches the same answer from the database.
 * The sequence must hand out one value at a time ({@code CACHE 1}, the default): a value cached in another
 * session could be drawn after an observation without moving the sequence.
 */
public final class SettledHorizon {

    /** The advisory lock's two keys: "luzh" and "apnd" in ASCII, apart from the single-key locks of the demo. */
    static final int LOCK_CLASS = 0x6c757a68;
    static final int LOCK_OBJECT = 0x61706e64;

    /** Enough to ride out a transaction that holds its lock through thousands of polls; older ones are dropped. */
    private static final int MAX_OBSERVATIONS = 1_000;

    private final String sequence;
    private final Deque<Observation> observations = new ArrayDeque<>();
    private long settled = -1;

    /** @param sequence the sequence that draws the event table's global indexes */
    public SettledHorizon(String sequence) {
        this.sequence = sequence;
    }

    /** Called by an appending transaction before it inserts events: holds back readers until it ends. */
    public static void announceAppend(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock_shared(" + LOCK_CLASS + ", " + LOCK_OBJECT + ")")) {
            lock.execute();
        }
    }

    /**
     * Observes the database once more and answers the highest settled index, never lower than an earlier answer.
     * The caller's own transaction is left out, so a transaction that appends and reads does not wait for itself.
     */
    public synchronized long settledIndex(Connection connection) throws SQLException {
        long drawn = lastDrawn(connection);
        Set<String> appending = appendingTransactions(connection);
        observations.addLast(new Observation(drawn, appending));
        if (observations.size() > MAX_OBSERVATIONS) {
            observations.removeFirst();
        }
        // A later observation that settles covers every earlier one: its index is at least theirs.
        Observation latestSettled = null;
        for (Observation observation : observations) {
            if (observation.hasEnded(appending)) {
                latestSettled = observation;
            }
        }
        if (latestSettled != null) {
            while (observations.peekFirst() != latestSettled) {
                observations.removeFirst();
            }
            observations.removeFirst();
            settled = Math.max(settled, latestSettled.drawn());
        }
        return settled;
    }

    private long lastDrawn(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> appendingTransactions(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT virtualtransaction FROM pg_locks
                WHERE locktype = 'advisory' AND classid = %d AND objid = %d AND objsubid = 2
                  AND pid <> pg_backend_pid()""".formatted(LOCK_CLASS, LOCK_OBJECT));
             ResultSet rows = select.executeQuery()) {
            Set<String> transactions = new HashSet<>();
            while (rows.next()) {
                transactions.add(rows.getString(1));
            }
            return transactions;
        }
    }

    /**
     * @param drawn     the last global index drawn when observed
     * @param appending the transactions that held the append lock just after
     */
    private record Observation(long drawn, Set<String> appending) {

        boolean hasEnded(Set<String> appendingNow) {
            for (String transaction : appending) {
                if (appendingNow.contains(transaction)) {
                    return false;
                }
            }
            return true;
        }
    }
}

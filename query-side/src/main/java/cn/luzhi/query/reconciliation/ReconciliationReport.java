package cn.luzhi.query.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * Whether every event up to each processor's position reached its read model, each under its own index, and
 * whether the compared case rows hold the state their events fold to.
 *
 * @param checkedAt  when the check ran
 * @param head       the highest global index in the event store
 * @param full       whether every case row was compared with its folded state, not only a sample
 * @param ok         whether no processor has a problem
 * @param processors one entry per processor
 */
public record ReconciliationReport(Instant checkedAt, long head, boolean full, boolean ok,
                                   List<ProcessorCheck> processors) {

    /**
     * One processor.
     *
     * @param processor      the processor (read model)
     * @param position       the lowest global index its segments reached: the safe horizon, every event at or
     *                       below it must have been applied, except the pending ones
     * @param lag            events between the head and the position
     * @param pending        indexes below the position the processor still waits for (uncommitted when it passed)
     * @param statesCompared case rows compared with the state folded from their events
     * @param problems       what is wrong, at most {@link Reconciliation#MAX_PROBLEMS} per table and kind
     */
    public record ProcessorCheck(String processor, long position, long lag, List<Long> pending, int statesCompared,
                                 List<Problem> problems) {
    }

    /** What a problem is. */
    public enum Kind {
        /** An aggregate has events the projection handles, but its row is missing. */
        ROW_MISSING,
        /** A row's {@code last_global_index} is below its aggregate's latest handled event. */
        ROW_BEHIND,
        /** A row's {@code last_global_index} is not the index of one of its own aggregate's handled events. */
        FOREIGN_INDEX,
        /** A row's fields differ from the state folded from its events up to its {@code last_global_index}. */
        STATE_DIFFERS,
        /** An event that must leave a row under its global index has none there. */
        EVENT_MISSING,
        /** A per-event row names an index whose event is another one, or none. */
        WRONG_EVENT
    }

    /**
     * A discrepancy between a read model and the event store.
     *
     * @param table       the read-model table
     * @param key         the row's key: the aggregate id, or the event's global index for per-event rows
     * @param globalIndex the event concerned: the aggregate's latest handled event (-1 when it has none), or the
     *                    per-event row's index
     * @param rowIndex    the row's {@code last_global_index}, or null when the row is missing or per event
     * @param kind        what kind of discrepancy
     * @param detail      what is wrong, in Chinese
     */
    public record Problem(String table, String key, long globalIndex, Long rowIndex, Kind kind, String detail) {
    }

    public int problemCount() {
        return processors.stream().mapToInt(check -> check.problems().size()).sum();
    }
}

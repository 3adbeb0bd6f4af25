package cn.luzhi.query.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * Whether every event up to each processor's position reached its read model.
 *
 * @param checkedAt  when the check ran
 * @param head       the highest global index in the event store
 * @param ok         whether no processor has a problem
 * @param processors one entry per processor
 */
public record ReconciliationReport(Instant checkedAt, long head, boolean ok, List<ProcessorCheck> processors) {

    /**
     * One processor.
     *
     * @param processor   the processor (read model)
     * @param position    the lowest global index its segments reached: the safe horizon, every event at or below
     *                    it must have been applied, except the pending ones
     * @param lag         events between the head and the position
     * @param pending     indexes below the position the processor still waits for (uncommitted when it passed)
     * @param problems    events the read model never applied, at most {@link Reconciliation#MAX_PROBLEMS} per table
     */
    public record ProcessorCheck(String processor, long position, long lag, List<Long> pending,
                                 List<Problem> problems) {
    }

    /**
     * An event below the horizon that a read model did not apply.
     *
     * @param table       the read-model table
     * @param key         the row's key: the aggregate id, or the event's global index for per-event rows
     * @param globalIndex the latest such event in the store
     * @param rowIndex    the row's {@code last_global_index}, or null when the row is missing
     * @param detail      what is wrong, in Chinese
     */
    public record Problem(String table, String key, long globalIndex, Long rowIndex, String detail) {
    }

    public int problemCount() {
        return processors.stream().mapToInt(check -> check.problems().size()).sum();
    }
}

package cn.luzhi.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * The answer of a verification: intact, or the first broken link and the others found (at most
 * {@link ChainVerifier#MAX_REPORTED}), with what was checked and how fast.
 *
 * @param firstBreak the break with the lowest global index, or the first checkpoint-level one; null when intact
 * @param keptCheckpoint the number of the checkpoint file the auditor submitted, when one was
 */
public record Verification(boolean intact, String summary, ChainBreak firstBreak, List<ChainBreak> breaks,
                           long breaksFound, long eventsChecked, long checkpointsChecked, Long latestCheckpoint,
                           Long keptCheckpoint, Instant checkedAt, long durationMillis, long eventsPerSecond) {
}

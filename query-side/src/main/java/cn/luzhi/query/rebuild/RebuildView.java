package cn.luzhi.query.rebuild;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild's progress as {@code GET /api/admin/rebuilds/{id}} and {@code /topic/admin/rebuilds} show it.
 *
 * @param rebuildId       the rebuild
 * @param processor       the processor (read model) being rebuilt
 * @param phase           where it is
 * @param phaseLabel      the phase in Chinese
 * @param eventsDone      events replayed into the copy so far
 * @param eventsTotal     events to replay: up to the head, which moves while the copy catches up
 * @param eventsPerSecond replay rate since the start
 * @param position        global index the copy has reached
 * @param node            the node doing the work
 * @param startedAt       when it started
 * @param updatedAt       its last progress
 * @param finishedAt      when it finished or failed
 * @param error           why it failed
 */
public record RebuildView(UUID rebuildId, String processor, RebuildPhase phase, String phaseLabel, long eventsDone,
                          long eventsTotal, BigDecimal eventsPerSecond, Long position, String node, Instant startedAt,
                          Instant updatedAt, Instant finishedAt, String error) {
}

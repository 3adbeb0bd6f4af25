package cn.luzhi.query.audit;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param items      the events of this page
 * @param size       the page size asked for
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param total      the number of matches, or the count limit when there are more
 * @param totalExact whether {@code total} is exact, or "at least" (more matches than the count limit)
 */
public record AuditLogPage(List<AuditLogEntry> items, int size, Long nextCursor, long total, boolean totalExact) {
}

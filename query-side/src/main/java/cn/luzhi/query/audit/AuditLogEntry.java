package cn.luzhi.query.audit;

import java.time.Instant;

/**
 * One event as the audit log lists it.
 *
 * @param globalIndex    the event's position in the store
 * @param eventId        the event's identifier in the store
 * @param occurredAt     when it happened
 * @param caseType       what it is about ({@link AuditLogCaseType}), null for an event of no record
 * @param caseTypeLabel  the same in Chinese
 * @param caseId         the case or record it belongs to
 * @param action         the event type's simple name
 * @param actionLabel    what happened, in Chinese
 * @param actorId        the acting user's id ({@code system} for deadlines)
 * @param actorName      the acting user's display name
 * @param actorRole      the acting user's role
 * @param actorRoleLabel the same in Chinese
 * @param regionId       the case's region
 * @param regionName     the region's name
 * @param reason         the reason or comment the actor gave
 * @param commandId      the command that caused the event
 */
public record AuditLogEntry(long globalIndex, String eventId, Instant occurredAt, String caseType,
                            String caseTypeLabel, String caseId, String action, String actionLabel, String actorId,
                            String actorName, String actorRole, String actorRoleLabel, String regionId,
                            String regionName, String reason, String commandId) {
}

package cn.luzhi.query.common;

/**
 * A case projection applied an event to a case's row. Published inside the projection's transaction and
 * delivered to listeners only after it commits, so nobody is told about a change they cannot yet read.
 *
 * @param event     the event's position, time and actor
 * @param caseType  the kind of case
 * @param caseId    the case
 * @param regionId  the region the case belongs to
 * @param eventType the payload type of the event applied
 */
public record CaseChanged(EventContext event, CaseType caseType, String caseId, String regionId, Class<?> eventType) {
}

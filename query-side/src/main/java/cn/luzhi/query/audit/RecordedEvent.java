package cn.luzhi.query.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a case as the event store holds it, deserialized (and upcast) by Axon.
 *
 * @param globalIndex    its position in the whole event store
 * @param sequenceNumber its position in the case's own stream, from 0
 */
record RecordedEvent(long globalIndex, long sequenceNumber, String eventId, Instant at, Object payload,
                     Map<String, ?> metaData) {
}

package cn.luzhi.query.support;

import cn.luzhi.events.common.MetadataKeys;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends events to the real event store as the command side would: one stream per aggregate (the event's
 * first component is the aggregate's id), consecutive sequence numbers, the actor in the metadata.
 */
public final class EventLog {

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public EventLog(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Appends {@code payload} as done by clerk 王芳 at {@code at}; returns the global index it got. */
    public long append(Instant at, Object payload) {
        return append(at, payload, "CLERK", "王芳");
    }

    /** Appends {@code payload} as done at {@code at} by {@code actorName} in {@code actorRole}. */
    public long append(Instant at, Object payload, String actorRole, String actorName) {
        return append(at, payload, Map.of(MetadataKeys.ACTOR_ROLE, actorRole, MetadataKeys.ACTOR_NAME, actorName));
    }

    /** Appends {@code payload} at {@code at} with the given metadata (who, why, which command); returns its index. */
    public long append(Instant at, Object payload, Map<String, ?> metaData) {
        return indexOf(publish(List.of(message(at, payload, metaData))));
    }

    /** Appends all of {@code payloads} in one transaction, much faster; returns the last one's global index. */
    public long appendAll(Instant at, List<?> payloads) {
        Map<String, ?> clerk = Map.of(MetadataKeys.ACTOR_ROLE, "CLERK", MetadataKeys.ACTOR_NAME, "王芳");
        return indexOf(publish(payloads.stream().map(payload -> message(at, payload, clerk)).toList()));
    }

    private long indexOf(String eventId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventId).query(Long.class).single();
    }

    private String publish(List<GenericDomainEventMessage<Object>> messages) {
        eventStore.publish(messages);
        return messages.get(messages.size() - 1).getIdentifier();
    }

    private GenericDomainEventMessage<Object> message(Instant at, Object payload, Map<String, ?> metaData) {
        RecordComponent idComponent = payload.getClass().getRecordComponents()[0];
        String aggregateId;
        try {
            aggregateId = idComponent.getAccessor().invoke(payload).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not an event record: " + payload, e);
        }
        String aggregateType = idComponent.getType().getSimpleName().replaceFirst("Id$", "");
        long sequence = nextSequence.merge(aggregateId, 0L, (last, ignored) -> last + 1);
        String eventId = java.util.UUID.randomUUID().toString();
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData, eventId, at);
    }
}

package cn.luzhi.query.audit;

import cn.luzhi.events.store.EventStoreSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a case's events straight from the event store, not from a projection: Axon's storage engine deserializes
 * and upcasts them, and the global index, which Axon does not hand out with an aggregate's events, comes from
 * their rows. The engine is asked from sequence number 0, so snapshots never stand in for events.
 */
@Component
class CaseEvents {

    private static final EventSchema SCHEMA = EventStoreSchema.events();

    private final EventStorageEngine storage;
    private final JdbcClient jdbc;

    CaseEvents(EventStorageEngine storage, JdbcClient jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** Every event of the aggregate {@code caseId} in sequence order; empty when there is none. */
    List<RecordedEvent> of(String caseId) {
        List<? extends DomainEventMessage<?>> messages = storage.readEvents(caseId, 0).asStream().toList();
        if (messages.isEmpty()) {
            return List.of();
        }
        // Read after the events, so every event read already has its row; events are never changed or removed.
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("SELECT " + SCHEMA.eventIdentifierColumn() + ", " + SCHEMA.globalIndexColumn()
                        + " FROM " + SCHEMA.domainEventTable() + " WHERE " + SCHEMA.aggregateIdentifierColumn() + " = ?")
                .param(caseId)
                .query((row, number) -> positions.put(row.getString(1), row.getLong(2)))
                .list();
        return messages.stream().map(message -> new RecordedEvent(positionOf(message, positions),
                message.getSequenceNumber(), message.getIdentifier(), message.getTimestamp(), message.getPayload(),
                message.getMetaData())).toList();
    }

    private static long positionOf(DomainEventMessage<?> message, Map<String, Long> positions) {
        Long position = positions.get(message.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("Event " + message.getIdentifier() + " has no row in "
                    + SCHEMA.domainEventTable());
        }
        return position;
    }
}

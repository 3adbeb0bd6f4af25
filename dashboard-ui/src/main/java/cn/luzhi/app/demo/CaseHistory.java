package cn.luzhi.app.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as the event store holds it: its aggregate type, its id, its version (the last sequence number, which
 * the next command sends as its expected version) and its events in order.
 *
 * @param type    the aggregate type, as in {@code domain_event_entry.type} ({@code Petition}, ...)
 * @param id      the aggregate id
 * @param version the sequence number of the last event
 * @param events  the events, oldest first
 */
record CaseHistory(String type, String id, long version, List<Recorded> events) {

    /** One event's payload and the time it was stored with. */
    record Recorded(Object payload, Instant at) {
    }

    <T> Optional<T> first(Class<T> type) {
        return events.stream().map(Recorded::payload).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** When the first event of the type happened. */
    Optional<Instant> timeOf(Class<?> type) {
        return events.stream().filter(event -> type.isInstance(event.payload())).map(Recorded::at).findFirst();
    }
}

package cn.luzhi.query.rebuild;

import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Replays the event store through projection beans, outside their streaming processors: the rebuild's and the
 * time travel's engine. It runs in the caller's transaction, whose search path says where the rows go.
 * <p>
 * Every event reaches the projections with a {@link ReplayToken}, so their change notices carry
 * {@code replay = true} and the live feed drops them: replayed history is not news. That is the only side effect
 * the projections have (see query-side/README.md); they send nothing themselves.
 */
@Component
public class Replayer {

    /** Where a replay "started from": beyond any real event, so every replayed message counts as a replay. */
    private static final TrackingToken NEVER_REACHED = new GapAwareTrackingToken(Long.MAX_VALUE, List.of());

    private final EventStorageEngine events;
    private final EntityManager entityManager;

    Replayer(EventStorageEngine events, EntityManager entityManager) {
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * What one call applied.
     *
     * @param position  the position after the last event read (null when nothing was ever read)
     * @param applied   how many events were read and offered to the projections
     * @param exhausted whether the store had no more events, or {@code stop} said so
     */
    public record Batch(TrackingToken position, int applied, boolean exhausted) {
    }

    /**
     * Offers up to {@code max} events after {@code from} (from the start when null) to {@code handlers}, in order,
     * skipping those {@code include} rejects and stopping before the first that {@code stop} accepts; then writes
     * the rows out, so that the caller can still change the search path in the same transaction.
     */
    public Batch apply(List<AnnotationEventHandlerAdapter> handlers, TrackingToken from, int max,
                       Predicate<TrackedEventMessage<?>> include, Predicate<TrackedEventMessage<?>> stop) {
        TrackingToken position = from;
        int applied = 0;
        boolean exhausted = true;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                if (applied == max) {
                    exhausted = false;
                    break;
                }
                TrackedEventMessage<?> message = iterator.next();
                if (stop.test(message)) {
                    break;
                }
                if (include.test(message)) {
                    offer(handlers, message.withTrackingToken(new ReplayToken(NEVER_REACHED,
                            message.trackingToken())));
                }
                position = message.trackingToken();
                applied++;
            }
        }
        entityManager.flush();
        entityManager.clear();
        return new Batch(position, applied, exhausted);
    }

    /** {@link #apply} for every event. */
    public Batch apply(List<AnnotationEventHandlerAdapter> handlers, TrackingToken from, int max) {
        return apply(handlers, from, max, message -> true, message -> false);
    }

    private static void offer(List<AnnotationEventHandlerAdapter> handlers, TrackedEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(message)) {
                try {
                    handler.handle(message);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("Replaying event " + message.getIdentifier() + " failed", e);
                }
            }
        }
    }

    /** The global index a token has reached, or -1 before the first event. */
    public static long indexOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}

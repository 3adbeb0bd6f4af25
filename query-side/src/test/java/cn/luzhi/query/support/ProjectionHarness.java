package cn.luzhi.query.support;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Feeds events to one projection the way Axon does (through its annotation adapter, each event in its own
 * transaction on real PostgreSQL) and records what the projection announced.
 */
public final class ProjectionHarness {

    private final BiFunction<EntityManager, ApplicationEventPublisher, Object> projection;
    private final List<Object> announced = new ArrayList<>();
    private long nextIndex = 1;

    public ProjectionHarness(BiFunction<EntityManager, ApplicationEventPublisher, Object> projection) {
        this.projection = projection;
        ReadModelDatabase.clear();
    }

    /** Applies {@code payload} as the next event in the store, at {@code at}; returns its global index. */
    public long apply(Instant at, Object payload) {
        long index = nextIndex++;
        deliver(Events.tracked(index, at, payload));
        return index;
    }

    /** Delivers an event, for instance one delivered before, again. */
    public void deliver(TrackedEventMessage<?> message) {
        ReadModelDatabase.inTransaction(entityManager -> {
            try {
                new AnnotationEventHandlerAdapter(projection.apply(entityManager, announced::add)).handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs the projection's reset handler, as a rebuild does before replaying. */
    public void reset() {
        ReadModelDatabase.inTransaction(entityManager -> {
            new AnnotationEventHandlerAdapter(projection.apply(entityManager, announced::add)).prepareReset();
        });
    }

    public <T> T read(Class<T> type, Object id) {
        return ReadModelDatabase.query(entityManager -> {
            T row = entityManager.find(type, id);
            if (row != null) {
                initializeCollections(row);
            }
            return row;
        });
    }

    /** Element collections (lists, sets and maps) are lazy, and the tests read them after the transaction. */
    private static void initializeCollections(Object row) {
        for (Field field : row.getClass().getDeclaredFields()) {
            if (Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                try {
                    Hibernate.initialize(field.get(row));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public List<Object> announced() {
        return announced;
    }
}

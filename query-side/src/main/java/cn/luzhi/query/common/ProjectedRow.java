package cn.luzhi.query.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A read-model row that remembers the global index of the last event applied to it. Events of one aggregate
 * reach a projection in order, so an event whose index is not greater than the row's was applied already (a
 * redelivery after a crash, or a replay over kept rows) and must change nothing.
 */
@MappedSuperclass
public abstract class ProjectedRow {

    private long lastGlobalIndex;

    protected ProjectedRow() {
        // For JPA.
    }

    protected ProjectedRow(long lastGlobalIndex) {
        this.lastGlobalIndex = lastGlobalIndex;
    }

    public long lastGlobalIndex() {
        return lastGlobalIndex;
    }

    /**
     * Applies {@code change} to the row {@code id} unless it is missing or has seen this event already.
     *
     * @return the row when it changed, so that the caller can announce the change
     */
    public static <R extends ProjectedRow> Optional<R> update(EntityManager entityManager, Class<R> type, String id,
                                                              EventContext event, Consumer<R> change) {
        R row = entityManager.find(type, id);
        if (row == null || !event.isNewerThan(row.lastGlobalIndex())) {
            return Optional.empty();
        }
        change.accept(row);
        ((ProjectedRow) row).lastGlobalIndex = event.globalIndex();
        return Optional.of(row);
    }

    /** Stores a new row unless the event that creates it was applied already. */
    public static <R extends ProjectedRow> boolean create(EntityManager entityManager, Class<R> type, String id,
                                                          R row) {
        if (entityManager.find(type, id) != null) {
            return false;
        }
        entityManager.persist(row);
        return true;
    }
}

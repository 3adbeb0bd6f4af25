package cn.luzhi.query.petition;

import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Petition list and detail read model. Every change is announced as a {@link CaseChanged} in the projection's
 * transaction; how (and whether) it reaches anyone is not this class's business.
 */
@Component
@ReadModelTables(value = {"petition", "petition_unit"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "Petition", table = "petition", key = "petition_id",
                folded = {"status", "region_id", "title", "deputy_id", "urge_count"}))
@ProcessingGroup(PetitionProjection.PROCESSING_GROUP)
public class PetitionProjection {

    public static final String PROCESSING_GROUP = "petitions";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public PetitionProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(PetitionSubmitted event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        PetitionRow row = new PetitionRow(event.petitionId().value(), context.globalIndex());
        row.source = event.source();
        row.regionId = event.regionId().value();
        row.stationId = event.stationId() == null ? null : event.stationId().value();
        row.receptionId = event.receptionId() == null ? null : event.receptionId().value();
        row.petitionerRef = event.petitioner().value();
        row.title = event.title();
        row.content = event.content();
        row.submittedAt = context.at();
        if (event.hotlineTicket() != null) {
            row.hotlineTicketNumber = event.hotlineTicket().ticketNumber();
            row.hotlineReceivedOn = event.hotlineTicket().receivedOn();
            row.hotlineEscalation = event.hotlineTicket().escalationReason();
        }
        row.take(PetitionLifecycle.evolve(PetitionState.NONE, event), context.at());
        if (ProjectedRow.create(entityManager, PetitionRow.class, row.petitionId, row)) {
            announce(row, context, event);
        }
    }

    // The status and the fields derived from it come from the lifecycle (see update); the handlers below only
    // add what the list shows beyond it: when each step happened and every unit over all rounds.

    @EventHandler
    void on(PetitionAccepted event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> row.acceptedAt = context.at());
    }

    @EventHandler
    void on(PetitionDeclined event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionForwarded event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> {
            row.forwardedAt = context.at();
            event.unitIds().forEach(unit -> row.unitIds.add(unit.value()));
        });
    }

    @EventHandler
    void on(PetitionDeadlineExtended event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionOverdue event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionReplied event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> {
            if (event.allUnitsReplied()) {
                row.repliedAt = context.at();
            }
        });
    }

    @EventHandler
    void on(PetitionFollowedUp event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionRated event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> row.ratedAt = context.at());
    }

    @EventHandler
    void on(PetitionReopened event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionClosed event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> row.closedAt = context.at());
    }

    @EventHandler
    void on(PetitionUrged event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionWithdrawn event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionMerged event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(PetitionHotlineFeedbackRecorded event, TrackedEventMessage<?> message) {
        update(event.petitionId(), message, event, (row, context) -> {
            row.hotlineFeedback = event.result();
            row.hotlineFedBackOn = event.fedBackOn();
            row.hotlineFedBackAt = context.at();
        });
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM petition").executeUpdate();
    }

    private void update(PetitionId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, PetitionRow.class, id.value(), context, row -> {
            row.take(PetitionLifecycle.evolve(row.lifecycle(), event), context.at());
            change.apply(row, context);
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(PetitionRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.PETITION, row.petitionId, row.regionId,
                event.getClass()));
    }

    private static final Change NOTHING_MORE = (row, context) -> {
    };

    @FunctionalInterface
    private interface Change {
        void apply(PetitionRow row, EventContext event);
    }
}

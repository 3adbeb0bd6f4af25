package cn.luzhi.query.mediation;

import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
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
 * Mediation case list and detail read model. Every change is announced as a {@link CaseChanged} in the
 * projection's transaction; how (and whether) it reaches anyone is not this class's business.
 */
@Component
@ReadModelTables(value = {"mediation_case", "mediation_case_party", "mediation_case_mediator"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "MediationCase", table = "mediation_case",
                key = "mediation_case_id", folded = {"status", "court_id", "dispute_type", "region_id"}))
@ProcessingGroup(MediationCaseProjection.PROCESSING_GROUP)
public class MediationCaseProjection {

    public static final String PROCESSING_GROUP = "mediation-cases";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public MediationCaseProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(MediationCaseReferred event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        MediationCaseRow row = new MediationCaseRow(event.mediationCaseId().value(), context.globalIndex());
        row.disputeType = event.disputeType();
        row.regionId = event.regionId().value();
        event.parties().forEach(party -> row.partyRefs.add(party.value()));
        row.amountInDispute = event.amountInDispute();
        row.referredAt = context.at();
        row.take(MediationCaseLifecycle.evolve(MediationCaseState.NONE, event), context.at());
        if (ProjectedRow.create(entityManager, MediationCaseRow.class, row.mediationCaseId, row)) {
            announce(row, context, event);
        }
    }

    // The status and the fields derived from it come from the lifecycle (see update); the handlers below only
    // add what the list shows beyond it: amounts, the ruling, the visit's rating and when it happened.

    @EventHandler
    void on(MediatorsAssigned event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediatorReleased event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediationSessionHeld event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediationPeriodExtended event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediationOverdue event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediationCaseSettled event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, (row, context) -> row.settledAmount = event.settledAmount());
    }

    @EventHandler
    void on(MediationCaseFailed event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(MediationCaseWithdrawn event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SettlementJudiciallyConfirmed event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, (row, context) -> row.rulingNumber = event.rulingNumber());
    }

    @EventHandler
    void on(MediationCaseFollowedUp event, TrackedEventMessage<?> message) {
        update(event.mediationCaseId(), message, event, (row, context) -> {
            row.followUpSatisfaction = event.satisfaction();
            row.followedUpAt = context.at();
        });
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM mediation_case").executeUpdate();
    }

    private void update(MediationCaseId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, MediationCaseRow.class, id.value(), context, row -> {
            row.take(MediationCaseLifecycle.evolve(row.lifecycle(), event), context.at());
            change.apply(row, context);
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(MediationCaseRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.MEDIATION, row.mediationCaseId, row.regionId,
                event.getClass()));
    }

    private static final Change NOTHING_MORE = (row, context) -> {
    };

    @FunctionalInterface
    private interface Change {
        void apply(MediationCaseRow row, EventContext event);
    }
}

package cn.luzhi.query.suggestion;

import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionCoSignersInvited;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
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
 * Suggestion list and detail read model. Every change is announced as a {@link CaseChanged} in the projection's
 * transaction; how (and whether) it reaches anyone is not this class's business.
 */
@Component
@ReadModelTables(value = {"suggestion", "suggestion_co_signer", "suggestion_unit", "suggestion_invitee",
        "suggestion_follow_up"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "Suggestion", table = "suggestion", key = "suggestion_id",
                folded = {"status", "kind", "region_id", "title", "lead_deputy_id", "urge_count"}))
@ProcessingGroup(SuggestionProjection.PROCESSING_GROUP)
public class SuggestionProjection {

    public static final String PROCESSING_GROUP = "suggestions";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public SuggestionProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(SuggestionDrafted event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        SuggestionRow row = new SuggestionRow(event.suggestionId().value(), context.globalIndex());
        row.leadDeputyId = event.leadDeputyId().value();
        row.regionId = event.regionId().value();
        row.title = event.title();
        row.content = event.content();
        row.procuratorateReference = event.procuratorateReference();
        row.draftedAt = context.at();
        row.take(SuggestionLifecycle.evolve(SuggestionState.NONE, event), context.at());
        if (ProjectedRow.create(entityManager, SuggestionRow.class, row.suggestionId, row)) {
            announce(row, context, event);
        }
    }

    // The status and the fields derived from it come from the lifecycle (see update); the handlers below only
    // add what the list shows beyond it: when each step happened, who signed, every unit, and the ticker's events.

    @EventHandler
    void on(SuggestionCoSigned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.coSignerIds.add(event.deputyId().value()));
    }

    @EventHandler
    void on(SuggestionCoSignersInvited event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> event.deputyIds()
                .forEach(deputy -> row.inviteeIds.add(deputy.value())));
    }

    @EventHandler
    void on(SuggestionSubmitted event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.sessionPeriod = event.sessionPeriod();
            row.deputyCount = event.deputyCount();
            row.submittedAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionAccepted event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.acceptedAt = context.at());
    }

    @EventHandler
    void on(SuggestionReturned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionMerged event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(BillHandledAsSuggestion event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.acceptedAt = context.at());
    }

    @EventHandler
    void on(SuggestionAssigned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.unitIds.add(event.leadUnitId().value());
            event.coUnitIds().forEach(unit -> row.unitIds.add(unit.value()));
            row.assignedAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionDeadlineExtended event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionOverdue event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    /** Changes no figure, but the live ticker shows it. */
    @EventHandler
    void on(SuggestionDiscussedWithDeputy event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    /** Changes no figure, but the live ticker shows it. */
    @EventHandler
    void on(SuggestionOpinionSent event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionReplied event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.lastRepliedAt = context.at();
            if (row.firstRepliedAt == null) {
                row.firstRepliedAt = context.at();
                row.firstReplyOnTime = event.onTime();
            }
        });
    }

    @EventHandler
    void on(SuggestionRated event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionReopened event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionClosed event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.closedAt = context.at());
    }

    @EventHandler
    void on(SuggestionUrged event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, NOTHING_MORE);
    }

    @EventHandler
    void on(SuggestionPickedForKeySupervision event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.keySupervision = true);
    }

    @EventHandler
    void on(SuggestionFollowedUp event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.followUps.add(
                new FollowUpEntry(event.year(), event.outcomeOrInProgress(), event.progress(), context.at())));
    }

    /** Also what a revision 1 follow-up that found the matter solved says about its outcome. */
    @EventHandler
    void on(SuggestionUpgradedToSolved event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.followUps.stream()
                .filter(entry -> entry.year == event.year()).forEach(entry -> entry.outcome = FollowUpOutcome.SOLVED));
    }

    @EventHandler
    void on(SuggestionConvertedToProcuratorate event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.procuratorateId = event.procuratorateId().value();
            row.convertedToProcuratorateAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionProcuratorateOutcomeRecorded event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.procuratorateOutcomeReference = event.referenceNumber();
            row.procuratorateDecidedOn = event.decidedOn();
        });
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM suggestion").executeUpdate();
    }

    private void update(SuggestionId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, SuggestionRow.class, id.value(), context, row -> {
            row.take(SuggestionLifecycle.evolve(row.lifecycle(), event), context.at());
            change.apply(row, context);
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(SuggestionRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.SUGGESTION, row.suggestionId, row.regionId,
                event.getClass()));
    }

    private static final Change NOTHING_MORE = (row, context) -> {
    };

    @FunctionalInterface
    private interface Change {
        void apply(SuggestionRow row, EventContext event);
    }
}

package cn.luzhi.query.suggestion;

import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionStatus;
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
@ReadModelTables(value = {"suggestion", "suggestion_co_signer", "suggestion_unit"},
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
        row.kind = event.kind();
        row.leadDeputyId = event.leadDeputyId().value();
        row.regionId = event.regionId().value();
        row.title = event.title();
        row.content = event.content();
        row.procuratorateReference = event.procuratorateReference();
        row.draftedAt = context.at();
        if (ProjectedRow.create(entityManager, SuggestionRow.class, row.suggestionId, row)) {
            announce(row, context, event);
        }
    }

    @EventHandler
    void on(SuggestionCoSigned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.coSignerIds.add(event.deputyId().value()));
    }

    @EventHandler
    void on(SuggestionSubmitted event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.SUBMITTED;
            row.sessionPeriod = event.sessionPeriod();
            row.deputyCount = event.deputyCount();
            row.submittedAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionAccepted event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.ACCEPTED;
            row.acceptedAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionReturned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event,
                (row, context) -> row.end(SuggestionStatus.RETURNED, context.at()));
    }

    @EventHandler
    void on(SuggestionMerged event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.end(SuggestionStatus.MERGED, context.at());
            row.mergedIntoId = event.intoSuggestionId().value();
        });
    }

    @EventHandler
    void on(BillHandledAsSuggestion event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.kind = SuggestionKind.SUGGESTION;
            row.status = SuggestionStatus.ACCEPTED;
            row.acceptedAt = context.at();
        });
    }

    @EventHandler
    void on(SuggestionAssigned event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.ASSIGNED;
            row.leadUnitId = event.leadUnitId().value();
            row.unitIds.add(event.leadUnitId().value());
            event.coUnitIds().forEach(unit -> row.unitIds.add(unit.value()));
            row.assignedAt = context.at();
            row.replyDueAt = event.replyDueAt();
            row.latestReplyDueAt = event.latestReplyDueAt();
            row.round = 1;
            row.overdue = false;
        });
    }

    @EventHandler
    void on(SuggestionDeadlineExtended event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.replyDueAt = event.replyDueAt();
            row.overdue = false;
        });
    }

    @EventHandler
    void on(SuggestionOverdue event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.replyDueAt = event.replyDueAt();
            row.overdue = true;
        });
    }

    /** Changes no figure, but the live ticker shows it. */
    @EventHandler
    void on(SuggestionDiscussedWithDeputy event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> { });
    }

    /** Changes no figure, but the live ticker shows it. */
    @EventHandler
    void on(SuggestionOpinionSent event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> { });
    }

    @EventHandler
    void on(SuggestionReplied event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.REPLIED;
            row.result = event.result();
            row.lastRepliedAt = context.at();
            if (row.firstRepliedAt == null) {
                row.firstRepliedAt = context.at();
                row.firstReplyOnTime = event.onTime();
            }
            row.overdue = false;
        });
    }

    @EventHandler
    void on(SuggestionRated event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.RATED;
            row.satisfaction = event.satisfaction();
        });
    }

    @EventHandler
    void on(SuggestionReopened event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.status = SuggestionStatus.REHANDLING;
            row.round = event.round();
            row.replyDueAt = event.replyDueAt();
            row.latestReplyDueAt = event.latestReplyDueAt();
            row.overdue = false;
        });
    }

    @EventHandler
    void on(SuggestionClosed event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> {
            row.end(SuggestionStatus.CLOSED, context.at());
            row.closedAt = context.at();
            row.result = event.result();
            row.satisfaction = event.satisfaction();
        });
    }

    @EventHandler
    void on(SuggestionUrged event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.urgeCount++);
    }

    @EventHandler
    void on(SuggestionPickedForKeySupervision event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> row.keySupervision = true);
    }

    /** Changes no figure, but the live ticker shows it. */
    @EventHandler
    void on(SuggestionFollowedUp event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event, (row, context) -> { });
    }

    @EventHandler
    void on(SuggestionUpgradedToSolved event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event,
                (row, context) -> row.result = HandlingResult.SOLVED_OR_ADOPTED);
    }

    @EventHandler
    void on(SuggestionConvertedToProcuratorate event, TrackedEventMessage<?> message) {
        update(event.suggestionId(), message, event,
                (row, context) -> row.procuratorateId = event.procuratorateId().value());
    }

    /** A rebuild starts from an empty table, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM suggestion").executeUpdate();
    }

    private void update(SuggestionId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, SuggestionRow.class, id.value(), context, row -> change.apply(row, context))
                .ifPresent(row -> announce(row, context, event));
    }

    private void announce(SuggestionRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.SUGGESTION, row.suggestionId, row.regionId,
                event.getClass()));
    }

    @FunctionalInterface
    private interface Change {
        void apply(SuggestionRow row, EventContext event);
    }
}

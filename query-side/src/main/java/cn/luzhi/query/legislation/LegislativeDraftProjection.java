package cn.luzhi.query.legislation;

import cn.luzhi.events.legislation.CommentPeriodClosed;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.LegislativeDraftLifecycle;
import cn.luzhi.events.legislation.LegislativeDraftState;
import cn.luzhi.events.legislation.LegislativeFeedbackRecorded;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionsForwarded;
import cn.luzhi.events.legislation.OpinionsMerged;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ChinaTime;
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
 * The drafts opened for comment at the liaison points, their opinions and counts. The status and the opinions'
 * marks (merged, forwarded, adopted) are the lifecycle's; the handlers add what the pages show. Every change is
 * announced as a {@link CaseChanged}; drafts belong to the whole district, so the announcement names no region.
 */
@Component
@ReadModelTables(value = {"legislative_draft", "legislative_draft_point", "legislative_opinion"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "LegislativeDraft", table = "legislative_draft",
                key = "draft_id", folded = {"status", "title"}))
@ProcessingGroup(LegislativeDraftProjection.PROCESSING_GROUP)
public class LegislativeDraftProjection {

    public static final String PROCESSING_GROUP = "legislative-drafts";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public LegislativeDraftProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(DraftOpenedForComment event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        LegislativeDraftRow row = new LegislativeDraftRow(event.draftId().value(), context.globalIndex());
        row.title = event.title();
        row.legislature = event.legislature();
        row.text = event.text();
        row.link = event.link();
        row.year = context.at().atZone(ChinaTime.ZONE).getYear();
        row.closesOn = event.closesOn();
        row.closesAt = event.closesAt();
        row.openedAt = context.at();
        event.liaisonPointIds().stream().map(StationId::value).forEach(row.liaisonPoints::add);
        row.take(LegislativeDraftLifecycle.evolve(LegislativeDraftState.NONE, event));
        if (ProjectedRow.create(entityManager, LegislativeDraftRow.class, row.draftId, row)) {
            announce(row, context, event);
        }
    }

    @EventHandler
    void on(OpinionCollected event, TrackedEventMessage<?> message) {
        update(event.draftId(), message, event, (row, context) -> row.opinions.put(event.opinionNumber(),
                new OpinionEntry(event.source(), event.stationId().value(),
                        event.deputyId() == null ? null : event.deputyId().value(),
                        event.citizen() == null ? null : event.citizen().value(), event.article(), event.content(),
                        context.at())));
    }

    @EventHandler
    void on(OpinionsMerged event, TrackedEventMessage<?> message) {
        update(event.draftId(), message, event, (row, context) -> {
        });
    }

    @EventHandler
    void on(CommentPeriodClosed event, TrackedEventMessage<?> message) {
        update(event.draftId(), message, event, (row, context) -> row.closedAt = context.at());
    }

    @EventHandler
    void on(OpinionsForwarded event, TrackedEventMessage<?> message) {
        update(event.draftId(), message, event, (row, context) -> {
            row.forwardedOn = event.forwardedOn();
            row.forwardNote = event.note();
        });
    }

    @EventHandler
    void on(LegislativeFeedbackRecorded event, TrackedEventMessage<?> message) {
        update(event.draftId(), message, event, (row, context) -> {
            row.feedbackAt = context.at();
            row.feedbackNote = event.note();
        });
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM legislative_draft").executeUpdate();
    }

    /** The handler's own fields first (a new opinion must be there to be marked), then the lifecycle's state. */
    private void update(LegislativeDraftId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, LegislativeDraftRow.class, id.value(), context, row -> {
            LegislativeDraftState before = row.lifecycle();
            change.apply(row, context);
            row.take(LegislativeDraftLifecycle.evolve(before, event));
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(LegislativeDraftRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.LEGISLATION, row.draftId, null, event.getClass()));
    }

    @FunctionalInterface
    private interface Change {
        void apply(LegislativeDraftRow row, EventContext event);
    }
}

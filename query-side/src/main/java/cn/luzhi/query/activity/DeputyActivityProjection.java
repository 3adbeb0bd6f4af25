package cn.luzhi.query.activity;

import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.FiguresChanged;
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
 * Deputies' and stations' activity read model: one row per act that earns performance points or makes a station
 * active. Points themselves are computed when read, from the configured rules, so changing a rule needs no
 * replay.
 */
@Component
// A case's row is written once, by the event that opens the case.
@ReadModelTables(value = {"activity_case", "activity"}, eventRowsTable = "activity", eventRowsAggregate = "case_id",
        eventRows = {PetitionAccepted.class, SuggestionSubmitted.class, SuggestionCoSigned.class,
                MediationSessionHeld.class}, eventRowsOptional = {PetitionSubmitted.class, OpinionCollected.class},
        aggregateRows = {
        @ReadModelTables.AggregateRows(type = "Petition", table = "activity_case", key = "case_id",
                events = PetitionSubmitted.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Suggestion", table = "activity_case", key = "case_id",
                events = SuggestionDrafted.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "MediationCase", table = "activity_case", key = "case_id",
                events = MediationCaseReferred.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "LegislativeDraft", table = "activity_case", key = "case_id",
                events = DraftOpenedForComment.class, folded = "region_id")})
@ProcessingGroup(DeputyActivityProjection.PROCESSING_GROUP)
public class DeputyActivityProjection {

    public static final String PROCESSING_GROUP = "deputy-activity";
    static final String COCKPIT_SECTION = "activity";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public DeputyActivityProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(PetitionSubmitted event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        String stationId = event.stationId() == null ? null : event.stationId().value();
        ActivityCaseRow petition = new ActivityCaseRow(event.petitionId().value(), CaseType.PETITION,
                event.regionId().value(), stationId, null, context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, petition.caseId, petition);
        if (stationId != null) {
            record(context, ActivityKind.PETITION_RECEIVED_AT_STATION, null, petition.caseId);
        }
    }

    @EventHandler
    void on(PetitionAccepted event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.PETITION_TAKEN_UP, event.deputyId().value(),
                event.petitionId().value());
    }

    @EventHandler
    void on(SuggestionDrafted event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow suggestion = new ActivityCaseRow(event.suggestionId().value(), CaseType.SUGGESTION,
                event.regionId().value(), null, event.leadDeputyId().value(), context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, suggestion.caseId, suggestion);
    }

    /** Filing counts when the suggestion is submitted: a draft nobody submits earns nothing. */
    @EventHandler
    void on(SuggestionSubmitted event, TrackedEventMessage<?> message) {
        ActivityCaseRow suggestion = entityManager.find(ActivityCaseRow.class, event.suggestionId().value());
        if (suggestion != null) {
            record(EventContext.of(message), ActivityKind.SUGGESTION_FILED, suggestion.leadDeputyId,
                    suggestion.caseId);
        }
    }

    @EventHandler
    void on(SuggestionCoSigned event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.SUGGESTION_CO_SIGNED, event.deputyId().value(),
                event.suggestionId().value());
    }

    @EventHandler
    void on(MediationCaseReferred event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow mediationCase = new ActivityCaseRow(event.mediationCaseId().value(), CaseType.MEDIATION,
                event.regionId().value(), null, null, context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, mediationCase.caseId, mediationCase);
    }

    @EventHandler
    void on(MediationSessionHeld event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.MEDIATION_SESSION_HELD, event.mediatorId().value(),
                event.mediationCaseId().value());
    }

    /** Drafts belong to the whole district: no region, like the draft's own read model. */
    @EventHandler
    void on(DraftOpenedForComment event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow draft = new ActivityCaseRow(event.draftId().value(), CaseType.LEGISLATION, null, null, null,
                context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, draft.caseId, draft);
    }

    /** A deputy's collected opinion counts; a clerk's or a citizen's earns no deputy anything. */
    @EventHandler
    void on(OpinionCollected event, TrackedEventMessage<?> message) {
        if (event.source() == OpinionSource.DEPUTY && event.deputyId() != null) {
            record(EventContext.of(message), ActivityKind.LEGISLATIVE_OPINION, event.deputyId().value(),
                    event.draftId().value());
        }
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM activity").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM activity_case").executeUpdate();
    }

    private void record(EventContext context, ActivityKind kind, String deputyId, String caseId) {
        ActivityCaseRow forCase = entityManager.find(ActivityCaseRow.class, caseId);
        if (forCase == null || entityManager.find(ActivityRow.class, context.globalIndex()) != null) {
            return;
        }
        entityManager.persist(new ActivityRow(context.globalIndex(), kind, deputyId, forCase, context.at()));
        changes.publishEvent(new FiguresChanged(context, COCKPIT_SECTION));
    }
}

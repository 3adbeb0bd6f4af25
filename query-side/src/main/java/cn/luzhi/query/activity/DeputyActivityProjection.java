package cn.luzhi.query.activity;

import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.FiguresChanged;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;
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
// A case's row is written by the event that opens the case; later events only note whom its end credits.
@ReadModelTables(value = {"activity_case", "activity_case_deputy", "activity"}, eventRowsTable = "activity",
        eventRowsAggregate = "case_id", eventRows = {PetitionAccepted.class, SuggestionSubmitted.class,
                SuggestionCoSigned.class, MediationSessionHeld.class, DeputyCheckedIn.class},
        eventRowsOptional = {PetitionSubmitted.class, OpinionCollected.class, PetitionClosed.class,
                MediationCaseSettled.class, ProjectInspected.class, DutyActivityClosed.class, ReceptionRecorded.class}, aggregateRows = {
        @ReadModelTables.AggregateRows(type = "Petition", table = "activity_case", key = "case_id",
                events = {PetitionSubmitted.class, PetitionAccepted.class}, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Suggestion", table = "activity_case", key = "case_id",
                events = SuggestionDrafted.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "MediationCase", table = "activity_case", key = "case_id",
                events = {MediationCaseReferred.class, MediatorsAssigned.class, MediatorReleased.class},
                folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Ballot", table = "activity_case", key = "case_id",
                events = BallotCreated.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "LivelihoodProject", table = "activity_case", key = "case_id",
                events = LivelihoodProjectApproved.class),
        @ReadModelTables.AggregateRows(type = "DutyActivity", table = "activity_case", key = "case_id",
                events = DutyActivityScheduled.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "LegislativeDraft", table = "activity_case", key = "case_id",
                events = DraftOpenedForComment.class, folded = "region_id"),
        @ReadModelTables.AggregateRows(type = "Reception", table = "activity_case", key = "case_id",
                events = ReceptionRecorded.class)})
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
            record(context, ActivityKind.PETITION_RECEIVED_AT_STATION, (String) null, petition.caseId);
        }
    }

    /** Remembered for the closing, which does not name the deputy; the last to take it up is the one who had it. */
    @EventHandler
    void on(PetitionAccepted event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.PETITION_TAKEN_UP, event.deputyId().value(),
                event.petitionId().value());
        ProjectedRow.update(entityManager, ActivityCaseRow.class, event.petitionId().value(),
                EventContext.of(message), petition -> petition.leadDeputyId = event.deputyId().value());
    }

    /** Closing counts once per petition, for its deputy: a petition reopened and closed again earns nothing more. */
    @EventHandler
    void on(PetitionClosed event, TrackedEventMessage<?> message) {
        ActivityCaseRow petition = entityManager.find(ActivityCaseRow.class, event.petitionId().value());
        if (petition != null && petition.leadDeputyId != null && !credited(petition, ActivityKind.PETITION_CLOSED)) {
            record(EventContext.of(message), ActivityKind.PETITION_CLOSED, List.of(petition.leadDeputyId),
                    petition.caseId);
        }
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

    /**
     * Each deputy who received earns the reception. The row names the station; the region is the station's, which
     * the event does not carry, so region-scoped rankings leave receptions out (district-wide ones count them).
     */
    @EventHandler
    void on(ReceptionRecorded event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        // A reception took place where its station is: every act needs a region to count in a region's figures.
        ActivityCaseRow reception = new ActivityCaseRow(event.receptionId().value(), CaseType.RECEPTION,
                regionOfStation(event.stationId().value()), event.stationId().value(), null, context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, reception.caseId, reception);
        record(context, ActivityKind.RECEPTION_HELD,
                event.deputyIds().stream().map(DeputyId::value).distinct().toList(), reception.caseId);
    }

    /** A deputy's collected opinion counts; a clerk's or a citizen's earns no deputy anything. */
    @EventHandler
    void on(OpinionCollected event, TrackedEventMessage<?> message) {
        if (event.source() == OpinionSource.DEPUTY && event.deputyId() != null) {
            // The draft is the district's, so the act counts where the opinion was collected.
            record(EventContext.of(message), ActivityKind.LEGISLATIVE_OPINION, List.of(event.deputyId().value()),
                    event.draftId().value(), regionOfStation(event.stationId().value()));
        }
    }

    @EventHandler
    void on(MediatorsAssigned event, TrackedEventMessage<?> message) {
        ProjectedRow.update(entityManager, ActivityCaseRow.class, event.mediationCaseId().value(),
                EventContext.of(message),
                mediationCase -> event.deputyIds().forEach(deputy -> mediationCase.deputyIds.add(deputy.value())));
    }

    @EventHandler
    void on(MediatorReleased event, TrackedEventMessage<?> message) {
        ProjectedRow.update(entityManager, ActivityCaseRow.class, event.mediationCaseId().value(),
                EventContext.of(message), mediationCase -> mediationCase.deputyIds.remove(event.deputyId().value()));
    }

    @EventHandler
    void on(MediationCaseSettled event, TrackedEventMessage<?> message) {
        ActivityCaseRow mediationCase = entityManager.find(ActivityCaseRow.class, event.mediationCaseId().value());
        if (mediationCase != null) {
            record(EventContext.of(message), ActivityKind.MEDIATION_SETTLED, List.copyOf(mediationCase.deputyIds),
                    mediationCase.caseId);
        }
    }

    @EventHandler
    void on(BallotCreated event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow ballot = new ActivityCaseRow(event.ballotId().value(), CaseType.BALLOT,
                event.regionId().value(), null, null, context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, ballot.caseId, ballot);
    }

    /** Only the check-in counts: the vote is secret, and an abstention is no less an attendance. */
    @EventHandler
    void on(DeputyCheckedIn event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.BALLOT_ATTENDED, event.deputyId().value(),
                event.ballotId().value());
    }

    @EventHandler
    void on(LivelihoodProjectApproved event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow project = new ActivityCaseRow(event.projectId().value(), CaseType.PROJECT,
                event.regionId().value(), null, null, context.globalIndex());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, project.caseId, project);
    }

    @EventHandler
    void on(ProjectInspected event, TrackedEventMessage<?> message) {
        record(EventContext.of(message), ActivityKind.PROJECT_INSPECTED,
                event.deputyIds().stream().map(DeputyId::value).distinct().toList(), event.projectId().value());
    }

    @EventHandler
    void on(DutyActivityScheduled event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ActivityCaseRow activity = new ActivityCaseRow(event.activityId().value(), CaseType.DUTY_ACTIVITY,
                event.regionId().value(), null, null, context.globalIndex());
        activity.creditsKind = ActivityKind.attending(event.kind());
        ProjectedRow.create(entityManager, ActivityCaseRow.class, activity.caseId, activity);
    }

    /** Attendance counts as fixed at the close; a check-in corrected to absent before it earns nothing. */
    @EventHandler
    void on(DutyActivityClosed event, TrackedEventMessage<?> message) {
        ActivityCaseRow activity = entityManager.find(ActivityCaseRow.class, event.activityId().value());
        if (activity != null) {
            record(EventContext.of(message), activity.creditsKind,
                    event.presentDeputyIds().stream().map(DeputyId::value).distinct().toList(), activity.caseId);
        }
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM activity").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM activity_case_deputy").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM activity_case").executeUpdate();
    }

    private void record(EventContext context, ActivityKind kind, String deputyId, String caseId) {
        // A station's act credits no deputy: one row with none.
        record(context, kind, Collections.singletonList(deputyId), caseId);
    }

    /** One row per credited deputy of the event; none when it credits nobody. */
    private void record(EventContext context, ActivityKind kind, List<String> deputyIds, String caseId) {
        record(context, kind, deputyIds, caseId, null);
    }

    /** As above; {@code regionId}, when given, is where the act took place, for a case without a region of its own. */
    private void record(EventContext context, ActivityKind kind, List<String> deputyIds, String caseId,
                        String regionId) {
        ActivityCaseRow forCase = entityManager.find(ActivityCaseRow.class, caseId);
        String where = regionId != null ? regionId : forCase == null ? null : forCase.regionId;
        // An act without a region could count in no region's figures; stopping the processor on it would also stop
        // every later act and activity of this processing group.
        if (forCase == null || where == null || deputyIds.isEmpty()
                || entityManager.find(ActivityRow.class, new ActivityRow.Key(context.globalIndex(), 0)) != null) {
            return;
        }
        for (int share = 0; share < deputyIds.size(); share++) {
            ActivityRow act = new ActivityRow(context.globalIndex(), share, kind, deputyIds.get(share), forCase,
                    context.at());
            act.regionId = where;
            entityManager.persist(act);
        }
        changes.publishEvent(new FiguresChanged(context, COCKPIT_SECTION));
    }

    /**
     * The region of a station from the reference data, which registers a station long before any act there; null for
     * one it does not know.
     */
    private String regionOfStation(String stationId) {
        List<?> found = entityManager.createNativeQuery("SELECT region_id FROM station WHERE station_id = ?1")
                .setParameter(1, stationId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private boolean credited(ActivityCaseRow forCase, ActivityKind kind) {
        return entityManager.createQuery(
                        "select count(a) from ActivityRow a where a.caseId = :caseId and a.kind = :kind", Long.class)
                .setParameter("caseId", forCase.caseId).setParameter("kind", kind).getSingleResult() > 0;
    }
}

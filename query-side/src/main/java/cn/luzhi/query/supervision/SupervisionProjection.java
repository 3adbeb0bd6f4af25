package cn.luzhi.query.supervision;

import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.DeadlinesChanged;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The deadlines supervisors watch (督办): one row per deadline a unit works to, open until the unit replies or
 * the case ends, flagged when the command side declares it overdue. Announces nothing: the case read models
 * already tell the live feed about every change of a case.
 * <p>
 * The case row guards against redelivery (every event of a case passes through it first); each deadline row also
 * keeps the index of the last event applied to it, as every read-model row does.
 */
@Component
// One table holds the three case types; every event handled here moves its case's row (the guard in onCase).
@ReadModelTables(value = {"supervision_case", "supervision_deadline"}, aggregateRows = {
        @ReadModelTables.AggregateRows(type = "Petition", table = "supervision_case", key = "case_id",
                folded = {"region_id", "title"}),
        @ReadModelTables.AggregateRows(type = "Suggestion", table = "supervision_case", key = "case_id",
                folded = {"region_id", "title"}),
        @ReadModelTables.AggregateRows(type = "MediationCase", table = "supervision_case", key = "case_id",
                folded = "region_id")})
@ProcessingGroup(SupervisionProjection.PROCESSING_GROUP)
public class SupervisionProjection {

    public static final String PROCESSING_GROUP = "supervision";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public SupervisionProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    // Petitions: a deadline per round and unit forwarded to.

    @EventHandler
    void on(PetitionSubmitted event, TrackedEventMessage<?> message) {
        create(event.petitionId().value(), CaseType.PETITION, event.title(), event.regionId().value(),
                event.deputyId() == null ? null : event.deputyId().value(), message);
    }

    @EventHandler
    void on(PetitionAccepted event, TrackedEventMessage<?> message) {
        onCase(event.petitionId().value(), message, (row, context) -> row.deputyId = event.deputyId().value());
    }

    @EventHandler
    void on(PetitionForwarded event, TrackedEventMessage<?> message) {
        onCase(event.petitionId().value(), message, (row, context) -> event.unitIds().forEach(unit ->
                createDeadline(row, unit.value(), event.replyDueAt(), context)));
    }

    @EventHandler
    void on(PetitionDeadlineExtended event, TrackedEventMessage<?> message) {
        onCase(event.petitionId().value(), message, (row, context) ->
                openDeadlines(row, context, deadline -> deadline.extend(event.replyDueAt())));
    }

    @EventHandler
    void on(PetitionOverdue event, TrackedEventMessage<?> message) {
        Set<String> late = event.unitsNotReplied().stream().map(HandlingUnitId::value).collect(Collectors.toSet());
        onCase(event.petitionId().value(), message, (row, context) -> openDeadlines(row, context, deadline -> {
            if (late.contains(deadline.unitId)) {
                deadline.markOverdue(event.replyDueAt());
            }
        }));
    }

    @EventHandler
    void on(PetitionReplied event, TrackedEventMessage<?> message) {
        onCase(event.petitionId().value(), message, (row, context) ->
                reply(row, event.unitId().value(), row.round, context));
    }

    /** The lifecycle counts the rounds: the event's number counts reopenings (1 for the first), not rounds. */
    @EventHandler
    void on(PetitionReopened event, TrackedEventMessage<?> message) {
        onCase(event.petitionId().value(), message, (row, context) -> row.round =
                PetitionLifecycle.evolve(PetitionState.inHandlingRound(row.round), event).handlingRound());
    }

    @EventHandler
    void on(PetitionUrged event, TrackedEventMessage<?> message) {
        urge(event.petitionId().value(), message);
    }

    @EventHandler
    void on(PetitionDeclined event, TrackedEventMessage<?> message) {
        end(event.petitionId().value(), message);
    }

    @EventHandler
    void on(PetitionClosed event, TrackedEventMessage<?> message) {
        end(event.petitionId().value(), message);
    }

    @EventHandler
    void on(PetitionWithdrawn event, TrackedEventMessage<?> message) {
        end(event.petitionId().value(), message);
    }

    @EventHandler
    void on(PetitionMerged event, TrackedEventMessage<?> message) {
        end(event.petitionId().value(), message);
    }

    // Suggestions: a deadline per round, answered by the lead unit (co-units send it opinions, not replies).

    @EventHandler
    void on(SuggestionDrafted event, TrackedEventMessage<?> message) {
        create(event.suggestionId().value(), CaseType.SUGGESTION, event.title(), event.regionId().value(),
                event.leadDeputyId().value(), message);
    }

    @EventHandler
    void on(SuggestionAssigned event, TrackedEventMessage<?> message) {
        onCase(event.suggestionId().value(), message, (row, context) -> {
            row.leadUnitId = event.leadUnitId().value();
            row.round = SuggestionLifecycle.evolve(SuggestionState.inRound(row.round), event).round();
            createDeadline(row, row.leadUnitId, event.replyDueAt(), context);
        });
    }

    @EventHandler
    void on(SuggestionDeadlineExtended event, TrackedEventMessage<?> message) {
        onCase(event.suggestionId().value(), message, (row, context) ->
                openDeadlines(row, context, deadline -> deadline.extend(event.replyDueAt())));
    }

    @EventHandler
    void on(SuggestionOverdue event, TrackedEventMessage<?> message) {
        onCase(event.suggestionId().value(), message, (row, context) ->
                openDeadlines(row, context, deadline -> deadline.markOverdue(event.replyDueAt())));
    }

    @EventHandler
    void on(SuggestionReplied event, TrackedEventMessage<?> message) {
        onCase(event.suggestionId().value(), message, (row, context) ->
                reply(row, event.unitId().value(), event.round(), context));
    }

    /** An unsatisfied rating sends the suggestion back to its lead unit with a new deadline; the lifecycle counts. */
    @EventHandler
    void on(SuggestionReopened event, TrackedEventMessage<?> message) {
        onCase(event.suggestionId().value(), message, (row, context) -> {
            row.round = SuggestionLifecycle.evolve(SuggestionState.inRound(row.round), event).round();
            if (row.leadUnitId != null) {
                createDeadline(row, row.leadUnitId, event.replyDueAt(), context);
            }
        });
    }

    @EventHandler
    void on(SuggestionUrged event, TrackedEventMessage<?> message) {
        urge(event.suggestionId().value(), message);
    }

    @EventHandler
    void on(SuggestionClosed event, TrackedEventMessage<?> message) {
        end(event.suggestionId().value(), message);
    }

    @EventHandler
    void on(SuggestionMerged event, TrackedEventMessage<?> message) {
        end(event.suggestionId().value(), message);
    }

    @EventHandler
    void on(SuggestionReturned event, TrackedEventMessage<?> message) {
        end(event.suggestionId().value(), message);
    }

    // Mediation: one deadline, the mediation period, from the referral; the referring court stands as the unit.

    @EventHandler
    void on(MediationCaseReferred event, TrackedEventMessage<?> message) {
        String caseId = event.mediationCaseId().value();
        create(caseId, CaseType.MEDIATION, "诉前调解：" + event.disputeType().label(), event.regionId().value(), null,
                message);
        onCreatedCase(caseId, message, (row, context) -> {
            row.leadUnitId = event.courtId().value();
            createDeadline(row, row.leadUnitId, event.mediationDueAt(), context);
        });
    }

    /** The first mediator assigned stands as the deputy of the case until released. */
    @EventHandler
    void on(MediatorsAssigned event, TrackedEventMessage<?> message) {
        onCase(event.mediationCaseId().value(), message, (row, context) -> {
            if (row.deputyId == null && !event.deputyIds().isEmpty()) {
                row.deputyId = event.deputyIds().get(0).value();
                openDeadlines(row, context, deadline -> deadline.deputyId = row.deputyId);
            }
        });
    }

    @EventHandler
    void on(MediatorReleased event, TrackedEventMessage<?> message) {
        onCase(event.mediationCaseId().value(), message, (row, context) -> {
            if (event.deputyId().value().equals(row.deputyId)) {
                row.deputyId = null;
                openDeadlines(row, context, deadline -> deadline.deputyId = null);
            }
        });
    }

    @EventHandler
    void on(MediationPeriodExtended event, TrackedEventMessage<?> message) {
        onCase(event.mediationCaseId().value(), message, (row, context) ->
                openDeadlines(row, context, deadline -> deadline.extend(event.mediationDueAt())));
    }

    @EventHandler
    void on(MediationOverdue event, TrackedEventMessage<?> message) {
        onCase(event.mediationCaseId().value(), message, (row, context) ->
                openDeadlines(row, context, deadline -> deadline.markOverdue(event.mediationDueAt())));
    }

    @EventHandler
    void on(MediationCaseSettled event, TrackedEventMessage<?> message) {
        end(event.mediationCaseId().value(), message);
    }

    @EventHandler
    void on(MediationCaseFailed event, TrackedEventMessage<?> message) {
        end(event.mediationCaseId().value(), message);
    }

    @EventHandler
    void on(MediationCaseWithdrawn event, TrackedEventMessage<?> message) {
        end(event.mediationCaseId().value(), message);
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM supervision_deadline").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM supervision_case").executeUpdate();
    }

    private void create(String caseId, CaseType type, String title, String regionId, String deputyId,
                        TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        ProjectedRow.create(entityManager, SupervisionCaseRow.class, caseId,
                new SupervisionCaseRow(caseId, type, title, regionId, deputyId, context.globalIndex()));
    }

    /** A change the creating event itself makes, which the guard of {@link #onCase} would skip as applied. */
    private void onCreatedCase(String caseId, TrackedEventMessage<?> message, Change change) {
        EventContext context = EventContext.of(message);
        SupervisionCaseRow row = entityManager.find(SupervisionCaseRow.class, caseId);
        if (row != null && row.lastGlobalIndex() == context.globalIndex()) {
            change.apply(row, context);
        }
    }

    private void onCase(String caseId, TrackedEventMessage<?> message, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, SupervisionCaseRow.class, caseId, context,
                row -> change.apply(row, context))
                .ifPresent(row -> changes.publishEvent(new DeadlinesChanged(context)));
    }

    private void createDeadline(SupervisionCaseRow row, String unitId, Instant dueAt, EventContext context) {
        SupervisionDeadlineRow deadline = new SupervisionDeadlineRow(row, unitId, context.at(), dueAt,
                context.globalIndex());
        ProjectedRow.create(entityManager, SupervisionDeadlineRow.class, deadline.deadlineId, deadline);
    }

    private void reply(SupervisionCaseRow row, String unitId, int round, EventContext context) {
        ProjectedRow.update(entityManager, SupervisionDeadlineRow.class,
                SupervisionDeadlineRow.id(row.caseId, round, unitId), context, deadline -> {
                    if (deadline.isOpen()) {
                        deadline.reply(context.at());
                    }
                });
    }

    private void urge(String caseId, TrackedEventMessage<?> message) {
        onCase(caseId, message, (row, context) -> openDeadlines(row, context, deadline -> deadline.urgeCount++));
    }

    private void end(String caseId, TrackedEventMessage<?> message) {
        onCase(caseId, message, (row, context) -> openDeadlines(row, context, deadline -> deadline.end(context.at())));
    }

    /**
     * Loads the case's open deadlines as rows in one statement: the guard of {@link ProjectedRow#update} then finds
     * each in the persistence context instead of selecting it again (one query per deadline made a catch-up batch
     * over old cases several times slower).
     */
    private void openDeadlines(SupervisionCaseRow row, EventContext context, Consumer<SupervisionDeadlineRow> change) {
        List<SupervisionDeadlineRow> open = entityManager.createQuery("""
                        select d from SupervisionDeadlineRow d
                         where d.caseId = :caseId and d.repliedAt is null and d.endedAt is null""",
                        SupervisionDeadlineRow.class)
                .setParameter("caseId", row.caseId)
                .getResultList();
        open.forEach(deadline -> ProjectedRow.update(entityManager, SupervisionDeadlineRow.class, deadline.deadlineId,
                context, change));
    }

    @FunctionalInterface
    private interface Change {
        void apply(SupervisionCaseRow row, EventContext context);
    }
}

package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
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
 * Ballot list and detail read model. Every change is announced as a {@link CaseChanged} in the projection's
 * transaction; how (and whether) it reaches anyone is not this class's business.
 * <p>
 * The ballot stays secret here: a vote only adds one to a count, and a check-in marks the deputy present on the
 * roll call (public at the door) without any trace of the paper. A vote's paper hash and choices are never read,
 * and its announcement names no actor even if its metadata were to.
 */
@Component
@ReadModelTables(value = {"ballot", "ballot_candidate", "ballot_deputy"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "Ballot", table = "ballot", key = "ballot_id",
                folded = {"status", "level", "region_id", "year", "title"}))
@ProcessingGroup(BallotProjection.PROCESSING_GROUP)
public class BallotProjection {

    /** Ballots and the projects they approve: one cockpit section, one processor (see LivelihoodProjectProjection). */
    public static final String PROCESSING_GROUP = "ballots";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public BallotProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(BallotCreated event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        BallotRow row = new BallotRow(event.ballotId().value(), context.globalIndex());
        row.regionId = event.regionId().value();
        row.year = event.year();
        row.level = event.level();
        row.title = event.title();
        row.createdAt = context.at();
        row.take(BallotLifecycle.evolve(BallotState.NONE, event));
        if (ProjectedRow.create(entityManager, BallotRow.class, row.ballotId, row)) {
            announce(row, context, event);
        }
    }

    @EventHandler
    void on(CandidateCollected event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> row.candidates.put(event.candidateId(),
                new CandidateEntry(event.title(), event.description(), event.proposerKind(),
                        event.estimatedBudget(), row.candidates.size() + 1)));
    }

    @EventHandler
    void on(CandidatesShortlisted event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> {
            row.shortlist(event.candidateIds());
            row.shortlistReason = event.reason();
            row.shortlistedAt = context.at();
        });
    }

    @EventHandler
    void on(BallotOpened event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> {
            row.shortlist(event.candidateIds());
            row.maxChoices = event.maxChoices();
            row.entitled = event.entitledDeputies().size();
            row.rollCall.clear();
            event.entitledDeputies().forEach(deputy -> row.rollCall.putIfAbsent(deputy.value(),
                    new RollCallEntry(row.rollCall.size() + 1)));
            row.openedAt = context.at();
            row.closesAt = event.closesAt();
        });
    }

    /** Who checked in is public at the door (the roll call); which paper they took is not in the event at all. */
    @EventHandler
    void on(DeputyCheckedIn event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> {
            row.checkedIn++;
            RollCallEntry entry = row.rollCall.get(event.deputyId().value());
            if (entry != null) {
                entry.checkedIn = true;
            }
        });
    }

    @EventHandler
    void on(VoteCast event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        EventContext anonymous = new EventContext(context.globalIndex(), context.at(), context.replay(),
                context.actorRole(), null);
        ProjectedRow.update(entityManager, BallotRow.class, event.ballotId().value(), anonymous,
                        row -> row.votesCast++)
                .ifPresent(row -> announce(row, anonymous, event));
    }

    /** The closing states the ballot's own final counts, which the row takes over its running ones. */
    @EventHandler
    void on(BallotClosed event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> {
            row.closedAt = context.at();
            row.entitled = event.entitled();
            row.checkedIn = event.checkedIn();
            row.votesCast = event.votesCast();
        });
    }

    @EventHandler
    void on(TallyPublished event, TrackedEventMessage<?> message) {
        update(event.ballotId(), message, event, (row, context) -> {
            row.publishedAt = context.at();
            row.entitled = event.entitled();
            row.checkedIn = event.checkedIn();
            row.votesCast = event.votesCast();
            int rank = 1;
            for (CandidateTally tally : event.tallies()) {
                CandidateEntry candidate = row.candidates.get(tally.candidateId());
                if (candidate != null) {
                    candidate.tallyRank = rank;
                    candidate.votes = tally.votes();
                    candidate.approved = tally.approved();
                }
                rank++;
            }
        });
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM ballot").executeUpdate();
    }

    private void update(BallotId id, TrackedEventMessage<?> message, Object event, Change change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, BallotRow.class, id.value(), context, row -> {
            // The status comes from the lifecycle; the handlers add the counts, dates and candidates the list shows.
            row.take(BallotLifecycle.evolve(row.lifecycle(), event));
            change.apply(row, context);
        }).ifPresent(row -> announce(row, context, event));
    }

    private void announce(BallotRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.BALLOT, row.ballotId, row.regionId,
                event.getClass()));
    }

    @FunctionalInterface
    private interface Change {
        void apply(BallotRow row, EventContext event);
    }
}

package cn.luzhi.command.ballot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotAction;
import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.CastVote;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CloseBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.OpenBallot;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.ShortlistCandidates;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.deputy.DeputyId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A secret ballot on livelihood projects (民生实事项目票决): candidates are collected and shortlisted, the
 * entitled deputies check in and vote with anonymous paper codes, the ballot closes and its tally is
 * published, and every approved candidate becomes a {@link LivelihoodProject}.
 *
 * <p>Secrecy: {@link DeputyCheckedIn} says who took part and {@link VoteCast} what one paper chose, and
 * nothing joins the two. The paper code that a check-in returns is known only to the deputy; a vote names
 * the hash of its random part, and the MAC under the ballot's key (held outside the event store) proves
 * the paper was issued by a check-in. The tally is counted from the {@link VoteCast} events only, and there
 * are never more of them than check-ins. What events cannot hide is timing: a vote recorded straight after a
 * lone check-in is probably that deputy's, so check-in (the roll call) should come before voting starts.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Ballot {

    static final String CLOSING = "ballot-closing";

    @AggregateIdentifier
    private BallotId ballotId;
    // Unwrapped, so the snapshot keeps the flat fields it had before the lifecycle existed, and old ones load.
    @JsonUnwrapped
    private BallotState state = BallotState.NONE;

    protected Ballot() {
        // For Axon, which rebuilds the ballot from its events.
    }

    @CommandHandler
    public Ballot(CreateBallot command) {
        apply(new BallotCreated(command.ballotId(), command.regionId(), command.year(), command.level(),
                command.title()));
    }

    @CommandHandler
    public void handle(CollectCandidate command) {
        CommandRefused.throwIf(BallotLifecycle.checkCollect(state, command.candidateId()));
        apply(new CandidateCollected(ballotId, command.candidateId(), command.title(), command.description(),
                command.proposerKind(), command.estimatedBudget()));
    }

    @CommandHandler
    public void handle(ShortlistCandidates command) {
        CommandRefused.throwIf(BallotLifecycle.checkShortlist(state, command.candidateIds()));
        apply(new CandidatesShortlisted(ballotId, List.copyOf(command.candidateIds()), command.reason()));
    }

    @CommandHandler
    public void handle(OpenBallot command, DeadlineManager deadlines) {
        CommandRefused.throwIf(BallotLifecycle.checkOpen(state, command.maxChoices()));
        if (!command.closesAt().isAfter(GenericEventMessage.clock.instant())) {
            throw CommandRefused.becauseOf("closesAt", "投票截止时间必须晚于当前时间");
        }
        List<DeputyId> deputies = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        apply(new BallotOpened(ballotId, state.shortlist(), command.maxChoices(), deputies, command.closesAt()));
        deadlines.schedule(command.closesAt(), CLOSING, new ClosingDue(command.closesAt()));
    }

    /** Returns the ballot paper code; the REST API hands it to the deputy and it is stored nowhere. */
    @CommandHandler
    public String handle(CheckInForBallot command, BallotPaperKeys keys) {
        CommandRefused.throwIf(BallotLifecycle.checkCheckIn(state, command.deputyId(),
                GenericEventMessage.clock.instant()));
        String paperCode = BallotPapers.issue(keys.keyFor(ballotId), ballotId);
        apply(new DeputyCheckedIn(ballotId, command.deputyId()));
        return paperCode;
    }

    @CommandHandler
    public void handle(CastVote command, BallotPaperKeys keys) {
        CommandRefused.throwIf(BallotLifecycle.checkVoting(state, BallotAction.VOTE,
                GenericEventMessage.clock.instant()));
        String paperHash = BallotPapers.verify(keys.keyFor(ballotId), ballotId, command.paperCode())
                .orElseThrow(() -> CommandRefused.becauseOf("paperCode", "选票码无效，不是本次票决签到时发放的选票"));
        CommandRefused.throwIf(BallotLifecycle.checkPaper(state, paperHash, command.choices()));
        apply(new VoteCast(ballotId, paperHash, List.copyOf(command.choices())));
    }

    @CommandHandler
    public void handle(CloseBallot command) {
        require(BallotAction.CLOSE);
        apply(closed());
    }

    /**
     * The closing time passed. The closing time never moves, but a ballot closed early by command leaves its
     * deadline behind; that one finds the ballot no longer open and does nothing.
     */
    @DeadlineHandler(deadlineName = CLOSING)
    public void on(ClosingDue due) {
        if (BallotLifecycle.isClosingAt(state, due.closesAt())) {
            apply(closed());
        }
    }

    /**
     * Counts the votes and approves candidates. A candidate is approved when its votes exceed half of the
     * papers cast, and at most {@code maxChoices} are approved, most votes first. Blank papers count among
     * those cast: a deputy who abstains took part, so abstaining weighs against approval instead of
     * lowering the bar. A tie at that limit goes to the candidate the government shortlisted earlier: the
     * shortlist order is its stated priority and the only order fixed before the vote, so nobody can pick
     * the winner after seeing the count.
     */
    @CommandHandler
    /** Returns the ids of the projects the tally approved, so the caller can go on with them at once. */
    public List<LivelihoodProjectId> handle(PublishTally command) throws Exception {
        require(BallotAction.PUBLISH);
        List<String> ranked = new ArrayList<>(state.shortlist());
        // List.sort is stable, so equal votes keep the shortlist order.
        ranked.sort(Comparator.comparingInt(state::votesFor).reversed());
        List<CandidateTally> tallies = new ArrayList<>();
        for (String candidateId : ranked) {
            int received = state.votesFor(candidateId);
            long approvedSoFar = tallies.stream().filter(CandidateTally::approved).count();
            boolean approved = approvedSoFar < state.maxChoices() && 2L * received > state.votesCast();
            tallies.add(new CandidateTally(candidateId, received, approved));
        }
        apply(new TallyPublished(ballotId, tallies, state.votesCast(), state.entitled().size(),
                state.checkedIn().size()));
        List<LivelihoodProjectId> projects = new ArrayList<>();
        for (CandidateTally tally : tallies) {
            if (tally.approved()) {
                BallotState.Candidate candidate = state.candidates().get(tally.candidateId());
                LivelihoodProjectApproved approved = new LivelihoodProjectApproved(
                        LivelihoodProject.idFor(ballotId, candidate.candidateId()), ballotId, candidate.candidateId(),
                        candidate.title(), state.regionId(), state.year(), candidate.budget());
                createNew(LivelihoodProject.class, () -> new LivelihoodProject(approved));
                projects.add(approved.projectId());
            }
        }
        return projects;
    }

    private BallotClosed closed() {
        return new BallotClosed(ballotId, state.entitled().size(), state.checkedIn().size(), state.votesCast());
    }

    /** The ballot's state as its lifecycle sees it. */
    BallotState state() {
        return state;
    }

    private void require(BallotAction action) {
        CommandRefused.throwIf(BallotLifecycle.check(state, action));
    }

    @EventSourcingHandler
    void on(BallotCreated event) {
        ballotId = event.ballotId();
        evolve(event);
    }

    /** Every ballot event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = BallotLifecycle.evolve(state, event);
    }

    /** Payload of the closing deadline: the closing time it was scheduled for. */
    record ClosingDue(Instant closesAt) {
    }
}

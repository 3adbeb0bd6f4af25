package cn.luzhi.command.ballot;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.support.Appended;
import cn.luzhi.events.ballot.BallotAction;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.CastVote;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CloseBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.OpenBallot;
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.ShortlistCandidates;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;

/**
 * A random command sequence through the ballot aggregate, a fresh {@link AggregateTestFixture} per step: the
 * creation, then random actions (mostly what the status invites, so that sequences reach the vote and beyond), each
 * expected to be refused with the words {@link BallotLifecycle} gives or accepted when it allows it (the fixture
 * fails the step otherwise). Papers are those the check-ins issued, or a forged one, which only the aggregate's
 * keys can tell (the one refusal that is not the lifecycle's). Closing times lie an hour ahead. Every step hands on
 * what the aggregate appended and the state it is in afterwards, for the tests that hold other consumers of the
 * lifecycle to it (here and in dashboard-ui, which sees the query side's too).
 */
public final class BallotWalk {

    public static final BallotId ID = BallotId.of("b-prop");
    private static final List<String> CANDIDATES = List.of("c-1", "c-2", "c-3", "c-4");
    private static final List<DeputyId> DEPUTIES = List.of(DeputyId.of("d-1"), DeputyId.of("d-2"),
            DeputyId.of("d-3"), DeputyId.of("d-4"));
    private static final String FORGED = "forged-paper-code";
    private static final int STEPS = 60;

    /**
     * One step of the walk.
     *
     * @param command  what was sent
     * @param refusal  why it was refused, as the aggregate did; empty when it was accepted
     * @param appended the ballot's events the aggregate appended, oldest first (publishing also approves projects:
     *                 their events belong to other aggregates and are left out)
     * @param history  every event of the ballot so far
     * @param state    the aggregate's state after the step (before it, when the command was refused)
     */
    public record Step(Object command, Optional<Refusal> refusal, List<Object> appended, List<Object> history,
                       BallotState state) {
    }

    private BallotWalk() {
    }

    /** The seeds the tests walk, the same on every run: a failing one is in the test's name. */
    public static long[] seeds() {
        return new Random(20_261_214L).longs(60).toArray();
    }

    /** Walks the sequence of {@code seed}, handing every step, the creation first, to {@code afterEachStep}. */
    public static void walk(long seed, Consumer<Step> afterEachStep) {
        Random random = new Random(seed);
        Sequence sequence = new Sequence(new InMemoryBallotPaperKeys(), afterEachStep);
        sequence.run(sequence.given(), new CreateBallot(ID, RegionId.of("150102"), 2026, BallotLevel.CONGRESS, "票决"),
                Optional.empty());
        for (int step = 0; step < STEPS; step++) {
            sequence.step(random.nextInt(3) == 0 ? BallotAction.values()[random.nextInt(BallotAction.values().length)]
                    : likely(BallotLifecycle.replay(sequence.history), random), random);
        }
    }

    /** Mostly what the status invites, so that sequences reach the vote and beyond; otherwise anything. */
    private static BallotAction likely(BallotState state, Random random) {
        List<BallotAction> invited = switch (state.status()) {
            case COLLECTING -> List.of(BallotAction.COLLECT, BallotAction.COLLECT, BallotAction.SHORTLIST);
            case SHORTLISTED -> List.of(BallotAction.OPEN, BallotAction.SHORTLIST);
            case OPEN -> List.of(BallotAction.CHECK_IN, BallotAction.VOTE, BallotAction.VOTE, BallotAction.VOTE,
                    BallotAction.CLOSE);
            case CLOSED, PUBLISHED -> List.of(BallotAction.PUBLISH, BallotAction.VOTE);
        };
        return invited.get(random.nextInt(invited.size()));
    }

    /** One ballot's history, the papers its check-ins issued, and the keys that issued them. */
    private static final class Sequence {

        private final InMemoryBallotPaperKeys keys;
        private final Consumer<Step> afterEachStep;
        private final List<Object> history = new ArrayList<>();
        private final List<String> papers = new ArrayList<>();
        private BallotState state = BallotState.NONE;

        Sequence(InMemoryBallotPaperKeys keys, Consumer<Step> afterEachStep) {
            this.keys = keys;
            this.afterEachStep = afterEachStep;
        }

        void step(BallotAction action, Random random) {
            TestExecutor<Ballot> given = given();
            Instant now = given.currentTime();
            BallotState replayed = BallotLifecycle.replay(history);
            String candidate = CANDIDATES.get(random.nextInt(CANDIDATES.size()));
            DeputyId deputy = DEPUTIES.get(random.nextInt(DEPUTIES.size()));
            switch (action) {
                case COLLECT -> run(given, new CollectCandidate(ID, candidate, "项目", "说明", ProposerKind.CITIZEN,
                        new BigDecimal("100.00"), null), BallotLifecycle.checkCollect(replayed, candidate));
                case SHORTLIST -> {
                    List<String> ids = random.ints(1 + random.nextInt(3), 0, CANDIDATES.size())
                            .mapToObj(CANDIDATES::get).toList();
                    run(given, new ShortlistCandidates(ID, ids, null, null), BallotLifecycle.checkShortlist(replayed,
                            ids));
                }
                case OPEN -> {
                    int maxChoices = random.nextInt(4);
                    run(given, new OpenBallot(ID, maxChoices, DEPUTIES.subList(0, 3), now.plus(Duration.ofHours(1)),
                            null), BallotLifecycle.checkOpen(replayed, maxChoices));
                }
                case CHECK_IN -> run(given, new CheckInForBallot(ID, deputy, null),
                        BallotLifecycle.checkCheckIn(replayed, deputy, now));
                case VOTE -> {
                    String paper = papers.isEmpty() || random.nextInt(5) == 0 ? FORGED
                            : papers.get(random.nextInt(papers.size()));
                    List<String> choices = random.ints(random.nextInt(3), 0, CANDIDATES.size())
                            .mapToObj(CANDIDATES::get).toList();
                    run(given, new CastVote(ID, paper, choices), expectedForVote(replayed, paper, choices, now));
                }
                case CLOSE -> run(given, new CloseBallot(ID, null, null), BallotLifecycle.check(replayed, action));
                case PUBLISH -> run(given, new PublishTally(ID, null), BallotLifecycle.check(replayed, action));
            }
        }

        private Optional<Refusal> expectedForVote(BallotState replayed, String paper, List<String> choices,
                                                  Instant now) {
            Optional<Refusal> voting = BallotLifecycle.checkVoting(replayed, BallotAction.VOTE, now);
            if (voting.isPresent()) {
                return voting;
            }
            Optional<String> hash = BallotPapers.verify(keys.keyFor(ID), ID, paper);
            return hash.isEmpty() ? Optional.of(Refusal.becauseOf("paperCode", "选票码无效，不是本次票决签到时发放的选票"))
                    : BallotLifecycle.checkPaper(replayed, hash.get(), choices);
        }

        TestExecutor<Ballot> given() {
            // A fresh fixture per step: one fixture serves one given-when-then.
            FixtureConfiguration<Ballot> fixture = new AggregateTestFixture<>(Ballot.class);
            fixture.registerInjectableResource(keys);
            return history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history);
        }

        void run(TestExecutor<Ballot> given, Object command, Optional<Refusal> expected) {
            ResultValidator<Ballot> result = given.when(command);
            if (expected.isPresent()) {
                result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                        .expectNoEvents();
                afterEachStep.accept(new Step(command, expected, List.of(), List.copyOf(history), state));
                return;
            }
            if (command instanceof CheckInForBallot) {
                result.expectResultMessagePayloadMatching(Matchers.predicate(code -> papers.add((String) code)));
            }
            // Publishing also creates the approved projects: their events belong to other aggregates.
            List<Object> appended = Appended.by(result).stream()
                    .filter(event -> !(event instanceof LivelihoodProjectApproved)).toList();
            history.addAll(appended);
            AtomicReference<BallotState> after = new AtomicReference<>();
            result.expectState(ballot -> after.set(ballot.state()));
            state = after.get();
            afterEachStep.accept(new Step(command, expected, appended, List.copyOf(history), state));
        }
    }
}

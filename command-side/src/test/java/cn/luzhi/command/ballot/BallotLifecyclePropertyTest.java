package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the ballot aggregate: after every step its state is the lifecycle's replay of
 * the events so far, every command the lifecycle allows is accepted, and every one it refuses is refused with its
 * very words. Papers are those the check-ins issued, or a forged one, which only the aggregate's keys can tell
 * (the one refusal that is not the lifecycle's). Closing times lie an hour ahead. A failing seed is in the test's
 * name, to be replayed alone.
 */
class BallotLifecyclePropertyTest {

    private static final BallotId ID = BallotId.of("b-prop");
    private static final List<String> CANDIDATES = List.of("c-1", "c-2", "c-3", "c-4");
    private static final List<DeputyId> DEPUTIES = List.of(DeputyId.of("d-1"), DeputyId.of("d-2"),
            DeputyId.of("d-3"), DeputyId.of("d-4"));
    private static final String FORGED = "forged-paper-code";
    private static final int STEPS = 60;

    static long[] seeds() {
        return new Random(20_261_214L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        Random random = new Random(seed);
        Sequence sequence = new Sequence(new InMemoryBallotPaperKeys());
        sequence.run(new CreateBallot(ID, RegionId.of("150102"), 2026, BallotLevel.CONGRESS, "票决"), Optional.empty());
        for (int step = 0; step < STEPS; step++) {
            sequence.step(random.nextInt(3) == 0 ? BallotAction.values()[random.nextInt(BallotAction.values().length)]
                    : likely(sequence.state(), random), random);
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
        private final List<Object> history = new ArrayList<>();
        private final List<String> papers = new ArrayList<>();
        private FixtureConfiguration<Ballot> fixture;

        Sequence(InMemoryBallotPaperKeys keys) {
            this.keys = keys;
        }

        BallotState state() {
            return BallotLifecycle.replay(history);
        }

        void step(BallotAction action, Random random) {
            TestExecutor<Ballot> given = given();
            Instant now = given.currentTime();
            BallotState state = BallotLifecycle.replay(history);
            String candidate = CANDIDATES.get(random.nextInt(CANDIDATES.size()));
            DeputyId deputy = DEPUTIES.get(random.nextInt(DEPUTIES.size()));
            switch (action) {
                case COLLECT -> run(given, new CollectCandidate(ID, candidate, "项目", "说明", ProposerKind.CITIZEN,
                        new BigDecimal("100.00"), null), BallotLifecycle.checkCollect(state, candidate));
                case SHORTLIST -> {
                    List<String> ids = random.ints(1 + random.nextInt(3), 0, CANDIDATES.size())
                            .mapToObj(CANDIDATES::get).toList();
                    run(given, new ShortlistCandidates(ID, ids, null, null), BallotLifecycle.checkShortlist(state,
                            ids));
                }
                case OPEN -> {
                    int maxChoices = random.nextInt(4);
                    run(given, new OpenBallot(ID, maxChoices, DEPUTIES.subList(0, 3), now.plus(Duration.ofHours(1)),
                            null), BallotLifecycle.checkOpen(state, maxChoices));
                }
                case CHECK_IN -> run(given, new CheckInForBallot(ID, deputy, null),
                        BallotLifecycle.checkCheckIn(state, deputy, now));
                case VOTE -> {
                    String paper = papers.isEmpty() || random.nextInt(5) == 0 ? FORGED
                            : papers.get(random.nextInt(papers.size()));
                    List<String> choices = random.ints(random.nextInt(3), 0, CANDIDATES.size())
                            .mapToObj(CANDIDATES::get).toList();
                    run(given, new CastVote(ID, paper, choices), expectedForVote(state, paper, choices, now));
                }
                case CLOSE -> run(given, new CloseBallot(ID, null, null), BallotLifecycle.check(state, action));
                case PUBLISH -> run(given, new PublishTally(ID, null), BallotLifecycle.check(state, action));
            }
        }

        private Optional<Refusal> expectedForVote(BallotState state, String paper, List<String> choices,
                                                  Instant now) {
            Optional<Refusal> voting = BallotLifecycle.checkVoting(state, BallotAction.VOTE, now);
            if (voting.isPresent()) {
                return voting;
            }
            Optional<String> hash = BallotPapers.verify(keys.keyFor(ID), ID, paper);
            return hash.isEmpty() ? Optional.of(Refusal.becauseOf("paperCode", "选票码无效，不是本次票决签到时发放的选票"))
                    : BallotLifecycle.checkPaper(state, hash.get(), choices);
        }

        private TestExecutor<Ballot> given() {
            // A fresh fixture per step: one fixture serves one given-when-then.
            fixture = new AggregateTestFixture<>(Ballot.class);
            fixture.registerInjectableResource(keys);
            return history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history);
        }

        void run(Object command, Optional<Refusal> expected) {
            run(given(), command, expected);
        }

        private void run(TestExecutor<Ballot> given, Object command, Optional<Refusal> expected) {
            ResultValidator<Ballot> result = given.when(command);
            if (expected.isPresent()) {
                result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                        .expectNoEvents();
                return;
            }
            if (command instanceof CheckInForBallot) {
                result.expectResultMessagePayloadMatching(Matchers.predicate(code -> papers.add((String) code)));
            }
            // Publishing also creates the approved projects: their events belong to other aggregates.
            List<Object> appended = Appended.by(result).stream()
                    .filter(event -> !(event instanceof LivelihoodProjectApproved)).toList();
            history.addAll(appended);
            BallotState replayed = BallotLifecycle.replay(history);
            result.expectState(ballot -> assertThat(ballot.state()).as("after " + command).isEqualTo(replayed));
        }
    }
}

package cn.luzhi.app.architecture;

import cn.luzhi.command.ballot.BallotWalk;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.query.audit.CaseState;
import cn.luzhi.query.audit.Replay;
import cn.luzhi.query.ballot.BallotProjection;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md, "Lifecycles": the ballot aggregate, the audit history's fold and the ballot list's projection
 * are three consumers of one lifecycle, so they must agree. The command side's walk of random command sequences
 * ({@link BallotWalk}, whose own test holds the aggregate to the lifecycle's check and replay) hands each step's
 * events to the fold and to the projection (on real PostgreSQL); after every step the fold's state and the
 * projection's row must say what the aggregate's state says. This module is the one whose tests see both sides.
 */
class BallotConsumersAgreeTest {

    static long[] seeds() {
        return BallotWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldLeaveFoldAndProjectionWhereTheAggregateIsAfterEveryStep(long seed) {
        QueryConsumers consumers = new QueryConsumers(new ProjectionHarness(BallotProjection::new),
                Replay.ofBallot());

        BallotWalk.walk(seed, done -> {
            String after = consumers.take(done.command(), done.history());
            BallotState aggregate = done.state();
            SoftAssertions softly = new SoftAssertions();
            assertFold(softly, consumers.fold(), aggregate, after);
            assertRow(softly, row(BallotWalk.ID.value()), aggregate, after);
            softly.assertThat(candidates(BallotWalk.ID.value())).as("projection's candidates, " + after)
                    .containsExactlyElementsOf(aggregate.candidates().keySet());
            softly.assertThat(shortlist(BallotWalk.ID.value())).as("projection's shortlist, " + after)
                    .containsExactlyElementsOf(aggregate.shortlist());
            softly.assertAll();
        });
    }

    private static void assertFold(SoftAssertions softly, Replay fold, BallotState aggregate, String after) {
        CaseState shown = fold.last();
        softly.assertThat(fold.lifecycle(BallotState.class)).as("fold's lifecycle state, " + after)
                .isEqualTo(aggregate);
        softly.assertThat(shown.text("status")).as("fold's status, " + after).isEqualTo(aggregate.status().label());
        softly.assertThat(shown.text("candidateCount")).as("fold's candidates, " + after)
                .isEqualTo(String.valueOf(aggregate.candidates().size()));
    }

    private static void assertRow(SoftAssertions softly, List<Object> row, BallotState aggregate, String after) {
        boolean opened = aggregate.closesAt() != null;
        softly.assertThat(row).as("projection's row, " + after).containsExactly(
                aggregate.status().name(),
                aggregate.regionId().value(),
                aggregate.year(),
                opened ? aggregate.maxChoices() : null,
                aggregate.entitled().size(),
                aggregate.checkedIn().size(),
                aggregate.votesCast(),
                QueryConsumers.micros(aggregate.closesAt()));
    }

    /** The projection's row as it is stored: what every reader of the ballot list gets. */
    private static List<Object> row(String ballotId) {
        return QueryConsumers.row("""
                        SELECT status, region_id, year, max_choices, entitled, checked_in, votes_cast, closes_at
                          FROM read.ballot WHERE ballot_id = :id""", ballotId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> candidates(String ballotId) {
        return ReadModelDatabase.query(entityManager -> (List<String>) entityManager.createNativeQuery(
                        "SELECT candidate_id FROM read.ballot_candidate WHERE ballot_id = :id ORDER BY collected_order")
                .setParameter("id", ballotId)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> shortlist(String ballotId) {
        return ReadModelDatabase.query(entityManager -> (List<String>) entityManager.createNativeQuery("""
                        SELECT candidate_id FROM read.ballot_candidate
                         WHERE ballot_id = :id AND shortlist_position IS NOT NULL ORDER BY shortlist_position""")
                .setParameter("id", ballotId)
                .getResultList());
    }
}

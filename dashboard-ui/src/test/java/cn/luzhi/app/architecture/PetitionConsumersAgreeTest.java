package cn.luzhi.app.architecture;

import cn.luzhi.command.petition.PetitionWalk;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.query.audit.CaseState;
import cn.luzhi.query.audit.Replay;
import cn.luzhi.query.petition.PetitionProjection;
import cn.luzhi.query.support.ProjectionHarness;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md, "Lifecycles": the aggregate, the audit history's fold and the petition list's projection are
 * three consumers of one lifecycle, so they must agree. The command side's walk of random command sequences
 * ({@link PetitionWalk}, whose own test holds the aggregate to the lifecycle's check and replay) hands each step's
 * events to the fold and to the projection (on real PostgreSQL); after every step the fold's state and the
 * projection's row must say what the aggregate's state says. This module is the one whose tests see both sides.
 */
class PetitionConsumersAgreeTest {

    static long[] seeds() {
        return PetitionWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldLeaveFoldAndProjectionWhereTheAggregateIsAfterEveryStep(long seed) {
        QueryConsumers consumers = new QueryConsumers(new ProjectionHarness(PetitionProjection::new),
                Replay.ofPetition());

        PetitionWalk.walk(seed, done -> {
            String after = consumers.take(done.command(), done.history());
            PetitionState aggregate = done.state();
            SoftAssertions softly = new SoftAssertions();
            assertFold(softly, consumers.fold(), aggregate, after);
            assertRow(softly, row(PetitionWalk.ID.value()), aggregate, after);
            softly.assertAll();
        });
    }

    private static void assertFold(SoftAssertions softly, Replay fold, PetitionState aggregate, String after) {
        CaseState shown = fold.last();
        softly.assertThat(fold.lifecycle(PetitionState.class)).as("fold's lifecycle state, " + after)
                .isEqualTo(aggregate);
        softly.assertThat(shown.text("status")).as("fold's status, " + after).isEqualTo(aggregate.status().label());
        softly.assertThat(shown.text("round")).as("fold's round, " + after)
                .isEqualTo(String.valueOf(aggregate.handlingRound()));
        softly.assertThat(shown.text("urgeCount")).as("fold's urges, " + after)
                .isEqualTo(String.valueOf(aggregate.urgeCount()));
    }

    private static void assertRow(SoftAssertions softly, List<Object> row, PetitionState aggregate, String after) {
        softly.assertThat(row).as("projection's row, " + after).containsExactly(
                aggregate.status().name(),
                aggregate.handlingRound(),
                aggregate.deputy() == null ? null : aggregate.deputy().value(),
                QueryConsumers.micros(aggregate.replyDueAt()),
                aggregate.overdue(),
                aggregate.lastRating() == null ? null : aggregate.lastRating().name(),
                aggregate.urgeCount(),
                aggregate.mergedInto() == null ? null : aggregate.mergedInto().value());
    }

    /** The projection's row as it is stored: what every reader of the petition list gets. */
    private static List<Object> row(String petitionId) {
        return QueryConsumers.row("""
                        SELECT status, round, deputy_id, reply_due_at, overdue, satisfaction, urge_count, merged_into_id
                          FROM read.petition WHERE petition_id = :id""", petitionId);
    }
}

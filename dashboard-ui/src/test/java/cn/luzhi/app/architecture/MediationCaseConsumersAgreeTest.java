package cn.luzhi.app.architecture;

import cn.luzhi.command.mediation.MediationCaseWalk;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.query.audit.CaseState;
import cn.luzhi.query.audit.Replay;
import cn.luzhi.query.mediation.MediationCaseProjection;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md, "Lifecycles": the mediation case aggregate, the audit history's fold and the mediation list's
 * projection are three consumers of one lifecycle, so they must agree. The command side's walk of random command
 * sequences ({@link MediationCaseWalk}, whose own test holds the aggregate to the lifecycle's check and replay)
 * hands each step's events to the fold and to the projection (on real PostgreSQL); after every step the fold's
 * state and the projection's row must say what the aggregate's state says. This module is the one whose tests see
 * both sides.
 */
class MediationCaseConsumersAgreeTest {

    static long[] seeds() {
        return MediationCaseWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldLeaveFoldAndProjectionWhereTheAggregateIsAfterEveryStep(long seed) {
        QueryConsumers consumers = new QueryConsumers(new ProjectionHarness(MediationCaseProjection::new),
                Replay.ofMediationCase());

        MediationCaseWalk.walk(seed, done -> {
            String after = consumers.take(done.command(), done.history());
            MediationCaseState aggregate = done.state();
            SoftAssertions softly = new SoftAssertions();
            assertFold(softly, consumers.fold(), aggregate, after);
            assertRow(softly, row(MediationCaseWalk.ID.value()), aggregate, after);
            softly.assertThat(mediators(MediationCaseWalk.ID.value())).as("projection's mediators, " + after)
                    .containsExactlyInAnyOrderElementsOf(aggregate.mediators().stream().map(DeputyId::value).toList());
            softly.assertAll();
        });
    }

    private static void assertFold(SoftAssertions softly, Replay fold, MediationCaseState aggregate, String after) {
        CaseState shown = fold.last();
        softly.assertThat(fold.lifecycle(MediationCaseState.class)).as("fold's lifecycle state, " + after)
                .isEqualTo(aggregate);
        softly.assertThat(shown.text("status")).as("fold's status, " + after).isEqualTo(aggregate.status().label());
        softly.assertThat(shown.text("extensionCount")).as("fold's extensions, " + after)
                .isEqualTo(String.valueOf(aggregate.extensions()));
        softly.assertThat(shown.text("sessionCount")).as("fold's sessions, " + after)
                .isEqualTo(String.valueOf(aggregate.sessionsHeld()));
    }

    private static void assertRow(SoftAssertions softly, List<Object> row, MediationCaseState aggregate,
                                  String after) {
        softly.assertThat(row).as("projection's row, " + after).containsExactly(
                aggregate.status().name(),
                aggregate.courtId().value(),
                QueryConsumers.micros(aggregate.mediationDueAt()),
                aggregate.overdue(),
                aggregate.extensions(),
                aggregate.sessionsHeld(),
                aggregate.judiciallyConfirmed(),
                aggregate.followedUp());
    }

    /** The projection's row as it is stored: what every reader of the mediation list gets. */
    private static List<Object> row(String mediationCaseId) {
        return QueryConsumers.row("""
                        SELECT status, court_id, mediation_due_at, overdue, extensions, sessions_held,
                               judicially_confirmed, followed_up_at IS NOT NULL
                          FROM read.mediation_case WHERE mediation_case_id = :id""", mediationCaseId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> mediators(String mediationCaseId) {
        return ReadModelDatabase.query(entityManager -> (List<String>) entityManager.createNativeQuery(
                        "SELECT deputy_id FROM read.mediation_case_mediator WHERE mediation_case_id = :id")
                .setParameter("id", mediationCaseId)
                .getResultList());
    }
}

package cn.luzhi.query.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.query.support.MediationHistories;
import cn.luzhi.query.support.TimedEvent;
import cn.luzhi.query.support.ProjectionHarness;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random legal mediation histories through the projection on real PostgreSQL: after every event the row's status
 * and the fields derived from it are the lifecycle's state.
 */
class MediationCaseProjectionPropertyTest {

    static long[] seeds() {
        return new Random(20_261_210L).longs(30).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldKeepTheLifecyclesStateAfterEveryEvent(long seed) {
        ProjectionHarness harness = new ProjectionHarness(MediationCaseProjection::new);
        MediationCaseState expected = MediationCaseState.NONE;
        for (TimedEvent step : MediationHistories.random(new Random(seed), 30)) {
            harness.apply(step.at(), step.event());
            expected = MediationCaseLifecycle.evolve(expected, step.event());

            MediationCaseRow row = harness.read(MediationCaseRow.class, MediationHistories.ID.value());
            MediationCaseState kept = row.lifecycle();
            String after = "after " + step.event();
            assertThat(row.status).as(after).isEqualTo(expected.status());
            // The mediators are a set in the table: their order is the lifecycle's only.
            assertThat(kept.mediators()).as(after).containsExactlyInAnyOrderElementsOf(expected.mediators());
            assertThat(new MediationCaseState(kept.status(), kept.courtId(), kept.mediationDueAt(), kept.extensions(),
                    expected.mediators(), kept.sessionsHeld(), kept.overdue(), kept.judiciallyConfirmed(),
                    kept.followedUp())).as(after).isEqualTo(expected);
            assertThat(row.endedAt != null).as(after).isEqualTo(expected.status().isTerminal());
        }
    }
}

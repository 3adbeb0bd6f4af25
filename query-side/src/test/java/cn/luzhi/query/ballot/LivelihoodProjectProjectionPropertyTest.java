package cn.luzhi.query.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.query.support.ProjectHistories;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.TimedEvent;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random legal project histories through the projection on real PostgreSQL: after every event the row's status,
 * progress, plan and reached milestones are the lifecycle's state.
 */
class LivelihoodProjectProjectionPropertyTest {

    static long[] seeds() {
        return new Random(20_261_213L).longs(30).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldKeepTheLifecyclesStateAfterEveryEvent(long seed) {
        ProjectionHarness harness = new ProjectionHarness(LivelihoodProjectProjection::new);
        LivelihoodProjectState expected = LivelihoodProjectState.NONE;
        for (TimedEvent step : ProjectHistories.random(new Random(seed), 30)) {
            harness.apply(step.at(), step.event());
            expected = LivelihoodProjectLifecycle.evolve(expected, step.event());

            LivelihoodProjectState kept = harness.read(LivelihoodProjectRow.class, ProjectHistories.ID.value())
                    .lifecycle();
            String after = "after " + step.event();
            assertThat(kept.status()).as(after).isEqualTo(expected.status());
            assertThat(kept.percent()).as(after).isEqualTo(expected.percent());
            assertThat(kept.milestones()).as(after).isEqualTo(expected.milestones());
            // The row keeps when each milestone was reached, not in which order.
            assertThat(kept.milestonesReached()).as(after)
                    .containsExactlyInAnyOrderElementsOf(expected.milestonesReached());
        }
    }
}

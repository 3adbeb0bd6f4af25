package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.query.support.ProjectHistories;
import cn.luzhi.query.support.TimedEvent;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random legal project histories: after every event the audit history shows the lifecycle's state. */
class LivelihoodProjectFoldPropertyTest {

    static long[] seeds() {
        return new Random(20_261_212L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldShowTheLifecyclesStateAfterEveryEvent(long seed) {
        Replay replay = new Replay(new LivelihoodProjectFold());
        LivelihoodProjectState expected = LivelihoodProjectState.NONE;
        for (TimedEvent step : ProjectHistories.random(new Random(seed), 40)) {
            CaseState shown = replay.then(step.event());
            expected = LivelihoodProjectLifecycle.evolve(expected, step.event());

            String after = "after " + step.event();
            assertThat(shown.text("status")).as(after).isEqualTo(expected.status().label());
            assertThat(shown.text("percent")).as(after).isEqualTo(String.valueOf(expected.percent()));
            assertThat(shown.text("milestonesReached")).as(after)
                    .isEqualTo(expected.milestonesReached().isEmpty() ? null
                            : String.join("、", expected.milestonesReached()));
        }
    }
}

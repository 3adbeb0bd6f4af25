package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.petition.PetitionLifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the aggregate ({@link PetitionWalk}): every command {@link PetitionLifecycle#check}
 * allows is accepted and every one it refuses is refused with its very words, and after every step the aggregate's
 * state is the lifecycle's replay of the events so far. A failing seed is in the test's name, to be replayed alone.
 * dashboard-ui's {@code PetitionConsumersAgreeTest} walks the same seeds through the history fold and the projection.
 */
class PetitionLifecyclePropertyTest {

    static long[] seeds() {
        return PetitionWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        PetitionWalk.walk(seed, step -> assertThat(step.state()).as("after " + step.command())
                .isEqualTo(PetitionLifecycle.replay(step.history())));
    }
}

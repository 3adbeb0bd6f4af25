package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.suggestion.SuggestionLifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the aggregate ({@link SuggestionWalk}): every command {@link SuggestionLifecycle}
 * allows is accepted and every one it refuses is refused with its very words, and after every step the aggregate's
 * state is the lifecycle's replay of the events so far. A failing seed is in the test's name, to be replayed alone.
 * dashboard-ui's {@code SuggestionConsumersAgreeTest} walks the same seeds through the history fold and the
 * projection.
 */
class SuggestionLifecyclePropertyTest {

    static long[] seeds() {
        return SuggestionWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        SuggestionWalk.walk(seed, step -> assertThat(step.state()).as("after " + step.command())
                .isEqualTo(SuggestionLifecycle.replay(step.history())));
    }
}

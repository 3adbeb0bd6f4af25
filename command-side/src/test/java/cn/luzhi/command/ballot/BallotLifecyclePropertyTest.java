package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotLifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the ballot aggregate ({@link BallotWalk}): after every step its state is the
 * lifecycle's replay of the events so far, every command the lifecycle allows is accepted, and every one it refuses
 * is refused with its very words (the walk holds the aggregate to those). Papers are those the check-ins issued, or
 * a forged one, which only the aggregate's keys can tell (the one refusal that is not the lifecycle's). A failing
 * seed is in the test's name, to be replayed alone.
 */
class BallotLifecyclePropertyTest {

    static long[] seeds() {
        return BallotWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        BallotWalk.walk(seed, step -> assertThat(step.state()).as("after " + step.command())
                .isEqualTo(BallotLifecycle.replay(step.history())));
    }
}

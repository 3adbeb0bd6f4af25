package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.query.support.MediationHistories;
import cn.luzhi.query.support.TimedEvent;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random legal mediation histories: after every event the audit history shows the lifecycle's state. */
class MediationCaseFoldPropertyTest {

    static long[] seeds() {
        return new Random(20_261_209L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldShowTheLifecyclesStateAfterEveryEvent(long seed) {
        Replay replay = new Replay(new MediationCaseFold());
        MediationCaseState expected = MediationCaseState.NONE;
        for (TimedEvent step : MediationHistories.random(new Random(seed), 40)) {
            CaseState shown = replay.then(step.event());
            expected = MediationCaseLifecycle.evolve(expected, step.event());

            String after = "after " + step.event();
            assertThat(shown.text("status")).as(after).isEqualTo(expected.status().label());
            assertThat(shown.text("courtId")).as(after).isEqualTo(expected.courtId().value());
            assertThat(shown.text("mediationDueAt")).as(after).isEqualTo(Display.of(expected.mediationDueAt()));
            assertThat(shown.text("extensionCount")).as(after).isEqualTo(String.valueOf(expected.extensions()));
            assertThat(shown.text("overdue")).as(after).isEqualTo(expected.overdue() ? "是" : "否");
            assertThat(shown.text("mediatorIds")).as(after).isEqualTo(names(expected.mediators()));
            assertThat(shown.text("sessionCount")).as(after).isEqualTo(String.valueOf(expected.sessionsHeld()));
            assertThat(shown.text("followedUp")).as(after).isEqualTo(expected.followedUp() ? "是" : "否");
        }
    }

    private static String names(List<DeputyId> deputies) {
        return deputies.isEmpty() ? null : deputies.stream().map(DeputyId::value).collect(Collectors.joining("、"));
    }
}

package cn.luzhi.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event clock: simulated time for the seeding thread only, real time for everyone else. */
class DemoClockTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T02:00:00Z");

    @AfterEach
    void restoreTheRealClock() {
        DemoClock.uninstall();
    }

    @Test
    void shouldGiveTheSimulatedTimeOnlyToTheThreadThatSetIt() throws Exception {
        DemoClock.install();
        CountDownLatch simulating = new CountDownLatch(1);
        CountDownLatch readOutside = new CountDownLatch(1);

        CompletableFuture<Instant> seeding = CompletableFuture.supplyAsync(() -> DemoClock.callAt(MARCH, () -> {
            simulating.countDown();
            await(readOutside);
            return GenericEventMessage.clock.instant();
        }));
        simulating.await(5, TimeUnit.SECONDS);
        Instant live = GenericEventMessage.clock.instant();
        readOutside.countDown();

        assertThat(seeding.get(5, TimeUnit.SECONDS)).isEqualTo(MARCH);
        assertThat(Duration.between(live, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldGoBackToRealTimeAfterASimulatedStepAndRestoreAnOuterOne() {
        DemoClock.install();
        Instant april = MARCH.plus(Duration.ofDays(30));

        Instant inner = DemoClock.callAt(MARCH, () -> DemoClock.callAt(april, GenericEventMessage.clock::instant));
        Instant outer = DemoClock.callAt(MARCH, () -> {
            DemoClock.callAt(april, GenericEventMessage.clock::instant);
            return GenericEventMessage.clock.instant();
        });

        assertThat(inner).isEqualTo(april);
        assertThat(outer).isEqualTo(MARCH);
        assertThat(GenericEventMessage.clock.instant()).isAfter(MARCH.plus(Duration.ofDays(200)));
    }

    @Test
    void shouldInstallOnceAndGiveAxonItsClockBack() {
        Clock original = GenericEventMessage.clock;

        DemoClock first = DemoClock.install();
        DemoClock second = DemoClock.install();
        DemoClock.uninstall();

        assertThat(second).isSameAs(first);
        assertThat(GenericEventMessage.clock).isSameAs(original);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

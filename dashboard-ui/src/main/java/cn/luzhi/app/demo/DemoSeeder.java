package cn.luzhi.app.demo;

import cn.luzhi.command.common.CommandRefused;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Writes the demo district's year of history on the first start, into an event store without a single event, so
 * a restart never seeds twice. Every command goes through the command side as a user's would (see
 * {@link DemoCommands}), each at its simulated time (see {@link DemoClock}), one after the other in time order:
 * the store's global order is then the order in which things happened, so replaying the events up to a moment
 * gives the state at that moment.
 *
 * <p>It runs when the application is ready rather than as an {@code ApplicationRunner}: ready comes after every
 * runner, so the demo accounts AccountBootstrap creates exist whatever the runners' order, and this listener goes
 * first among the ready listeners, so the deadline scheduler, started by a later one, fires the deadlines of the
 * past only once the whole history is written. Two nodes starting together do not both seed: the check and the
 * seeding happen under a PostgreSQL advisory lock, and the second node finds the events of the first.
 *
 * <p>This node's streaming event processors are paused meanwhile and catch up afterwards, so that their work does
 * not compete with the seeding for the CPU. (Backdated events are safe to read while later ones commit: the event
 * store hands processors only settled events, whatever their timestamps.)
 */
class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final DemoCommands commands;
    private final DemoStore store;
    private final DataSource dataSource;
    private final EventProcessingConfiguration processing;
    private volatile SeedReport report;

    DemoSeeder(DemoProperties properties, DemoCommands commands, DemoStore store, DataSource dataSource,
               EventProcessingConfiguration processing) {
        this.properties = properties;
        this.commands = commands;
        this.store = store;
        this.dataSource = dataSource;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void seedIfEmpty() {
        List<EventProcessor> paused = pauseStreamingProcessors();
        try (Connection lock = dataSource.getConnection()) {
            DemoStore.lockSession(lock);
            try {
                report = store.isEmpty() ? seed() : SeedReport.notSeeded(store.eventCount());
                if (!report.seeded()) {
                    LOG.info("Demo data: the event store already holds {} events, nothing seeded", report.events());
                }
            } finally {
                DemoStore.unlockSession(lock);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("Demo data could not be written", e);
            report = SeedReport.notSeeded(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report = SeedReport.notSeeded(-1);
        } finally {
            paused.forEach(EventProcessor::start);
        }
    }

    /** Null until the start-up has decided about demo data; the live mode waits for it. */
    SeedReport report() {
        return report;
    }

    private List<EventProcessor> pauseStreamingProcessors() {
        List<EventProcessor> running = processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor && processor.isRunning())
                .toList();
        // Shut down together: each waits for its worker to finish the batch in hand.
        CompletableFuture.allOf(running.stream().map(EventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        return running;
    }

    private SeedReport seed() {
        Instant started = Instant.now();
        SeedPlan plan = new HistoryPlanner(properties.seed(), started).plan();
        LOG.info("Demo data: the event store is empty, writing {} commands of history from {} to {}",
                plan.steps().size(), plan.from(), plan.to());
        SeedContext context = new SeedContext(properties.seed().randomSeed());
        int sent = 0;
        int refused = 0;
        int failed = 0;
        int skipped = 0;
        for (SeedStep step : plan.steps()) {
            switch (run(step, context)) {
                case SENT -> sent++;
                case REFUSED -> refused++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        SeedReport written = new SeedReport(true, plan.from(), plan.to(), plan.steps().size(), sent, refused, failed,
                skipped, store.eventCount(), Duration.between(started, Instant.now()));
        LOG.info("Demo data written in {} ms: {} commands accepted, {} refused, {} failed, {} skipped; {} events",
                written.took().toMillis(), written.sent(), written.refused(), written.failed(), written.skipped(),
                written.events());
        return written;
    }

    private enum Outcome { SENT, REFUSED, FAILED, SKIPPED }

    private Outcome run(SeedStep step, SeedContext context) {
        Object command;
        try {
            command = step.command().build(context);
        } catch (RuntimeException e) {
            LOG.warn("Demo step on {} at {} could not be built: {}", step.lane(), step.at(), e.toString());
            return Outcome.FAILED;
        }
        if (command == null) {
            return Outcome.SKIPPED;
        }
        try {
            Object answer = DemoClock.callAt(step.at(), () -> commands.send(step.actor(), command));
            context.recordAnswer(command, answer);
            return Outcome.SENT;
        } catch (CommandRefused refused) {
            LOG.warn("Demo step {} on {} at {} was refused: {}", command.getClass().getSimpleName(), step.lane(),
                    step.at(), refused.getMessage());
            return Outcome.REFUSED;
        } catch (RuntimeException e) {
            LOG.warn("Demo step {} on {} at {} failed", command.getClass().getSimpleName(), step.lane(), step.at(), e);
            return Outcome.FAILED;
        }
    }
}

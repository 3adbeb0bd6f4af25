package cn.luzhi.app.demo;

import cn.luzhi.command.common.CommandRefused;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Writes the demo district's year of history on the first start, into an event store without a single event, so
 * a restart never seeds twice. Every command goes through the command side as a user's would (see
 * {@link DemoCommands}), each at its simulated time (see {@link DemoClock}).
 *
 * <p>It runs when the application is ready rather than as an {@code ApplicationRunner}: ready comes after every
 * runner, so the demo accounts AccountBootstrap creates exist whatever the runners' order, and this listener goes
 * first among the ready listeners, so the deadline scheduler, started by a later one, only fires the deadlines of
 * the past once the whole history is written. Two nodes starting together do not both seed: the check and the
 * seeding happen under a PostgreSQL advisory lock, and the second node finds the events of the first.
 *
 * <p>Steps run day by day in simulated time. Within a day, different cases run side by side on a few threads and
 * each case's steps in order; so each case's events are in order, and the event store's global order follows the
 * simulated days.
 */
class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final DemoCommands commands;
    private final DemoStore store;
    private final DataSource dataSource;
    private volatile SeedReport report;

    DemoSeeder(DemoProperties properties, DemoCommands commands, DemoStore store, DataSource dataSource) {
        this.properties = properties;
        this.commands = commands;
        this.store = store;
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void seedIfEmpty() {
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
        }
    }

    /** Null until the start-up has decided about demo data; the live mode waits for it. */
    SeedReport report() {
        return report;
    }

    private SeedReport seed() throws InterruptedException {
        Instant started = Instant.now();
        SeedPlan plan = new HistoryPlanner(properties.seed(), started).plan();
        LOG.info("Demo data: the event store is empty, writing {} commands of history from {} to {}",
                plan.steps().size(), plan.from(), plan.to());
        SeedContext context = new SeedContext(properties.seed().randomSeed());
        Counters counters = new Counters();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(properties.seed().threads(),
                task -> new Thread(task, "demo-seed-" + threadNumber.incrementAndGet()));
        try {
            for (Map<String, List<SeedStep>> lanes : byDayAndLane(plan.steps()).values()) {
                List<Callable<Void>> work = new ArrayList<>();
                lanes.values().forEach(steps -> work.add(() -> {
                    steps.forEach(step -> run(step, context, counters));
                    return null;
                }));
                for (Future<Void> done : pool.invokeAll(work)) {
                    done.get();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A seeding thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        SeedReport written = new SeedReport(true, plan.from(), plan.to(), plan.steps().size(), counters.sent.get(),
                counters.refused.get(), counters.failed.get(), counters.skipped.get(), store.eventCount(),
                Duration.between(started, Instant.now()));
        LOG.info("Demo data written in {} ms: {} commands accepted, {} refused, {} failed, {} skipped; {} events",
                written.took().toMillis(), written.sent(), written.refused(), written.failed(), written.skipped(),
                written.events());
        return written;
    }

    private void run(SeedStep step, SeedContext context, Counters counters) {
        Object command;
        try {
            command = step.command().build(context);
        } catch (RuntimeException e) {
            counters.failed.incrementAndGet();
            LOG.warn("Demo step on {} at {} could not be built: {}", step.lane(), step.at(), e.toString());
            return;
        }
        if (command == null) {
            counters.skipped.incrementAndGet();
            return;
        }
        try {
            Object answer = DemoClock.callAt(step.at(), () -> commands.send(step.actor(), command));
            context.recordAnswer(command, answer);
            counters.sent.incrementAndGet();
        } catch (CommandRefused refused) {
            counters.refused.incrementAndGet();
            LOG.warn("Demo step {} on {} at {} was refused: {}", command.getClass().getSimpleName(), step.lane(),
                    step.at(), refused.getMessage());
        } catch (RuntimeException e) {
            counters.failed.incrementAndGet();
            LOG.warn("Demo step {} on {} at {} failed", command.getClass().getSimpleName(), step.lane(), step.at(), e);
        }
    }

    /** The steps grouped by simulated day (Beijing time), and within a day by case, each in time order. */
    private static Map<LocalDate, Map<String, List<SeedStep>>> byDayAndLane(List<SeedStep> steps) {
        Map<LocalDate, Map<String, List<SeedStep>>> days = new TreeMap<>();
        for (SeedStep step : steps) {
            days.computeIfAbsent(step.at().atZone(HistoryPlanner.BEIJING).toLocalDate(), day -> new LinkedHashMap<>())
                    .computeIfAbsent(step.lane(), lane -> new ArrayList<>())
                    .add(step);
        }
        return days;
    }

    private static final class Counters {

        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
    }
}

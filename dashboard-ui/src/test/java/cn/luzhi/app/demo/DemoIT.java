package cn.luzhi.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.LuzhiApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The all-in-one application with demo data, on its own embedded PostgreSQL: the first start writes a small year
 * through the command side at simulated times, the live mode then moves it at the real time, and a restart on the
 * same data folder seeds nothing.
 */
class DemoIT {

    private static final List<String> AGGREGATES = List.of("Region", "Station", "Deputy", "HandlingUnit", "Petition",
            "Suggestion", "MediationCase", "Ballot", "LivelihoodProject", "Reception", "LegislativeDraft",
            "DutyActivity");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LuzhiApplication.class).run(
                "--server.port=0",
                "--luzhi.accounts.demo-enabled=true",
                "--luzhi.embedded-db.data-dir=" + dataDir,
                "--luzhi.demo.live-interval=300ms",
                "--luzhi.demo.seed.deputies=40",
                "--luzhi.demo.seed.mediators=8",
                "--luzhi.demo.seed.petitions=30",
                "--luzhi.demo.seed.suggestions=20",
                "--luzhi.demo.seed.mediation-cases=20");
    }

    @Test
    void shouldSeedAYearOnceAndKeepItMovingAtTheRealTime() throws Exception {
        long regions;
        long ballots;
        Instant started = Instant.now();
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            SeedReport report = app.getBean(DemoSeeder.class).report();

            assertThat(report.seeded()).isTrue();
            assertThat(report.refused()).as("refused seeding commands").isZero();
            assertThat(report.failed()).as("failed seeding commands").isZero();
            assertThat(report.skipped()).isZero();
            assertThat(report.sent()).isEqualTo(report.planned());
            assertThat(eventsPerAggregate(jdbc)).containsOnlyKeys(AGGREGATES);

            List<Instant> seeded = jdbc.sql("SELECT time_stamp FROM domain_event_entry ORDER BY global_index LIMIT ?")
                    .param(report.events()).query(String.class).list().stream().map(Instant::parse).toList();
            assertThat(seeded).allSatisfy(at -> assertThat(at).isBetween(report.from(), report.to()));
            Instant first = seeded.stream().min(Instant::compareTo).orElseThrow();
            Instant last = seeded.stream().max(Instant::compareTo).orElseThrow();
            assertThat(Duration.between(first, last)).isGreaterThan(
                    Duration.between(report.from(), report.to()).multipliedBy(8).dividedBy(10));

            LiveDemo live = app.getBean(LiveDemo.class);
            await(() -> live.commandsSent() >= 3);
            List<Instant> liveEvents = jdbc.sql("""
                            SELECT time_stamp FROM domain_event_entry
                             WHERE global_index > (SELECT max(global_index) FROM (SELECT global_index
                                   FROM domain_event_entry ORDER BY global_index LIMIT ?) seeded)
                               AND convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId' <> 'system'""")
                    .param(report.events()).query(String.class).list().stream().map(Instant::parse).toList();
            assertThat(liveEvents).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(at -> assertThat(at).isBetween(started, Instant.now()));

            assertNoTickWhileAnotherNodeHoldsTheDemoLock(app, live);

            regions = count(jdbc, "Region");
            ballots = count(jdbc, "Ballot");
        }
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(app.getBean(DemoSeeder.class).report().seeded()).isFalse();
            assertThat(count(jdbc, "Region")).isEqualTo(regions);
            assertThat(count(jdbc, "Ballot")).isEqualTo(ballots);
            LiveDemo live = app.getBean(LiveDemo.class);
            await(() -> live.commandsSent() >= 2);
        }
    }

    /** The test plays a second node: while it holds the demo's advisory lock, this node's live mode stands still. */
    private static void assertNoTickWhileAnotherNodeHoldsTheDemoLock(ConfigurableApplicationContext app, LiveDemo live)
            throws Exception {
        long before;
        try (Connection otherNode = app.getBean(DataSource.class).getConnection();
             PreparedStatement lock = otherNode.prepareStatement("SELECT pg_advisory_lock(?)");
             PreparedStatement unlock = otherNode.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            lock.setLong(1, DemoStore.DEMO_LOCK);
            lock.execute();
            before = live.commandsSent();
            Thread.sleep(1500);
            assertThat(live.commandsSent()).as("commands sent while another node held the lock").isEqualTo(before);
            unlock.setLong(1, DemoStore.DEMO_LOCK);
            unlock.execute();
        }
        await(() -> live.commandsSent() > before);
    }

    private static Map<String, Long> eventsPerAggregate(JdbcClient jdbc) {
        return jdbc.sql("SELECT type, count(*) FROM domain_event_entry GROUP BY type")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long count(JdbcClient jdbc, String type) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE type = ?").param(type).query(Long.class)
                .single();
    }

    /** Waits up to 15 seconds, a generous bound for a few ticks of 300 ms on a busy machine. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("reached within 15 s").isTrue();
    }
}

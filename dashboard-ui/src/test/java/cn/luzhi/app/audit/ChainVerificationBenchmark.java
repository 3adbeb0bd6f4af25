package cn.luzhi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.LuzhiApplication;
import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import cn.luzhi.query.audit.ChainVerifier;
import cn.luzhi.query.audit.Verification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast verification recomputes the chain: stores {@code benchmark.events} events (default 100,000; cases of
 * 20 events, payloads of about 400 bytes like the real ones, of a type no projection reads) with their links, takes
 * a checkpoint over them, then verifies three times and prints events per second. A benchmark, not a test: run it on purpose, e.g.
 * {@code mvn -pl dashboard-ui -am verify -Dskip.npm -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ChainVerificationBenchmark -Dbenchmark.events=100000}.
 */
class ChainVerificationBenchmark {

    private static final int CASE_LENGTH = 20;
    private static final int BATCH = 2000;

    @Test
    void shouldPrintTheVerificationRate() throws Exception {
        int total = Integer.getInteger("benchmark.events", 100_000);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuzhiApplication.class).run(
                "--server.port=0", "--luzhi.embedded-db.data-dir=" + Files.createTempDirectory("luzhi-bench"),
                "--luzhi.demo.enabled=false", "--luzhi.audit.checkpoint-interval=1h")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AuditKeys keys = app.getBean(AuditKeys.class);
            TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            transaction.setTimeout(600);
            store(jdbc, transaction, keys, total);
            long upTo = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            app.getBean(cn.luzhi.command.audit.ChainCheckpoints.class).take(upTo, "benchmark");

            ChainVerifier verifier = new ChainVerifier(app.getBean(DataSource.class), keys, Clock.systemUTC());
            for (int run = 1; run <= 3; run++) {
                Verification result = verifier.verify(Optional.empty());
                assertThat(result.intact()).as(result.summary()).isTrue();
                System.out.printf("chain verification run %d: %d events, %d checkpoints in %d ms = %d events/s%n",
                        run, result.eventsChecked(), result.checkpointsChecked(), result.durationMillis(),
                        result.eventsPerSecond());
            }
        }
    }

    /**
     * Events and their links written directly, as the command side would have linked them. Each batch draws its
     * global indexes inside its transaction, after taking a transaction id, as an append does: the scheduled
     * checkpoint then waits for it like for any append.
     */
    private static void store(JdbcTemplate jdbc, TransactionTemplate transaction, AuditKeys keys, int total) {
        EventChain.Linker linker = EventChain.linker(keys.chainKey());
        byte[] payload = ("{\"petitionId\":\"p\",\"title\":\"" + "村口道路破损，雨天积水严重，群众出行不便".repeat(6)
                + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] metaData = "{\"actorId\":\"u-1\",\"actorRole\":\"CLERK\",\"actorName\":\"王芳\",\"commandId\":\"c\"}"
                .getBytes(StandardCharsets.UTF_8);
        String[] aggregate = {null};
        byte[][] previous = {null};
        for (int start = 0; start < total; start += BATCH) {
            int size = Math.min(BATCH, total - start);
            int first = start;
            transaction.executeWithoutResult(status -> {
                jdbc.queryForObject("SELECT txid_current()", Long.class);
                List<Long> indexes = jdbc.queryForList("SELECT nextval('domain_event_entry_global_index_seq') "
                        + "FROM generate_series(1, ?)", Long.class, size);
                List<Object[]> events = new ArrayList<>(size);
                List<Object[]> links = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    int n = first + i;
                    if (n % CASE_LENGTH == 0) {
                        aggregate[0] = UUID.randomUUID().toString();
                        previous[0] = EventChain.ZERO_LINK;
                    }
                    StoredEvent event = new StoredEvent(indexes.get(i), UUID.randomUUID().toString(), aggregate[0],
                            n % CASE_LENGTH, "Petition", Instant.now().toString(), "cn.luzhi.benchmark.Filler", "1",
                            payload, metaData);
                    previous[0] = linker.link(previous[0], event);
                    events.add(new Object[] {event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                            event.type(), event.eventIdentifier(), event.metaData(), event.payload(),
                            event.payloadRevision(), event.payloadType(), event.timestamp()});
                    links.add(new Object[] {event.eventIdentifier(), event.globalIndex(), event.aggregateIdentifier(),
                            event.sequenceNumber(), previous[0]});
                }
                jdbc.batchUpdate("INSERT INTO domain_event_entry (global_index, aggregate_identifier, "
                        + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                        + "time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
                jdbc.batchUpdate("INSERT INTO event_chain (event_identifier, global_index, aggregate_identifier, "
                        + "sequence_number, link) VALUES (?, ?, ?, ?, ?)", links);
            });
        }
    }
}

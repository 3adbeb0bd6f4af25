package cn.luzhi.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import cn.luzhi.query.support.ReadModelSnapshot;
import cn.luzhi.query.support.Rebuilding;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds every projection beside the live one and compares the result row for row with what the live
 * processors built event by event; the cockpit answers meanwhile and the live feed says nothing about replayed
 * events.
 */
class RebuildIT extends QuerySideIntegrationTest {

    private static final String BULK_REGION = "150198";
    private static final PetitionId BULK_PETITION = PetitionId.of("p-bulk");
    private static final int BULK_URGES = 1500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean bulkAppended;

    @Autowired
    DataSource dataSource;
    @Autowired
    ReadModelCatalog catalog;
    @Autowired
    @Qualifier("brokerChannel")
    AbstractSubscribableChannel brokerChannel;

    Http http;
    EventLog log;
    long lastIndex;
    final List<Message<?>> sent = Collections.synchronizedList(new ArrayList<>());
    final ChannelInterceptor recorder = new ChannelInterceptor() {
        @Override
        public Message<?> preSend(Message<?> message, MessageChannel channel) {
            sent.add(message);
            return message;
        }
    };

    @BeforeEach
    void setUp() {
        http = new Http(port);
        log = new EventLog(eventStore, jdbc);
        lastIndex = KnownHistory.appendOnce(log);
        synchronized (RebuildIT.class) {
            if (!bulkAppended) {
                // A case with a long history, so that a rebuild takes several batches.
                log.append(KnownHistory.on("2026-02-01"), new RegionRegistered(RegionId.of(BULK_REGION), "重建区",
                        RegionLevel.DISTRICT, null));
                log.append(KnownHistory.on("2026-02-02"), new PetitionSubmitted(BULK_PETITION,
                        PetitionSource.HOTLINE_12345, RegionId.of(BULK_REGION), null, null,
                        PersonRef.of("person-bulk"), "反复催办的诉求", "内容"));
                lastIndex = log.appendAll(KnownHistory.on("2026-02-03"), IntStream.range(0, BULK_URGES)
                        .mapToObj(i -> new PetitionUrged(BULK_PETITION, PetitionStatus.SUBMITTED, "催办" + i))
                        .toList());
                bulkAppended = true;
            }
        }
        lastIndex = Math.max(lastIndex, jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                .query(Long.class).single());
        Projections.awaitProcessed(processing, lastIndex);
        brokerChannel.addInterceptor(recorder);
    }

    @AfterEach
    void tearDown() {
        brokerChannel.removeInterceptor(recorder);
    }

    @Test
    void shouldRebuildEveryProjectionRowForRowWhileTheCockpitAnswersAndTheFeedStaysQuiet() throws Exception {
        List<String> tables = catalog.allTables();
        Map<String, List<String>> incremental = ReadModelSnapshot.of(jdbc, "read", tables);
        List<String> names = ReadModelSnapshot.indexesAndConstraints(jdbc, "read", tables);
        String cockpitBefore = cockpit().body();
        assertThat(incremental.get("petition")).hasSizeGreaterThan(8);

        String petitions = start("petitions");
        try (Connection stall = stallCopy("petitions", "petition")) {
            assertThat(rebuild(petitions).get("phase").asString()).isIn("COPYING", "CATCHING_UP");
            Http.Response during = cockpit();
            assertThat(during.status()).isEqualTo(200);
            assertThat(during.body()).isEqualTo(cockpitBefore);
            stall.rollback();
        }
        assertDone(petitions);
        for (ReadModelCatalog.ReadModel model : catalog.all()) {
            if (!model.processor().equals("petitions")) {
                assertDone(start(model.processor()));
            }
        }

        assertThat(ReadModelSnapshot.of(jdbc, "read", tables)).isEqualTo(incremental);
        assertThat(ReadModelSnapshot.indexesAndConstraints(jdbc, "read", tables)).isEqualTo(names);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'read\\_rebuild\\_%'")
                .query(Long.class).single()).isZero();
        assertThat(cockpit().body()).isEqualTo(cockpitBefore);

        // Progress travels through PostgreSQL's NOTIFY to every node, so it may arrive a moment after the rebuild.
        List<String> processors = catalog.all().stream().map(ReadModelCatalog.ReadModel::processor).toList();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(finished())
                .containsExactlyInAnyOrderElementsOf(processors));
        List<String> destinations = sent.stream()
                .map(message -> SimpMessageHeaderAccessor.getDestination(message.getHeaders())).toList();
        assertThat(destinations).as("nothing but rebuild progress on the feed").isNotEmpty()
                .allMatch("/topic/admin/rebuilds"::equals);
    }

    private List<String> finished() {
        synchronized (sent) {
            return sent.stream().map(RebuildIT::payload)
                    .filter(progress -> progress.get("phase").asString().equals("DONE"))
                    .map(progress -> progress.get("processor").asString()).toList();
        }
    }

    @Test
    void shouldApplyEventsThatArriveDuringTheRebuildAndHandTheTablesBackToTheLiveProcessor() throws Exception {
        long urgesBefore = urgesOnceEveryBulkEventIsProjected();
        String id = start("petitions");
        long arrived;
        try (Connection stall = stallCopy("petitions", "petition")) {
            log.append(QuerySideIntegrationTest.NOW, new PetitionUrged(BULK_PETITION, PetitionStatus.SUBMITTED,
                    "重建期间催办"));
            arrived = log.append(QuerySideIntegrationTest.NOW, new PetitionUrged(BULK_PETITION,
                    PetitionStatus.SUBMITTED, "重建期间再次催办"));
            stall.rollback();
        }
        JsonNode done = assertDone(id);
        assertThat(done.get("position").asLong()).isGreaterThanOrEqualTo(arrived);
        assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?")
                        .param(done.get("position").asLong()).query(Long.class).single());

        long after = log.append(QuerySideIntegrationTest.NOW, new PetitionUrged(BULK_PETITION,
                PetitionStatus.SUBMITTED, "重建后催办"));
        Projections.awaitProcessed(processing, after);
        assertThat(urges()).isEqualTo(urgesBefore + 3);
        assertThat(jdbc.sql("SELECT last_global_index FROM read.petition WHERE petition_id = 'p-bulk'")
                .query(Long.class).single()).isEqualTo(after);
        JsonNode processors = http.get("/api/admin/projections", "admin").json();
        assertThat(processors).hasSize(catalog.all().size());
        for (JsonNode processor : processors) {
            assertThat(processor.get("status").asString()).as(processor.toString()).isEqualTo("RUNNING");
            assertThat(processor.get("lag").asLong()).as(processor.toString()).isZero();
        }
    }

    @Test
    void shouldRefuseABrowsersPostThatLacksTheSessionsCsrfToken() {
        // Sessions are shared with the command nodes; a request riding on one must show its CSRF token here too.
        long rebuilds = jdbc.sql("SELECT count(*) FROM read.projection_rebuild").query(Long.class).single();
        Http.Response answer = http.postWithSessionCookie("/api/admin/projections/petitions/rebuild",
                "a-session-of-some-browser");
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM read.projection_rebuild").query(Long.class).single())
                .isEqualTo(rebuilds);
    }

    @Test
    void shouldLetOnlyAdministratorsRebuildAndRefuseWhatCannotBeDone() {
        assertThat(http.post("/api/admin/projections/petitions/rebuild", "leader").status()).isEqualTo(403);
        assertThat(http.get("/api/admin/projections", "auditor").status()).isEqualTo(403);
        Http.Response unknown = http.post("/api/admin/projections/nothing/rebuild", "admin");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「nothing」的投影");
        assertThat(http.get("/api/admin/rebuilds/not-a-uuid", "admin").json().get("detail").asString())
                .isEqualTo("重建任务编号格式不正确：not-a-uuid");

        String id = start("ballots");
        Http.Response second = http.post("/api/admin/projections/ballots/rebuild", "admin");
        if (!rebuild(id).get("phase").asString().equals("DONE")) {
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asString()).isEqualTo("投影「ballots」正在重建，请等待其完成");
        } else if (second.status() == 202) {
            assertDone(second.json().get("rebuildId").asString());
        }
        assertDone(id);
    }

    /**
     * The bulk case's urges as the live projection counts them once its row shows the case's last stored event:
     * a processor's reported position alone once let this read run a batch behind the table.
     */
    private long urgesOnceEveryBulkEventIsProjected() {
        long lastStored = jdbc.sql("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(BULK_PETITION.value()).query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT last_global_index FROM read.petition WHERE petition_id = ?").param(BULK_PETITION.value())
                .query(Long.class).single() == lastStored);
        return urges();
    }

    private long urges() {
        return jdbc.sql("SELECT urge_count FROM read.petition WHERE petition_id = 'p-bulk'").query(Long.class)
                .single();
    }

    private Http.Response cockpit() {
        return http.get("/api/cockpit/summary?regionId=" + KnownHistory.DISTRICT + "&period=YEAR&year=2026",
                "leader");
    }

    private String start(String processor) {
        return Rebuilding.start(http, processor);
    }

    private JsonNode rebuild(String id) {
        return Rebuilding.progress(http, id);
    }

    private JsonNode assertDone(String id) {
        return Rebuilding.awaitDone(http, id);
    }

    /**
     * Holds the rebuild's copy of {@code table} until the returned connection rolls back: the copy stops between
     * two batches, so the test can look at a rebuild in the middle of its work.
     */
    private Connection stallCopy(String processor, String table) throws SQLException {
        String copy = "read_rebuild_" + processor.replace('-', '_') + "." + table;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + copy + " IN EXCLUSIVE MODE");
                return connection;
            } catch (SQLException notYet) {
                connection.rollback();
                connection.close();
            }
        }
        throw new AssertionError("The rebuild's copy " + copy + " never appeared");
    }

    private static JsonNode payload(Message<?> message) {
        return JSON.readTree(new String((byte[]) message.getPayload(), StandardCharsets.UTF_8));
    }
}

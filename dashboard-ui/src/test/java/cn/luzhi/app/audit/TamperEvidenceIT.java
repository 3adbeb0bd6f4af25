package cn.luzhi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.LuzhiApplication;
import cn.luzhi.app.embedded.EmbeddedDatabase;
import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tamper evidence end to end: real events stored through the command API, then changed, deleted, swapped, forged
 * or rolled back with SQL, as someone with database access would; verification over the query API (and the
 * command line) must detect each and name the event. Every test puts the database back as it was afterwards, and
 * checks that it then verifies intact again.
 */
class TamperEvidenceIT {

    private static final String PASSWORD = "tamper-evidence-password";

    private static ConfigurableApplicationContext app;
    private static JdbcTemplate jdbc;
    private static Path keyFile;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<Runnable> undo = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory("luzhi-tamper");
        keyFile = dataDir.resolveSibling(dataDir.getFileName() + "-audit-keys.properties");
        app = new SpringApplicationBuilder(LuzhiApplication.class).run("--server.port=0",
                "--luzhi.embedded-db.data-dir=" + dataDir, "--luzhi.accounts.demo-enabled=true",
                "--luzhi.accounts.demo-password=" + PASSWORD, "--luzhi.demo.enabled=false",
                // No scheduled checkpoint may record a state a test tampered with for a moment.
                "--luzhi.audit.checkpoint-interval=1h");
        jdbc = app.getBean(JdbcTemplate.class);
        assertThat(post("admin", "/api/regions", "{\"regionId\": \"150102\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}")
                .statusCode()).isIn(201, 409);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void restoreAndVerifyIntact() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        assertThat(JsonPath.<Boolean>read(verify().body(), "$.intact")).as("intact after restoring").isTrue();
    }

    @Test
    void shouldVerifyAnUntouchedHistoryAsIntactForAuditorsSupervisorsAndAdminsOnly() throws Exception {
        caseWithEvents(3);
        HttpResponse<String> answer = verify();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(answer.body(), "$.intact")).isTrue();
        assertThat(JsonPath.<String>read(answer.body(), "$.summary")).startsWith("完好");
        assertThat(JsonPath.<Integer>read(answer.body(), "$.eventsChecked")).isGreaterThanOrEqualTo(4);
        assertThat(JsonPath.<Integer>read(answer.body(), "$.checkpointsChecked")).isGreaterThanOrEqualTo(1);
        assertThat(get("supervisor", "/api/audit/verify").statusCode()).isEqualTo(200);
        assertThat(get("admin", "/api/audit/checkpoints").statusCode()).isEqualTo(200);
        assertThat(get("clerk", "/api/audit/verify").statusCode()).isEqualTo(403);
        assertThat(get("leader", "/api/audit/checkpoints").statusCode()).isEqualTo(403);
        assertThat(post("clerk", "/api/audit/checkpoints", "{}").statusCode()).isEqualTo(403);
        assertThat(post("supervisor", "/api/audit/checkpoints", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldNameTheEventWhosePayloadWasChanged() throws Exception {
        List<Event> events = caseWithEvents(3);
        Event changed = events.get(1);
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', 'UTF8') "
                + "WHERE event_identifier = ?", changed.id());
        undo.add(() -> jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                changed.payload(), changed.id()));

        String body = verify().body();

        assertBroken(body, "MODIFIED", changed);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).startsWith("内容被修改");
        assertThat(JsonPath.<Integer>read(body, "$.breaksFound")).isEqualTo(1);
    }

    @Test
    void shouldNameAnEventDeletedFromTheMiddleOfACase() throws Exception {
        List<Event> events = caseWithEvents(3);
        Event deleted = events.get(1);
        deleteEvent(deleted);

        String body = verify().body();

        assertBroken(body, "DELETED", deleted);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).startsWith("事件被删除");
    }

    @Test
    void shouldNameTheGapWhenAnEventWasDeletedTogetherWithItsLink() throws Exception {
        List<Event> events = caseWithEvents(3);
        Event deleted = events.get(1);
        deleteEvent(deleted);
        deleteLink(deleted);

        String body = verify().body();

        assertThat(JsonPath.<String>read(body, "$.firstBreak.kind")).isEqualTo("DELETED");
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation"))
                .contains("缺少第 1 号事件", deleted.aggregateId());
        assertThat(JsonPath.<String>read(body, "$.firstBreak.eventId")).isEqualTo(events.get(2).id());
    }

    @Test
    void shouldCatchTheDeletedLastEventOfACaseAtTheCheckpointThatCoveredIt() throws Exception {
        List<Event> events = caseWithEvents(2);
        Event last = events.get(2);
        long checkpoint = takeCheckpoint();
        deleteEvent(last);
        deleteLink(last);

        String body = verify().body();

        assertBroken(body, "DELETED", last);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).contains("检查点 #" + checkpoint);
        assertThat(JsonPath.<List<String>>read(body, "$.breaks[*].kind")).contains("CHECKPOINT_MISMATCH");
    }

    @Test
    void shouldNameEventsWhoseSequenceNumbersWereSwapped() throws Exception {
        List<Event> events = caseWithEvents(3);
        Event first = events.get(1);
        Event second = events.get(2);
        setSequences(first, second.sequenceNumber(), second, first.sequenceNumber());
        undo.add(() -> setSequences(first, first.sequenceNumber(), second, second.sequenceNumber()));

        String body = verify().body();

        assertThat(JsonPath.<String>read(body, "$.firstBreak.kind")).as(body).isEqualTo("REORDERED");
        assertThat(JsonPath.<String>read(body, "$.firstBreak.eventId")).isEqualTo(first.id());
        assertThat(JsonPath.<Number>read(body, "$.firstBreak.sequenceNumber").longValue())
                .isEqualTo(second.sequenceNumber());
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).startsWith("顺序被调换")
                .contains("写入时却是「" + first.aggregateId() + "」的第 " + first.sequenceNumber() + " 号");
        assertThat(JsonPath.<List<String>>read(body, "$.breaks[*].eventId")).contains(second.id());
    }

    @Test
    void shouldNameAForgedEventWithoutALink() throws Exception {
        Event forged = forge(caseWithEvents(1), false);

        String body = verify().body();

        assertBroken(body, "FORGED", forged);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).startsWith("伪造的事件");
    }

    @Test
    void shouldNameAForgedEventWithAMadeUpLink() throws Exception {
        Event forged = forge(caseWithEvents(1), true);

        String body = verify().body();

        assertBroken(body, "MODIFIED", forged);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).contains("伪造");
    }

    @Test
    void shouldDetectARollBackToAnOlderCheckpointWithTheNewerCheckpointFileAnAuditorKept() throws Exception {
        caseWithEvents(1);
        long older = takeCheckpoint();
        long olderIndex = jdbc.queryForObject(
                "SELECT up_to_global_index FROM event_chain_checkpoint WHERE number = ?", Long.class, older);
        caseWithEvents(2);
        long newer = takeCheckpoint();
        HttpResponse<String> file = get("auditor", "/api/audit/checkpoints/" + newer + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).contains("text/plain", "UTF-8");
        assertThat(file.body()).contains("检查点编号：" + newer, "公钥：", "签名：");

        rollBackTo(older, olderIndex);

        assertThat(JsonPath.<Boolean>read(verify().body(), "$.intact"))
                .as("a consistent older state verifies on its own").isTrue();
        String body = post("auditor", "/api/audit/verify", "{\"checkpointFile\": " + jsonString(file.body()) + "}")
                .body();
        assertThat(JsonPath.<Boolean>read(body, "$.intact")).isFalse();
        assertThat(JsonPath.<String>read(body, "$.firstBreak.kind")).isEqualTo("ROLLED_BACK");
        assertThat(JsonPath.<Integer>read(body, "$.firstBreak.checkpointNumber")).isEqualTo((int) newer);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.explanation")).startsWith("回退到旧的检查点")
                .contains("#" + older);
    }

    @Test
    void shouldAcceptTheKeptFileOfAnIntactStoreAndRefuseAnEditedOne() throws Exception {
        caseWithEvents(1);
        long number = takeCheckpoint();
        String file = get("auditor", "/api/audit/checkpoints/" + number + "/file").body();

        String body = post("auditor", "/api/audit/verify", "{\"checkpointFile\": " + jsonString(file) + "}").body();
        assertThat(JsonPath.<Boolean>read(body, "$.intact")).as(body).isTrue();
        assertThat(JsonPath.<Integer>read(body, "$.keptCheckpoint")).isEqualTo((int) number);

        String edited = file.replaceFirst("event-count=(\\d+)", "event-count=999999");
        String refused = post("auditor", "/api/audit/verify", "{\"checkpointFile\": " + jsonString(edited) + "}")
                .body();
        assertThat(JsonPath.<String>read(refused, "$.firstBreak.kind")).isEqualTo("FILE_INVALID");
        HttpResponse<String> notAFile = post("auditor", "/api/audit/verify", "{\"checkpointFile\": \"你好\"}");
        assertThat(notAFile.statusCode()).isEqualTo(400);
        assertThat(notAFile.body()).contains("checkpointFile", "不是检查点文件");
    }

    @Test
    void shouldNotReportAFalseBreakForATransactionStillOpenWhileACheckpointIsTaken() throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        String aggregate = "p-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            long lowerIndex = insertLinkedEvent(open, aggregate, eventId);
            caseWithEvents(0);
            CompletableFuture<HttpResponse<String>> checkpoint = CompletableFuture.supplyAsync(
                    () -> post("auditor", "/api/audit/checkpoints", "{}"));
            Thread.sleep(1500);
            assertThat(checkpoint).as("waits for the open transaction").isNotDone();
            open.commit();
            HttpResponse<String> taken = checkpoint.get();
            assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
            assertThat(JsonPath.<Number>read(taken.body(), "$.upToGlobalIndex").longValue())
                    .isGreaterThanOrEqualTo(lowerIndex);
        }
        undo.add(() -> {
            jdbc.update("DELETE FROM event_chain_checkpoint WHERE up_to_global_index >= (SELECT global_index "
                    + "FROM domain_event_entry WHERE event_identifier = ?)", eventId);
            jdbc.update("DELETE FROM event_chain WHERE event_identifier = ?", eventId);
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId);
        });

        assertThat(JsonPath.<Boolean>read(verify().body(), "$.intact")).isTrue();
    }

    @Test
    void shouldVerifyFromTheCommandLineWithExitCodesAndNameTheBrokenEvent() throws Exception {
        Event changed = caseWithEvents(1).get(1);
        assertThat(commandLine()).startsWith("0:").contains("完好");

        jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE event_identifier = ?",
                "2020-01-01T00:00:00Z", changed.id());
        String timestamp = changed.timestamp();
        undo.add(() -> jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE event_identifier = ?",
                timestamp, changed.id()));

        assertThat(commandLine()).startsWith("1:").contains("内容被修改", changed.id());
    }

    /** A petition and {@code urges} urges on it, through the command API; its events in sequence order. */
    private static List<Event> caseWithEvents(int urges) {
        HttpResponse<String> submitted = post("clerk", "/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "150102", "petitioner": {"name": "孙八"},
                 "title": "道路破损", "content": "村口道路破损"}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = JsonPath.read(submitted.body(), "$.aggregateId");
        for (int i = 0; i < urges; i++) {
            HttpResponse<String> urged = post("supervisor", "/api/petitions/" + id + "/urge", "{\"reason\": \"请加快督办\"}");
            assertThat(urged.statusCode()).as(urged.body()).isEqualTo(200);
        }
        return jdbc.query("SELECT event_identifier, aggregate_identifier, sequence_number, global_index, payload, "
                        + "time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, n) -> new Event(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getBytes(5), row.getString(6)), id);
    }

    private static long takeCheckpoint() {
        HttpResponse<String> taken = post("auditor", "/api/audit/checkpoints", "{}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        return JsonPath.<Number>read(taken.body(), "$.number").longValue();
    }

    private void deleteEvent(Event event) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?",
                event.id());
        jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", event.id());
        undo.add(() -> insert("domain_event_entry", row));
    }

    private void deleteLink(Event event) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM event_chain WHERE event_identifier = ?", event.id());
        jdbc.update("DELETE FROM event_chain WHERE event_identifier = ?", event.id());
        undo.add(() -> insert("event_chain", row));
    }

    /** Gives two events of one case these sequence numbers, by way of -1 (the pair is unique). */
    private static void setSequences(Event a, long forA, Event b, long forB) {
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE event_identifier = ?", a.id());
        jdbc.update("UPDATE domain_event_entry SET sequence_number = ? WHERE event_identifier = ?", forB, b.id());
        jdbc.update("UPDATE domain_event_entry SET sequence_number = ? WHERE event_identifier = ?", forA, a.id());
    }

    /** Appends a copy of the case's last event as its next one, with SQL, and with a random link if asked. */
    private Event forge(List<Event> events, boolean withMadeUpLink) {
        Event last = events.get(events.size() - 1);
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                SELECT aggregate_identifier, sequence_number + 1, type, ?, meta_data, payload, payload_revision,
                    payload_type, time_stamp FROM domain_event_entry WHERE event_identifier = ?""", id, last.id());
        long index = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, id);
        if (withMadeUpLink) {
            byte[] madeUp = new byte[32];
            new java.security.SecureRandom().nextBytes(madeUp);
            jdbc.update("INSERT INTO event_chain (event_identifier, global_index, aggregate_identifier, "
                    + "sequence_number, link) VALUES (?, ?, ?, ?, ?)", id, index, last.aggregateId(),
                    last.sequenceNumber() + 1, madeUp);
        }
        undo.add(() -> {
            jdbc.update("DELETE FROM event_chain WHERE event_identifier = ?", id);
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", id);
        });
        return new Event(id, last.aggregateId(), last.sequenceNumber() + 1, index, last.payload(), last.timestamp());
    }

    /** What restoring an old backup does: everything after the older checkpoint disappears. */
    private void rollBackTo(long checkpoint, long upToIndex) {
        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT * FROM domain_event_entry WHERE global_index > ?", upToIndex);
        List<Map<String, Object>> links = jdbc.queryForList("SELECT * FROM event_chain WHERE global_index > ?",
                upToIndex);
        List<Map<String, Object>> checkpoints = jdbc.queryForList(
                "SELECT * FROM event_chain_checkpoint WHERE number > ? ORDER BY number", checkpoint);
        List<Map<String, Object>> heads = jdbc.queryForList(
                "SELECT * FROM event_chain_checkpoint_head WHERE checkpoint_number > ?", checkpoint);
        jdbc.update("DELETE FROM event_chain_checkpoint WHERE number > ?", checkpoint);
        jdbc.update("DELETE FROM event_chain WHERE global_index > ?", upToIndex);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index > ?", upToIndex);
        undo.add(() -> {
            events.forEach(row -> insert("domain_event_entry", row));
            links.forEach(row -> insert("event_chain", row));
            checkpoints.forEach(row -> insert("event_chain_checkpoint", row));
            heads.forEach(row -> insert("event_chain_checkpoint_head", row));
        });
    }

    /** Stores an event and its correct link in a transaction the caller keeps open; returns its global index. */
    private static long insertLinkedEvent(Connection connection, String aggregate, String eventId) throws Exception {
        byte[] payload = "{\"note\":\"in flight\"}".getBytes(StandardCharsets.UTF_8);
        long index;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, 0, 'Petition', ?, NULL, ?, '1', 'test.InFlight', ?) RETURNING global_index""")) {
            insert.setString(1, aggregate);
            insert.setString(2, eventId);
            insert.setBytes(3, payload);
            insert.setString(4, Instant.now().toString());
            var row = insert.executeQuery();
            row.next();
            index = row.getLong(1);
        }
        StoredEvent stored;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e WHERE e.event_identifier = ?")) {
            select.setString(1, eventId);
            var row = select.executeQuery();
            row.next();
            stored = StoredEvent.read(row, 1);
        }
        try (PreparedStatement link = connection.prepareStatement("INSERT INTO event_chain (event_identifier, "
                + "global_index, aggregate_identifier, sequence_number, link) VALUES (?, ?, ?, 0, ?)")) {
            link.setString(1, eventId);
            link.setLong(2, index);
            link.setString(3, aggregate);
            link.setBytes(4, EventChain.link(app.getBean(AuditKeys.class).chainKey(), EventChain.ZERO_LINK, stored));
            link.executeUpdate();
        }
        return index;
    }

    /** Runs {@code audit-verify} against the running application's database; "exit code:output". */
    private static String commandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditCommandLine.run(new String[] {"audit-verify",
                "--spring.datasource.url=" + app.getBean(EmbeddedDatabase.class).jdbcUrl(),
                "--spring.datasource.username=postgres", "--luzhi.audit.key-file=" + keyFile},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + ":" + out.toString(StandardCharsets.UTF_8);
    }

    private static void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
        jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    private static void assertBroken(String body, String kind, Event event) {
        assertThat(JsonPath.<Boolean>read(body, "$.intact")).as(body).isFalse();
        assertThat(JsonPath.<String>read(body, "$.firstBreak.kind")).as(body).isEqualTo(kind);
        assertThat(JsonPath.<String>read(body, "$.firstBreak.eventId")).isEqualTo(event.id());
        assertThat(JsonPath.<String>read(body, "$.firstBreak.aggregateId")).isEqualTo(event.aggregateId());
        assertThat(JsonPath.<Number>read(body, "$.firstBreak.sequenceNumber").longValue())
                .isEqualTo(event.sequenceNumber());
        assertThat(JsonPath.<Number>read(body, "$.firstBreak.globalIndex").longValue()).isEqualTo(event.globalIndex());
    }

    private static HttpResponse<String> verify() {
        HttpResponse<String> answer = get("auditor", "/api/audit/verify");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private static HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port") + path);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** One stored event, with what a test needs to put it back. */
    private record Event(String id, String aggregateId, long sequenceNumber, long globalIndex, byte[] payload,
                         String timestamp) {
    }
}

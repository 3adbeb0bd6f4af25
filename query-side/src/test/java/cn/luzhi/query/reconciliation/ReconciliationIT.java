package cn.luzhi.query.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.rebuild.ProcessorTokens;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import cn.luzhi.query.support.Rebuilding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The check of AxonFramework issue 4829: a processor whose token passed an event it never applied (as when a
 * transaction commits after the gap timeout) is caught, and a rebuild repairs the read model. And the check that
 * cannot be fooled by what a projection wrote about itself: read tables corrupted in SQL (an audit entry deleted or
 * moved to another index, a row claiming another event's index, a row's status changed) are named.
 */
class ReconciliationIT extends QuerySideIntegrationTest {

    private static final List<String> SKIPPING = List.of("petitions", "deputy-activity", "supervision");

    @Autowired
    ProcessorTokens tokens;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PeriodicReconciliation periodic;

    @Test
    void shouldFindAnEventAProjectionSkippedAndLetARebuildRepairIt() {
        Http http = new Http(port);
        EventLog log = new EventLog(eventStore, jdbc);
        KnownHistory.appendOnce(log);
        log.append(KnownHistory.on("2026-02-01"), new RegionRegistered(RegionId.of("150197"), "对账区",
                RegionLevel.DISTRICT, null));
        long submitted = log.append(KnownHistory.on("2026-02-02"), new PetitionSubmitted(PetitionId.of("p-skip"),
                PetitionSource.STATION_VISIT, RegionId.of("150197"), null, StationId.of("s-1"),
                PersonRef.of("person-skip"), "被跳过的事件", "内容"));
        Projections.awaitProcessed(processing, submitted);
        assertThat(report(http).get("ok").asBoolean()).as("a consistent store reconciles").isTrue();

        long skipped = skip(log, new PetitionAccepted(PetitionId.of("p-skip"), DeputyId.of("d-1"), null));

        JsonNode report = report(http);
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(problems(report, "petitions")).containsExactly("petition|p-skip|" + skipped + "|" + submitted);
        // The activity read model keeps who took the petition up, for its closing: its case row is behind too.
        assertThat(problems(report, "deputy-activity")).containsExactly("activity_case|p-skip|" + skipped + "|"
                + submitted, "activity|" + skipped + "|" + skipped + "|null");
        assertThat(problems(report, "supervision")).containsExactly("supervision_case|p-skip|" + skipped + "|"
                + submitted);
        assertThat(problems(report, "suggestions")).isEmpty();
        ReconciliationReport recorded = periodic.runIfDue(Instant.now());
        assertThat(recorded.problemCount()).isEqualTo(4);
        assertThat(periodic.runIfDue(Instant.now())).as("not due again so soon, on any node").isNull();
        assertThat(jdbc.sql("SELECT problems FROM read.reconciliation_run ORDER BY checked_at DESC LIMIT 1")
                .query(Integer.class).single()).isEqualTo(4);

        for (String processor : SKIPPING) {
            Rebuilding.awaitDone(http, Rebuilding.start(http, processor));
        }
        assertThat(report(http).get("ok").asBoolean()).as("repaired by the rebuilds").isTrue();
        assertThat(jdbc.sql("SELECT status FROM read.petition WHERE petition_id = 'p-skip'").query(String.class)
                .single()).isEqualTo("ACCEPTED");
        assertThat(http.get("/api/admin/reconciliation", "leader").status()).isEqualTo(403);
        assertThat(http.get("/api/admin/reconciliation", "admin").status()).isEqualTo(200);
    }

    @Test
    void shouldNameAnAuditEntryMissingOrHeldUnderAnotherEventsIndex() {
        Http http = new Http(port);
        awaitKnownHistory();
        assertThat(fullReport(http).get("ok").asBoolean()).as("a consistent store reconciles").isTrue();

        long deleted = jdbc.sql("SELECT min(global_index) FROM read.audit_entry WHERE event_type = 'PetitionAccepted'")
                .query(Long.class).single();
        Map<String, Object> deletedRow = auditEntry(deleted);
        long moved = deleted + 2;
        long displaced = deleted + 3;
        Map<String, Object> movedRow = auditEntry(moved);
        Map<String, Object> displacedRow = auditEntry(displaced);
        try {
            jdbc.sql("DELETE FROM read.audit_entry WHERE global_index IN (?, ?)").params(deleted, displaced).update();
            // The event at `moved` indexed under the next event's index, as a projection fed off-by-one would.
            jdbc.sql("UPDATE read.audit_entry SET global_index = ? WHERE global_index = ?").params(displaced, moved)
                    .update();

            JsonNode report = report(http);
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(kinds(report, "audit-log")).containsExactlyInAnyOrder(
                    "EVENT_MISSING|audit_entry|" + deleted,
                    "EVENT_MISSING|audit_entry|" + moved,
                    "EVENT_MISSING|audit_entry|" + displaced,
                    "WRONG_EVENT|audit_entry|" + displaced);
            assertThat(details(report, "audit-log")).contains(
                    "事件 " + deleted + " 未被处理",
                    "事件 " + moved + " 未记录在其自身序号下，而记录在序号 " + displaced + " 下",
                    "序号 " + displaced + " 下记录的是事件 " + movedRow.get("event_id") + "，而事件库中该序号是事件 "
                            + displacedRow.get("event_id") + "：事件记录在错误的序号下");
        } finally {
            jdbc.sql("DELETE FROM read.audit_entry WHERE global_index = ?").param(displaced).update();
            insert("read.audit_entry", deletedRow);
            insert("read.audit_entry", movedRow);
            insert("read.audit_entry", displacedRow);
        }
        assertThat(report(http).get("ok").asBoolean()).as("restored").isTrue();
    }

    @Test
    void shouldNameRowsThatRecordAnotherEventsIndex() {
        Http http = new Http(port);
        awaitKnownHistory();
        assertThat(fullReport(http).get("ok").asBoolean()).as("a consistent store reconciles").isTrue();
        // Each row says it applied the event after its own, which belongs to another aggregate: an off-by-one the
        // old check, which only asked whether a row was behind its aggregate, let pass.
        Map<String, String> processors = Map.of("petition", "petitions", "supervision_case", "supervision",
                "activity_case", "deputy-activity", "audit_case", "audit-log");
        Map<String, String> keys = Map.of("petition", "petition_id", "supervision_case", "case_id",
                "activity_case", "case_id", "audit_case", "case_id");
        Map<String, String> corrupted = new java.util.HashMap<>();
        Map<String, Long> original = new java.util.HashMap<>();
        try {
            for (String table : processors.keySet()) {
                String key = keys.get(table);
                Map<String, Object> row = jdbc.sql("SELECT r." + key + " AS id, r.last_global_index FROM read." + table
                                + " r JOIN domain_event_entry e ON e.global_index = r.last_global_index + 1 "
                                + "WHERE e.aggregate_identifier <> r." + key + " ORDER BY 1 LIMIT 1")
                        .query().singleRow();
                String id = (String) row.get("id");
                long index = ((Number) row.get("last_global_index")).longValue();
                corrupted.put(table, id);
                original.put(table, index);
                jdbc.sql("UPDATE read." + table + " SET last_global_index = ? WHERE " + key + " = ?")
                        .params(index + 1, id).update();
            }

            JsonNode report = report(http);
            assertThat(report.get("ok").asBoolean()).isFalse();
            for (Map.Entry<String, String> table : processors.entrySet()) {
                String id = corrupted.get(table.getKey());
                assertThat(kinds(report, table.getValue())).as(table.getKey())
                        .contains("FOREIGN_INDEX|" + table.getKey() + "|" + id);
                assertThat(details(report, table.getValue())).as(table.getKey()).anyMatch(detail ->
                        detail.startsWith("行记录已处理至事件 " + (original.get(table.getKey()) + 1) + "，但该事件属于「")
                                && detail.endsWith("」，不是本行自己的事件"));
            }
        } finally {
            original.forEach((table, index) -> jdbc.sql("UPDATE read." + table + " SET last_global_index = ? WHERE "
                    + keys.get(table) + " = ?").params(index, corrupted.get(table)).update());
        }
        assertThat(report(http).get("ok").asBoolean()).as("restored").isTrue();
    }

    @Test
    void shouldNameARowWhoseStatusDiffersFromItsEventsSampledEachRunAndAllOnDemand() {
        Http http = new Http(port);
        awaitKnownHistory();
        JsonNode clean = fullReport(http);
        assertThat(clean.get("ok").asBoolean()).as(clean.toString()).isTrue();
        long petitions = jdbc.sql("SELECT count(*) FROM read.petition").query(Long.class).single();
        assertThat(statesCompared(clean, "petitions")).as("every petition on demand").isEqualTo(petitions);
        assertThat(statesCompared(report(http), "petitions")).as("a sample on each run")
                .isEqualTo(Math.min(petitions, 20));
        try {
            jdbc.sql("UPDATE read.petition SET status = 'CLOSED' WHERE petition_id = 'p-2'").update();

            JsonNode report = fullReport(http);
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(kinds(report, "petitions")).containsExactly("STATE_DIFFERS|petition|p-2");
            assertThat(details(report, "petitions").get(0)).endsWith("status 为「CLOSED」，应为「FORWARDED」");
        } finally {
            jdbc.sql("UPDATE read.petition SET status = 'FORWARDED' WHERE petition_id = 'p-2'").update();
        }
        assertThat(fullReport(http).get("ok").asBoolean()).as("restored").isTrue();
        assertThat(http.get("/api/admin/reconciliation?full=true", "leader").status()).isEqualTo(403);
    }

    private void awaitKnownHistory() {
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
    }

    private Map<String, Object> auditEntry(long globalIndex) {
        return jdbc.sql("SELECT * FROM read.audit_entry WHERE global_index = ?").param(globalIndex).query()
                .singleRow();
    }

    private void insert(String table, Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(column -> ":" + column).toList()) + ")")
                .params(row).update();
    }

    /** Appends {@code payload} while the processors that handle it are stopped, then moves their tokens past it. */
    private long skip(EventLog log, Object payload) {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        for (String name : SKIPPING) {
            StreamingEventProcessor processor =
                    processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            stopped.add(processor);
        }
        long index = log.append(KnownHistory.on("2026-02-03"), payload);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> SKIPPING.forEach(name ->
                tokens.moveTo(name, new GapAwareTrackingToken(index, List.of()))));
        stopped.forEach(StreamingEventProcessor::start);
        Projections.awaitProcessed(processing, index);
        return index;
    }

    private static JsonNode report(Http http) {
        Http.Response response = http.get("/api/admin/reconciliation", "auditor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode fullReport(Http http) {
        Http.Response response = http.get("/api/admin/reconciliation?full=true", "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode processor(JsonNode report, String processor) {
        for (JsonNode check : report.get("processors")) {
            if (check.get("processor").asString().equals(processor)) {
                return check;
            }
        }
        throw new AssertionError("No processor " + processor + " in " + report);
    }

    /** The processor's problems, each as kind|table|key. */
    private static List<String> kinds(JsonNode report, String processor) {
        List<String> found = new ArrayList<>();
        for (JsonNode problem : processor(report, processor).get("problems")) {
            found.add(problem.get("kind").asString() + "|" + problem.get("table").asString() + "|"
                    + problem.get("key").asString());
        }
        return found;
    }

    private static List<String> details(JsonNode report, String processor) {
        List<String> found = new ArrayList<>();
        processor(report, processor).get("problems").forEach(problem -> found.add(problem.get("detail").asString()));
        return found;
    }

    private static long statesCompared(JsonNode report, String processor) {
        return processor(report, processor).get("statesCompared").asLong();
    }

    /** The processor's problems, each as table|key|globalIndex|rowIndex. */
    private static List<String> problems(JsonNode report, String processor) {
        List<String> found = new ArrayList<>();
        for (JsonNode check : report.get("processors")) {
            if (check.get("processor").asString().equals(processor)) {
                for (JsonNode problem : check.get("problems")) {
                    found.add(problem.get("table").asString() + "|" + problem.get("key").asString() + "|"
                            + problem.get("globalIndex").asLong() + "|"
                            + (problem.get("rowIndex").isNull() ? "null" : problem.get("rowIndex").asLong()));
                }
            }
        }
        return found;
    }
}

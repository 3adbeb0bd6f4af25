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
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The check of AxonFramework issue 4829: a processor whose token passed an event it never applied (as when a
 * transaction commits after the gap timeout) is caught, and a rebuild repairs the read model.
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
        assertThat(problems(report, "deputy-activity")).containsExactly("activity|" + skipped + "|" + skipped
                + "|null");
        assertThat(problems(report, "supervision")).containsExactly("supervision_case|p-skip|" + skipped + "|"
                + submitted);
        assertThat(problems(report, "suggestions")).isEmpty();
        ReconciliationReport recorded = periodic.runIfDue(Instant.now());
        assertThat(recorded.problemCount()).isEqualTo(3);
        assertThat(periodic.runIfDue(Instant.now())).as("not due again so soon, on any node").isNull();
        assertThat(jdbc.sql("SELECT problems FROM read.reconciliation_run ORDER BY checked_at DESC LIMIT 1")
                .query(Integer.class).single()).isEqualTo(3);

        for (String processor : SKIPPING) {
            Rebuilding.awaitDone(http, Rebuilding.start(http, processor));
        }
        assertThat(report(http).get("ok").asBoolean()).as("repaired by the rebuilds").isTrue();
        assertThat(jdbc.sql("SELECT status FROM read.petition WHERE petition_id = 'p-skip'").query(String.class)
                .single()).isEqualTo("ACCEPTED");
        assertThat(http.get("/api/admin/reconciliation", "leader").status()).isEqualTo(403);
        assertThat(http.get("/api/admin/reconciliation", "admin").status()).isEqualTo(200);
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

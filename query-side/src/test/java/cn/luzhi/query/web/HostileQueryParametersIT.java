package cn.luzhi.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Property-based test (QuickTheories) of the query side's list endpoints: whatever values their filters get, the
 * answer is never a 5xx. The endpoints and their parameter names come from the application's own request mappings
 * (plain {@code @RequestParam}s and the components of filter records), so new lists are covered without a change.
 * Reads with an id in the path get the ids of records of every kind that exist, besides ones that do not.
 */
class HostileQueryParametersIT extends QuerySideIntegrationTest {

    private static final Set<String> CASES = Set.of("Petition", "Suggestion", "MediationCase", "Ballot",
            "LivelihoodProject", "Reception", "DutyActivity");
    private static final List<String> VALUES = List.of("", " ", "-1", "0", "99999999999999999999", "1e400", "NaN",
            "true", "maybe", "2026-02-30", "0000-01-01", "+999999999-12-31", "2026-11-22", "2026-11-22T10:15", "+999999999-12-31T23:59", "2026-11-22T10:15+08:00",
            "-999999999-01-01", "999999999", "300000", "OPEN", "NOT_A_VALUE",
            "'; DROP TABLE domain_event_entry; --", "<script>alert(1)</script>", "%00", "\u0000", "\ud800",
            "150102", "x".repeat(5_000), "[]", "{}", "../../etc", "DISTRICT", "YEAR", "2147483648");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** A list endpoint (a GET without path variables) and the names of its query parameters. */
    record Endpoint(String path, List<String> parameters) {
    }

    @Test
    void shouldNeverAnswerAServerErrorToAnyOneHostileValueInAnyFilter() {
        // Every value in every parameter of every list, alone: the random combinations below need not find these.
        Http http = new Http(port);
        List<String> serverErrors = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : listEndpoints()) {
            for (String parameter : endpoint.parameters()) {
                for (String value : VALUES) {
                    String path = endpoint.path() + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    Http.Response answer = http.get(path, "admin");
                    requests++;
                    if (answer.status() >= 500) {
                        serverErrors.add("GET " + path + " -> " + answer.status() + " " + answer.body());
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void shouldRefuseADateBeyondYear9999NamingTheParameter() {
        // Was a server error: the day after 999999999-12-31 does not exist.
        Http.Response answer = new Http(port).get("/api/audit/events?to=%2B999999999-12-31", "admin");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("errors").path(0).path("field").asText()).isEqualTo("to");
        assertThat(answer.json().path("detail").asText()).isEqualTo("年份999999999超出范围，应在1至9999之间");
    }

    @Test
    void shouldNeverAnswerAServerErrorWhateverTheFiltersSay() {
        List<Endpoint> endpoints = listEndpoints();
        assertThat(endpoints).extracting(Endpoint::path).contains("/api/petitions");
        Http http = new Http(port);
        qt().withExamples(Integer.getInteger("luzhi.fuzz.tries", 150)).withShrinkCycles(20)
                .forAll(request(endpoints))
                .checkAssert(path -> {
                    Http.Response answer = http.get(path, "admin");
                    assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isLessThan(500);
                });
    }

    @Test
    void shouldRefuseANulInAFilterWithAChineseProblem() {
        // Was a server error: PostgreSQL cannot compare text holding NUL.
        Http.Response answer = new Http(port).get("/api/deputies?stationId=%00", "admin");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:luzhi:problem:invalid-query");
        assertThat(answer.json().path("detail").asText()).isEqualTo(
                "查询参数「stationId」包含无法处理的字符（空字符、控制字符或不完整的 Unicode 字符）");
    }

    /**
     * The kinds of record (aggregate types) whose ids each read with an id in its path shows; an id of any other kind
     * that exists is answered exactly like one that does not. A new read with a path id needs its row here.
     */
    private static final Map<String, Set<String>> OWN_KINDS = Map.ofEntries(
            Map.entry("/api/petitions/{petitionId}", Set.of("Petition")),
            Map.entry("/api/suggestions/{suggestionId}", Set.of("Suggestion")),
            Map.entry("/api/mediation-cases/{mediationCaseId}", Set.of("MediationCase")),
            Map.entry("/api/receptions/{receptionId}", Set.of("Reception")),
            Map.entry("/api/ballots/{ballotId}", Set.of("Ballot")),
            Map.entry("/api/ballots/{ballotId}/roll-call", Set.of("Ballot")),
            Map.entry("/api/projects/{projectId}", Set.of("LivelihoodProject")),
            Map.entry("/api/legislative-drafts/{draftId}", Set.of("LegislativeDraft")),
            Map.entry("/api/regions/{regionId}", Set.of("Region")),
            Map.entry("/api/deputies/{deputyId}/archive", Set.of("Deputy")),
            Map.entry("/api/deputies/{deputyId}/annual-report", Set.of("Deputy")),
            Map.entry("/api/duty-activities/{activityId}", Set.of("DutyActivity")),
            Map.entry("/api/stations/{stationId}/duty-rota", Set.of("Station")),
            Map.entry("/api/deputies/{deputyId}/duty-days", Set.of("Deputy")),
            Map.entry("/api/cases/{caseId}/history", CASES),
            Map.entry("/api/cases/{caseId}/state", CASES),
            Map.entry("/api/supervision/cases/{caseId}", Set.of("Petition", "Suggestion", "MediationCase")));

    @Test
    void shouldAnswerAReadOfARecordOfAnotherKindLikeOneOfAnIdThatDoesNotExist() {
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
        Map<String, String> records = new TreeMap<>();
        jdbc.sql("SELECT type, min(aggregate_identifier) FROM domain_event_entry WHERE type IS NOT NULL GROUP BY type")
                .query((row, number) -> records.put(row.getString(1), row.getString(2))).list();
        assertThat(records).containsKeys("Region", "Deputy", "HandlingUnit", "Petition", "Suggestion", "MediationCase",
                "Ballot", "LivelihoodProject");
        List<String> reads = pathIdReads();
        assertThat(reads).containsExactlyInAnyOrderElementsOf(OWN_KINDS.keySet());

        Http http = new Http(port);
        List<String> mismatches = new ArrayList<>();
        for (String read : reads) {
            for (String user : List.of("admin", "clerk")) {
                Http.Response missing = http.get(read.replaceFirst("\\{[^}]+}", "no-such-record"), user);
                assertThat(missing.status()).as("GET %s of a missing id as %s", read, user).isIn(403, 404);
                for (Map.Entry<String, String> record : records.entrySet()) {
                    String path = read.replaceFirst("\\{[^}]+}", record.getValue());
                    Http.Response answer = http.get(path, user);
                    boolean own = OWN_KINDS.get(read).contains(record.getKey());
                    if (own ? missing.status() == 404 && answer.status() != 200
                            : answer.status() != missing.status()
                            || !answer.body().replace(record.getValue(), "{id}")
                            .equals(missing.body().replace("no-such-record", "{id}"))) {
                        mismatches.add("GET " + path + " (" + record.getKey() + ") as " + user + " answered "
                                + answer.status() + " " + answer.body() + "; a missing id " + missing.status() + " "
                                + missing.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Every GET under /api with a record's id in its path (not a checkpoint's or a rebuild's number). */
    private List<String> pathIdReads() {
        List<String> reads = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/") && path.contains("{"))
                        .filter(path -> !path.startsWith("/api/audit/checkpoints/"))
                        .filter(path -> !path.startsWith("/api/admin/rebuilds/"))
                        .forEach(reads::add);
            }
        });
        return reads;
    }

    private static Gen<String> request(List<Endpoint> endpoints) {
        return in -> {
            Endpoint endpoint = endpoints.get((int) in.next(Constraint.between(0, endpoints.size() - 1)));
            List<String> query = new ArrayList<>();
            for (String parameter : endpoint.parameters()) {
                if (in.next(Constraint.between(0, 2)) > 0) {
                    String value = VALUES.get((int) in.next(Constraint.between(0, VALUES.size() - 1)));
                    query.add(parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return endpoint.path() + (query.isEmpty() ? "" : "?" + String.join("&", query));
        };
    }

    /**
     * Integrity verification reads the command side's chain tables, which this query-only test database does not
     * have; TamperEvidenceIT runs it against a real store.
     */
    private static final Set<String> READS_COMMAND_SIDE_TABLES = Set.of("/api/audit/verify", "/api/audit/checkpoints");

    private List<Endpoint> listEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/") && !path.contains("{") && !READS_COMMAND_SIDE_TABLES.contains(path)) {
                    endpoints.add(new Endpoint(path, parameterNames(method)));
                }
            }
        });
        return endpoints;
    }

    private static List<String> parameterNames(HandlerMethod method) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null) {
                names.add(!requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName());
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (parameter.getParameterName() != null && !type.getName().startsWith("jakarta.")) {
                names.add(parameter.getParameterName());
            }
        }
        return names;
    }
}

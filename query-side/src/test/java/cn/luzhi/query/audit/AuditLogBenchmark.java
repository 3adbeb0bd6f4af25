package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.audit.AuditLogQueries.Statement;
import cn.luzhi.query.common.ReadModelMigrations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that the audit log searches by index, not by scanning, at the size of a city's store: fills
 * {@code audit_entry} with a million realistic rows (SQL {@code generate_series}), then runs every kind of filter
 * through {@link AuditLogQueries} (first page, a page deep down, the capped count), prints the median time of
 * each and checks with {@code EXPLAIN (FORMAT JSON)}, for the custom plan the application uses and also for the
 * generic plan of every statement, that no sequential scan reads {@code audit_entry}. Not a test of the normal build (no {@code IT} suffix):
 * <pre>
 * mvn -o -B -pl query-side -am verify -Dtest=none -Dit.test=AuditLogBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dskip.npm [-Dbenchmark.rows=1000000]
 * </pre>
 */
class AuditLogBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = 7;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SingleConnectionDataSource dataSource;
    private static JdbcClient jdbc;
    private static AuditLogQueries queries;

    @BeforeAll
    static void fill() {
        PGSimpleDataSource migrations = new PGSimpleDataSource();
        migrations.setUrl(TestDatabase.url());
        migrations.setUser(TestDatabase.username());
        ReadModelMigrations.flyway(migrations).migrate();
        // One connection, as a pooled one would be: prepared statements are reused, so the generic plans that
        // PostgreSQL switches to after five executions are measured too.
        dataSource = new SingleConnectionDataSource(TestDatabase.url()
                + (TestDatabase.url().contains("?") ? "&" : "?") + "currentSchema=read,public",
                TestDatabase.username(), "", true);
        jdbc = JdbcClient.create(dataSource);
        queries = new AuditLogQueries(jdbc, new AuditLogProperties(null, null, null),
                new DataSourceTransactionManager(dataSource));

        long started = System.nanoTime();
        jdbc.sql("""
                INSERT INTO region (region_id, name, level, parent_id, status, last_global_index)
                SELECT '150102', '示范区', 'DISTRICT', NULL, 'ACTIVE', 1
                UNION ALL
                SELECT '150102' || lpad(t::text, 3, '0'), '第' || t || '街道', 'TOWN', '150102', 'ACTIVE', 1
                FROM generate_series(1, 10) t
                UNION ALL
                SELECT '150102' || lpad(t::text, 3, '0') || lpad(v::text, 3, '0'), '第' || t || '-' || v || '社区',
                       'VILLAGE', '150102' || lpad(t::text, 3, '0'), 'ACTIVE', 1
                FROM generate_series(1, 10) t, generate_series(1, 10) v""").update();
        // Two years of a district's events, one every ~63 s in time order. 500 staff: ids user-0..user-499 with
        // their roles by number; 8% of events are the system's (deadlines); cases of about eight events each.
        jdbc.sql("""
                INSERT INTO audit_entry (global_index, event_id, occurred_at, case_type, case_id, event_type, actor_id,
                                         actor_name, actor_role, region_id, reason, command_id)
                SELECT g, md5(g::text)::uuid::text,
                       timestamptz '2024-11-22 00:00:00+08' + g * interval '63 seconds',
                       kind.case_type, kind.case_type || '-' || (g / 8), kind.event_types[1 + g % 4],
                       CASE WHEN sys THEN 'system' WHEN actor >= 450 THEN NULL ELSE 'user-' || actor END,
                       CASE WHEN sys THEN '系统' WHEN actor >= 450 THEN NULL ELSE '员工' || actor END,
                       CASE WHEN sys THEN 'SYSTEM' WHEN actor < 175 THEN 'DEPUTY' WHEN actor < 300 THEN 'CLERK'
                            WHEN actor < 400 THEN 'UNIT' WHEN actor < 425 THEN 'SUPERVISOR' WHEN actor < 440 THEN 'ADMIN'
                            WHEN actor < 450 THEN 'LEADER' ELSE 'CITIZEN' END,
                       '150102' || lpad((1 + (g / 8) % 10)::text, 3, '0') || lpad((1 + (g / 80) % 10)::text, 3, '0'),
                       CASE WHEN g % 5 = 0 THEN '请尽快办理，群众反映强烈' END,
                       md5('cmd' || g)
                FROM generate_series(1, ?::bigint) g
                CROSS JOIN LATERAL (SELECT g % 100 < 8 AS sys, (g * 7919) % 500 AS actor) who
                CROSS JOIN LATERAL (SELECT g / 8 % 100 AS bucket) kinds
                CROSS JOIN LATERAL (SELECT
                    CASE WHEN bucket < 40 THEN 'PETITION' WHEN bucket < 60 THEN 'SUGGESTION'
                         WHEN bucket < 85 THEN 'MEDIATION' WHEN bucket < 93 THEN 'BALLOT'
                         WHEN bucket < 98 THEN 'PROJECT' ELSE 'STATION' END AS case_type,
                    CASE WHEN bucket < 40 THEN ARRAY['PetitionSubmitted', 'PetitionAccepted', 'PetitionForwarded',
                                                     'PetitionUrged']
                         WHEN bucket < 60 THEN ARRAY['SuggestionSubmitted', 'SuggestionAssigned',
                                                     'SuggestionReplied', 'SuggestionUrged']
                         WHEN bucket < 85 THEN ARRAY['MediationCaseReferred', 'MediatorsAssigned',
                                                     'MediationSessionHeld', 'MediationCaseSettled']
                         WHEN bucket < 93 THEN ARRAY['CandidateCollected', 'DeputyCheckedIn', 'VoteCast',
                                                     'BallotClosed']
                         WHEN bucket < 98 THEN ARRAY['ProjectMilestonesPlanned', 'ProjectInspected',
                                                     'ProjectProgressRecorded', 'ProjectRated']
                         ELSE ARRAY['StationOpened', 'StationRenamed', 'StationMoved', 'StationQrCodeReissued']
                    END AS event_types) kind""").param(ROWS).update();
        // What autovacuum does to a table that grew by a million rows: statistics, and the visibility map that
        // lets the capped count read its index alone.
        jdbc.sql("VACUUM ANALYZE audit_entry").update();
        jdbc.sql("VACUUM ANALYZE region").update();
        System.out.printf("%nAudit log benchmark: %,d rows written and analysed in %.1f s%n", ROWS,
                (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void close() {
        if (dataSource != null) {
            dataSource.destroy();
        }
    }

    @Test
    void shouldAnswerEveryFilterFromAnIndex() {
        Map<String, AuditLogFilter> filters = new LinkedHashMap<>();
        filters.put("no filter (newest first)", filter(null, null, null, null, null, null, null));
        filters.put("actor id (a deputy)", filter("user-7", null, null, null, null, null, null));
        filters.put("actor name", filter("员工401", null, null, null, null, null, null));
        filters.put("actor system (8% of events)", filter("system", null, null, null, null, null, null));
        filters.put("role SUPERVISOR", filter(null, "SUPERVISOR", null, null, null, null, null));
        filters.put("case type MEDIATION", filter(null, null, "MEDIATION", null, null, null, null));
        filters.put("action PetitionUrged", filter(null, null, null, "PetitionUrged", null, null, null));
        filters.put("region: district (all)", filter(null, null, null, null, "150102", null, null));
        filters.put("region: town (10%)", filter(null, null, null, null, "150102003", null, null));
        filters.put("region: community (1%)", filter(null, null, null, null, "150102003004", null, null));
        filters.put("time: one month a year ago", filter(null, null, null, null, null, "2025-11-01", "2025-11-30"));
        filters.put("time: one day", filter(null, null, null, null, null, "2025-06-18", "2025-06-18"));
        filters.put("role + case type + town + month", filter(null, "DEPUTY", "PETITION", null, "150102005",
                "2025-11-01", "2025-11-30"));
        filters.put("actor + action", filter("user-7", null, null, "PetitionUrged", null, null, null));

        System.out.printf("%n| filter | first page | page at the middle | count (capped at %,d) | whole search "
                + "| matches shown | first page reads | count reads |%n", queries.countLimit());
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        List<String> scans = new ArrayList<>();
        for (Map.Entry<String, AuditLogFilter> entry : filters.entrySet()) {
            AuditLogFilter filter = entry.getValue();
            String actorColumn = queries.actorColumn(filter);
            long middle = ROWS / 2;
            AuditLogPage page = queries.search(filter, null, 50);
            double first = median(() -> run(queries.pageStatement(filter, actorColumn, null, 50)));
            double deep = median(() -> run(queries.pageStatement(filter, actorColumn, middle, 50)));
            Statement count = queries.countStatement(filter, actorColumn, queries.countLimit() + 1);
            double counting = median(() -> run(count));
            double whole = median(() -> queries.search(filter, null, 50));
            System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s%,d | %s | %s |%n", entry.getKey(),
                    first, deep, counting, whole, page.totalExact() ? "" : "≥ ", page.total(),
                    String.join(", ", plan(queries.pageStatement(filter, actorColumn, null, 50), "auto").accesses()),
                    String.join(", ", plan(count, "auto").accesses()));
            for (Statement statement : List.of(queries.pageStatement(filter, actorColumn, null, 50),
                    queries.pageStatement(filter, actorColumn, middle, 50),
                    queries.countStatement(filter, actorColumn, queries.countLimit() + 1))) {
                for (String planCache : List.of("force_custom_plan", "force_generic_plan")) {
                    List<String> seqScans = plan(statement, planCache).sequentialScans();
                    if (!seqScans.isEmpty()) {
                        scans.add(entry.getKey() + " (" + planCache + "): " + statement.sql() + " -> " + seqScans);
                    }
                }
            }
        }
        assertThat(scans).as("statements that scan audit_entry sequentially").isEmpty();
    }

    private static AuditLogFilter filter(String actor, String role, String caseType, String action, String regionId,
                                         String from, String to) {
        return AuditLogFilter.parse(actor, role, caseType, action, regionId, from, to, null);
    }

    /** Runs a statement as the application does: in a search transaction, planned for its values. */
    private static void run(Statement statement) {
        queries.planned(() -> jdbc.sql(statement.sql()).params(statement.params()).query().listOfRows());
    }

    /** Median milliseconds of {@link #RUNS} runs after one to warm up. */
    private static double median(Runnable query) {
        query.run();
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            query.run();
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    /** How the plan reads audit_entry: its scan nodes, and those that read it sequentially. */
    private record Plan(List<String> accesses, List<String> sequentialScans) {
    }

    /**
     * The plan of the statement when it is prepared (as the JDBC driver does after five executions) and planned
     * under the given plan cache mode: a custom plan for the values, the generic plan PostgreSQL may switch to
     * for every value, or its own choice ({@code auto}).
     */
    private static Plan plan(Statement statement, String planCacheMode) {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : statement.sql().toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        String values = statement.params().stream()
                .map(value -> value instanceof Number ? value.toString()
                        : "'" + value.toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        jdbc.sql("PREPARE audit_plan AS " + numbered).update();
        jdbc.sql("SET plan_cache_mode = " + planCacheMode).update();
        try {
            String json = jdbc.sql("EXPLAIN (FORMAT JSON) EXECUTE audit_plan(" + values + ")")
                    .query(String.class).single();
            Plan plan = new Plan(new ArrayList<>(), new ArrayList<>());
            collect(JSON.readTree(json).get(0).get("Plan"), plan);
            return plan;
        } finally {
            jdbc.sql("RESET plan_cache_mode").update();
            jdbc.sql("DEALLOCATE audit_plan").update();
        }
    }

    private static void collect(JsonNode node, Plan plan) {
        if ("audit_entry".equals(node.path("Relation Name").asString(""))) {
            String type = node.path("Node Type").asString("");
            plan.accesses().add(type + ("Backward".equals(node.path("Scan Direction").asString("")) ? " Backward" : "")
                    + (node.has("Index Name") ? " " + node.get("Index Name").asString() : ""));
            if (type.equals("Seq Scan")) {
                plan.sequentialScans().add(node.toString());
            }
        }
        node.path("Plans").forEach(child -> collect(child, plan));
    }
}

package cn.luzhi.app.load;

import static org.awaitility.Awaitility.await;

import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.ReadModelSnapshot;
import cn.luzhi.query.support.Rebuilding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the read models of a cluster must show once the writers stop: every processor at the store's head, every
 * event in the audit log under its own global index, and every read table equal row for row to what a clean
 * replay of the event store builds (the administrators' rebuild, which replays into a shadow schema and swaps
 * it in).
 */
final class ReadModelCheck {

    private static final int SAMPLES = 3;

    private final JdbcClient jdbc;

    ReadModelCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Until, on every node, every rebuildable processor runs and each of its segments has reached the store's
     * highest global index with none of its gaps left in the store (an event committed late is still to come).
     */
    void awaitCaughtUp(List<AppNode> nodes) {
        await("every processor at the event store's head").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500)).until(() -> caughtUp(nodes) && caughtUp(nodes));
    }

    private boolean caughtUp(List<AppNode> nodes) {
        long head = head();
        for (AppNode node : nodes) {
            for (JsonNode processor : rebuildable(node)) {
                if (!processor.get("status").asString().equals("RUNNING")) {
                    return false;
                }
                for (JsonNode segment : processor.get("segments")) {
                    List<Long> gaps = StreamSupport.stream(segment.get("gaps").spliterator(), false)
                            .map(JsonNode::asLong).toList();
                    if (segment.get("index").asLong() != head || !storedAmong(gaps).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Every disagreement between the event store and {@code read.audit_entry}: an event without its row under
     * its own global index (missing, or indexed under another event's), and a row that names no stored event.
     */
    List<String> auditLogDisagreements() {
        List<String> disagreements = new ArrayList<>();
        List<String> misplaced = jdbc.sql("""
                        SELECT e.global_index || ' ' || e.event_identifier || ' indexed at '
                               || coalesce(a.global_index::text, 'nothing')
                        FROM domain_event_entry e LEFT JOIN read.audit_entry a ON a.event_id = e.event_identifier
                        WHERE a.global_index IS DISTINCT FROM e.global_index
                        ORDER BY e.global_index""").query(String.class).list();
        if (!misplaced.isEmpty()) {
            disagreements.add(misplaced.size() + " event(s) not in the audit log under their own global index, "
                    + "e.g. " + misplaced.subList(0, Math.min(SAMPLES, misplaced.size())));
        }
        List<String> strangers = jdbc.sql("""
                        SELECT a.global_index || ' ' || a.event_id
                        FROM read.audit_entry a LEFT JOIN domain_event_entry e
                             ON e.global_index = a.global_index AND e.event_identifier = a.event_id
                        WHERE e.global_index IS NULL
                        ORDER BY a.global_index""").query(String.class).list();
        if (!strangers.isEmpty()) {
            disagreements.add(strangers.size() + " audit log row(s) whose global index and event id name no "
                    + "stored event, e.g. " + strangers.subList(0, Math.min(SAMPLES, strangers.size())));
        }
        return disagreements;
    }

    /** Every row of every rebuildable read model's tables, as the live processors left them. */
    Map<String, List<String>> snapshot(AppNode node) {
        List<String> tables = rebuildable(node).stream()
                .flatMap(processor -> StreamSupport.stream(processor.get("tables").spliterator(), false))
                .map(JsonNode::asString).toList();
        return ReadModelSnapshot.of(jdbc, "read", tables);
    }

    /** Rebuilds every rebuildable read model from the event store, one after the other, through {@code node}. */
    void rebuildAll(AppNode node) {
        Http http = new Http(node.port());
        for (JsonNode processor : rebuildable(node)) {
            Rebuilding.awaitDone(http, Rebuilding.start(http, processor.get("name").asString()));
        }
    }

    /** Per table, how the live rows differ from the rebuilt ones, with a few rows of each side. */
    static List<String> differences(Map<String, List<String>> live, Map<String, List<String>> rebuilt) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : live.entrySet()) {
            List<String> onlyLive = minus(table.getValue(), rebuilt.getOrDefault(table.getKey(), List.of()));
            List<String> onlyRebuilt = minus(rebuilt.getOrDefault(table.getKey(), List.of()), table.getValue());
            if (!onlyLive.isEmpty() || !onlyRebuilt.isEmpty()) {
                differences.add("read." + table.getKey() + ": " + onlyLive.size() + " live row(s) the rebuild does "
                        + "not have, e.g. " + onlyLive.subList(0, Math.min(SAMPLES, onlyLive.size())) + "; "
                        + onlyRebuilt.size() + " rebuilt row(s) missing live, e.g. "
                        + onlyRebuilt.subList(0, Math.min(SAMPLES, onlyRebuilt.size())));
            }
        }
        return differences;
    }

    /** Command ids some node acknowledged that no stored event carries in its metadata. */
    List<String> lost(List<String> acknowledged) {
        Set<String> stored = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT convert_from(meta_data, 'UTF8')::jsonb ->> 'commandId'
                        FROM domain_event_entry""").query(String.class).list());
        return acknowledged.stream().filter(commandId -> !stored.contains(commandId)).toList();
    }

    long head() {
        return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry").query(Long.class).single();
    }

    long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private List<Long> storedAmong(List<Long> indexes) {
        if (indexes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE global_index = ANY(?)")
                .param(indexes.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The processors whose read models declare their tables, as {@code node}'s admin API lists them. */
    private static List<JsonNode> rebuildable(AppNode node) {
        Http.Response answer = new Http(node.port()).get("/api/admin/projections", "admin");
        if (answer.status() != 200) {
            throw new IllegalStateException(node.name() + " lists no projections: " + answer.status() + " "
                    + answer.body());
        }
        return StreamSupport.stream(answer.json().spliterator(), false)
                .filter(processor -> processor.get("rebuildable").asBoolean()).toList();
    }

    /** {@code rows} without one occurrence of each row of {@code other}: a difference of multisets. */
    private static List<String> minus(List<String> rows, List<String> other) {
        Map<String, Integer> remaining = new HashMap<>();
        other.forEach(row -> remaining.merge(row, 1, Integer::sum));
        List<String> left = new ArrayList<>();
        for (String row : rows) {
            if (remaining.merge(row, -1, Integer::sum) < 0) {
                left.add(row);
            }
        }
        return left;
    }
}

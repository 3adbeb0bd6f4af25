package cn.luzhi.query.reconciliation;

import static cn.luzhi.query.rebuild.ScratchSchemas.identifier;

import cn.luzhi.query.audit.FoldedCases;
import cn.luzhi.query.audit.FoldedCases.FoldedCase;
import cn.luzhi.query.common.ReadModelTables;
import cn.luzhi.query.common.ReadModelTables.AggregateRows;
import cn.luzhi.query.rebuild.ProcessorTokens;
import cn.luzhi.query.rebuild.ProcessorTokens.SegmentToken;
import cn.luzhi.query.rebuild.ReadModelCatalog;
import cn.luzhi.query.rebuild.ReadModelCatalog.ReadModel;
import cn.luzhi.query.rebuild.RebuildProperties;
import cn.luzhi.query.reconciliation.ReconciliationReport.Kind;
import cn.luzhi.query.reconciliation.ReconciliationReport.ProcessorCheck;
import cn.luzhi.query.reconciliation.ReconciliationReport.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares every declared read model with what the event store holds, not with what the projection believes it
 * wrote. It guards against AxonFramework issue 4829 (a streaming processor skips an event for ever when its
 * transaction commits after the processor gave up waiting for it) and against a projection handed an event under
 * another event's global index. For each processor, up to its position (the lowest of its segments' tokens, minus
 * the indexes it still waits for):
 * <ul>
 * <li>per-aggregate rows: a row is missing, or its {@code last_global_index} is below its aggregate's latest
 * handled event, or is not the index of one of its own aggregate's handled events at all;</li>
 * <li>per-event rows: an event has no row under its own global index (with its own identifier, where the table
 * keeps it), or a row's index holds another event;</li>
 * <li>case rows: the declared columns differ from the state the audit history's folds give for the case's events
 * up to the row's {@code last_global_index}; a sample of rows per table on each run, every row on demand.</li>
 * </ul>
 * The projections declare which rows to compare in {@link ReadModelTables}.
 */
@Component
public class Reconciliation {

    static final int MAX_PROBLEMS = 100;

    private final ReadModelCatalog catalog;
    private final ProcessorTokens tokens;
    private final FoldedCases folded;
    private final JdbcClient jdbc;
    private final int sample;
    private final Clock clock = Clock.systemUTC();

    Reconciliation(ReadModelCatalog catalog, ProcessorTokens tokens, FoldedCases folded, JdbcClient jdbc,
                   RebuildProperties properties) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.folded = folded;
        this.jdbc = jdbc;
        this.sample = properties.reconciliationSample();
    }

    /** The periodic check: the state of a random sample of case rows per table. */
    public ReconciliationReport check() {
        return check(false);
    }

    /** The check; with {@code full}, every case row's state is compared with its events, not only a sample. */
    public ReconciliationReport check(boolean full) {
        long head = tokens.head();
        List<ProcessorCheck> checks = new ArrayList<>();
        for (ReadModel model : catalog.declared()) {
            checks.add(check(model, head, full));
        }
        return new ReconciliationReport(clock.instant(), head, full,
                checks.stream().allMatch(check -> check.problems().isEmpty()), checks);
    }

    private ProcessorCheck check(ReadModel model, long head, boolean full) {
        List<SegmentToken> segments = tokens.of(model.processor());
        long horizon = segments.stream().mapToLong(SegmentToken::index).min().orElse(-1);
        TreeSet<Long> pending = new TreeSet<>();
        segments.forEach(segment -> pending.addAll(segment.gaps()));
        // -1 is never an index: NOT IN needs at least one value.
        List<Long> excluded = new ArrayList<>(pending);
        excluded.add(-1L);
        List<Problem> problems = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < model.projections().size(); i++) {
            ReadModelTables declared = model.declarations().get(i);
            List<String> handled = ReadModelCatalog.handledTypes(model.projections().get(i)).stream()
                    .map(Class::getName).toList();
            Map<String, List<AggregateRows>> byTable = new LinkedHashMap<>();
            for (AggregateRows rows : declared.aggregateRows()) {
                problems.addAll(behind(rows, types(rows, handled), horizon, excluded));
                byTable.computeIfAbsent(rows.table(), table -> new ArrayList<>()).add(rows);
            }
            for (Map.Entry<String, List<AggregateRows>> table : byTable.entrySet()) {
                problems.addAll(foreign(table.getKey(), table.getValue(), handled));
            }
            for (AggregateRows rows : declared.aggregateRows()) {
                if (rows.folded().length > 0) {
                    List<Problem> differing = new ArrayList<>();
                    compared += states(rows, full, differing);
                    problems.addAll(differing);
                }
            }
            if (declared.eventRows().length > 0) {
                problems.addAll(missing(declared, horizon, excluded));
                problems.addAll(wrong(declared));
            }
        }
        return new ProcessorCheck(model.processor(), horizon, Math.max(0, head - horizon), List.copyOf(pending),
                compared, problems);
    }

    private static List<String> types(AggregateRows rows, List<String> handled) {
        return rows.events().length == 0 ? handled : Arrays.stream(rows.events()).map(Class::getName).toList();
    }

    private List<Problem> behind(AggregateRows rows, List<String> types, long horizon, List<Long> excluded) {
        String table = identifier(rows.table());
        String key = identifier(rows.key());
        return jdbc.sql("SELECT e.aggregate_identifier, max(e.global_index), r.last_global_index "
                        + "FROM domain_event_entry e LEFT JOIN " + table + " r ON r." + key
                        + " = e.aggregate_identifier "
                        + "WHERE e.type = :type AND e.payload_type IN (:types) AND e.global_index <= :horizon "
                        + "AND e.global_index NOT IN (:excluded) "
                        + "GROUP BY e.aggregate_identifier, r.last_global_index "
                        + "HAVING " + (rows.optional() ? "" : "r.last_global_index IS NULL OR ")
                        + "r.last_global_index < max(e.global_index) "
                        + "ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .param("type", rows.type())
                .param("types", types)
                .param("horizon", horizon)
                .param("excluded", excluded)
                .query((rs, row) -> {
                    long applied = rs.getLong(3);
                    Long rowIndex = rs.wasNull() ? null : applied;
                    return rowIndex == null
                            ? new Problem(rows.table(), rs.getString(1), rs.getLong(2), null, Kind.ROW_MISSING,
                                    "读模型缺少这一行：事件 " + rs.getLong(2) + " 未被处理")
                            : new Problem(rows.table(), rs.getString(1), rs.getLong(2), rowIndex, Kind.ROW_BEHIND,
                                    "读模型停在事件 " + rowIndex + "，事件库中已有事件 " + rs.getLong(2));
                })
                .list();
    }

    /**
     * Rows whose {@code last_global_index} names no event of their own aggregate (of a type that moves them): an
     * event applied under another event's index, which also hides a later event of the aggregate as applied.
     */
    private List<Problem> foreign(String tableName, List<AggregateRows> declarations, List<String> handled) {
        String table = identifier(tableName);
        String key = identifier(declarations.get(0).key());
        Set<String> aggregateTypes = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (AggregateRows rows : declarations) {
            aggregateTypes.add(rows.type());
            types.addAll(types(rows, handled));
        }
        return jdbc.sql("SELECT r." + key + ", r.last_global_index, e.aggregate_identifier, "
                        + "COALESCE((SELECT max(o.global_index) FROM domain_event_entry o "
                        + "WHERE o.aggregate_identifier = r." + key + " AND o.type IN (:aggregateTypes) "
                        + "AND o.payload_type IN (:types)), -1) "
                        + "FROM " + table + " r LEFT JOIN domain_event_entry e ON e.global_index = r.last_global_index "
                        + "WHERE e.global_index IS NULL OR e.aggregate_identifier <> r." + key
                        + " OR e.type NOT IN (:aggregateTypes) OR e.payload_type NOT IN (:types) "
                        + "ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .param("aggregateTypes", List.copyOf(aggregateTypes))
                .param("types", List.copyOf(types))
                .query((rs, row) -> {
                    long rowIndex = rs.getLong(2);
                    String owner = rs.getString(3);
                    String detail = owner == null
                            ? "行记录已处理至事件 " + rowIndex + "，但事件库中没有序号为 " + rowIndex + " 的事件"
                            : owner.equals(rs.getString(1))
                            ? "行记录已处理至事件 " + rowIndex + "，但该事件不是会更新本行的事件类型"
                            : "行记录已处理至事件 " + rowIndex + "，但该事件属于「" + owner + "」，不是本行自己的事件";
                    return new Problem(tableName, rs.getString(1), rs.getLong(4), rowIndex, Kind.FOREIGN_INDEX,
                            detail);
                })
                .list();
    }

    /** Compares the folded columns of a sample of the rows (every row when {@code full}); returns how many. */
    private int states(AggregateRows rows, boolean full, List<Problem> problems) {
        String table = identifier(rows.table());
        String key = identifier(rows.key());
        StringBuilder columns = new StringBuilder();
        for (String column : rows.folded()) {
            columns.append(", r.").append(identifier(column)).append("::text");
        }
        List<Map<String, Object>> found = jdbc.sql("SELECT r." + key + ", r.last_global_index" + columns
                        + " FROM " + table + " r WHERE EXISTS (SELECT 1 FROM domain_event_entry e "
                        + "WHERE e.aggregate_identifier = r." + key + " AND e.sequence_number = 0 AND e.type = :type)"
                        + (full ? " ORDER BY 1" : " ORDER BY random() LIMIT " + sample))
                .param("type", rows.type())
                .query((rs, row) -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("", rs.getString(1));
                    values.put("last_global_index", rs.getLong(2));
                    for (int c = 0; c < rows.folded().length; c++) {
                        values.put(rows.folded()[c], rs.getString(3 + c));
                    }
                    return values;
                })
                .list();
        int differing = 0;
        for (Map<String, Object> row : found) {
            String caseId = (String) row.get("");
            long rowIndex = (Long) row.get("last_global_index");
            Optional<FoldedCase> state = folded.upTo(caseId, rowIndex);
            if (state.isEmpty()) {
                // Not a case the audit history folds (no events, or not one of the case types): nothing to compare.
                continue;
            }
            List<String> differences = new ArrayList<>();
            for (String column : rows.folded()) {
                String field = FoldedCases.fieldOf(column);
                if (!state.get().has(field)) {
                    throw new IllegalStateException(rows.table() + "." + column + " is declared folded, but the "
                            + state.get().caseType() + " state has no field " + field);
                }
                String expected = state.get().fields().get(field);
                String actual = (String) row.get(column);
                if (!Objects.equals(expected, actual)) {
                    differences.add(column + " 为「" + text(actual) + "」，应为「" + text(expected) + "」");
                }
            }
            if (!differences.isEmpty() && differing++ < MAX_PROBLEMS) {
                problems.add(new Problem(rows.table(), caseId, rowIndex, rowIndex, Kind.STATE_DIFFERS,
                        "行与其事件（至事件 " + rowIndex + "，共 " + state.get().applied() + " 个）折算出的状态不一致："
                                + String.join("；", differences)));
            }
        }
        return found.size();
    }

    private static String text(String value) {
        return value == null ? "（空）" : value;
    }

    private List<Problem> missing(ReadModelTables declared, long horizon, List<Long> excluded) {
        String tableName = declared.eventRowsTable();
        String table = identifier(tableName);
        List<String> types = eventTypes(declared);
        String eventId = declared.eventRowsEventId().isEmpty() ? null : identifier(declared.eventRowsEventId());
        List<Missing> missing = jdbc.sql("SELECT e.global_index, e.event_identifier FROM domain_event_entry e "
                        + "WHERE " + (types.isEmpty() ? "" : "e.payload_type IN (:types) AND ")
                        + "e.global_index <= :horizon AND e.global_index NOT IN (:excluded) "
                        + "AND NOT EXISTS (SELECT 1 FROM " + table + " a WHERE a.global_index = e.global_index"
                        + (eventId == null ? "" : " AND a." + eventId + " = e.event_identifier") + ") "
                        + "ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .params(parameters(types, horizon, excluded))
                .query((rs, row) -> new Missing(rs.getLong(1), rs.getString(2)))
                .list();
        // Where the table holds those events instead, if it keeps event identifiers: read once, for the few found.
        Map<String, Long> elsewhere = new HashMap<>();
        if (eventId != null && !missing.isEmpty()) {
            jdbc.sql("SELECT " + eventId + ", global_index FROM " + table + " WHERE " + eventId + " IN (:ids)")
                    .param("ids", missing.stream().map(Missing::eventId).toList())
                    .query((rs, row) -> elsewhere.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return missing.stream().map(event -> {
            Long at = elsewhere.get(event.eventId());
            String detail = at == null ? "事件 " + event.index() + " 未被处理"
                    : "事件 " + event.index() + " 未记录在其自身序号下，而记录在序号 " + at + " 下";
            return new Problem(tableName, Long.toString(event.index()), event.index(), null, Kind.EVENT_MISSING,
                    detail);
        }).toList();
    }

    private record Missing(long index, String eventId) {
    }

    /** Per-event rows under an index whose event is not the one they describe. */
    private List<Problem> wrong(ReadModelTables declared) {
        String tableName = declared.eventRowsTable();
        String table = identifier(tableName);
        List<String> types = new ArrayList<>(eventTypes(declared));
        if (!types.isEmpty()) {
            Arrays.stream(declared.eventRowsOptional()).map(Class::getName).forEach(types::add);
        }
        String eventId = declared.eventRowsEventId().isEmpty() ? "NULL"
                : "a." + identifier(declared.eventRowsEventId());
        String aggregate = declared.eventRowsAggregate().isEmpty() ? "NULL"
                : "a." + identifier(declared.eventRowsAggregate());
        StringBuilder differs = new StringBuilder("e.global_index IS NULL");
        if (!types.isEmpty()) {
            differs.append(" OR e.payload_type NOT IN (:types)");
        }
        if (!declared.eventRowsEventId().isEmpty()) {
            differs.append(" OR e.event_identifier <> ").append(eventId);
        }
        if (!declared.eventRowsAggregate().isEmpty()) {
            differs.append(" OR e.aggregate_identifier IS DISTINCT FROM ").append(aggregate);
        }
        return jdbc.sql("SELECT a.global_index, e.global_index IS NULL, e.event_identifier, " + eventId
                        + ", e.aggregate_identifier, " + aggregate + ", e.payload_type FROM " + table + " a "
                        + "LEFT JOIN domain_event_entry e ON e.global_index = a.global_index WHERE " + differs
                        + " ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .params(types.isEmpty() ? Map.of() : Map.of("types", types))
                .query((rs, row) -> {
                    long index = rs.getLong(1);
                    String detail;
                    if (rs.getBoolean(2)) {
                        detail = "序号 " + index + " 下有记录，但事件库中没有这一序号的事件";
                    } else if (rs.getString(4) != null && !rs.getString(4).equals(rs.getString(3))) {
                        detail = "序号 " + index + " 下记录的是事件 " + rs.getString(4) + "，而事件库中该序号是事件 "
                                + rs.getString(3) + "：事件记录在错误的序号下";
                    } else if (rs.getString(6) != null && !rs.getString(6).equals(rs.getString(5))) {
                        detail = "序号 " + index + " 下记录的是「" + rs.getString(6) + "」的事件，而事件库中该序号的事件属于「"
                                + rs.getString(5) + "」：事件记录在错误的序号下";
                    } else {
                        detail = "序号 " + index + " 下有记录，但事件库中该序号的事件（" + simpleName(rs.getString(7))
                                + "）不应留下记录：事件记录在错误的序号下";
                    }
                    return new Problem(tableName, Long.toString(index), index, null, Kind.WRONG_EVENT, detail);
                })
                .list();
    }

    /** The declared per-event types by name; empty when every event of the store counts. */
    private static List<String> eventTypes(ReadModelTables declared) {
        if (Arrays.asList(declared.eventRows()).contains(Object.class)) {
            return List.of();
        }
        return Arrays.stream(declared.eventRows()).map(Class::getName).toList();
    }

    private static Map<String, Object> parameters(List<String> types, long horizon, List<Long> excluded) {
        Map<String, Object> parameters = new HashMap<>();
        if (!types.isEmpty()) {
            parameters.put("types", types);
        }
        parameters.put("horizon", horizon);
        parameters.put("excluded", excluded);
        return parameters;
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}

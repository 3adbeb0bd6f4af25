package cn.luzhi.query.reconciliation;

import static cn.luzhi.query.rebuild.ScratchSchemas.identifier;

import cn.luzhi.query.common.ReadModelTables;
import cn.luzhi.query.rebuild.ProcessorTokens;
import cn.luzhi.query.rebuild.ProcessorTokens.SegmentToken;
import cn.luzhi.query.rebuild.ReadModelCatalog;
import cn.luzhi.query.rebuild.ReadModelCatalog.ReadModel;
import cn.luzhi.query.reconciliation.ReconciliationReport.ProcessorCheck;
import cn.luzhi.query.reconciliation.ReconciliationReport.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guard against AxonFramework issue 4829: a streaming processor skips an event for ever when its transaction
 * commits after the processor gave up waiting for it. For each processor, every event at or below its position
 * (the lowest of its segments' tokens, minus the indexes it still waits for) must show in its read model: a
 * per-aggregate row whose {@code last_global_index} is below the aggregate's latest handled event, a missing
 * row, or a missing per-event row is an event that was skipped. The projections declare which rows to compare in
 * {@link ReadModelTables}.
 */
@Component
public class Reconciliation {

    static final int MAX_PROBLEMS = 100;

    private final ReadModelCatalog catalog;
    private final ProcessorTokens tokens;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Reconciliation(ReadModelCatalog catalog, ProcessorTokens tokens, JdbcClient jdbc) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public ReconciliationReport check() {
        long head = tokens.head();
        List<ProcessorCheck> checks = new ArrayList<>();
        for (ReadModel model : catalog.declared()) {
            checks.add(check(model, head));
        }
        return new ReconciliationReport(clock.instant(), head,
                checks.stream().allMatch(check -> check.problems().isEmpty()), checks);
    }

    private ProcessorCheck check(ReadModel model, long head) {
        List<SegmentToken> segments = tokens.of(model.processor());
        long horizon = segments.stream().mapToLong(SegmentToken::index).min().orElse(-1);
        TreeSet<Long> pending = new TreeSet<>();
        segments.forEach(segment -> pending.addAll(segment.gaps()));
        // -1 is never an index: NOT IN needs at least one value.
        List<Long> excluded = new ArrayList<>(pending);
        excluded.add(-1L);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < model.projections().size(); i++) {
            ReadModelTables declared = model.declarations().get(i);
            List<String> types = ReadModelCatalog.handledTypes(model.projections().get(i)).stream()
                    .map(Class::getName).toList();
            for (ReadModelTables.AggregateRows rows : declared.aggregateRows()) {
                problems.addAll(behind(rows, types, horizon, excluded));
            }
            if (declared.eventRows().length > 0) {
                problems.addAll(missing(declared, horizon, excluded));
            }
        }
        return new ProcessorCheck(model.processor(), horizon, Math.max(0, head - horizon), List.copyOf(pending),
                problems);
    }

    private List<Problem> behind(ReadModelTables.AggregateRows rows, List<String> types, long horizon,
                                 List<Long> excluded) {
        String table = identifier(rows.table());
        String key = identifier(rows.key());
        return jdbc.sql("SELECT e.aggregate_identifier, max(e.global_index), r.last_global_index "
                        + "FROM domain_event_entry e LEFT JOIN " + table + " r ON r." + key
                        + " = e.aggregate_identifier "
                        + "WHERE e.type = :type AND e.payload_type IN (:types) AND e.global_index <= :horizon "
                        + "AND e.global_index NOT IN (:excluded) "
                        + "GROUP BY e.aggregate_identifier, r.last_global_index "
                        + "HAVING r.last_global_index IS NULL OR r.last_global_index < max(e.global_index) "
                        + "ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .param("type", rows.type())
                .param("types", types)
                .param("horizon", horizon)
                .param("excluded", excluded)
                .query((rs, row) -> {
                    long applied = rs.getLong(3);
                    Long rowIndex = rs.wasNull() ? null : applied;
                    return new Problem(rows.table(), rs.getString(1), rs.getLong(2), rowIndex, rowIndex == null
                            ? "读模型缺少这一行：事件 " + rs.getLong(2) + " 未被处理"
                            : "读模型停在事件 " + rowIndex + "，事件库中已有事件 " + rs.getLong(2));
                })
                .list();
    }

    private List<Problem> missing(ReadModelTables declared, long horizon, List<Long> excluded) {
        String table = identifier(declared.eventRowsTable());
        List<String> types = Arrays.stream(declared.eventRows()).map(Class::getName).toList();
        return jdbc.sql("SELECT e.global_index FROM domain_event_entry e "
                        + "WHERE e.payload_type IN (:types) AND e.global_index <= :horizon "
                        + "AND e.global_index NOT IN (:excluded) "
                        + "AND NOT EXISTS (SELECT 1 FROM " + table + " a WHERE a.global_index = e.global_index) "
                        + "ORDER BY 1 LIMIT " + MAX_PROBLEMS)
                .param("types", types)
                .param("horizon", horizon)
                .param("excluded", excluded)
                .query((rs, row) -> new Problem(declared.eventRowsTable(), Long.toString(rs.getLong(1)),
                        rs.getLong(1), null, "事件 " + rs.getLong(1) + " 未被处理"))
                .list();
    }
}

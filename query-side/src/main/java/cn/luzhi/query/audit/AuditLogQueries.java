package cn.luzhi.query.audit;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.CaseActions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the audit log's index. Pages are keyset pages on the global index (continue below or above a cursor)
 * rather than offsets, so the millionth event costs what the first does; each filter has an index ending in the
 * global index (V4__audit_log_index.sql), and {@code AuditLogBenchmark} proves the plans use them.
 */
@Component
public class AuditLogQueries {

    private static final Map<String, String> ACTION_LABELS = CaseActions.eventTypes().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName,
                    type -> CaseActions.label(type).orElseThrow()));

    private final JdbcClient jdbc;
    private final AuditLogProperties properties;
    private final TransactionTemplate transactions;

    public AuditLogQueries(JdbcClient jdbc, AuditLogProperties properties,
                           PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    /**
     * One page of the events the filter selects.
     *
     * @param cursor the global index of the last row of the previous page, or null for the first page
     */
    public AuditLogPage search(AuditLogFilter filter, Long cursor, int size) {
        return planned(() -> {
            String actorColumn = actorColumn(filter);
            List<AuditLogEntry> rows = rows(filter, actorColumn, cursor, size + 1);
            boolean more = rows.size() > size;
            List<AuditLogEntry> items = more ? rows.subList(0, size) : rows;
            Statement count = countStatement(filter, actorColumn, properties.countLimit() + 1);
            long counted = jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
            boolean exact = counted <= properties.countLimit();
            return new AuditLogPage(List.copyOf(items), size,
                    more ? items.get(items.size() - 1).globalIndex() : null,
                    exact ? counted : properties.countLimit(), exact);
        });
    }

    /**
     * Runs {@code work} in a short read-only transaction whose statements PostgreSQL plans for their values every
     * time. The JDBC driver prepares a statement on the server after five executions, and PostgreSQL may then
     * switch to one generic plan for all values; such a plan cannot know that a cursor is deep in the log or a
     * region small, and the benchmark measured one taking seconds where the value's own plan takes milliseconds.
     */
    <T> T planned(Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            return work.get();
        });
    }

    /**
     * Hands the events the filter selects to {@code chunk}, a keyset page at a time (no transaction stays open
     * while a client downloads), newest first unless the filter says otherwise, up to the configured maximum.
     */
    public void forEachChunk(AuditLogFilter filter, Consumer<List<AuditLogEntry>> chunk) {
        String actorColumn = planned(() -> actorColumn(filter));
        int left = properties.exportMaxRows();
        Long cursor = null;
        while (left > 0) {
            Long after = cursor;
            int limit = Math.min(left, properties.exportChunk());
            List<AuditLogEntry> rows = planned(() -> rows(filter, actorColumn, after, limit));
            if (rows.isEmpty()) {
                return;
            }
            chunk.accept(rows);
            left -= rows.size();
            cursor = rows.get(rows.size() - 1).globalIndex();
        }
    }

    private List<AuditLogEntry> rows(AuditLogFilter filter, String actorColumn, Long cursor, int limit) {
        Statement page = pageStatement(filter, actorColumn, cursor, limit);
        return jdbc.sql(page.sql()).params(page.params()).query(AuditLogQueries::entry).list();
    }

    /**
     * Which column the actor filter reads: an id when any event has it, a display name otherwise. Deciding first
     * keeps each query on one index (an OR of both would have to sort every match).
     */
    String actorColumn(AuditLogFilter filter) {
        if (filter.actor() == null) {
            return null;
        }
        boolean isId = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE actor_id = ?)")
                .param(filter.actor()).query(Boolean.class).single();
        return isId ? "actor_id" : "actor_name";
    }

    int countLimit() {
        return properties.countLimit();
    }

    /** A query and its positional parameters. */
    record Statement(String sql, List<Object> params) {
    }

    Statement pageStatement(AuditLogFilter filter, String actorColumn, Long cursor, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                SELECT e.global_index, e.event_id, e.occurred_at, e.case_type, e.case_id, e.event_type, e.actor_id,
                       e.actor_name, e.actor_role, e.region_id, r.name AS region_name, e.reason, e.command_id
                FROM audit_entry e LEFT JOIN region r ON r.region_id = e.region_id
                """);
        where(sql, params, filter, actorColumn);
        if (cursor != null) {
            sql.append(filter.newest() ? " AND e.global_index < ?" : " AND e.global_index > ?");
            params.add(cursor);
        }
        sql.append(" ORDER BY e.global_index ").append(filter.newest() ? "DESC" : "ASC").append(" LIMIT ?");
        params.add(limit);
        return new Statement(sql.toString(), params);
    }

    /**
     * Counts the matches up to {@code cap}: it walks the page's own index path (same order) and stops there,
     * however many match.
     */
    Statement countStatement(AuditLogFilter filter, String actorColumn, int cap) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM (SELECT 1 FROM audit_entry e ");
        where(sql, params, filter, actorColumn);
        sql.append(" ORDER BY e.global_index ").append(filter.newest() ? "DESC" : "ASC").append(" LIMIT ?) AS capped");
        params.add(cap);
        return new Statement(sql.toString(), params);
    }

    private static void where(StringBuilder sql, List<Object> params, AuditLogFilter filter, String actorColumn) {
        sql.append("WHERE TRUE");
        if (actorColumn != null) {
            sql.append(" AND e.").append(actorColumn).append(" = ?");
            params.add(filter.actor());
        }
        if (filter.role() != null) {
            sql.append(" AND e.actor_role = ?");
            params.add(filter.role().name());
        }
        if (filter.caseType() != null) {
            sql.append(" AND e.case_type = ?");
            params.add(filter.caseType().name());
        }
        if (filter.action() != null) {
            sql.append(" AND e.event_type = ?");
            params.add(filter.action());
        }
        if (filter.regionId() != null) {
            // A literal, not a parameter: even a generic plan then knows the prefix and can use the index, which it
            // cannot for LIKE ?. AuditLogFilter admits only letters, digits, '_' and '-' here.
            sql.append(" AND e.region_id LIKE '").append(RegionScope.likePattern(filter.regionId())).append("'");
        }
        if (filter.from() != null) {
            sql.append(" AND e.occurred_at >= ?");
            params.add(utc(filter.from()));
        }
        if (filter.toBefore() != null) {
            sql.append(" AND e.occurred_at < ?");
            params.add(utc(filter.toBefore()));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AuditLogEntry entry(ResultSet row, int number) throws SQLException {
        String caseType = row.getString("case_type");
        String action = row.getString("event_type");
        String role = row.getString("actor_role");
        return new AuditLogEntry(row.getLong("global_index"), row.getString("event_id"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), caseType,
                label(caseType, AuditLogCaseType.values(), AuditLogCaseType::label), row.getString("case_id"),
                action, ACTION_LABELS.getOrDefault(action, action), row.getString("actor_id"),
                row.getString("actor_name"), role, label(role, ActorRole.values(), ActorRole::label),
                row.getString("region_id"), row.getString("region_name"), row.getString("reason"),
                row.getString("command_id"));
    }

    /** The label of a stored enum name; a name this version does not know is shown as it is. */
    private static <E extends Enum<E>> String label(String name, E[] values, Function<E, String> label) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().map(label)
                .orElse(name);
    }
}

package cn.luzhi.query.rebuild;

import cn.luzhi.query.common.ReadModelMigrations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schemas beside {@code read} that hold copies of read-model tables: a rebuild's shadow and a time-travel
 * replay's scratch space. Every method runs in the caller's transaction. Schema and table names come from this
 * code and the projections' declarations, never from a request, and are checked against a plain pattern anyway.
 */
@Component
public class ScratchSchemas {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String READ = ReadModelMigrations.SCHEMA;

    private final JdbcClient jdbc;

    ScratchSchemas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the transaction's unqualified SQL (the projections', the queries') use {@code schema}. */
    public void use(String schema) {
        jdbc.sql("SELECT set_config('search_path', ?, true)").param(identifier(schema) + ", public")
                .query().singleValue();
    }

    /**
     * Creates {@code schema} afresh with empty copies of {@code tables}: columns, defaults, checks and indexes as
     * in {@code read} ({@code LIKE ... INCLUDING ALL}), plus the foreign keys between them, which {@code LIKE}
     * does not copy but the projections rely on (a deleted case takes its unit list with it).
     */
    public void create(String schema, List<String> tables) {
        drop(schema);
        jdbc.sql("CREATE SCHEMA " + identifier(schema)).update();
        for (String table : tables) {
            jdbc.sql("CREATE TABLE " + identifier(schema) + "." + identifier(table) + " (LIKE " + READ + "."
                    + identifier(table) + " INCLUDING ALL)").update();
        }
        // With read first on the path, the definitions name the referenced tables without a schema, so that they
        // point to the copies once created with the scratch schema first on the path.
        jdbc.sql("SELECT set_config('search_path', 'read, public', true)").query().singleValue();
        List<String[]> foreignKeys = jdbc.sql("""
                        SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
                        FROM pg_constraint c
                        JOIN pg_class t ON t.oid = c.conrelid
                        JOIN pg_namespace n ON n.oid = t.relnamespace
                        WHERE c.contype = 'f' AND n.nspname = 'read' AND t.relname = ANY(?)
                        ORDER BY t.relname, c.conname""")
                .param(tables.toArray(String[]::new))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        use(schema);
        for (String[] foreignKey : foreignKeys) {
            jdbc.sql("ALTER TABLE " + identifier(foreignKey[0]) + " ADD CONSTRAINT " + identifier(foreignKey[1])
                    + " " + foreignKey[2]).update();
        }
    }

    public void drop(String schema) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + identifier(schema) + " CASCADE").update();
    }

    /**
     * Puts the copies in {@code schema} in place of the live tables, in the caller's transaction: readers see the
     * old tables until it commits and the new ones after. The old tables are dropped (the event store can always
     * build them again); the copies' indexes take the old indexes' names, so later migrations still find them.
     */
    public void swapIn(String schema, List<String> tables) {
        String retired = identifier(schema + "_old");
        drop(retired);
        jdbc.sql("CREATE SCHEMA " + retired).update();
        for (String table : tables) {
            jdbc.sql("ALTER TABLE " + READ + "." + identifier(table) + " SET SCHEMA " + retired).update();
            jdbc.sql("ALTER TABLE " + identifier(schema) + "." + identifier(table) + " SET SCHEMA " + READ).update();
        }
        for (String table : tables) {
            renameIndexes(retired, table);
        }
        drop(retired);
        drop(schema);
    }

    /** Gives each index of the new {@code read.table} the name of the retired index with the same definition. */
    private void renameIndexes(String retired, String table) {
        Map<String, String> oldNameByDefinition = new HashMap<>();
        indexes(retired, table).forEach((name, definition) -> oldNameByDefinition.put(definition, name));
        List<String[]> renames = new ArrayList<>();
        indexes(READ, table).forEach((name, definition) -> {
            String oldName = oldNameByDefinition.get(definition);
            if (oldName != null && !oldName.equals(name)) {
                renames.add(new String[] {name, oldName});
            }
        });
        // Through temporary names first: a copy's generated name may be another old index's name.
        for (int i = 0; i < renames.size(); i++) {
            jdbc.sql("ALTER INDEX " + READ + "." + identifier(renames.get(i)[0]) + " RENAME TO swap_" + i).update();
        }
        for (int i = 0; i < renames.size(); i++) {
            jdbc.sql("ALTER INDEX " + READ + ".swap_" + i + " RENAME TO " + identifier(renames.get(i)[1])).update();
        }
    }

    /** Index name to its definition with the index and table names taken out. */
    private Map<String, String> indexes(String schema, String table) {
        Map<String, String> byName = new HashMap<>();
        jdbc.sql("""
                        SELECT i.relname, pg_get_indexdef(i.oid)
                        FROM pg_index x
                        JOIN pg_class i ON i.oid = x.indexrelid
                        JOIN pg_class t ON t.oid = x.indrelid
                        JOIN pg_namespace n ON n.oid = t.relnamespace
                        WHERE n.nspname = ? AND t.relname = ?""")
                .params(schema, table)
                .query((rs, row) -> byName.put(rs.getString(1),
                        rs.getString(2).replaceFirst("INDEX \\S+ ON \\S+ ", "INDEX ON ")))
                .list();
        return byName;
    }

    public static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
        return name;
    }

    /** A schema name made of a processor's name, which may contain hyphens. */
    public static String schemaName(String prefix, String name) {
        return identifier(prefix + name.replace('-', '_'));
    }
}

package cn.luzhi.query.support;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of the given read-model tables, all columns, ordered by all columns: what two builds must share. */
public final class ReadModelSnapshot {

    private ReadModelSnapshot() {
    }

    /** Table name to its rows, each row written out as {@code column=value|column=value...}. */
    public static Map<String, List<String>> of(JdbcClient jdbc, String schema, List<String> tables) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        for (String table : tables) {
            int columns = jdbc.sql("SELECT count(*) FROM information_schema.columns "
                            + "WHERE table_schema = ? AND table_name = ?")
                    .params(schema, table).query(Integer.class).single();
            String orderBy = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString)
                    .collect(Collectors.joining(", "));
            snapshot.put(table, jdbc.sql("SELECT * FROM " + schema + "." + table + " ORDER BY " + orderBy)
                    .query((rs, row) -> {
                        ResultSetMetaData meta = rs.getMetaData();
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            values.add(meta.getColumnName(i) + "=" + rs.getString(i));
                        }
                        return String.join("|", values);
                    }).list());
        }
        return snapshot;
    }

    /** Every index and constraint name of the tables, with its table: a rebuild must keep them. */
    public static List<String> indexesAndConstraints(JdbcClient jdbc, String schema, List<String> tables) {
        return jdbc.sql("""
                        SELECT t.relname || ':' || c.conname || ':' || pg_get_constraintdef(c.oid)
                        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                        JOIN pg_namespace n ON n.oid = t.relnamespace
                        WHERE n.nspname = :schema AND t.relname IN (:tables)
                        UNION ALL
                        SELECT t.relname || ':' || i.relname
                        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                        JOIN pg_namespace n ON n.oid = t.relnamespace
                        WHERE n.nspname = :schema AND t.relname IN (:tables)
                        ORDER BY 1""")
                .param("schema", schema).param("tables", tables).query(String.class).list();
    }
}

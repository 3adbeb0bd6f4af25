package cn.luzhi.query.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.support.AxonTables;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests' event store tables, made by Axon's PostgreSQL table factories, have the column types of the command
 * side's Flyway migration (V1__event_store.sql) wherever the query side reads them.
 */
class AxonTablesTest {

    private static JdbcClient jdbc;

    @BeforeAll
    static void createTables() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.url());
        dataSource.setUser(TestDatabase.username());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP TABLE IF EXISTS domain_event_entry, snapshot_event_entry, token_entry").update();
        AxonTables.create(dataSource);
    }

    @Test
    void shouldStorePayloadsAndTokensAsByteaLikeTheCommandSide() {
        assertThat(type("domain_event_entry", "payload")).isEqualTo("bytea");
        assertThat(type("domain_event_entry", "meta_data")).isEqualTo("bytea");
        assertThat(type("token_entry", "token")).isEqualTo("bytea");
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND data_type = 'oid'").query(Long.class).single()).isZero();
    }

    @Test
    void shouldNumberEventsFromTheirOwnSequenceWithIncrementOne() {
        assertThat(type("domain_event_entry", "global_index")).isEqualTo("bigint");
        assertThat(jdbc.sql("""
                        SELECT column_default FROM information_schema.columns
                         WHERE table_name = 'domain_event_entry' AND column_name = 'global_index'""")
                .query(String.class).single()).startsWith("nextval(");
        assertThat(jdbc.sql("""
                        SELECT s.increment FROM information_schema.sequences s
                         WHERE s.sequence_name = pg_get_serial_sequence('domain_event_entry', 'global_index')
                                                 ::regclass::text""")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldHaveTheColumnsTheCommandSideWrites() {
        assertThat(columns("domain_event_entry")).containsExactlyInAnyOrder("global_index", "aggregate_identifier",
                "sequence_number", "type", "event_identifier", "meta_data", "payload", "payload_revision",
                "payload_type", "time_stamp");
        assertThat(columns("token_entry")).containsExactlyInAnyOrder("processor_name", "segment", "token",
                "token_type", "time_stamp", "owner");
        assertThat(type("domain_event_entry", "time_stamp")).isEqualTo("character varying");
    }

    private static String type(String table, String column) {
        return jdbc.sql("""
                        SELECT data_type FROM information_schema.columns
                         WHERE table_schema = 'public' AND table_name = ? AND column_name = ?""")
                .params(table, column).query(String.class).single();
    }

    private static List<String> columns(String table) {
        return jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                         WHERE table_schema = 'public' AND table_name = ?""")
                .param(table).query(String.class).list();
    }
}

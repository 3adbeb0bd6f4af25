package cn.luzhi.query.support;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.QuerySideApplication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the query side's integration tests: the whole application over real PostgreSQL on a random port, with
 * the event store and accounts tables the command side would have created, and the cockpit's "today" fixed at
 * {@link #NOW}.
 * <p>
 * Every integration test shares this one application context, so a subclass sets no properties of its own: a
 * second context in the same JVM would run a second set of processors, and whichever claimed a segment first
 * would apply its events, not necessarily this context's, so a test could not wait for its own processors. The
 * audit log's small limits are AuditLogIT's, the case list exports' CaseListSearchIT's.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=query-side", QuerySideApplication.NO_COMMAND_SIDE_FLYWAY,
                "luzhi.audit-log.count-limit=8", "luzhi.audit-log.export-chunk=2",
                "luzhi.audit-log.export-max-rows=7", "luzhi.case-lists.export-max-rows=6",
                "luzhi.case-lists.export-chunk=2"})
@Import(QuerySideIntegrationTest.FixedClock.class)
public abstract class QuerySideIntegrationTest {

    /** 10:00 on 22 November 2026 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    private static boolean tablesCreated;

    @LocalServerPort
    protected int port;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        createCommandSideTables();
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized void createCommandSideTables() {
        if (!tablesCreated) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(TestDatabase.url());
            dataSource.setUser(TestDatabase.username());
            AxonTables.create(dataSource);
            StaffAccounts.create(dataSource);
            // The shared HTTP sessions' tables, which the command side's Flyway creates in a deployment.
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/session/jdbc/schema-postgresql.sql"))
                    .execute(dataSource);
            tablesCreated = true;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedCockpitClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}

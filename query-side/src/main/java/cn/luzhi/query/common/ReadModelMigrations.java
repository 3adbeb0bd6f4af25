package cn.luzhi.query.common;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' own Flyway: scripts in {@code db/migration/query}, tables in schema {@code read}, history in
 * {@code read.flyway_history_query}, migrated at start-up before JPA validates its entities against them.
 * <p>
 * Spring Boot's auto-configured Flyway belongs to the command side (the event store). Both beans here are
 * declared as non-default candidates, which Boot's {@code @ConditionalOnMissingBean} ignores: in the all-in-one
 * application the command side's Flyway is still created, and each keeps its own history table.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelMigrations {

    public static final String SCHEMA = "read";
    static final String INITIALIZER = "readModelFlywayInitializer";

    /** The one definition of the read-model migrations, used by the application and by the projection tests. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/query")
                .schemas(SCHEMA)
                .table("flyway_history_query")
                .load();
    }

    @Bean(defaultCandidate = false)
    Flyway readModelFlyway(DataSource dataSource) {
        return flyway(dataSource);
    }

    @Bean(name = INITIALIZER, defaultCandidate = false)
    FlywayMigrationInitializer readModelFlywayInitializer(@Qualifier("readModelFlyway") Flyway readModelFlyway) {
        return new FlywayMigrationInitializer(readModelFlyway);
    }

    /** Hibernate validates the read-model tables, so they must exist before the entity manager factory starts. */
    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterReadModelMigrations() {
        return new EntityManagerFactoryDependsOnPostProcessor(INITIALIZER);
    }
}

package cn.luzhi.query.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** How the query side is put together: what makes tokens and read models commit as one. */
class QuerySideWiringIT extends QuerySideIntegrationTest {

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    EventStorageEngine eventStorageEngine;
    @Autowired
    TokenStore tokenStore;

    @Test
    void shouldRunProcessorsInTheJpaTransactionOfTheReadModels() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void shouldRunOnePooledProcessorWithTwoSegmentsPerReadModel() {
        assertThat(processing.eventProcessors().keySet()).containsExactlyInAnyOrder("petitions", "suggestions",
                "mediation-cases", "reference-data", "deputy-activity", "ballots", "supervision", "audit-log", "receptions",
                "legislative-drafts");
        assertThat(processing.eventProcessors().values()).allSatisfy(
                processor -> assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class));
        List<Integer> segments = jdbc.sql("SELECT count(*) FROM token_entry GROUP BY processor_name")
                .query(Integer.class).list();
        assertThat(segments).hasSize(10).containsOnly(2);
    }

    @Test
    void shouldMigrateOnlyTheReadModelsWithTheirOwnHistoryTable() {
        assertThat(jdbc.sql("SELECT count(*) FROM read.flyway_history_query WHERE success").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("SELECT to_regclass('public.flyway_schema_history') IS NULL").query(Boolean.class)
                .single()).isTrue();
    }
}

package cn.luzhi.command.eventstore;

import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.store.EventStoreSchema;
import cn.luzhi.events.store.JdbcEventStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's JDBC storage engine on PostgreSQL, with the shared table layout and JSON format.
 * <p>
 * JDBC rather than JPA: the tables are exactly what the Flyway migration says (bytea, never large objects)
 * with no ORM mapping in between. The beans are declared here rather than left to Axon's auto-configuration
 * because Axon 4.13 orders that configuration after Spring Boot 3's class names: on Boot 4 it can run before
 * the DataSource and the transaction manager exist and silently fall back to no transactions at all.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** Joins the Spring transaction of the unit of work, so events, tokens and command log commit together. */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }


    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon) {
        return JdbcEventStore.storageEngine(connectionProvider, transactionManager, serializer, eventSerializer,
                axon.upcasterChain(), axon.snapshotFilter());
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcEventStore.tokenStore(connectionProvider, serializer);
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(EventStoreSchema.sagas()))
                .build();
    }

    /** Axon's serializer picks the mapper by this bean name. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return EventJson.newObjectMapper();
    }

    /** Named in every aggregate's {@code @Aggregate}: loading a long-lived case stays fast. */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }
}

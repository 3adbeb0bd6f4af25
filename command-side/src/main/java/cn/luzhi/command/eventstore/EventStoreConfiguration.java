package cn.luzhi.command.eventstore;

import cn.luzhi.command.audit.ChainLinker;
import cn.luzhi.command.audit.ChainingEventStorageEngine;
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
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
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


    /**
     * Links every appended event into the tamper-evidence chain in the appending transaction. Built only once the
     * chain has begun on this database (its genesis), so no event is ever appended unlinked.
     */
    @Bean
    @DependsOn("chainGenesis")
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ChainLinker chainLinker) {
        return new ChainingEventStorageEngine(JdbcEventStore.builder(connectionProvider, transactionManager,
                serializer, eventSerializer, axon.upcasterChain(), axon.snapshotFilter()), transactionManager,
                chainLinker);
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

    /** Static: it adjusts the aggregates' bean definitions before any bean is built. */
    @Bean
    static BeanFactoryPostProcessor aggregateTypeFilter() {
        return new AggregateTypeFilter();
    }

    /** Named in every aggregate's {@code @Aggregate}: loading a long-lived case stays fast. */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }
}

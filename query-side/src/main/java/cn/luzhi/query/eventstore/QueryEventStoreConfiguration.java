package cn.luzhi.query.eventstore;

import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.store.EventStoreSchema;
import cn.luzhi.events.store.JdbcEventStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The query side's access to the event store: Axon's JDBC storage engine and token store on the tables of
 * {@link EventStoreSchema}, read with the JSON mapper of {@link EventJson}, exactly as the command side writes
 * them. The all-in-one application leaves this class out, because the command side's event store configuration
 * declares the same beans under the same names.
 * <p>
 * The transaction manager wraps Spring's {@link PlatformTransactionManager}, which on the query side is the JPA
 * one: a projection's batch of read-model rows and the processor's token (written over JDBC, on the connection
 * the JPA transaction holds) commit in one transaction, so a crash can neither lose nor repeat an update.
 */
@Configuration(proxyBeanMethods = false)
public class QueryEventStoreConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** Joins the Spring transaction of the unit of work, so tokens and read models commit together. */
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

    /** Axon's serializer picks the mapper by this bean name. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return EventJson.newObjectMapper();
    }
}

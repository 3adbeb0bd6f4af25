package cn.luzhi.query.support;

import cn.luzhi.events.store.EventStoreSchema;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event store and token store tables for the query side's own tests. In production the command side's
 * Flyway creates them; the query side may not depend on that module, so its tests let Axon create the same
 * tables (names from {@link EventStoreSchema}) with its PostgreSQL table factories.
 */
public final class AxonTables {

    private AxonTables() {
    }

    public static void create(DataSource dataSource) {
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        Serializer serializer = JacksonSerializer.defaultSerializer();
        JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .schema(EventStoreSchema.events())
                .build()
                .createSchema(PostgresEventTableFactory.INSTANCE);
        JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(EventStoreSchema.tokens())
                .build()
                .createSchema(PostgresTokenTableFactory.INSTANCE);
    }
}

package cn.luzhi.events.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * The event store and token store both sides build over the same tables: Axon's JDBC engine with the table
 * layout of {@link EventStoreSchema}, unique violations reported as concurrency conflicts. Plain Axon objects;
 * each side's Spring configuration only hands in its connections, transactions and serializers.
 */
public final class JdbcEventStore {

    private JdbcEventStore() {
    }

    public static EventStorageEngine storageEngine(ConnectionProvider connections, TransactionManager transactions,
                                                   Serializer snapshotSerializer, Serializer eventSerializer,
                                                   EventUpcaster upcasters, SnapshotFilter snapshotFilter) {
        return builder(connections, transactions, snapshotSerializer, eventSerializer, upcasters, snapshotFilter)
                .build();
    }

    /** The engine's builder, for a side that extends the engine (the command side links every appended event). */
    public static JdbcEventStorageEngine.Builder builder(ConnectionProvider connections,
                                                         TransactionManager transactions,
                                                         Serializer snapshotSerializer, Serializer eventSerializer,
                                                         EventUpcaster upcasters, SnapshotFilter snapshotFilter) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .persistenceExceptionResolver(new UniqueViolationResolver())
                .snapshotSerializer(snapshotSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(upcasters)
                .snapshotFilter(snapshotFilter)
                .schema(EventStoreSchema.events());
    }

    public static TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(EventStoreSchema.tokens())
                .build();
    }
}

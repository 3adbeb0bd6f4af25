package cn.luzhi.events.store;

import java.lang.management.ManagementFactory;
import java.util.UUID;
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
 * layout of {@link EventStoreSchema}, unique violations reported as concurrency conflicts, reading only settled
 * events ({@link SettledEventStorageEngine}). Plain Axon objects;
 * each side's Spring configuration only hands in its connections, transactions and serializers.
 */
public final class JdbcEventStore {

    private JdbcEventStore() {
    }

    public static EventStorageEngine storageEngine(ConnectionProvider connections, TransactionManager transactions,
                                                   Serializer snapshotSerializer, Serializer eventSerializer,
                                                   EventUpcaster upcasters, SnapshotFilter snapshotFilter) {
        return new SettledEventStorageEngine(
                builder(connections, transactions, snapshotSerializer, eventSerializer, upcasters, snapshotFilter),
                transactions);
    }

    /** The engine's builder, for a side that extends {@link SettledEventStorageEngine} (the command side links every appended event). */
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

    /**
     * The token store of one application context, whose processors claim segments under a name of their own.
     * Axon's default name, the process's (pid@host), is the same for two nodes in one JVM and can be for two
     * containers whose process ids and host names agree; such nodes would both believe they hold a segment and
     * apply its events side by side, losing updates. A node that stops cleanly releases its claims; one that
     * crashed leaves them to time out before another node takes the segments over.
     */
    public static TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(EventStoreSchema.tokens())
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }
}

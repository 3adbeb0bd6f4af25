package cn.luzhi.command.audit;

import cn.luzhi.events.store.SettledEventStorageEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine.Builder;
import org.axonframework.serialization.Serializer;

/**
 * The event store's engine ({@link SettledEventStorageEngine}) that also links every event it appends into the
 * tamper-evidence chain, in the same transaction (the unit of work's): a stored event without its link can never
 * commit.
 */
public class ChainingEventStorageEngine extends SettledEventStorageEngine {

    private final ChainLinker linker;

    public ChainingEventStorageEngine(Builder builder, TransactionManager transactions, ChainLinker linker) {
        super(builder, transactions);
        this.linker = linker;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        if (events.isEmpty()) {
            return;
        }
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        transactions().executeInTransaction(() -> {
            Connection connection = getConnection();
            try {
                linker.link(connection, ids);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot link the events just stored into the chain", e);
            } finally {
                JdbcUtils.closeQuietly(connection);
            }
        });
    }
}

package cn.luzhi.events.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC engine that hands streaming processors only settled events ({@link SettledHorizon}), in global-index
 * order, each under its own index.
 * <p>
 * Axon's engine reads past transactions that have not committed yet and remembers the missing indexes as gaps in
 * the token, for a time judged by event timestamps; an event committed after that is skipped for ever, and one
 * that fills a gap is delivered with the token's highest index instead of its own. This engine reads no further
 * than the settled horizon, below which no event can appear any more. So a gap below an event just read is final,
 * tokens carry no gaps at all, and a token's position is always the global index of the event it came with.
 * Every appending transaction announces itself first, which is what makes the horizon exact; appending through
 * this engine is therefore the only way events may enter the store (the tamper-evidence chain demands it anyway).
 */
public class SettledEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactions;
    private final SettledHorizon horizon;

    public SettledEventStorageEngine(Builder builder, TransactionManager transactions) {
        super(builder.transactionManager(transactions));
        this.transactions = transactions;
        this.horizon = new SettledHorizon(schema().domainEventTable() + "_" + schema().globalIndexColumn() + "_seq");
    }

    protected TransactionManager transactions() {
        return transactions;
    }

    /** Announces the transaction before the insert draws its indexes, in the same transaction. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            Connection connection = getConnection();
            try {
                SettledHorizon.announceAppend(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot announce an append to the event store", e);
            } finally {
                JdbcUtils.closeQuietly(connection);
            }
            super.appendEvents(events, serializer);
        });
    }

    @Override
    protected PreparedStatement readEventData(Connection connection, TrackingToken lastToken, int batchSize)
            throws SQLException {
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        long after = previous == null ? -1 : previous.getIndex();
        long upTo = Math.min(after + batchSize, horizon.settledIndex(connection));
        // Gaps only ever come from tokens written before this engine; those below the horizon are read once more.
        List<Long> gaps = previous == null ? List.of()
                : previous.getGaps().headSet(upTo + 1).stream().toList();
        String sql = "SELECT " + trackedEventFields() + " FROM " + schema().domainEventTable()
                + " WHERE (" + schema().globalIndexColumn() + " > ? AND " + schema().globalIndexColumn() + " <= ?)"
                + (gaps.isEmpty() ? "" : " OR " + schema().globalIndexColumn() + " = ANY (?)")
                + " ORDER BY " + schema().globalIndexColumn();
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, after);
        statement.setLong(2, upTo);
        if (!gaps.isEmpty()) {
            statement.setArray(3, connection.createArrayOf("bigint", gaps.toArray()));
        }
        return statement;
    }

    /** The next event after an empty batch window, for Axon's check for wide holes, also no further than settled. */
    @Override
    protected PreparedStatement fetchTrackedEvents(Connection connection, long index) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT min(" + schema().globalIndexColumn()
                + ") FROM " + schema().domainEventTable() + " WHERE " + schema().globalIndexColumn() + " > ? AND "
                + schema().globalIndexColumn() + " <= ?");
        statement.setLong(1, index);
        statement.setLong(2, horizon.settledIndex(connection));
        return statement;
    }

    /** A processor starting at the head starts at the settled head, so it cannot pass an event still in flight. */
    @Override
    protected PreparedStatement createHeadToken(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT max(" + schema().globalIndexColumn()
                + ") FROM " + schema().domainEventTable() + " WHERE " + schema().globalIndexColumn() + " <= ?");
        statement.setLong(1, horizon.settledIndex(connection));
        return statement;
    }

    /**
     * The token after an event: its own index, and no gap below it, because nothing below the settled horizon can
     * still appear. Axon's timestamp-based gap keeping is thereby never used.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> event = super.getTrackedEventData(resultSet, previousToken);
        long index = resultSet.getLong(schema().globalIndexColumn());
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(index, Collections.emptySortedSet())
                : previousToken.advanceTo(index, 0);
        return new TrackedDomainEventData(token, (DomainEventData) event);
    }
}

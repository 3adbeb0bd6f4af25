package cn.luzhi.command.audit;

import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes the chain links of events just stored, on the connection (and so in the transaction) that stored them:
 * an event and its link commit together or not at all. Reads the rows back rather than using the event objects,
 * so that the link covers the bytes as stored.
 */
public class ChainLinker {

    private static final String READ_BACK = "SELECT " + StoredEvent.COLUMNS
            + " FROM domain_event_entry e WHERE e.event_identifier = ANY (?)"
            + " ORDER BY e.aggregate_identifier, e.sequence_number";
    private static final String PREVIOUS_LINK =
            "SELECT link FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = ?";
    static final String INSERT_LINK = "INSERT INTO event_chain "
            + "(event_identifier, global_index, aggregate_identifier, sequence_number, link) VALUES (?, ?, ?, ?, ?)";

    private final AuditKeys keys;

    public ChainLinker(AuditKeys keys) {
        this.keys = keys;
    }

    /** Links the events with these ids, which this transaction has just stored. */
    public void link(Connection connection, Collection<String> eventIds) throws SQLException {
        List<StoredEvent> stored = new ArrayList<>(eventIds.size());
        Array ids = connection.createArrayOf("varchar", eventIds.toArray());
        try (PreparedStatement read = connection.prepareStatement(READ_BACK)) {
            read.setArray(1, ids);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    stored.add(StoredEvent.read(rows, 1));
                }
            }
        } finally {
            ids.free();
        }
        EventChain.Linker linker = EventChain.linker(keys.chainKey());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
            StoredEvent previous = null;
            byte[] previousLink = null;
            for (StoredEvent event : stored) {
                byte[] before = event.sequenceNumber() == 0 ? EventChain.ZERO_LINK
                        : previous != null && previous.aggregateIdentifier().equals(event.aggregateIdentifier())
                        && previous.sequenceNumber() == event.sequenceNumber() - 1
                        ? previousLink : storedLink(connection, event);
                previousLink = linker.link(before, event);
                previous = event;
                addLink(insert, event, previousLink);
            }
            insert.executeBatch();
        }
    }

    static void addLink(PreparedStatement insert, StoredEvent event, byte[] link) throws SQLException {
        insert.setString(1, event.eventIdentifier());
        insert.setLong(2, event.globalIndex());
        insert.setString(3, event.aggregateIdentifier());
        insert.setLong(4, event.sequenceNumber());
        insert.setBytes(5, link);
        insert.addBatch();
    }

    /**
     * The link of the event before {@code event} in its aggregate. Its absence means that event was stored without
     * a link after the chain began (by hand, or by a node without the chain): appending to it would vouch for it,
     * so the append fails instead.
     */
    private static byte[] storedLink(Connection connection, StoredEvent event) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PREVIOUS_LINK)) {
            select.setString(1, event.aggregateIdentifier());
            select.setLong(2, event.sequenceNumber() - 1);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getBytes(1);
                }
            }
        }
        throw new IllegalStateException("Event " + event.eventIdentifier() + " follows event "
                + (event.sequenceNumber() - 1) + " of " + event.aggregateIdentifier()
                + ", which has no chain link: refusing to extend an unverified chain");
    }
}

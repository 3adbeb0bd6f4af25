package cn.luzhi.events.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code domain_event_entry} exactly as stored: the bytes an event's chain link is computed from.
 * The link covers the stored bytes rather than the event object, so that what an auditor reads with psql is
 * what the chain vouches for.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The columns {@link #read} expects, for {@code SELECT ... FROM domain_event_entry e}. */
    public static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    /** Reads the row at the cursor; the first column is the one at {@code first} (1-based). */
    public static StoredEvent read(ResultSet row, int first) throws SQLException {
        return new StoredEvent(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                row.getLong(first + 3), row.getString(first + 4), row.getString(first + 5), row.getString(first + 6),
                row.getString(first + 7), row.getBytes(first + 8), row.getBytes(first + 9));
    }
}

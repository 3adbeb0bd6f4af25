package cn.luzhi.query.audit;

import cn.luzhi.events.store.ChainCheckpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The signed checkpoints as the command side recorded them in {@code event_chain_checkpoint}. */
class CheckpointRecords {

    private static final String COLUMNS = "number, taken_at, up_to_global_index, event_count, digest, "
            + "previous_digest, signature, public_key, taken_by";

    private final DataSource dataSource;

    CheckpointRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A checkpoint with who or what took it. */
    record Recorded(ChainCheckpoint checkpoint, String takenBy) {
    }

    List<ChainCheckpoint> all(Connection connection) throws SQLException {
        List<ChainCheckpoint> all = new ArrayList<>();
        for (Recorded recorded : query(connection, "SELECT " + COLUMNS
                + " FROM event_chain_checkpoint ORDER BY number", null)) {
            all.add(recorded.checkpoint());
        }
        return all;
    }

    /** The newest first, at most {@code limit}. */
    List<Recorded> newest(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, "SELECT " + COLUMNS + " FROM event_chain_checkpoint ORDER BY number DESC LIMIT "
                    + limit, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the checkpoints", e);
        }
    }

    Optional<Recorded> one(long number) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, "SELECT " + COLUMNS + " FROM event_chain_checkpoint WHERE number = ?", number)
                    .stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the checkpoints", e);
        }
    }

    private static List<Recorded> query(Connection connection, String sql, Long number) throws SQLException {
        List<Recorded> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (number != null) {
                select.setLong(1, number);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Recorded(new ChainCheckpoint(row.getLong(1),
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getLong(3), row.getLong(4),
                            row.getBytes(5), row.getBytes(6), row.getBytes(7), row.getString(8)), row.getString(9)));
                }
            }
        }
        return found;
    }
}

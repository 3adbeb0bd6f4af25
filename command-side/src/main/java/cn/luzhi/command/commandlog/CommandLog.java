package cn.luzhi.command.commandlog;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code command_log} table: the first result of every accepted command, by command id. */
@Repository
public class CommandLog {

    private final JdbcClient jdbc;

    CommandLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A command accepted earlier under this id. */
    public record Entry(String commandType, String payloadSha256, String aggregateId, Long version) {
    }

    public Optional<Entry> find(String commandId) {
        return jdbc.sql("""
                        SELECT command_type, payload_sha256, aggregate_id, version
                          FROM command_log WHERE command_id = ?""")
                .param(commandId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4)))
                .optional();
    }

    /** Fails with a duplicate key when the id was taken meanwhile, which rolls the whole command back. */
    void record(String commandId, Entry entry, String actorId) {
        jdbc.sql("""
                        INSERT INTO command_log (command_id, command_type, payload_sha256, aggregate_id, version, actor_id)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(commandId, entry.commandType(), entry.payloadSha256(), entry.aggregateId(), entry.version(),
                        actorId)
                .update();
    }
}

package cn.luzhi.query.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The streaming processors' tokens as the shared token store ({@code token_entry}) holds them, read and written
 * with the token store's own serializer, without claiming anything: an admin view must not steal a segment from
 * the node working on it.
 */
@Component
public class ProcessorTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * One segment's token.
     *
     * @param segment the segment id
     * @param index   the highest global index it reached, -1 before any
     * @param gaps    indexes below {@code index} it has not seen yet (an uncommitted transaction it waits for)
     * @param owner   the node holding the claim, or null
     */
    public record SegmentToken(int segment, long index, SortedSet<Long> gaps, String owner) {
    }

    public List<SegmentToken> of(String processor) {
        return jdbc.sql("SELECT segment, token, token_type, owner FROM token_entry WHERE processor_name = ? "
                        + "ORDER BY segment")
                .param(processor)
                .query((rs, row) -> segment(rs.getInt(1), rs.getBytes(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The highest global index in the event store, or -1 when it is empty. */
    public long head() {
        return jdbc.sql("SELECT COALESCE(max(global_index), -1) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * Sets every segment of {@code processor} to {@code position} and releases its claims, in the caller's
     * transaction. A node still holding a claim finds it gone at its next store or heartbeat, gives the segment
     * up and reads the new token when it claims the segment again.
     */
    public int moveTo(String processor, TrackingToken position) {
        SerializedObject<byte[]> token = serializer.serialize(position, byte[].class);
        return jdbc.sql("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL, time_stamp = ? "
                        + "WHERE processor_name = ?")
                .params(token.getData(), token.getType().getName(), Instant.now().toString(), processor)
                .update();
    }

    /** Locks the processor's token rows until the caller's transaction ends; returns how many segments it has. */
    public int lock(String processor) {
        return jdbc.sql("SELECT segment FROM token_entry WHERE processor_name = ? FOR UPDATE")
                .param(processor).query(Integer.class).list().size();
    }

    private SegmentToken segment(int segment, byte[] data, String type, String owner) {
        if (data == null || type == null) {
            return new SegmentToken(segment, -1, new TreeSet<>(), owner);
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
        GapAwareTrackingToken gapAware = token == null ? null
                : token instanceof GapAwareTrackingToken plain ? plain
                : WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
        if (gapAware == null) {
            return new SegmentToken(segment, token == null ? -1 : token.position().orElse(-1), new TreeSet<>(),
                    owner);
        }
        return new SegmentToken(segment, gapAware.getIndex(), new TreeSet<>(gapAware.getGaps()), owner);
    }
}

package cn.luzhi.query.common;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import java.time.Instant;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * What a projection needs to know about the event it applies besides the payload: its global index in the event
 * store (the position of its tracking token), when it happened, whether it is being replayed, and who acted.
 *
 * @param globalIndex the event's global index; a row that already holds this index or a greater one ignores it
 * @param at          the event's timestamp
 * @param replay      whether a reset processor is replaying it (nothing must then reach users live)
 * @param actorRole   the acting user's role, or null when the metadata has none
 * @param actorName   the acting user's display name, or null when the metadata has none
 */
public record EventContext(long globalIndex, Instant at, boolean replay, ActorRole actorRole, String actorName) {

    public static EventContext of(TrackedEventMessage<?> message) {
        long index = message.trackingToken().position()
                .orElseThrow(() -> new IllegalStateException("Event " + message.getIdentifier()
                        + " has a tracking token without a position: " + message.trackingToken()));
        Object name = message.getMetaData().get(MetadataKeys.ACTOR_NAME);
        return new EventContext(index, message.getTimestamp(), ReplayToken.isReplay(message),
                role(message.getMetaData().get(MetadataKeys.ACTOR_ROLE)), name == null ? null : name.toString());
    }

    /** A role this version does not know must not stop a projection: the event is applied without it. */
    private static ActorRole role(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return ActorRole.valueOf(value.toString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether a row that last applied {@code lastGlobalIndex} has yet to apply this event. */
    public boolean isNewerThan(long lastGlobalIndex) {
        return globalIndex > lastGlobalIndex;
    }
}

package cn.luzhi.query.common;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import java.time.Instant;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * What a projection needs to know about the event it applies besides the payload: its global index in the event
 * store, when it happened, whether it is being replayed, and who acted.
 * <p>
 * The global index is the position of the event's tracking token. That is the event's own index only because the
 * event store hands out settled events in index order with tokens that carry no gaps
 * ({@code SettledEventStorageEngine}); a token with gaps (Axon's own engine, or one stored before that engine) is
 * positioned at the highest index seen, which need not be this event's, so it is refused rather than recorded.
 *
 * @param globalIndex the event's own global index; a row that already holds this index or a greater one ignores it
 * @param at          the event's timestamp
 * @param replay      whether a reset processor is replaying it (nothing must then reach users live)
 * @param actorRole   the acting user's role, or null when the metadata has none
 * @param actorName   the acting user's display name, or null when the metadata has none
 */
public record EventContext(long globalIndex, Instant at, boolean replay, ActorRole actorRole, String actorName) {

    public static EventContext of(TrackedEventMessage<?> message) {
        TrackingToken token = message.trackingToken();
        if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware
                && !gapAware.getGaps().isEmpty()) {
            throw new IllegalStateException("Event " + message.getIdentifier() + " comes with a token that has gaps,"
                    + " so its position need not be the event's own index: " + token);
        }
        long index = token.position()
                .orElseThrow(() -> new IllegalStateException("Event " + message.getIdentifier()
                        + " has a tracking token without a position: " + token));
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

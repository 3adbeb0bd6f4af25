package cn.luzhi.query.support;

import cn.luzhi.events.common.MetadataKeys;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;

/** Events as a streaming processor hands them to a projection: tracked, at a global index, with metadata. */
public final class Events {

    private Events() {
    }

    /** {@code payload} as the event at {@code globalIndex}, happened at {@code at}, done by a clerk 王芳. */
    public static TrackedEventMessage<?> tracked(long globalIndex, Instant at, Object payload) {
        MetaData metaData = MetaData.from(Map.of(MetadataKeys.ACTOR_ROLE, "CLERK", MetadataKeys.ACTOR_NAME, "王芳"));
        GenericDomainEventMessage<Object> event = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(),
                "aggregate-" + globalIndex, 0, payload, metaData, "event-" + globalIndex, at);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(globalIndex), event);
    }

    /** The same event as a reset processor replays it. */
    public static TrackedEventMessage<?> replayed(long globalIndex, Instant at, Object payload) {
        TrackedEventMessage<?> live = tracked(globalIndex, at, payload);
        return live.withTrackingToken(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(globalIndex + 100),
                new GlobalSequenceTrackingToken(globalIndex)));
    }
}

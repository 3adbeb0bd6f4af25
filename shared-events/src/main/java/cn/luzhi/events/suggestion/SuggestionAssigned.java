package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The suggestion was assigned to a lead unit and co-units. The reply is due at {@code replyDueAt}; extensions
 * may move it up to {@code latestReplyDueAt} and no further.
 */
@Revision("1")
public record SuggestionAssigned(
        SuggestionId suggestionId,
        HandlingUnitId leadUnitId,
        List<HandlingUnitId> coUnitIds,
        Instant replyDueAt,
        Instant latestReplyDueAt,
        String comment) {
}

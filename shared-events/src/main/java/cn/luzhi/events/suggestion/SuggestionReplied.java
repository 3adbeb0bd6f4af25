package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/**
 * The lead unit replied in handling round {@code round} (2 after re-handling) and classified the result;
 * {@code onTime} tells whether the reply came by the deadline, for the published on-time reply rate.
 */
@Revision("1")
public record SuggestionReplied(
        SuggestionId suggestionId,
        HandlingUnitId unitId,
        HandlingResult result,
        String reply,
        int round,
        boolean onTime) {
}

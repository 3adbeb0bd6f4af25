package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The reply deadline passed without the lead unit's reply; raised by the system, not by a person. */
@Revision("1")
public record SuggestionOverdue(SuggestionId suggestionId, Instant replyDueAt, HandlingUnitId leadUnitId) {
}

package cn.luzhi.events.suggestion;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The reply deadline was moved from {@code previousDueAt} to {@code replyDueAt}. */
@Revision("1")
public record SuggestionDeadlineExtended(SuggestionId suggestionId, Instant previousDueAt, Instant replyDueAt,
                                         String reason) {
}

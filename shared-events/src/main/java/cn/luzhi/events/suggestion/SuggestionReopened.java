package cn.luzhi.events.suggestion;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The lead deputy was unsatisfied: the units handle the suggestion again in {@code round}, with a new reply
 * deadline that extensions may move up to {@code latestReplyDueAt}.
 */
@Revision("1")
public record SuggestionReopened(SuggestionId suggestionId, int round, Instant replyDueAt, Instant latestReplyDueAt) {
}

package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** A B-class suggestion was looked at again (回头看) in {@code year}, with the progress found. */
@Revision("1")
public record SuggestionFollowedUp(SuggestionId suggestionId, int year, String progress) {
}

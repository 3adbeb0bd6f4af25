package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The draft was submitted for review, during a session or in recess, signed by {@code deputyCount} deputies. */
@Revision("1")
public record SuggestionSubmitted(SuggestionId suggestionId, SessionPeriod sessionPeriod, int deputyCount) {
}

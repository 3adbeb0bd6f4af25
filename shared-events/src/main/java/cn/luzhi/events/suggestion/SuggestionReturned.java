package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The committee returned the submission to the lead deputy with an explanation. */
@Revision("1")
public record SuggestionReturned(SuggestionId suggestionId, String reason) {
}

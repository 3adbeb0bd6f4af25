package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The committee accepted (立案) the suggestion, or placed the bill on the agenda. */
@Revision("1")
public record SuggestionAccepted(SuggestionId suggestionId, String comment) {
}

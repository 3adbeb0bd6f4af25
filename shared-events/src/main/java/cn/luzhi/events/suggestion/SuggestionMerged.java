package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The submission was merged into another suggestion and is handled there. */
@Revision("1")
public record SuggestionMerged(SuggestionId suggestionId, SuggestionId intoSuggestionId, String reason) {
}

package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The bill was not placed on the agenda: it is now a suggestion, accepted and waiting to be assigned. */
@Revision("1")
public record BillHandledAsSuggestion(SuggestionId suggestionId, String reason) {
}

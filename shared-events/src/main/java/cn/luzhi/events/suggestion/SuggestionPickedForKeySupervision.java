package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** A leader, named here as officials' names are public, took the suggestion under personal supervision. */
@Revision("1")
public record SuggestionPickedForKeySupervision(SuggestionId suggestionId, String leaderName, String leaderPosition,
                                                String comment) {
}

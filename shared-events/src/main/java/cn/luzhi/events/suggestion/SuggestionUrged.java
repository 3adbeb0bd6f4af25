package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** Urged while in {@code status}, so a supervisor sees which step was slow. */
@Revision("1")
public record SuggestionUrged(SuggestionId suggestionId, SuggestionStatus status, String comment) {
}

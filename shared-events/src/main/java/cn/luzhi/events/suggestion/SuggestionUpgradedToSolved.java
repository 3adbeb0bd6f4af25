package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/** The follow-up of {@code year} found the B-class matter solved: the suggestion now counts as A. */
@Revision("1")
public record SuggestionUpgradedToSolved(SuggestionId suggestionId, int year) {
}

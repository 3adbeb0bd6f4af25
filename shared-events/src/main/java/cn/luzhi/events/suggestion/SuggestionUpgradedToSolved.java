package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/**
 * The follow-up of {@code year} found the B-class matter solved: the suggestion counts as solved in that year
 * (推动解决往年的B类建议). The class the unit replied with stays B: a published year's shares do not change.
 */
@Revision("1")
public record SuggestionUpgradedToSolved(SuggestionId suggestionId, int year) {
}

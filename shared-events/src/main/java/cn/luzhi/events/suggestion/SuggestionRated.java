package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Satisfaction;
import org.axonframework.serialization.Revision;

/** The lead deputy rated the reply of handling round {@code round}. */
@Revision("1")
public record SuggestionRated(SuggestionId suggestionId, Satisfaction satisfaction, int round, String comment) {
}

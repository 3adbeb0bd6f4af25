package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Satisfaction;
import org.axonframework.serialization.Revision;

/**
 * The suggestion was closed with the class of the last reply; {@code satisfaction} is the deputy's last rating,
 * or null when the deputy gave none.
 */
@Revision("1")
public record SuggestionClosed(SuggestionId suggestionId, HandlingResult result, Satisfaction satisfaction,
                               String comment) {
}

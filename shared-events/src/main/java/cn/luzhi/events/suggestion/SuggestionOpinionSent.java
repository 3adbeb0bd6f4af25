package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/** A co-unit sent its opinion to the lead unit. */
@Revision("1")
public record SuggestionOpinionSent(SuggestionId suggestionId, HandlingUnitId unitId, HandlingUnitId leadUnitId,
                                    String opinion) {
}

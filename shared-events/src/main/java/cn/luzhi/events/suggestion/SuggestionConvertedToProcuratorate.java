package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/**
 * The suggestion was passed to a procuratorate as the source of a public-interest suggestion; its own
 * handling goes on.
 */
@Revision("1")
public record SuggestionConvertedToProcuratorate(SuggestionId suggestionId, HandlingUnitId procuratorateId,
                                                 String comment) {
}

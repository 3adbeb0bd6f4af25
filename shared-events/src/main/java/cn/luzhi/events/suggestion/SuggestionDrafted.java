package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import org.axonframework.serialization.Revision;

/**
 * A lead deputy drafted a suggestion or bill in a region; {@code procuratorateReference} is set when it was
 * converted from a procuratorate's public-interest suggestion.
 */
@Revision("1")
public record SuggestionDrafted(
        SuggestionId suggestionId,
        SuggestionKind kind,
        DeputyId leadDeputyId,
        RegionId regionId,
        String title,
        String content,
        String procuratorateReference) {
}

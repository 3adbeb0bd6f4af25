package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A lead deputy drafts a suggestion or a bill. {@code procuratorateReference} is the reference number of the
 * procuratorate's public-interest suggestion when the draft is converted from one (双向衔接转化), else null.
 */
public record DraftSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull SuggestionKind kind,
        @NotNull DeputyId leadDeputyId,
        @NotNull RegionId regionId,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 10000) String content,
        @Size(max = 100) String procuratorateReference) {
}

package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The suggestion is passed to a procuratorate as the source of a public-interest suggestion (公益诉讼检察建议,
 * 双向衔接转化). That {@code procuratorateId} names a procuratorate is left to the API.
 */
public record ConvertSuggestionToProcuratorate(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull HandlingUnitId procuratorateId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A co-unit sends its opinion (协办意见) to the lead unit, which takes it into its reply. */
public record SendSuggestionOpinion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull HandlingUnitId unitId,
        @NotBlank @Size(max = 5000) String opinion,
        @TargetAggregateVersion Long expectedVersion) {
}

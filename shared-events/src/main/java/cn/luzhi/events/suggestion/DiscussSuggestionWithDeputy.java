package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An assigned unit met the lead deputy to talk the suggestion through (见面沟通). */
public record DiscussSuggestionWithDeputy(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull HandlingUnitId unitId,
        @NotBlank @Size(max = 5000) String note,
        @TargetAggregateVersion Long expectedVersion) {
}

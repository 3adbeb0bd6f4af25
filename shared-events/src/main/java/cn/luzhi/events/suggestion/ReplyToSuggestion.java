package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead unit replies to the deputy and classifies the result as A, B or C. */
public record ReplyToSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull HandlingUnitId unitId,
        @NotNull HandlingResult result,
        @NotBlank @Size(max = 10000) String reply,
        @TargetAggregateVersion Long expectedVersion) {
}

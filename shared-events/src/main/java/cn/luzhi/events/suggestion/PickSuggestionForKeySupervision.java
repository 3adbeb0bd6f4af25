package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A leader picks the suggestion as a key suggestion to supervise personally (重点督办). */
public record PickSuggestionForKeySupervision(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotBlank @Size(max = 50) String leaderName,
        @Size(max = 100) String leaderPosition,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

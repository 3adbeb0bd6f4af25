package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The committee returns the submission to the lead deputy, explaining why it is not accepted. */
public record ReturnSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

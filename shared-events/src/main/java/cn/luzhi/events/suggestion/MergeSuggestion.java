package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The committee merges (并案) the submission into another suggestion on the same matter. That the other one
 * exists and is still open is left to the API.
 */
public record MergeSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull SuggestionId intoSuggestionId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

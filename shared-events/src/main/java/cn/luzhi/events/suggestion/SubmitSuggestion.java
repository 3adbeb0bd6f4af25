package cn.luzhi.events.suggestion;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead deputy submits the draft, during a session or in recess; co-signing ends here. */
public record SubmitSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull SessionPeriod sessionPeriod,
        @TargetAggregateVersion Long expectedVersion) {
}

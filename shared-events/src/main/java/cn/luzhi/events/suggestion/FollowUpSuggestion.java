package cn.luzhi.events.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A B-class suggestion is looked at again in a later year (回头看); {@code solved} says the matter is now
 * solved, which upgrades the suggestion to A.
 */
public record FollowUpSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @Positive int year,
        @NotBlank @Size(max = 5000) String progress,
        boolean solved,
        @TargetAggregateVersion Long expectedVersion) {
}

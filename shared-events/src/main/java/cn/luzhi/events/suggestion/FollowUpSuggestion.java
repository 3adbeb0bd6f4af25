package cn.luzhi.events.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A B-class suggestion is looked at again in a later year (回头看), once a year, with what was found: solved
 * ({@link FollowUpOutcome#SOLVED}) makes it count as solved in {@code year}; the class the unit replied with stays.
 */
public record FollowUpSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @Positive int year,
        @NotNull FollowUpOutcome outcome,
        @NotBlank @Size(max = 5000) String progress,
        @TargetAggregateVersion Long expectedVersion) {
}

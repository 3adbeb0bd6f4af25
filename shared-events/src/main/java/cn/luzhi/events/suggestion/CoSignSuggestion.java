package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Another deputy co-signs (联名/附议) the draft. That the co-signer is a deputy of the same congress is left to
 * the API, which knows the deputies.
 */
public record CoSignSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull DeputyId deputyId,
        @TargetAggregateVersion Long expectedVersion) {
}

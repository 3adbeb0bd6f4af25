package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.common.Satisfaction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The lead deputy rates the reply; the first unsatisfied rating sends it back for re-handling. That the rating
 * comes from the lead deputy (or a clerk entering the deputy's form) is left to the API's security.
 */
public record RateSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull Satisfaction satisfaction,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

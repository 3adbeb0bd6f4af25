package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy affairs committee accepts (立案) the submitted suggestion or places the bill on the agenda. */
public record AcceptSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

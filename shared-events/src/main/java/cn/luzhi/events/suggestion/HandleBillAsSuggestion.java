package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The bill is not placed on the agenda and is handled as a suggestion instead (不列入议程，转为建议处理). */
public record HandleBillAsSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

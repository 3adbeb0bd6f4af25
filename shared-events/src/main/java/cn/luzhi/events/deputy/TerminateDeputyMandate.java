package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy's mandate is terminated before the term ends (代表资格终止); the cause OTHER needs a reason. */
public record TerminateDeputyMandate(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @NotNull TerminationCause cause,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy's term ends (任期届满) as the next congress is elected. */
public record EndDeputyTerm(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

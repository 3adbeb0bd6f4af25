package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy leaves the mediator pool; cases already assigned stay with the deputy. */
public record RemoveDeputyFromMediatorPool(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.unit;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator lets a deactivated unit receive cases again. */
public record ReactivateHandlingUnit(
        @TargetAggregateIdentifier @NotNull HandlingUnitId handlingUnitId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

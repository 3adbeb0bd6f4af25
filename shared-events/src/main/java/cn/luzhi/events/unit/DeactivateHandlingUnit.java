package cn.luzhi.events.unit;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator stops new cases going to the unit, for instance after it was dissolved or merged. */
public record DeactivateHandlingUnit(
        @TargetAggregateIdentifier @NotNull HandlingUnitId handlingUnitId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator records the unit's new name, for instance after an institutional reform. */
public record RenameHandlingUnit(
        @TargetAggregateIdentifier @NotNull HandlingUnitId handlingUnitId,
        @NotBlank @Size(max = 100) String name,
        @TargetAggregateVersion Long expectedVersion) {
}

package cn.luzhi.events.unit;

import cn.luzhi.events.region.RegionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator registers a unit that answers cases; {@code contactOffice} is the office that receives
 * them (a department, not a person). That the region exists is checked by the API.
 */
public record RegisterHandlingUnit(
        @TargetAggregateIdentifier @NotNull HandlingUnitId handlingUnitId,
        @NotBlank @Size(max = 100) String name,
        @NotNull HandlingUnitKind kind,
        @NotNull RegionId regionId,
        @NotBlank @Size(max = 100) String contactOffice) {
}

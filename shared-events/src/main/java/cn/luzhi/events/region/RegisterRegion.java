package cn.luzhi.events.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator registers a region under its statutory division code; {@code parentId} is null only for
 * the county-level region at the top. That the parent exists and is not retired is checked by the API.
 */
public record RegisterRegion(
        @TargetAggregateIdentifier @NotNull RegionId regionId,
        @NotBlank @Size(max = 50) String name,
        @NotNull RegionLevel level,
        RegionId parentId) {
}

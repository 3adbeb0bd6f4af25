package cn.luzhi.events.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator records the region's new official name; its code stays. */
public record RenameRegion(
        @TargetAggregateIdentifier @NotNull RegionId regionId,
        @NotBlank @Size(max = 50) String name,
        @TargetAggregateVersion Long expectedVersion) {
}

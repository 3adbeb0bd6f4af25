package cn.luzhi.events.region;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An administrator retires a region that was abolished or merged (撤并); {@code mergedIntoId}, when given,
 * names the region of the same tier that took it over. That region's existence is checked by the API.
 */
public record RetireRegion(
        @TargetAggregateIdentifier @NotNull RegionId regionId,
        RegionId mergedIntoId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

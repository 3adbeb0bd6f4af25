package cn.luzhi.events.station;

import cn.luzhi.events.region.RegionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The station moved to a new address, a new region or both; its QR code stays. That the region exists and is
 * not retired is checked by the API.
 */
public record MoveStation(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotNull RegionId regionId,
        @NotBlank @Size(max = 200) String address,
        @TargetAggregateVersion Long expectedVersion) {
}

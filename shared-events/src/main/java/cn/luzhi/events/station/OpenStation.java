package cn.luzhi.events.station;

import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator records a station that opened on {@code openedOn}; it gets its QR code (家站码) now. That
 * the region exists and is not retired is checked by the API.
 */
public record OpenStation(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotBlank @Size(max = 100) String name,
        @NotNull StationKind kind,
        @NotNull StationSetting setting,
        @NotNull RegionTier level,
        @NotNull RegionId regionId,
        @NotBlank @Size(max = 200) String address,
        @NotNull LocalDate openedOn) {
}

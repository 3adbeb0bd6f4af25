package cn.luzhi.events.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator records the station's new name. */
public record RenameStation(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotBlank @Size(max = 100) String name,
        @TargetAggregateVersion Long expectedVersion) {
}

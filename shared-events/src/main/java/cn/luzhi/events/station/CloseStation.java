package cn.luzhi.events.station;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator closes the station; citizens can no longer reach it. */
public record CloseStation(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

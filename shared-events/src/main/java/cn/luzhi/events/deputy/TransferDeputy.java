package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.station.StationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy moves to another station (转站); that the station exists and is open is checked by the API. */
public record TransferDeputy(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @NotNull StationId stationId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

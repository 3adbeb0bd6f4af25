package cn.luzhi.events.station;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator replaces the station's QR code, for instance after a printed one was defaced or copied. */
public record ReissueStationQrCode(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

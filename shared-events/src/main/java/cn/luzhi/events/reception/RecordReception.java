package cn.luzhi.events.reception;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A deputy or the station's clerk records a reception held at a station (进家接待): when, which deputies
 * received, how many citizens came and the issues they raised, each answered on the spot or left open.
 */
public record RecordReception(
        @TargetAggregateIdentifier @NotNull ReceptionId receptionId,
        @NotNull StationId stationId,
        @NotNull Instant receivedAt,
        @NotEmpty @Size(max = 20) List<@NotNull DeputyId> deputyIds,
        @Min(1) @Max(10000) int citizensReceived,
        @NotNull @Size(max = 50) List<@NotNull @Valid ReceptionIssue> issues) {
}

package cn.luzhi.events.station;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The station is designated a grassroots legislative liaison point (基层立法联系点), with the reason or decision. */
public record DesignateLiaisonPoint(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.station;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The station's clerk publishes the duty rota for the days {@code from} to {@code to}: which deputies receive
 * citizens on which days, and when. It replaces whatever was published for those days; a day of the period that
 * is not listed has no reception. That the deputies exist and serve is checked by the API.
 */
public record PublishDutyRota(
        @TargetAggregateIdentifier @NotNull StationId stationId,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @Size(max = 62) List<@NotNull @Valid DutyDay> days,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}

package cn.luzhi.events.station;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of a station's duty rota (接待值班): the deputies who receive citizens that day and the hours as the
 * clerk writes them for the public (「9:00-12:00」).
 */
public record DutyDay(
        @NotNull LocalDate date,
        @NotEmpty @Size(max = 20) List<@NotNull DeputyId> deputyIds,
        @NotBlank @Size(max = 50) String hours) {
}

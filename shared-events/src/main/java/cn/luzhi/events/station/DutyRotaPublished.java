package cn.luzhi.events.station;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The station's duty rota for the days {@code from} to {@code to}, replacing what an earlier publication said
 * about those days (the earlier one stays in the history); a day of the period not among {@code days} has no
 * reception.
 */
@Revision("1")
public record DutyRotaPublished(StationId stationId, LocalDate from, LocalDate to, List<DutyDay> days,
                                String reason) {
}

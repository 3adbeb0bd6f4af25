package cn.luzhi.command.intake;

import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.DutyRotaPublished;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The upcoming days of a station's duty rota as its QR page shows them: the date, the hours and the receiving
 * deputies' names, nothing more (no phone, no id). Folded from the station's own events, each publication
 * replacing the days of its period; a station has a few publications a month, so the fold stays short.
 */
@Component
class PublicDutyRota {

    /** How far ahead the page looks. */
    static final int DAYS_AHEAD = 14;
    private static final ZoneId CALENDAR = ChinaCalendar.ZONE;

    /** One day on the page. */
    record Day(LocalDate date, String hours, List<String> deputies) {
    }

    private final CitizenIntake intake;
    private final ReferenceFacts facts;
    private final EventStore eventStore;

    PublicDutyRota(CitizenIntake intake, ReferenceFacts facts, EventStore eventStore) {
        this.intake = intake;
        this.facts = facts;
        this.eventStore = eventStore;
    }

    /** Today and the next days with deputies on duty; empty when the code leads to no open station. */
    Optional<List<Day>> upcoming(String token) {
        return intake.addressee(token).filter(to -> to.deputyId() == null && to.stationId() != null)
                .map(to -> upcomingAt(to.stationId()));
    }

    private List<Day> upcomingAt(String stationId) {
        LocalDate today = LocalDate.now(GenericEventMessage.clock.withZone(CALENDAR));
        LocalDate last = today.plusDays(DAYS_AHEAD - 1L);
        TreeMap<LocalDate, DutyDay> rota = new TreeMap<>();
        var events = eventStore.readEvents(stationId, 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof DutyRotaPublished published) {
                rota.subMap(published.from(), true, published.to(), true).clear();
                published.days().forEach(day -> rota.put(day.date(), day));
            }
        }
        return rota.subMap(today, true, last, true).values().stream()
                .map(day -> new Day(day.date(), day.hours(), names(day.deputyIds())))
                .filter(day -> !day.deputies().isEmpty())
                .toList();
    }

    /** Deputies who no longer serve are left off: citizens would come to meet someone who will not be there. */
    private List<String> names(List<DeputyId> deputyIds) {
        return deputyIds.stream().map(id -> facts.deputy(id.value()).filter(ReferenceFacts.Deputy::serving)
                        .map(ReferenceFacts.Deputy::name).orElse(null))
                .filter(Objects::nonNull).toList();
    }
}

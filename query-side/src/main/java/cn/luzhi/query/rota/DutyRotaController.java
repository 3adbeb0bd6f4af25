package cn.luzhi.query.rota;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations' duty rotas (接待值班表) for the staff: a station's days, and a deputy's own duty days. */
@RestController
@Transactional(readOnly = true)
class DutyRotaController {

    /** The days shown when no end is asked for: a month from the start. */
    static final int DEFAULT_DAYS = 31;
    /** The longest span one request may cover. */
    static final int MAX_DAYS = 366;

    /** A deputy on duty. */
    record DutyDeputy(String deputyId, String name) {
    }

    /** One day of a station's rota. */
    record DutyDayView(LocalDate date, String hours, List<DutyDeputy> deputies) {
    }

    /** A station's rota between two dates, the days without anyone on duty left out. */
    record DutyRotaView(String stationId, String stationName, LocalDate from, LocalDate to, List<DutyDayView> days) {
    }

    /** A day a deputy is on duty, and where. */
    record DeputyDutyView(LocalDate date, String hours, String stationId, String stationName) {
    }

    private record Shift(String stationId, LocalDate date, String deputyId, String hours) {
    }

    private final EntityManager entityManager;
    private final ReferenceData referenceData;
    /** The cockpit's clock, so "today" is the day the rest of the pages show (the demo runs its own time). */
    private final Clock cockpitClock;

    DutyRotaController(EntityManager entityManager, ReferenceData referenceData, Clock cockpitClock) {
        this.entityManager = entityManager;
        this.referenceData = referenceData;
        this.cockpitClock = cockpitClock;
    }

    @GetMapping("/api/stations/{stationId}/duty-rota")
    DutyRotaView stationRota(@PathVariable String stationId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String stationName = referenceData.names(List.of(), List.of(stationId), List.of(), List.of()).station(stationId);
        if (stationName == null) {
            throw new NotFound("站点", stationId);
        }
        LocalDate start = start(from);
        LocalDate end = end(start, to);
        List<Shift> shifts = shifts("station_id", stationId, start, end);
        Names names = referenceData.names(List.of(), List.of(), shifts.stream().map(Shift::deputyId).toList(),
                List.of());
        Map<LocalDate, DutyDayView> days = new LinkedHashMap<>();
        for (Shift shift : shifts) {
            days.computeIfAbsent(shift.date(), date -> new DutyDayView(date, shift.hours(), new ArrayList<>()))
                    .deputies().add(new DutyDeputy(shift.deputyId(), names.deputy(shift.deputyId())));
        }
        return new DutyRotaView(stationId, stationName, start, end, List.copyOf(days.values()));
    }

    @GetMapping("/api/deputies/{deputyId}/duty-days")
    List<DeputyDutyView> deputyDays(@PathVariable String deputyId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (referenceData.names(List.of(), List.of(), List.of(deputyId), List.of()).deputy(deputyId) == null) {
            throw new NotFound("代表", deputyId);
        }
        LocalDate start = start(from);
        List<Shift> shifts = shifts("deputy_id", deputyId, start, end(start, to));
        Names names = referenceData.names(List.of(), shifts.stream().map(Shift::stationId).toList(), List.of(),
                List.of());
        return shifts.stream().map(shift -> new DeputyDutyView(shift.date(), shift.hours(), shift.stationId(),
                names.station(shift.stationId()))).toList();
    }

    private LocalDate start(LocalDate from) {
        return from == null ? LocalDate.now(cockpitClock.withZone(ChinaTime.ZONE)) : ChinaTime.supported("from", from);
    }

    private static LocalDate end(LocalDate start, LocalDate to) {
        if (to == null) {
            return start.plusDays(DEFAULT_DAYS - 1L);
        }
        ChinaTime.supported("to", to);
        if (to.isBefore(start)) {
            throw new InvalidQuery("to", "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(start, to) >= MAX_DAYS) {
            throw new InvalidQuery("to", "一次最多查询" + MAX_DAYS + "天的值班安排");
        }
        return to;
    }

    /** The shifts of one station or one deputy ({@code column}), by day and in the clerk's order within a day. */
    private List<Shift> shifts(String column, String id, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT station_id, duty_date, deputy_id, hours"
                        + " FROM station_duty_shift WHERE " + column + " = :id AND duty_date BETWEEN :start AND :end"
                        + " ORDER BY duty_date, station_id, seq")
                .setParameter("id", id)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return rows.stream().map(row -> new Shift((String) row[0], toDate(row[1]), (String) row[2], (String) row[3]))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

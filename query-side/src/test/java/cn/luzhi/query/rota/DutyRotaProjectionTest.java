package cn.luzhi.query.rota;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.DutyRotaPublished;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DutyRotaProjectionTest {

    private static final StationId STATION = StationId.of("s-1");
    private static final Instant AT = Instant.parse("2026-11-28T02:00:00Z");
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness((entityManager, changes) -> new DutyRotaProjection(entityManager));
    }

    private static DutyDay day(LocalDate date, String hours, String... deputies) {
        return new DutyDay(date, List.of(deputies).stream().map(DeputyId::of).toList(), hours);
    }

    private List<String> shifts() {
        return harness.read(DutyRotaRow.class, STATION.value()).shifts.stream()
                .sorted(java.util.Comparator.comparing((DutyRotaRow.Shift shift) -> shift.dutyDate)
                        .thenComparingInt(shift -> shift.seq))
                .map(shift -> shift.dutyDate.getDayOfMonth() + " " + shift.deputyId + " " + shift.hours).toList();
    }

    @Test
    void shouldReplaceTheDaysOfALaterPublicationAndKeepTheOthers() {
        harness.apply(AT, new DutyRotaPublished(STATION, DEC_1, DEC_1.plusDays(30), List.of(
                day(DEC_1, "9:00-12:00", "d-2", "d-1"), day(DEC_1.plusDays(2), "14:00-17:00", "d-3"),
                day(DEC_1.plusDays(20), "9:00-12:00", "d-1")), "十二月值班"));
        assertThat(shifts()).containsExactly("1 d-2 9:00-12:00", "1 d-1 9:00-12:00", "3 d-3 14:00-17:00",
                "21 d-1 9:00-12:00");

        // The 2nd to the 4th again: the 3rd changes hands, the rest of the month stays.
        long second = harness.apply(AT.plusSeconds(86_400), new DutyRotaPublished(STATION, DEC_1.plusDays(1),
                DEC_1.plusDays(3), List.of(day(DEC_1.plusDays(3), "9:00-11:30", "d-4")), "李代表出差"));
        assertThat(shifts()).containsExactly("1 d-2 9:00-12:00", "1 d-1 9:00-12:00", "4 d-4 9:00-11:30",
                "21 d-1 9:00-12:00");
        assertThat(harness.read(DutyRotaRow.class, STATION.value()).lastGlobalIndex()).isEqualTo(second);
    }

    @Test
    void shouldApplyARedeliveredPublicationOnce() {
        DutyRotaPublished first = new DutyRotaPublished(STATION, DEC_1, DEC_1, List.of(day(DEC_1, "全天", "d-1")),
                "初排");
        harness.apply(AT, first);
        harness.apply(AT.plusSeconds(60), new DutyRotaPublished(STATION, DEC_1, DEC_1,
                List.of(day(DEC_1, "上午", "d-2")), "调整"));
        harness.deliver(Events.tracked(1, AT, first));

        assertThat(shifts()).containsExactly("1 d-2 上午");
    }
}

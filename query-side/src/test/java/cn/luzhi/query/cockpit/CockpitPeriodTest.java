package cn.luzhi.query.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.query.cockpit.CockpitPeriod.Kind;
import cn.luzhi.query.common.InvalidQuery;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CockpitPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 14);

    @Test
    void shouldCoverTodayTheMonthOrTheYear() {
        assertThat(CockpitPeriod.of(Kind.TODAY, null, TODAY)).isEqualTo(new CockpitPeriod(Kind.TODAY, TODAY, TODAY));
        assertThat(CockpitPeriod.of(Kind.MONTH, null, TODAY))
                .isEqualTo(new CockpitPeriod(Kind.MONTH, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(CockpitPeriod.of(Kind.YEAR, null, TODAY))
                .isEqualTo(new CockpitPeriod(Kind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(CockpitPeriod.of(Kind.YEAR, 2024, TODAY))
                .isEqualTo(new CockpitPeriod(Kind.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void shouldRefuseAYearForOtherPeriods() {
        assertThatThrownBy(() -> CockpitPeriod.of(Kind.MONTH, 2025, TODAY)).isInstanceOf(InvalidQuery.class)
                .satisfies(e -> assertThat(((InvalidQuery) e).getBody().getDetail())
                        .isEqualTo("只有按年统计（period=YEAR）时才能指定年份"));
    }

    @Test
    void shouldTraceThePeriodUpToTodayOrTheLastDaysForToday() {
        assertThat(CockpitPeriod.of(Kind.YEAR, null, TODAY).trend(TODAY, 30))
                .isEqualTo(new CockpitPeriod(Kind.YEAR, LocalDate.of(2026, 1, 1), TODAY));
        assertThat(CockpitPeriod.of(Kind.YEAR, 2025, TODAY).trend(TODAY, 30))
                .isEqualTo(new CockpitPeriod(Kind.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(CockpitPeriod.of(Kind.TODAY, null, TODAY).trend(TODAY, 7))
                .isEqualTo(new CockpitPeriod(Kind.TODAY, LocalDate.of(2026, 2, 8), TODAY));
    }
}

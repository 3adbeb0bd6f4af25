package cn.luzhi.query.cockpit;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import java.time.LocalDate;

/**
 * The days a cockpit summary covers, Beijing dates, both ends included.
 *
 * @param kind today, this month or a year
 * @param from the first day
 * @param to   the last day
 */
public record CockpitPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        TODAY, MONTH, YEAR
    }

    /** The period of {@code kind} around {@code today}; {@code year} picks another year and only goes with YEAR. */
    public static CockpitPeriod of(Kind kind, Integer year, LocalDate today) {
        if (year != null && kind != Kind.YEAR) {
            throw new InvalidQuery("year", "只有按年统计（period=YEAR）时才能指定年份");
        }
        return switch (kind) {
            case TODAY -> new CockpitPeriod(kind, today, today);
            case MONTH -> new CockpitPeriod(kind, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            case YEAR -> {
                int chosen = year != null ? ChinaTime.supportedYear("year", year) : today.getYear();
                yield new CockpitPeriod(kind, LocalDate.of(chosen, 1, 1), LocalDate.of(chosen, 12, 31));
            }
        };
    }

    /**
     * The days of the trend chart: the period up to today, and for TODAY the {@code todayTrendDays} days that end
     * today, since a chart of one day shows nothing.
     */
    public CockpitPeriod trend(LocalDate today, int todayTrendDays) {
        if (kind == Kind.TODAY) {
            return new CockpitPeriod(kind, today.minusDays(todayTrendDays - 1L), today);
        }
        return new CockpitPeriod(kind, from, to.isAfter(today) ? today : to);
    }
}

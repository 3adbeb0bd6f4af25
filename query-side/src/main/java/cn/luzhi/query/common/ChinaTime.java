package cn.luzhi.query.common;

import cn.luzhi.events.common.ChinaCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/** Dates users read and filter by are Beijing dates, whatever zone the server runs in. */
public final class ChinaTime {

    public static final ZoneId ZONE = ChinaCalendar.ZONE;

    /**
     * The years a query may name. Java's dates reach year 999,999,999 but the day after the last one does not
     * exist, and PostgreSQL's timestamps end in year 294,276: four-digit years keep both in range.
     */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private ChinaTime() {
    }

    /** {@code year} from query parameter {@code parameter}, refused (400) outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
    public static int supportedYear(String parameter, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidQuery(parameter, "年份" + year + "超出范围，应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间");
        }
        return year;
    }

    /** {@code moment} from query parameter {@code parameter}, refused (400) when its year is not supported. */
    public static <T extends Temporal> T supported(String parameter, T moment) {
        supportedYear(parameter, moment.get(ChronoField.YEAR));
        return moment;
    }

    /** The first instant of the day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the day. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}

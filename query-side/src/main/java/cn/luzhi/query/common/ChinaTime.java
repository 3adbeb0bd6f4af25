package cn.luzhi.query.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates users read and filter by are Beijing dates, whatever zone the server runs in. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
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

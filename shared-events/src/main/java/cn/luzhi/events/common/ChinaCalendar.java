package cn.luzhi.events.common;

import java.time.ZoneId;

/**
 * The one calendar of this system: deadlines, duty days, closing dates and report years are Beijing's, whatever
 * zone a server runs in.
 */
public final class ChinaCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaCalendar() {
    }
}

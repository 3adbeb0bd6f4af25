package cn.luzhi.query.reception;

import cn.luzhi.events.reception.ReceptionStatus;

/** The reception list's filter; every part is optional. */
public record ReceptionFilter(ReceptionStatus status, String stationId, String deputyId, Integer year) {
}

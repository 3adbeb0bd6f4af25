package cn.luzhi.query.reception;

import cn.luzhi.events.reception.ReceptionStatus;

/** The reception list's filter; every part is optional. */
/** @param q words of the reception's id or of an issue raised at it */
public record ReceptionFilter(ReceptionStatus status, String q, String stationId, String deputyId, Integer year) {
}

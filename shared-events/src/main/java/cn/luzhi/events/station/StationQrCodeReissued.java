package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The station got a new QR token; the previous one no longer leads to the station. */
@Revision("1")
public record StationQrCodeReissued(StationId stationId, String qrToken, String reason) {
}

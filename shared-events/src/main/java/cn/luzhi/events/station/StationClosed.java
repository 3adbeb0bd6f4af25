package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The station was closed; its QR code stops leading to it until it reopens. */
@Revision("1")
public record StationClosed(StationId stationId, String reason) {
}

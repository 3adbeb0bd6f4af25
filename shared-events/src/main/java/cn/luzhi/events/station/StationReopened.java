package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The closed station opened again, with the QR token it had when it closed. */
@Revision("1")
public record StationReopened(StationId stationId, String reason) {
}

package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The station is no longer a legislative liaison point. */
@Revision("1")
public record LiaisonPointRevoked(StationId stationId, String reason) {
}

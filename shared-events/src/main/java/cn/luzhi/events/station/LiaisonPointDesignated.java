package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The station became a legislative liaison point: new drafts may be opened for comment there. */
@Revision("1")
public record LiaisonPointDesignated(StationId stationId, String reason) {
}

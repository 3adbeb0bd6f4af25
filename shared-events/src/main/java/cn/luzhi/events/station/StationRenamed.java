package cn.luzhi.events.station;

import org.axonframework.serialization.Revision;

/** The station was renamed from {@code previousName} to {@code name}. */
@Revision("1")
public record StationRenamed(StationId stationId, String previousName, String name) {
}

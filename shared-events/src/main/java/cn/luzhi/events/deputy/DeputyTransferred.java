package cn.luzhi.events.deputy;

import cn.luzhi.events.station.StationId;
import org.axonframework.serialization.Revision;

/** The deputy moved from {@code fromStationId} to {@code toStationId}. */
@Revision("1")
public record DeputyTransferred(DeputyId deputyId, StationId fromStationId, StationId toStationId, String reason) {
}

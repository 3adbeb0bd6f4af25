package cn.luzhi.events.station;

import cn.luzhi.events.region.RegionId;
import org.axonframework.serialization.Revision;

/** The station moved from the previous region and address to the new ones. */
@Revision("1")
public record StationMoved(StationId stationId, RegionId previousRegionId, String previousAddress,
                           RegionId regionId, String address) {
}

package cn.luzhi.events.region;

import org.axonframework.serialization.Revision;

/** A region was registered under its statutory code; {@code parentId} is null for the top region. */
@Revision("1")
public record RegionRegistered(RegionId regionId, String name, RegionLevel level, RegionId parentId) {
}

package cn.luzhi.events.region;

import org.axonframework.serialization.Revision;

/** The region was abolished or merged into {@code mergedIntoId} (null when not merged into another). */
@Revision("1")
public record RegionRetired(RegionId regionId, RegionId mergedIntoId, String reason) {
}

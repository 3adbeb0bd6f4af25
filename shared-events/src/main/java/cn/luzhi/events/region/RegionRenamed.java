package cn.luzhi.events.region;

import org.axonframework.serialization.Revision;

/** The region was renamed from {@code previousName} to {@code name}. */
@Revision("1")
public record RegionRenamed(RegionId regionId, String previousName, String name) {
}

package cn.luzhi.events.ballot;

import cn.luzhi.events.region.RegionId;
import org.axonframework.serialization.Revision;

/** A ballot on the region's livelihood projects for the year was set up; candidates are being collected. */
@Revision("1")
public record BallotCreated(BallotId ballotId, RegionId regionId, int year, BallotLevel level, String title) {
}

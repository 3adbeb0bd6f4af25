package cn.luzhi.events.ballot;

import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A candidate approved by the ballot became the region's livelihood project for the year; budget in yuan. */
@Revision("1")
public record LivelihoodProjectApproved(LivelihoodProjectId projectId, BallotId ballotId, String candidateId,
                                        String title, RegionId regionId, int year, BigDecimal budget) {
}

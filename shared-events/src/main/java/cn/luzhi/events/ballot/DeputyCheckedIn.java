package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

/** The deputy was present and received a ballot paper; which paper is deliberately not recorded. */
@Revision("1")
public record DeputyCheckedIn(BallotId ballotId, DeputyId deputyId) {
}

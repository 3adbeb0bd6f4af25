package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Voting opened on {@code candidateIds} (ballot-paper order) for the listed deputies until {@code closesAt}. */
@Revision("1")
public record BallotOpened(BallotId ballotId, List<String> candidateIds, int maxChoices,
                           List<DeputyId> entitledDeputies, Instant closesAt) {
}

package cn.luzhi.events.ballot;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A candidate project was collected; {@code estimatedBudget} is in yuan. */
@Revision("1")
public record CandidateCollected(BallotId ballotId, String candidateId, String title, String description,
                                 ProposerKind proposerKind, BigDecimal estimatedBudget) {
}

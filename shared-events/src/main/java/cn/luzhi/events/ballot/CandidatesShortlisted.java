package cn.luzhi.events.ballot;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The government's shortlist, in ballot-paper order; it replaces any earlier shortlist. */
@Revision("1")
public record CandidatesShortlisted(BallotId ballotId, List<String> candidateIds, String reason) {
}

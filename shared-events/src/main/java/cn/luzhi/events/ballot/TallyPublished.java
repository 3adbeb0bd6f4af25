package cn.luzhi.events.ballot;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The result was published: every shortlisted candidate, most votes first, with {@code votesCast} papers
 * (blank ones included) and the turnout as {@code checkedIn} of {@code entitled} deputies.
 */
@Revision("1")
public record TallyPublished(BallotId ballotId, List<CandidateTally> tallies, int votesCast, int entitled,
                             int checkedIn) {
}

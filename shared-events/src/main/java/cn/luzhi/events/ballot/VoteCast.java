package cn.luzhi.events.ballot;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A ballot paper was cast. {@code paperHash} (SHA-256 of the paper's random part, hex) proves each paper
 * counted once without saying whose paper it was; an empty {@code choices} is a blank ballot.
 */
@Revision("1")
public record VoteCast(BallotId ballotId, String paperHash, List<String> choices) {
}

package cn.luzhi.events.ballot;

import org.axonframework.serialization.Revision;

/** Voting ended, by command or because the closing time passed, with the count of deputies and of papers. */
@Revision("1")
public record BallotClosed(BallotId ballotId, int entitled, int checkedIn, int votesCast) {
}

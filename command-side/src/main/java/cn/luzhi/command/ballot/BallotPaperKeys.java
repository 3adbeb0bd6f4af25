package cn.luzhi.command.ballot;

import cn.luzhi.events.ballot.BallotId;

/**
 * The per-ballot secret that signs ballot paper codes. It lives outside the event store: whoever can read
 * the events must not be able to mint a valid paper. Every node must return the same key for a ballot.
 */
public interface BallotPaperKeys {

    /** The ballot's key, created on first use. */
    byte[] keyFor(BallotId ballotId);
}

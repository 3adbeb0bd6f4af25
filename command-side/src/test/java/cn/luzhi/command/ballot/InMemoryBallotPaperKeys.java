package cn.luzhi.command.ballot;

import cn.luzhi.events.ballot.BallotId;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/** Ballot keys for aggregate tests: a random key per ballot, kept in memory, the same on every call. */
class InMemoryBallotPaperKeys implements BallotPaperKeys {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new HashMap<>();

    @Override
    public byte[] keyFor(BallotId ballotId) {
        return keys.computeIfAbsent(ballotId.value(), id -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return key;
        }).clone();
    }
}

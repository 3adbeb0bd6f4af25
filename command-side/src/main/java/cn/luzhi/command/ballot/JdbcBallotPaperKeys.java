package cn.luzhi.command.ballot;

import cn.luzhi.events.ballot.BallotId;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ballot keys in PostgreSQL table {@code ballot_paper_key}, outside the event store. The key is created on
 * first use; when two nodes create one at the same time the first insert wins and both read the winner,
 * so every node signs and verifies a ballot's papers with the same key.
 */
@Component
class JdbcBallotPaperKeys implements BallotPaperKeys {

    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    JdbcBallotPaperKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] keyFor(BallotId ballotId) {
        return find(ballotId).orElseGet(() -> create(ballotId));
    }

    private Optional<byte[]> find(BallotId ballotId) {
        return jdbc.sql("SELECT paper_key FROM ballot_paper_key WHERE ballot_id = :ballotId")
                .param("ballotId", ballotId.value())
                .query((row, rowNumber) -> row.getBytes(1))
                .optional();
    }

    private byte[] create(BallotId ballotId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.sql("INSERT INTO ballot_paper_key (ballot_id, paper_key) VALUES (:ballotId, :paperKey) "
                        + "ON CONFLICT (ballot_id) DO NOTHING")
                .param("ballotId", ballotId.value())
                .param("paperKey", key)
                .update();
        return find(ballotId)
                .orElseThrow(() -> new IllegalStateException("No paper key stored for ballot " + ballotId));
    }
}

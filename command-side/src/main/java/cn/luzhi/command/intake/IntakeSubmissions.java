package cn.luzhi.command.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code intake_submission}: each keyed submission by the SHA-256 of its key, with its answer sealed. */
@Repository
class IntakeSubmissions {

    private final JdbcClient jdbc;

    IntakeSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored submission; {@code sealedAnswer} opens only with the client's key. */
    record Submission(String petitionId, String requestMac, byte[] sealedAnswer, Instant submittedAt) {
    }

    /**
     * Stores the submission; joins the caller's transaction. A key already stored, or being stored by a transaction
     * not yet ended, makes this wait for that transaction and then fail with a duplicate key.
     */
    void store(String keySha256, Submission submission) {
        jdbc.sql("""
                        INSERT INTO intake_submission (key_sha256, petition_id, request_mac, sealed_receipt, submitted_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(keySha256, submission.petitionId(), submission.requestMac(), submission.sealedAnswer(),
                        OffsetDateTime.ofInstant(submission.submittedAt(), ZoneOffset.UTC))
                .update();
    }

    Optional<Submission> find(String keySha256) {
        return jdbc.sql("SELECT petition_id, request_mac, sealed_receipt, submitted_at FROM intake_submission "
                        + "WHERE key_sha256 = ?")
                .param(keySha256)
                .query((row, n) -> new Submission(row.getString(1), row.getString(2), row.getBytes(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }
}

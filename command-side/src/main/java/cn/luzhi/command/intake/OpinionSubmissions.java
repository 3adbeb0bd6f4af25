package cn.luzhi.command.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code intake_opinion_submission}: each keyed citizen's opinion by the SHA-256 of its key, with its receipt. */
@Repository
class OpinionSubmissions {

    private final JdbcClient jdbc;

    OpinionSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored submission; {@code opinionNumber} is null only inside the transaction that sends the opinion. */
    record Submission(String draftId, String requestMac, String draftTitle, Integer opinionNumber,
                      Instant receivedAt) {
    }

    /**
     * Stores the submission before its opinion is sent; joins the caller's transaction. A key already stored, or
     * being stored by a transaction not yet ended, makes this wait for that transaction and then fail with a
     * duplicate key.
     */
    void store(String keySha256, Submission submission) {
        jdbc.sql("""
                        INSERT INTO intake_opinion_submission
                            (key_sha256, draft_id, request_mac, draft_title, opinion_number, received_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(keySha256, submission.draftId(), submission.requestMac(), submission.draftTitle(),
                        submission.opinionNumber(), OffsetDateTime.ofInstant(submission.receivedAt(), ZoneOffset.UTC))
                .update();
    }

    /** The number the draft gave the opinion; joins the caller's transaction. */
    void numbered(String keySha256, int opinionNumber) {
        jdbc.sql("UPDATE intake_opinion_submission SET opinion_number = ? WHERE key_sha256 = ?")
                .params(opinionNumber, keySha256)
                .update();
    }

    Optional<Submission> find(String keySha256) {
        return jdbc.sql("SELECT draft_id, request_mac, draft_title, opinion_number, received_at "
                        + "FROM intake_opinion_submission WHERE key_sha256 = ?")
                .param(keySha256)
                .query((row, n) -> new Submission(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, Integer.class), row.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }
}

package cn.luzhi.command.intake;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code intake_receipt}: the SHA-256 of each receipt code and the petition it opens. */
@Repository
class IntakeReceipts {

    private final JdbcClient jdbc;

    IntakeReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a normalized code's hash for the petition; joins the caller's transaction. */
    void store(String normalizedCode, String petitionId) {
        jdbc.sql("INSERT INTO intake_receipt (code_sha256, petition_id) VALUES (?, ?)")
                .params(ReceiptCodes.sha256(normalizedCode), petitionId)
                .update();
    }

    /** The petition a typed code opens, or empty for a code that is malformed or was never issued. */
    Optional<String> petitionOf(String typedCode) {
        return ReceiptCodes.normalize(typedCode).flatMap(code -> jdbc
                .sql("SELECT petition_id FROM intake_receipt WHERE code_sha256 = ?")
                .param(ReceiptCodes.sha256(code))
                .query(String.class).optional());
    }
}

-- Citizens' submissions sent with an Idempotency-Key (the intake page's submission key K), so that a retry after a
-- lost answer gets the first answer back instead of creating a second petition. Written in the transaction of the
-- petition and its receipt hash, and before the command, so that of two racing first submits the second waits on
-- this row and then fails without appending anything.
--
-- The key itself is never stored, only its SHA-256. The answer (receipt code and addressee) is sealed with
-- AES-GCM under a key derived from K by another hash, so a reader of this table cannot open it: only the client
-- holding K can get its receipt code back.
CREATE TABLE intake_submission (
    key_sha256     CHAR(64)    NOT NULL,
    petition_id    VARCHAR(64) NOT NULL,
    -- HMAC-SHA256 of the QR token and the form under a key derived from K: a reused key with another request is
    -- refused. Keyed, so that guessed phone or ID numbers cannot be tested against it.
    request_mac    CHAR(64)    NOT NULL,
    -- 12-byte nonce, then the AES-GCM ciphertext and tag.
    sealed_receipt BYTEA       NOT NULL,
    submitted_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT intake_submission_pk PRIMARY KEY (key_sha256),
    CONSTRAINT intake_submission_petition_uk UNIQUE (petition_id)
);

COMMENT ON TABLE intake_submission IS
    'Citizens'' intake submissions by SHA-256 of their Idempotency-Key: the petition, a keyed MAC of the request and the '
    'answer sealed under a key only the client holds, for answering a retried submission once more.';

-- Citizens' opinions on draft regulations sent with an Idempotency-Key (the intake page's key per form), so that a
-- retry after a lost answer gets the first receipt back instead of a second opinion. Written in the transaction of
-- the opinion and before its command, so that of two racing first sends the second waits on this row and then
-- fails without appending anything.
--
-- As for petitions, only the key's SHA-256 is stored. The receipt (draft title, opinion number, time) names no
-- person and is kept as it is.
CREATE TABLE intake_opinion_submission (
    key_sha256     CHAR(64)     NOT NULL,
    draft_id       VARCHAR(64)  NOT NULL,
    -- HMAC-SHA256 of the QR token, the draft and the form under a key derived from K: a reused key with another
    -- opinion is refused. Keyed, so that guessed phone numbers cannot be tested against it.
    request_mac    CHAR(64)     NOT NULL,
    draft_title    VARCHAR(200) NOT NULL,
    -- Known once the opinion's command has been handled, in the same transaction.
    opinion_number INTEGER,
    received_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT intake_opinion_submission_pk PRIMARY KEY (key_sha256)
);

COMMENT ON TABLE intake_opinion_submission IS
    'Citizens'' opinions on draft regulations by SHA-256 of their Idempotency-Key: a keyed MAC of the request and the '
    'receipt given, for answering a retried submission once more.';

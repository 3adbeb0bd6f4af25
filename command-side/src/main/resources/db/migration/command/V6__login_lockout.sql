-- Failed logins and the lockouts they caused, shared by every node so that a password guesser gains nothing
-- by spreading attempts across nodes. Rows are counted in a sliding window and pruned as they age.

-- One row per failed login, for the account name tried (kind ACCOUNT) and for the client address (kind ADDRESS).
-- Account names are stored as typed, so unknown names are counted like real ones and reveal nothing.
CREATE TABLE login_failure (
    kind      VARCHAR(10)  NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT login_failure_kind_ck CHECK (kind IN ('ACCOUNT', 'ADDRESS'))
);
CREATE INDEX login_failure_subject_ix ON login_failure (kind, subject, failed_at);
CREATE INDEX login_failure_age_ix ON login_failure (failed_at);

-- An account name or client address that may not log in until locked_until.
CREATE TABLE login_lockout (
    kind         VARCHAR(10)  NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    locked_until TIMESTAMPTZ  NOT NULL,
    CONSTRAINT login_lockout_pk PRIMARY KEY (kind, subject),
    CONSTRAINT login_lockout_kind_ck CHECK (kind IN ('ACCOUNT', 'ADDRESS'))
);

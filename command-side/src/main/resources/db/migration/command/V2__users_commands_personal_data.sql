-- Tables the command side owns besides the event store.

-- Accounts for staff (citizens use QR links and receipt codes, not accounts). Passwords are BCrypt hashes.
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_pk PRIMARY KEY (username),
    CONSTRAINT app_user_role_ck CHECK (role IN ('CITIZEN', 'DEPUTY', 'CLERK', 'UNIT', 'SUPERVISOR', 'LEADER',
                                                'AUDITOR', 'ADMIN'))
);

-- Every accepted command, by its client-supplied id: a retried command returns this first result and appends
-- nothing. Written in the same transaction as the command's events.
CREATE TABLE command_log (
    command_id     VARCHAR(64)  NOT NULL,
    command_type   VARCHAR(255) NOT NULL,
    payload_sha256 CHAR(64)     NOT NULL,
    aggregate_id   VARCHAR(255) NOT NULL,
    version        BIGINT,
    actor_id       VARCHAR(64),
    accepted_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT command_log_pk PRIMARY KEY (command_id)
);

-- The personal-data vault: events carry person_ref only. Forgetting a person blanks the three fields and keeps
-- the row, so a reference in an old event resolves to "forgotten" rather than to nothing.
CREATE TABLE personal_data (
    person_ref   VARCHAR(64)  NOT NULL,
    full_name    VARCHAR(100),
    phone        VARCHAR(32),
    id_number    VARCHAR(18),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    forgotten_at TIMESTAMPTZ,
    CONSTRAINT personal_data_pk PRIMARY KEY (person_ref),
    CONSTRAINT personal_data_forgotten_ck CHECK (forgotten_at IS NULL
        OR (full_name IS NULL AND phone IS NULL AND id_number IS NULL))
);

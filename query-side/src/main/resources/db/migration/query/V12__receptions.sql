-- Receptions held at stations (进家接待): one row per reception, its receiving deputies and its issues, each
-- answered (on the spot or later) or turned into a petition. The figures per station and deputy sum these rows.
CREATE TABLE read.reception (
    reception_id       VARCHAR(64)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    station_id         VARCHAR(64)  NOT NULL,
    received_at        TIMESTAMPTZ  NOT NULL,
    citizens_received  INTEGER      NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    last_global_index  BIGINT       NOT NULL,
    CONSTRAINT reception_pk PRIMARY KEY (reception_id)
);
CREATE INDEX reception_received_idx ON read.reception (received_at);
CREATE INDEX reception_station_idx ON read.reception (station_id);

CREATE TABLE read.reception_deputy (
    reception_id VARCHAR(64) NOT NULL REFERENCES read.reception (reception_id) ON DELETE CASCADE,
    deputy_id    VARCHAR(64) NOT NULL,
    CONSTRAINT reception_deputy_pk PRIMARY KEY (reception_id, deputy_id)
);
CREATE INDEX reception_deputy_deputy_idx ON read.reception_deputy (deputy_id);

CREATE TABLE read.reception_issue (
    reception_id          VARCHAR(64)   NOT NULL REFERENCES read.reception (reception_id) ON DELETE CASCADE,
    issue_number          INTEGER       NOT NULL,
    text                  VARCHAR(500)  NOT NULL,
    answer                VARCHAR(2000),
    answered_on_the_spot  BOOLEAN       NOT NULL,
    petition_id           VARCHAR(64),
    CONSTRAINT reception_issue_pk PRIMARY KEY (reception_id, issue_number)
);

-- The reception a petition was raised at (PetitionSubmitted revision 2), so its page links back. Petitions
-- stored before have none, so no replay is needed.
ALTER TABLE read.petition ADD COLUMN reception_id VARCHAR(64);

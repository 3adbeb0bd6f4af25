-- The query side's read models, in their own schema so they never mix with the event store. Every row keeps
-- the global index of the last event applied to it (last_global_index): a redelivered or replayed event whose
-- index is not greater changes nothing. Names and phone numbers of citizens and parties never appear here, only
-- their references into the personal-data vault.

-- Reference data: names and the region tree, for lists and the cockpit's drill-down (district > town > village;
-- a statutory division code starts with the code of the region above it).
CREATE TABLE read.region (
    region_id         VARCHAR(64)  NOT NULL,
    name              VARCHAR(255) NOT NULL,
    level             VARCHAR(20)  NOT NULL,
    parent_id         VARCHAR(64),
    status            VARCHAR(20)  NOT NULL,
    merged_into_id    VARCHAR(64),
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT region_pk PRIMARY KEY (region_id)
);
CREATE INDEX region_parent_idx ON read.region (parent_id);

CREATE TABLE read.station (
    station_id        VARCHAR(64)  NOT NULL,
    name              VARCHAR(255) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    setting           VARCHAR(20)  NOT NULL,
    level             VARCHAR(20)  NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    address           VARCHAR(255),
    opened_on         DATE,
    status            VARCHAR(20)  NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT station_pk PRIMARY KEY (station_id)
);
CREATE INDEX station_region_idx ON read.station (region_id varchar_pattern_ops);

CREATE TABLE read.deputy (
    deputy_id          VARCHAR(64)  NOT NULL,
    name               VARCHAR(255) NOT NULL,
    gender             VARCHAR(20),
    ethnicity          VARCHAR(50),
    level              VARCHAR(20)  NOT NULL,
    constituency       VARCHAR(255),
    station_id         VARCHAR(64),
    professional_group VARCHAR(50),
    term_number        INTEGER,
    term_start_year    INTEGER,
    term_end_year      INTEGER,
    mediator           BOOLEAN      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    last_global_index  BIGINT       NOT NULL,
    CONSTRAINT deputy_pk PRIMARY KEY (deputy_id)
);
CREATE INDEX deputy_station_idx ON read.deputy (station_id);

CREATE TABLE read.handling_unit (
    unit_id           VARCHAR(64)  NOT NULL,
    name              VARCHAR(255) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    region_id         VARCHAR(64),
    contact_office    VARCHAR(255),
    status            VARCHAR(20)  NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT handling_unit_pk PRIMARY KEY (unit_id)
);

-- Petitions (民意诉求). Timestamps are those of the events; reply_due_at is the current round's deadline.
CREATE TABLE read.petition (
    petition_id       VARCHAR(64)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    source            VARCHAR(30)  NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    station_id        VARCHAR(64),
    deputy_id         VARCHAR(64),
    petitioner_ref    VARCHAR(64)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    content           TEXT,
    submitted_at      TIMESTAMPTZ  NOT NULL,
    accepted_at       TIMESTAMPTZ,
    forwarded_at      TIMESTAMPTZ,
    replied_at        TIMESTAMPTZ,
    closed_at         TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    reply_due_at      TIMESTAMPTZ,
    overdue           BOOLEAN      NOT NULL,
    satisfaction      VARCHAR(30),
    rated_at          TIMESTAMPTZ,
    round             INTEGER      NOT NULL,
    urge_count        INTEGER      NOT NULL,
    merged_into_id    VARCHAR(64),
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT petition_pk PRIMARY KEY (petition_id)
);
CREATE INDEX petition_region_idx ON read.petition (region_id varchar_pattern_ops);
CREATE INDEX petition_submitted_idx ON read.petition (submitted_at);
CREATE INDEX petition_closed_idx ON read.petition (closed_at);
CREATE INDEX petition_deputy_idx ON read.petition (deputy_id);
CREATE INDEX petition_station_idx ON read.petition (station_id);
CREATE INDEX petition_overdue_idx ON read.petition (reply_due_at) WHERE overdue;

-- Every unit a petition was forwarded to, over all rounds.
CREATE TABLE read.petition_unit (
    petition_id VARCHAR(64) NOT NULL REFERENCES read.petition (petition_id) ON DELETE CASCADE,
    unit_id     VARCHAR(64) NOT NULL,
    CONSTRAINT petition_unit_pk PRIMARY KEY (petition_id, unit_id)
);
CREATE INDEX petition_unit_unit_idx ON read.petition_unit (unit_id);

-- Suggestions and bills (代表建议/议案). result is the current class (a B upgraded on follow-up counts as A);
-- first_replied_at and first_reply_on_time describe the first reply, for the on-time reply rate.
CREATE TABLE read.suggestion (
    suggestion_id           VARCHAR(64)  NOT NULL,
    kind                    VARCHAR(20)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    lead_deputy_id          VARCHAR(64)  NOT NULL,
    region_id               VARCHAR(64)  NOT NULL,
    title                   VARCHAR(255) NOT NULL,
    content                 TEXT,
    procuratorate_reference VARCHAR(255),
    session_period          VARCHAR(20),
    deputy_count            INTEGER      NOT NULL,
    lead_unit_id            VARCHAR(64),
    drafted_at              TIMESTAMPTZ  NOT NULL,
    submitted_at            TIMESTAMPTZ,
    accepted_at             TIMESTAMPTZ,
    assigned_at             TIMESTAMPTZ,
    reply_due_at            TIMESTAMPTZ,
    latest_reply_due_at     TIMESTAMPTZ,
    first_replied_at        TIMESTAMPTZ,
    first_reply_on_time     BOOLEAN,
    last_replied_at         TIMESTAMPTZ,
    result                  VARCHAR(30),
    round                   INTEGER      NOT NULL,
    satisfaction            VARCHAR(30),
    closed_at               TIMESTAMPTZ,
    ended_at                TIMESTAMPTZ,
    overdue                 BOOLEAN      NOT NULL,
    key_supervision         BOOLEAN      NOT NULL,
    urge_count              INTEGER      NOT NULL,
    merged_into_id          VARCHAR(64),
    procuratorate_id        VARCHAR(64),
    last_global_index       BIGINT       NOT NULL,
    CONSTRAINT suggestion_pk PRIMARY KEY (suggestion_id)
);
CREATE INDEX suggestion_region_idx ON read.suggestion (region_id varchar_pattern_ops);
CREATE INDEX suggestion_submitted_idx ON read.suggestion (submitted_at);
CREATE INDEX suggestion_deputy_idx ON read.suggestion (lead_deputy_id);
CREATE INDEX suggestion_overdue_idx ON read.suggestion (reply_due_at) WHERE overdue;

CREATE TABLE read.suggestion_co_signer (
    suggestion_id VARCHAR(64) NOT NULL REFERENCES read.suggestion (suggestion_id) ON DELETE CASCADE,
    deputy_id     VARCHAR(64) NOT NULL,
    CONSTRAINT suggestion_co_signer_pk PRIMARY KEY (suggestion_id, deputy_id)
);

-- The lead unit and the co-units of a suggestion.
CREATE TABLE read.suggestion_unit (
    suggestion_id VARCHAR(64) NOT NULL REFERENCES read.suggestion (suggestion_id) ON DELETE CASCADE,
    unit_id       VARCHAR(64) NOT NULL,
    CONSTRAINT suggestion_unit_pk PRIMARY KEY (suggestion_id, unit_id)
);
CREATE INDEX suggestion_unit_unit_idx ON read.suggestion_unit (unit_id);

-- Pre-litigation mediation cases (诉前调解). The parties are vault references only.
CREATE TABLE read.mediation_case (
    mediation_case_id       VARCHAR(64)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    court_id                VARCHAR(64)   NOT NULL,
    dispute_type            VARCHAR(30)   NOT NULL,
    region_id               VARCHAR(64)   NOT NULL,
    amount_in_dispute       NUMERIC(15, 2),
    settled_amount          NUMERIC(15, 2),
    referred_at             TIMESTAMPTZ   NOT NULL,
    mediation_due_at        TIMESTAMPTZ   NOT NULL,
    overdue                 BOOLEAN       NOT NULL,
    extensions              INTEGER       NOT NULL,
    sessions_held           INTEGER       NOT NULL,
    ended_at                TIMESTAMPTZ,
    judicially_confirmed    BOOLEAN       NOT NULL,
    ruling_number           VARCHAR(100),
    follow_up_satisfaction  VARCHAR(30),
    followed_up_at          TIMESTAMPTZ,
    last_global_index       BIGINT        NOT NULL,
    CONSTRAINT mediation_case_pk PRIMARY KEY (mediation_case_id)
);
CREATE INDEX mediation_case_region_idx ON read.mediation_case (region_id varchar_pattern_ops);
CREATE INDEX mediation_case_referred_idx ON read.mediation_case (referred_at);
CREATE INDEX mediation_case_overdue_idx ON read.mediation_case (mediation_due_at) WHERE overdue;

CREATE TABLE read.mediation_case_party (
    mediation_case_id VARCHAR(64) NOT NULL REFERENCES read.mediation_case (mediation_case_id) ON DELETE CASCADE,
    person_ref        VARCHAR(64) NOT NULL,
    CONSTRAINT mediation_case_party_pk PRIMARY KEY (mediation_case_id, person_ref)
);

-- The deputies mediating a case now (released ones are removed).
CREATE TABLE read.mediation_case_mediator (
    mediation_case_id VARCHAR(64) NOT NULL REFERENCES read.mediation_case (mediation_case_id) ON DELETE CASCADE,
    deputy_id         VARCHAR(64) NOT NULL,
    CONSTRAINT mediation_case_mediator_pk PRIMARY KEY (mediation_case_id, deputy_id)
);
CREATE INDEX mediation_case_mediator_deputy_idx ON read.mediation_case_mediator (deputy_id);

-- Deputies' and stations' activity, one row per event that counts (keyed by that event's global index), for
-- performance points, the most active deputies and stations. The region and station are those of the case.
CREATE TABLE read.activity (
    global_index BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    deputy_id    VARCHAR(64),
    station_id   VARCHAR(64),
    case_type    VARCHAR(20)  NOT NULL,
    case_id      VARCHAR(64)  NOT NULL,
    region_id    VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT activity_pk PRIMARY KEY (global_index)
);
CREATE INDEX activity_occurred_idx ON read.activity (occurred_at);
CREATE INDEX activity_region_idx ON read.activity (region_id varchar_pattern_ops);

-- What the activity projection remembers of each case: its region, station and lead deputy, which later events
-- omit. Case
-- ids are unique across case types, as the event store's (aggregate_identifier, sequence_number) key requires.
CREATE TABLE read.activity_case (
    case_id           VARCHAR(64) NOT NULL,
    case_type         VARCHAR(20) NOT NULL,
    region_id         VARCHAR(64) NOT NULL,
    station_id        VARCHAR(64),
    lead_deputy_id    VARCHAR(64),
    last_global_index BIGINT      NOT NULL,
    CONSTRAINT activity_case_pk PRIMARY KEY (case_id)
);

-- Legislative opinion collection at the liaison points (基层立法联系点): the drafts opened for comment, their
-- liaison points and the opinions collected, with the counts the list and the cockpit show. A citizen who gave an
-- opinion appears only as a personal-data reference; the name and phone stay in the command side's vault.

ALTER TABLE read.station ADD COLUMN liaison_point BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE read.legislative_draft (
    draft_id          VARCHAR(64)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    legislature       VARCHAR(100) NOT NULL,
    text              TEXT,
    link              VARCHAR(500),
    year              INTEGER      NOT NULL,
    closes_on         DATE         NOT NULL,
    closes_at         TIMESTAMPTZ  NOT NULL,
    opened_at         TIMESTAMPTZ  NOT NULL,
    closed_at         TIMESTAMPTZ,
    forwarded_on      DATE,
    forward_note      TEXT,
    feedback_at       TIMESTAMPTZ,
    feedback_note     TEXT,
    collected         INTEGER      NOT NULL,
    merged            INTEGER      NOT NULL,
    forwarded         INTEGER      NOT NULL,
    adopted           INTEGER      NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT legislative_draft_pk PRIMARY KEY (draft_id)
);
CREATE INDEX legislative_draft_year_idx ON read.legislative_draft (year);
CREATE INDEX legislative_draft_opened_idx ON read.legislative_draft (opened_at);
CREATE INDEX legislative_draft_search_idx ON read.legislative_draft
    USING gin (read.search_grams(title, legislature));

CREATE TABLE read.legislative_draft_point (
    draft_id   VARCHAR(64) NOT NULL REFERENCES read.legislative_draft (draft_id) ON DELETE CASCADE,
    station_id VARCHAR(64) NOT NULL,
    CONSTRAINT legislative_draft_point_pk PRIMARY KEY (draft_id, station_id)
);
CREATE INDEX legislative_draft_point_station_idx ON read.legislative_draft_point (station_id);

-- One row per opinion; merged_into is the number of the opinion it duplicated (NULL when it stands alone).
CREATE TABLE read.legislative_opinion (
    draft_id       VARCHAR(64)  NOT NULL REFERENCES read.legislative_draft (draft_id) ON DELETE CASCADE,
    opinion_number INTEGER      NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    station_id     VARCHAR(64)  NOT NULL,
    deputy_id      VARCHAR(64),
    citizen_ref    VARCHAR(64),
    article        VARCHAR(50),
    content        TEXT         NOT NULL,
    collected_at   TIMESTAMPTZ  NOT NULL,
    merged_into    INTEGER,
    forwarded      BOOLEAN      NOT NULL,
    adopted        BOOLEAN      NOT NULL,
    CONSTRAINT legislative_opinion_pk PRIMARY KEY (draft_id, opinion_number)
);
CREATE INDEX legislative_opinion_deputy_idx ON read.legislative_opinion (deputy_id);

-- A deputy's collected legislative opinion earns points; drafts belong to the whole district, so their activity
-- case has no region.
ALTER TABLE read.activity_case ALTER COLUMN region_id DROP NOT NULL;

-- Drafts open for comment at the legislative liaison points, for the citizens' public page of a station (the
-- command side never reads the query side). Kept by OpenDrafts in the transaction of the event itself; a draft
-- leaves when its comment period closes.
CREATE TABLE open_legislative_draft (
    draft_id    VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    legislature VARCHAR(100) NOT NULL,
    text        TEXT,
    link        VARCHAR(500),
    closes_on   DATE         NOT NULL,
    closes_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT open_legislative_draft_pk PRIMARY KEY (draft_id)
);

CREATE TABLE open_legislative_draft_point (
    draft_id   VARCHAR(64) NOT NULL,
    station_id VARCHAR(64) NOT NULL,
    CONSTRAINT open_legislative_draft_point_pk PRIMARY KEY (station_id, draft_id),
    CONSTRAINT open_legislative_draft_point_draft_fk FOREIGN KEY (draft_id)
        REFERENCES open_legislative_draft (draft_id) ON DELETE CASCADE
);

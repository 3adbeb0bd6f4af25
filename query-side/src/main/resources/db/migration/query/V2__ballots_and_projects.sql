-- Ballots on livelihood projects (民生实事项目票决) and the projects they approved (民生实事项目).
-- The ballot is secret and these tables keep it so: who checked in and what a paper chose are only counted,
-- never listed, and no paper hash is stored. A candidate's votes stay NULL until the tally is published.

-- entitled, checked_in and votes_cast are counts; the closing and the published tally restate them.
CREATE TABLE read.ballot (
    ballot_id         VARCHAR(64)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    year              INTEGER      NOT NULL,
    level             VARCHAR(20)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    shortlist_reason  TEXT,
    max_choices       INTEGER,
    entitled          INTEGER      NOT NULL,
    checked_in        INTEGER      NOT NULL,
    votes_cast        INTEGER      NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    shortlisted_at    TIMESTAMPTZ,
    opened_at         TIMESTAMPTZ,
    closes_at         TIMESTAMPTZ,
    closed_at         TIMESTAMPTZ,
    published_at      TIMESTAMPTZ,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT ballot_pk PRIMARY KEY (ballot_id)
);
CREATE INDEX ballot_region_idx ON read.ballot (region_id varchar_pattern_ops);
CREATE INDEX ballot_created_idx ON read.ballot (created_at);
CREATE INDEX ballot_closed_idx ON read.ballot (closed_at);

-- Every candidate collected. shortlist_position is its place on the ballot paper (NULL when not shortlisted);
-- tally_rank, votes and approved come only with the published tally.
CREATE TABLE read.ballot_candidate (
    ballot_id          VARCHAR(64)    NOT NULL REFERENCES read.ballot (ballot_id) ON DELETE CASCADE,
    candidate_id       VARCHAR(32)    NOT NULL,
    title              VARCHAR(255)   NOT NULL,
    description        TEXT,
    proposer_kind      VARCHAR(20)    NOT NULL,
    estimated_budget   NUMERIC(15, 2) NOT NULL,
    collected_order    INTEGER        NOT NULL,
    shortlist_position INTEGER,
    tally_rank         INTEGER,
    votes              INTEGER,
    approved           BOOLEAN,
    CONSTRAINT ballot_candidate_pk PRIMARY KEY (ballot_id, candidate_id)
);

-- Approved projects; budgets in yuan. The satisfaction counts are those of the assessment (all 0 until rated).
CREATE TABLE read.livelihood_project (
    project_id           VARCHAR(64)    NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    ballot_id            VARCHAR(64)    NOT NULL,
    candidate_id         VARCHAR(32)    NOT NULL,
    title                VARCHAR(255)   NOT NULL,
    region_id            VARCHAR(64)    NOT NULL,
    year                 INTEGER        NOT NULL,
    budget               NUMERIC(15, 2) NOT NULL,
    percent              INTEGER        NOT NULL,
    progress_note        TEXT,
    progress_recorded_at TIMESTAMPTZ,
    inspections          INTEGER        NOT NULL,
    last_inspected_on    DATE,
    approved_at          TIMESTAMPTZ    NOT NULL,
    completed_at         TIMESTAMPTZ,
    completion_comment   TEXT,
    rated_at             TIMESTAMPTZ,
    satisfied            INTEGER        NOT NULL,
    basically_satisfied  INTEGER        NOT NULL,
    unsatisfied          INTEGER        NOT NULL,
    rating_comment       TEXT,
    last_global_index    BIGINT         NOT NULL,
    CONSTRAINT livelihood_project_pk PRIMARY KEY (project_id)
);
CREATE INDEX livelihood_project_region_idx ON read.livelihood_project (region_id varchar_pattern_ops);
CREATE INDEX livelihood_project_approved_idx ON read.livelihood_project (approved_at);
CREATE INDEX livelihood_project_ballot_idx ON read.livelihood_project (ballot_id);

-- The current milestone plan in its order; reached_at is when progress reported the milestone reached.
CREATE TABLE read.livelihood_project_milestone (
    project_id VARCHAR(64)  NOT NULL REFERENCES read.livelihood_project (project_id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(100) NOT NULL,
    due_date   DATE         NOT NULL,
    reached_at TIMESTAMPTZ,
    CONSTRAINT livelihood_project_milestone_pk PRIMARY KEY (project_id, position)
);

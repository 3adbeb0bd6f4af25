-- The per-ballot secret that signs ballot paper codes (see BallotPaperKeys). It is kept out of the event
-- store so that reading the events is not enough to mint a valid paper for a secret ballot.
CREATE TABLE ballot_paper_key (
    ballot_id  varchar(64) PRIMARY KEY,
    paper_key  bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

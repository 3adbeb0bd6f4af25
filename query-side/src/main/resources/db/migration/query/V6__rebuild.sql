-- Projection rebuilds: progress kept in the database, so that any node can answer for a rebuild and a restarted
-- node sees one that died with its JVM as failed.
CREATE TABLE read.projection_rebuild (
    rebuild_id        UUID         NOT NULL,
    processor         VARCHAR(100) NOT NULL,
    phase             VARCHAR(20)  NOT NULL,
    node              VARCHAR(255) NOT NULL,
    events_done       BIGINT       NOT NULL,
    events_total      BIGINT       NOT NULL,
    events_per_second NUMERIC(12, 1),
    position          BIGINT,
    started_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    finished_at       TIMESTAMPTZ,
    error             TEXT,
    CONSTRAINT projection_rebuild_pk PRIMARY KEY (rebuild_id)
);
-- At most one running rebuild per processor, across all nodes.
CREATE UNIQUE INDEX projection_rebuild_running_idx ON read.projection_rebuild (processor)
    WHERE phase IN ('COPYING', 'CATCHING_UP', 'SWITCHING');
CREATE INDEX projection_rebuild_started_idx ON read.projection_rebuild (started_at DESC);

-- The cockpit as of the end of a past day: computed once by replaying the events up to that day into a scratch
-- schema, then kept, because the past does not change. region_id '' stands for the top region.
CREATE TABLE read.cockpit_as_of (
    day          DATE         NOT NULL,
    region_id    VARCHAR(64)  NOT NULL,
    period       VARCHAR(10)  NOT NULL,
    year         INTEGER      NOT NULL,
    summary      JSONB        NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT cockpit_as_of_pk PRIMARY KEY (day, region_id, period, year)
);

-- The periodic reconciliation check (AxonFramework issue 4829): one row per run, whichever node ran it.
CREATE TABLE read.reconciliation_run (
    checked_at TIMESTAMPTZ  NOT NULL,
    node       VARCHAR(255) NOT NULL,
    problems   INTEGER      NOT NULL,
    report     JSONB        NOT NULL,
    CONSTRAINT reconciliation_run_pk PRIMARY KEY (checked_at)
);

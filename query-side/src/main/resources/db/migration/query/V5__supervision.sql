-- Supervision (督办): the deadlines units and mediators work to, kept by the `supervision` projection.

-- What a deadline row needs to know about its case before any deadline exists: title, region, deputy, and the
-- unit a suggestion's later rounds go back to (its lead unit).
CREATE TABLE read.supervision_case (
    case_id           VARCHAR(64)  NOT NULL,
    case_type         VARCHAR(20)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    deputy_id         VARCHAR(64),
    lead_unit_id      VARCHAR(64),
    round             INTEGER      NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT supervision_case_pk PRIMARY KEY (case_id)
);

-- One row per deadline: a petition per round and unit forwarded to, a suggestion per round (its lead unit
-- answers), a mediation case once (its referring court stands as the unit). A row stays after it was answered
-- or ended, because the unit rankings count past deadlines.
CREATE TABLE read.supervision_deadline (
    deadline_id       VARCHAR(200) NOT NULL,
    case_id           VARCHAR(64)  NOT NULL,
    case_type         VARCHAR(20)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    deputy_id         VARCHAR(64),
    unit_id           VARCHAR(64)  NOT NULL,
    round             INTEGER      NOT NULL,
    assigned_at       TIMESTAMPTZ  NOT NULL,
    due_at            TIMESTAMPTZ  NOT NULL,
    replied_at        TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    overdue           BOOLEAN      NOT NULL,
    went_overdue      BOOLEAN      NOT NULL,
    extensions        INTEGER      NOT NULL,
    urge_count        INTEGER      NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT supervision_deadline_pk PRIMARY KEY (deadline_id)
);
CREATE INDEX supervision_deadline_case_idx ON read.supervision_deadline (case_id);
-- The overdue and due-soon lists read open deadlines by due date.
CREATE INDEX supervision_deadline_open_due_idx ON read.supervision_deadline (due_at)
    WHERE replied_at IS NULL AND ended_at IS NULL;
CREATE INDEX supervision_deadline_replied_idx ON read.supervision_deadline (replied_at);
CREATE INDEX supervision_deadline_assigned_idx ON read.supervision_deadline (assigned_at);

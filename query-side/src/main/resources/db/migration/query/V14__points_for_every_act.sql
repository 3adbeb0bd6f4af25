-- Points for every act: one event may credit several deputies (the deputies who inspected a project, the
-- mediators of a settled dispute), so an act is keyed by its event's global index and the deputy's place in it.
-- Rows already stored are each the only act of their event (share 0).
ALTER TABLE read.activity ADD COLUMN share INTEGER NOT NULL DEFAULT 0;
ALTER TABLE read.activity DROP CONSTRAINT activity_pk;
ALTER TABLE read.activity ADD CONSTRAINT activity_pk PRIMARY KEY (global_index, share);

-- The deputies a case credits at its end that its closing event does not name: the mediators of a mediation case
-- (assigned, not released), credited when it is settled. The petition's deputy is activity_case.lead_deputy_id.
CREATE TABLE read.activity_case_deputy (
    case_id   VARCHAR(64) NOT NULL REFERENCES read.activity_case (case_id) ON DELETE CASCADE,
    deputy_id VARCHAR(64) NOT NULL,
    CONSTRAINT activity_case_deputy_pk PRIMARY KEY (case_id, deputy_id)
);

-- The kind of act a deputies' activity credits when closed (its DutyActivityKind as an ActivityKind).
ALTER TABLE read.activity_case ADD COLUMN credits_kind VARCHAR(30);

-- Acts of stored events that earned nothing before (petitions closed, settlements, ballot check-ins, project
-- inspections) are credited by replaying the activity read model from the first event on this node's first start
-- after the upgrade. Stop every query node before upgrading.
TRUNCATE read.activity, read.activity_case_deputy, read.activity_case;

DO $$
DECLARE
    tokens regclass;
BEGIN
    FOR tokens IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'token_entry' AND c.relkind = 'r'
    LOOP
        EXECUTE format('DELETE FROM %s WHERE processor_name = %L', tokens, 'deputy-activity');
    END LOOP;
END
$$;

-- Deputies' activities (履职活动): sittings attended, inspections, law-enforcement checks, surveys, training.
CREATE TABLE read.duty_activity (
    activity_id       VARCHAR(64)  NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    starts_at         TIMESTAMPTZ  NOT NULL,
    ends_at           TIMESTAMPTZ  NOT NULL,
    place             VARCHAR(200) NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    open_to_all       BOOLEAN      NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    invited           INTEGER      NOT NULL,
    present           INTEGER      NOT NULL,
    scheduled_at      TIMESTAMPTZ  NOT NULL,
    closed_at         TIMESTAMPTZ,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT duty_activity_pk PRIMARY KEY (activity_id)
);
CREATE INDEX duty_activity_starts_idx ON read.duty_activity (starts_at DESC);
CREATE INDEX duty_activity_region_idx ON read.duty_activity (region_id varchar_pattern_ops);

-- One row per deputy invited or recorded: the roll call (status null until taken) and the QR check-in.
CREATE TABLE read.duty_attendance (
    activity_id   VARCHAR(64) NOT NULL REFERENCES read.duty_activity (activity_id) ON DELETE CASCADE,
    deputy_id     VARCHAR(64) NOT NULL,
    invited       BOOLEAN     NOT NULL,
    status        VARCHAR(20),
    leave_reason  VARCHAR(500),
    checked_in_at TIMESTAMPTZ,
    recorded_at   TIMESTAMPTZ,
    CONSTRAINT duty_attendance_pk PRIMARY KEY (activity_id, deputy_id)
);
CREATE INDEX duty_attendance_deputy_idx ON read.duty_attendance (deputy_id);

-- The global audit log's index: one row per event in the store, written by the audit-log projection. The event
-- table keeps payload and metadata as JSON bytea, which no b-tree can index, so the searchable facts of every
-- event (who, role, case, action, region, when, why, which command) are copied here. The event itself stays the
-- evidence: a row names it by global index and event id.
CREATE TABLE read.audit_entry (
    global_index BIGINT       NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    case_type    VARCHAR(20),
    case_id      VARCHAR(100),
    -- The event's payload type without its package, e.g. PetitionSubmitted: the action filter's key.
    event_type   VARCHAR(100) NOT NULL,
    actor_id     VARCHAR(100),
    actor_name   VARCHAR(255),
    actor_role   VARCHAR(20),
    region_id    VARCHAR(64),
    reason       TEXT,
    command_id   VARCHAR(100),
    CONSTRAINT audit_entry_pk PRIMARY KEY (global_index)
);

-- Each filter has an index that ends in the global index, so that a page newest first (ORDER BY global_index
-- DESC LIMIT n, continuing below a cursor) reads only the rows it shows instead of sorting every match.
CREATE INDEX audit_entry_actor_id_idx ON read.audit_entry (actor_id, global_index);
CREATE INDEX audit_entry_actor_name_idx ON read.audit_entry (actor_name, global_index);
CREATE INDEX audit_entry_actor_role_idx ON read.audit_entry (actor_role, global_index);
CREATE INDEX audit_entry_case_type_idx ON read.audit_entry (case_type, global_index);
-- An event type belongs to one case type, so the action filter needs no case type in front.
CREATE INDEX audit_entry_event_type_idx ON read.audit_entry (event_type, global_index);
-- A region covers the regions below it: a prefix match on the statutory code (LIKE '150102%').
CREATE INDEX audit_entry_region_idx ON read.audit_entry (region_id text_pattern_ops, global_index);
CREATE INDEX audit_entry_occurred_at_idx ON read.audit_entry (occurred_at);

-- The region of each case, named by its first event (or a later move), so that every later event of the case
-- is indexed under it without reading the case's other read models.
CREATE TABLE read.audit_case (
    case_type         VARCHAR(20)  NOT NULL,
    case_id           VARCHAR(100) NOT NULL,
    region_id         VARCHAR(64)  NOT NULL,
    last_global_index BIGINT       NOT NULL,
    CONSTRAINT audit_case_pk PRIMARY KEY (case_type, case_id)
);

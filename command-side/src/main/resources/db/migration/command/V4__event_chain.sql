-- Tamper evidence (cn.luzhi.events.store.EventChain): one keyed link per event, written in the transaction that
-- stores the event, and signed checkpoints of the whole chain. The key is held by the application nodes, never here.

CREATE TABLE event_chain (
    event_identifier     VARCHAR(255) NOT NULL,
    global_index         BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    link                 BYTEA        NOT NULL,
    CONSTRAINT event_chain_pk PRIMARY KEY (event_identifier),
    CONSTRAINT event_chain_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT event_chain_global_index_uk UNIQUE (global_index)
);

-- Checkpoint 0 is the genesis: written once, at the first start with this table, after linking the events that
-- were stored before it. Later checkpoints are taken periodically and on request.
CREATE TABLE event_chain_checkpoint (
    number             BIGINT                   NOT NULL,
    taken_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    up_to_global_index BIGINT                   NOT NULL,
    event_count        BIGINT                   NOT NULL,
    digest             BYTEA                    NOT NULL,
    previous_digest    BYTEA                    NOT NULL,
    signature          BYTEA                    NOT NULL,
    public_key         TEXT                     NOT NULL,
    taken_by           VARCHAR(255)             NOT NULL,
    CONSTRAINT event_chain_checkpoint_pk PRIMARY KEY (number)
);

-- The last event of every case that changed since the previous checkpoint, as it was when the checkpoint was
-- taken: if such an event later disappears together with its link, verification can still name it.
CREATE TABLE event_chain_checkpoint_head (
    checkpoint_number    BIGINT       NOT NULL REFERENCES event_chain_checkpoint (number) ON DELETE CASCADE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    global_index         BIGINT       NOT NULL,
    CONSTRAINT event_chain_checkpoint_head_pk PRIMARY KEY (checkpoint_number, aggregate_identifier)
);

-- 待反馈12345: whether a 12345 ticket's result may be fed back to the hotline now, as the petition lifecycle answers
-- after each event (PetitionRow.take), for the clerk's 待办. Stored petitions get it by replaying the petitions read
-- model from the first event on this node's first start after the upgrade, so that the lifecycle, not this file,
-- decides it. Stop every query node before upgrading.
ALTER TABLE read.petition ADD COLUMN awaits_hotline_feedback BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX petition_awaits_hotline_feedback_idx ON read.petition (reply_due_at, submitted_at)
    WHERE awaits_hotline_feedback;

TRUNCATE read.petition, read.petition_unit;

DO $$
DECLARE
    tokens regclass;
BEGIN
    FOR tokens IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'token_entry' AND c.relkind = 'r'
    LOOP
        EXECUTE format('DELETE FROM %s WHERE processor_name = %L', tokens, 'petitions');
    END LOOP;
END
$$;

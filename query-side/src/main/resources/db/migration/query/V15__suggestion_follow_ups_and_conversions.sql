-- B-class follow-ups (回头看) by year with their outcome, the year one found the matter solved, and the
-- procuratorate's outcome of a suggestion passed to it (双向衔接转化).
CREATE TABLE read.suggestion_follow_up (
    suggestion_id VARCHAR(64) NOT NULL REFERENCES read.suggestion (suggestion_id) ON DELETE CASCADE,
    year          INTEGER     NOT NULL,
    outcome       VARCHAR(32) NOT NULL,
    progress      TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT suggestion_follow_up_pk PRIMARY KEY (suggestion_id, year)
);
CREATE INDEX suggestion_follow_up_year_idx ON read.suggestion_follow_up (year);

ALTER TABLE read.suggestion
    ADD COLUMN solved_year                  INTEGER,
    ADD COLUMN converted_to_procuratorate_at TIMESTAMPTZ,
    ADD COLUMN procuratorate_outcome        VARCHAR(32),
    ADD COLUMN procuratorate_outcome_reference VARCHAR(100),
    ADD COLUMN procuratorate_decided_on     DATE;
CREATE INDEX suggestion_solved_year_idx ON read.suggestion (solved_year) WHERE solved_year IS NOT NULL;

-- result used to turn A when a follow-up found a B-class matter solved; it now keeps the class the unit replied
-- with (a published year's shares do not change). The suggestions read model is replayed from the first event
-- to fill the new columns and restore the replied classes. Stop every query node before upgrading.
TRUNCATE read.suggestion, read.suggestion_co_signer, read.suggestion_unit, read.suggestion_invitee,
         read.suggestion_follow_up;

DO $$
DECLARE
    tokens regclass;
BEGIN
    FOR tokens IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'token_entry' AND c.relkind = 'r'
    LOOP
        EXECUTE format('DELETE FROM %s WHERE processor_name = %L', tokens, 'suggestions');
    END LOOP;
END
$$;

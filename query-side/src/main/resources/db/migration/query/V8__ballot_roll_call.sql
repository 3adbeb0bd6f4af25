-- The roll call of an open ballot (票决签到): the deputies entitled to vote and whether each has checked in. Who is
-- present is public at the door; whether a deputy has voted is never known to anyone, so there is no column for it
-- (a paper is tied to no deputy: see the command side's BallotPapers).
CREATE TABLE read.ballot_deputy (
    ballot_id  VARCHAR(64) NOT NULL REFERENCES read.ballot (ballot_id) ON DELETE CASCADE,
    deputy_id  VARCHAR(64) NOT NULL,
    roll_order INTEGER     NOT NULL,
    checked_in BOOLEAN     NOT NULL,
    CONSTRAINT ballot_deputy_pk PRIMARY KEY (ballot_id, deputy_id)
);

-- Ballots opened before this table existed get their roll call from a replay of the ballots' processor, which
-- also writes the projects (as V7 does, stop every query node before upgrading).
DELETE FROM read.ballot;
DELETE FROM read.livelihood_project;
DO $$
DECLARE
    tokens regclass;
BEGIN
    FOR tokens IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'token_entry' AND c.relkind = 'r'
    LOOP
        EXECUTE format('DELETE FROM %s WHERE processor_name = %L', tokens, 'ballots');
    END LOOP;
END
$$;

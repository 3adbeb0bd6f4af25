-- Read models written before the event store read only settled events (see README, "Every event, exactly once")
-- may lack events that committed late, and their rows may record the index of another event than their own.
-- They are emptied here, and their processors' tokens removed, so that every read model is replayed from the
-- first event on this node's first start after the upgrade. Stop every query node before upgrading.
TRUNCATE read.region, read.station, read.deputy, read.handling_unit,
         read.petition, read.petition_unit,
         read.suggestion, read.suggestion_co_signer, read.suggestion_unit,
         read.mediation_case, read.mediation_case_party, read.mediation_case_mediator,
         read.activity, read.activity_case,
         read.ballot, read.ballot_candidate, read.livelihood_project, read.livelihood_project_milestone,
         read.audit_entry, read.audit_case,
         read.supervision_case, read.supervision_deadline;

-- The token table lives with the event store, in whichever schema the command side's migrations used.
DO $$
DECLARE
    tokens regclass;
BEGIN
    FOR tokens IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'token_entry' AND c.relkind = 'r'
    LOOP
        EXECUTE format('DELETE FROM %s WHERE processor_name IN (%L, %L, %L, %L, %L, %L, %L, %L)', tokens,
                       'petitions', 'suggestions', 'mediation-cases', 'reference-data', 'deputy-activity',
                       'ballots', 'supervision', 'audit-log');
    END LOOP;
END
$$;

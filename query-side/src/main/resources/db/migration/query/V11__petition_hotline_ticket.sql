-- A 12345 difficult ticket's data on the petition read model (12345疑难工单): the hotline's ticket number, the day
-- the hotline received it, why it was escalated, and the result fed back to the hotline. Null for other petitions.
-- No stored event carries a ticket yet (the field is new in PetitionSubmitted revision 2), so nothing is replayed.
ALTER TABLE read.petition
    ADD COLUMN hotline_ticket_number   VARCHAR(40),
    ADD COLUMN hotline_received_on     DATE,
    ADD COLUMN hotline_escalation      VARCHAR(500),
    ADD COLUMN hotline_feedback        VARCHAR(2000),
    ADD COLUMN hotline_fed_back_on     DATE,
    ADD COLUMN hotline_fed_back_at     TIMESTAMPTZ,
    -- Whether the current round's result went back to the hotline: a reopening clears it (the lifecycle's rule).
    ADD COLUMN hotline_fed_back        BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX petition_hotline_ticket_idx ON read.petition (hotline_ticket_number)
    WHERE hotline_ticket_number IS NOT NULL;

-- The 12345 hotline's ticket numbers registered as petitions (12345疑难工单): a set-validation table owned by the
-- command side, written in the transaction that appends the petition's first event. The primary key makes a ticket
-- number unique across every node; the petition's id and title are kept so that a second registration can be told
-- which petition already holds the number.
CREATE TABLE hotline_ticket (
    ticket_number VARCHAR(40)  NOT NULL,
    petition_id   VARCHAR(64)  NOT NULL,
    title         VARCHAR(100) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT hotline_ticket_pk PRIMARY KEY (ticket_number)
);

COMMENT ON TABLE hotline_ticket IS
    '12345 hotline ticket numbers registered as petitions, unique across nodes, with the petition that holds each.';

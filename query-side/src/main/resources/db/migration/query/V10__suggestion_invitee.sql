-- The deputies a lead deputy invited to co-sign a draft (邀请联名): they may read it and find it in their 待办.
-- The invitation event is new, so no stored event needs a replay to fill this table.
CREATE TABLE read.suggestion_invitee (
    suggestion_id VARCHAR(64) NOT NULL REFERENCES read.suggestion (suggestion_id) ON DELETE CASCADE,
    deputy_id     VARCHAR(64) NOT NULL,
    CONSTRAINT suggestion_invitee_pk PRIMARY KEY (suggestion_id, deputy_id)
);

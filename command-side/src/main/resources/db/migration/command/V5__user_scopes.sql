-- Which cases an account sees and may act on (docs/roles.md): a deputy account is linked to its deputy, a unit
-- account to its handling unit, supervisors and leaders to a region whose subtree they watch. Clerks, auditors
-- and administrators work district-wide and have no link; citizens follow their own case by receipt code.
ALTER TABLE app_user
    ADD COLUMN deputy_id VARCHAR(64),
    ADD COLUMN unit_id   VARCHAR(64),
    ADD COLUMN region_id VARCHAR(64);

-- A link only where the role uses it, so a scope can never widen what another role sees.
ALTER TABLE app_user
    ADD CONSTRAINT app_user_deputy_ck CHECK (deputy_id IS NULL OR role = 'DEPUTY'),
    ADD CONSTRAINT app_user_unit_ck CHECK (unit_id IS NULL OR role = 'UNIT'),
    ADD CONSTRAINT app_user_region_ck CHECK (region_id IS NULL OR role IN ('SUPERVISOR', 'LEADER'));

-- Receptions and legislative opinions belong to a station or to the whole district, not to a region: their
-- activity rows have no region, like their cases in read.activity_case (V13). Region-scoped rankings leave them
-- out; district-wide ones count them.
ALTER TABLE read.activity ALTER COLUMN region_id DROP NOT NULL;

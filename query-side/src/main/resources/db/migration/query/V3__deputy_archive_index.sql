-- A deputy's archive (GET /api/deputies/{id}/archive) reads that deputy's acts newest first.
CREATE INDEX activity_deputy_occurred_idx ON read.activity (deputy_id, occurred_at DESC);

-- Star ratings of a unit (or a region's units) for a period read only rating rows: without this index the
-- count would visit every survey answer of the unit too (1,000,000 rows in the benchmark).
CREATE INDEX ix_feedback_rating ON feedback (unit_id, kind, local_date, stars);

-- Appraisal periods per regency (issue 15, ADR 0019): each regency's BKPSDM opens, computes, reviews and freezes its
-- own periods, so a period belongs to one region and its code is unique within that region, not across the portal.
ALTER TABLE appraisal_period ADD COLUMN region_id BIGINT NULL AFTER id;

-- Existing periods: a period whose current run counted answers in exactly one region belongs to that region; on a
-- portal that hosts a single region every period belongs to it. Any other period (never computed on a portal of
-- several regions, or computed over the answers of several) stays portal-wide: region_id NULL, visible to the
-- portal operator only, since no one regency's BKPSDM may see the others' units (docs/appraisal.md).
UPDATE appraisal_period p
SET region_id = (SELECT MIN(s.region_id) FROM appraisal_score s WHERE s.run_id = p.current_run_id AND s.answers > 0)
WHERE (SELECT COUNT(DISTINCT s.region_id) FROM appraisal_score s WHERE s.run_id = p.current_run_id AND s.answers > 0) = 1;

UPDATE appraisal_period SET region_id = (SELECT MIN(id) FROM region)
WHERE region_id IS NULL AND (SELECT COUNT(*) FROM region) = 1;

ALTER TABLE appraisal_period
    DROP INDEX uk_appraisal_period_code,
    ADD CONSTRAINT uk_appraisal_period_code UNIQUE (region_id, code),
    ADD CONSTRAINT fk_appraisal_period_region FOREIGN KEY (region_id) REFERENCES region (id),
    ADD INDEX ix_appraisal_period_region (region_id, starts_on);

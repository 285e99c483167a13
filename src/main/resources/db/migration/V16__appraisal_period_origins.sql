-- Which origins of answers a period's appraisal counts (issue 16): HR's choice per period, every origin by default.
-- A comma-separated list of feedback origins in their fixed order (ACCOUNT,VISIT,KIOSK,PAPER). The public IKM
-- always counts every accepted answer; this only narrows what the robust score of the appraisal takes.
ALTER TABLE appraisal_period
    ADD COLUMN origins VARCHAR(40) NOT NULL DEFAULT 'ACCOUNT,VISIT,KIOSK,PAPER' AFTER review_working_days;

-- Each unit's counted answers per origin in a run, shown to HR and exported beside the score.
ALTER TABLE appraisal_score
    ADD COLUMN answers_account INT NOT NULL DEFAULT 0,
    ADD COLUMN answers_visit   INT NOT NULL DEFAULT 0,
    ADD COLUMN answers_kiosk   INT NOT NULL DEFAULT 0,
    ADD COLUMN answers_paper   INT NOT NULL DEFAULT 0;

UPDATE appraisal_score SET answers_account = answers;

-- Where each answer came from (issue 16): an account (the path so far), a visit code, a paired counter kiosk or a
-- paper questionnaire entered by staff. origin_ref names the binding of the channel: the visit, the kiosk device
-- or the paper batch (NULL for accounts), so that the appraisal's brigading rules can look at one code batch,
-- one device or one paper batch at a time (ix_feedback_origin).
ALTER TABLE feedback
    ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'ACCOUNT' AFTER kind,
    ADD COLUMN origin_ref BIGINT NULL AFTER origin,
    ADD CONSTRAINT ck_feedback_origin CHECK (origin IN ('ACCOUNT', 'VISIT', 'KIOSK', 'PAPER')),
    ADD INDEX ix_feedback_origin (origin, origin_ref, local_date);

-- The daily totals count respondents per origin too, so that the IKM's "byOrigin" reads the same rows.
ALTER TABLE feedback_daily
    ADD COLUMN n_account INT NOT NULL DEFAULT 0,
    ADD COLUMN n_visit   INT NOT NULL DEFAULT 0,
    ADD COLUMN n_kiosk   INT NOT NULL DEFAULT 0,
    ADD COLUMN n_paper   INT NOT NULL DEFAULT 0;

UPDATE feedback_daily SET n_account = respondents;

-- Each regency's rules for the account-free channels (issue 16); a regency without a row uses the defaults of
-- counter/CounterSettings. Opening hours are the regency's service hours (Asia/Jakarta wall clock): a kiosk answer
-- outside them is flagged, not refused.
CREATE TABLE counter_settings (
    region_id                BIGINT   NOT NULL,
    visit_expiry_days        INT      NOT NULL DEFAULT 7,
    kiosk_min_gap_seconds    INT      NOT NULL DEFAULT 20,
    kiosk_max_per_hour       INT      NOT NULL DEFAULT 60,
    opens_at                 TIME     NOT NULL DEFAULT '07:30:00',
    closes_at                TIME     NOT NULL DEFAULT '16:00:00',
    updated_by               VARCHAR(255) NULL,
    updated_at               TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (region_id),
    CONSTRAINT fk_counter_settings_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_counter_settings CHECK (visit_expiry_days BETWEEN 1 AND 90 AND kiosk_min_gap_seconds BETWEEN 0 AND 3600
        AND kiosk_max_per_hour BETWEEN 1 AND 3600 AND opens_at < closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

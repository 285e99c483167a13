-- Holidays per region (issue 15): a regency's own days off (cuti bersama daerah, a local anniversary) besides the
-- national ones (region_id NULL). The dates configured in suarawarga.feedback.holidays stay as national defaults.
-- Read by feedback's overdue computation (working days).
CREATE TABLE holiday (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    region_id   BIGINT       NULL,
    day         DATE         NOT NULL,
    name        VARCHAR(150) NOT NULL,
    created_by  VARCHAR(255) NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_holiday_region_day (region_id, day),
    CONSTRAINT fk_holiday_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

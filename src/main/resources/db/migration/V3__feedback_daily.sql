-- Daily totals of SKM answers per service, so that an IKM over a year reads a few hundred rows instead of
-- scanning every answer. Only closed days are rolled up (see feedback/DailyTotals); the days since are read
-- from feedback itself, so results are always complete.
CREATE TABLE feedback_daily (
    service_id   BIGINT NOT NULL,
    local_date   DATE   NOT NULL,
    unit_id      BIGINT NOT NULL,
    region_id    BIGINT NOT NULL,
    respondents  INT    NOT NULL,
    s1 INT NOT NULL, s2 INT NOT NULL, s3 INT NOT NULL, s4 INT NOT NULL, s5 INT NOT NULL,
    s6 INT NOT NULL, s7 INT NOT NULL, s8 INT NOT NULL, s9 INT NOT NULL,
    PRIMARY KEY (service_id, local_date),
    INDEX ix_daily_unit (unit_id, local_date),
    INDEX ix_daily_region (region_id, local_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: every day before complete_before is in feedback_daily. Locked while rolling up, so app instances
-- take turns.
CREATE TABLE feedback_rollup (
    id              TINYINT NOT NULL,
    complete_before DATE    NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO feedback_rollup (id, complete_before) VALUES (1, '2000-01-01');

-- Appraisal inputs for HR (BKPSDM): periods, computed runs, per-unit scores, exclusions of suspect answers,
-- frozen snapshots with their SHA-256, units' objections (right of reply) and the access log of HR's reading.
-- Rows of runs, scores and snapshots are written once and never updated: a correction is a new run or a new
-- snapshot version that points at the old one.

-- The head of unit's NIP, where recorded (18 digits, structure checked by appraisal/score/Nip), for exports.
ALTER TABLE unit ADD COLUMN head_nip CHAR(18) NULL;

CREATE TABLE appraisal_period (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    code                 VARCHAR(8)   NOT NULL,
    kind                 VARCHAR(8)   NOT NULL,
    starts_on            DATE         NOT NULL,
    ends_before          DATE         NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    min_respondents      INT          NOT NULL,
    prior_weight         INT          NOT NULL,
    review_working_days  INT          NOT NULL,
    review_until         DATE         NULL,
    current_run_id       BIGINT       NULL,
    created_by           VARCHAR(255) NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_appraisal_period_code UNIQUE (code),
    CONSTRAINT ck_appraisal_period_kind CHECK (kind IN ('QUARTER', 'YEAR')),
    CONSTRAINT ck_appraisal_period_status CHECK (status IN ('OPEN', 'IN_REVIEW', 'FROZEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One computation of a period: the parameters it used and what it counted.
CREATE TABLE appraisal_run (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    period_id        BIGINT        NOT NULL,
    code_version     VARCHAR(40)   NOT NULL,
    parameters       VARCHAR(2000) NOT NULL,
    answers_total    BIGINT        NOT NULL,
    answers_excluded BIGINT        NOT NULL,
    computed_by      VARCHAR(255)  NOT NULL,
    computed_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    reason           VARCHAR(2000) NULL,
    -- the canonical text of this run's results (appraisal/score/SnapshotCanonical) and its SHA-256
    canonical        MEDIUMTEXT    NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_run_period FOREIGN KEY (period_id) REFERENCES appraisal_period (id),
    INDEX ix_run_period (period_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit's scores in one run; the 25-100 scale of the IKM throughout. NULL robust score = insufficient evidence.
CREATE TABLE appraisal_score (
    run_id              BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    region_id           BIGINT        NOT NULL,
    answers             INT           NOT NULL,
    excluded            INT           NOT NULL,
    respondents         INT           NOT NULL,
    ratings             INT           NOT NULL,
    ikm                 DECIMAL(5,2)  NULL,
    grade               CHAR(1)       NULL,
    nrr                 VARCHAR(120)  NULL,
    service_users       BIGINT        NULL,
    sample_minimum      BIGINT        NULL,
    representative      BOOLEAN       NOT NULL,
    sufficient          BOOLEAN       NOT NULL,
    mean_score          DECIMAL(5,2)  NULL,
    robust_score        DECIMAL(5,2)  NULL,
    robust_low          DECIMAL(5,2)  NULL,
    robust_high         DECIMAL(5,2)  NULL,
    staff_n             INT           NOT NULL,
    staff_sufficient    BOOLEAN       NOT NULL,
    staff_score         DECIMAL(5,2)  NULL,
    staff_low           DECIMAL(5,2)  NULL,
    staff_high          DECIMAL(5,2)  NULL,
    service_score       DECIMAL(5,2)  NULL,
    service_low         DECIMAL(5,2)  NULL,
    service_high        DECIMAL(5,2)  NULL,
    PRIMARY KEY (run_id, unit_id),
    CONSTRAINT fk_score_run FOREIGN KEY (run_id) REFERENCES appraisal_run (id),
    CONSTRAINT fk_score_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every (answer, rule) a run found, per period; never deleted. Reinstating keeps the row and records who and why.
CREATE TABLE appraisal_exclusion (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    period_id          BIGINT        NOT NULL,
    feedback_id        BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    rule_code          VARCHAR(32)   NOT NULL,
    detail             VARCHAR(300)  NOT NULL,
    first_run_id       BIGINT        NOT NULL,
    reinstated_by      VARCHAR(255)  NULL,
    reinstated_at      TIMESTAMP(6)  NULL,
    reinstate_reason   VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exclusion UNIQUE (period_id, feedback_id, rule_code),
    CONSTRAINT fk_exclusion_period FOREIGN KEY (period_id) REFERENCES appraisal_period (id),
    CONSTRAINT fk_exclusion_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
    INDEX ix_exclusion_unit (period_id, unit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A frozen period. canonical is the exact text hashed (UTF-8, no trailing newline): SHA2(canonical, 256) = sha256.
CREATE TABLE appraisal_snapshot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    period_id     BIGINT       NOT NULL,
    version       INT          NOT NULL,
    run_id        BIGINT       NOT NULL,
    supersedes_id BIGINT       NULL,
    code_version  VARCHAR(40)  NOT NULL,
    canonical     MEDIUMTEXT   NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    frozen_by     VARCHAR(255) NOT NULL,
    frozen_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_snapshot_version UNIQUE (period_id, version),
    CONSTRAINT fk_snapshot_period FOREIGN KEY (period_id) REFERENCES appraisal_period (id),
    CONSTRAINT fk_snapshot_run FOREIGN KEY (run_id) REFERENCES appraisal_run (id),
    CONSTRAINT fk_snapshot_supersedes FOREIGN KEY (supersedes_id) REFERENCES appraisal_snapshot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Right of reply: a unit's objection to its draft score, and HR's decision. Nothing is deleted.
CREATE TABLE appraisal_objection (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    period_id        BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    run_id           BIGINT        NOT NULL,
    author_sub       VARCHAR(64)   NOT NULL,
    author_name      VARCHAR(255)  NULL,
    text             VARCHAR(4000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    decided_by       VARCHAR(255)  NULL,
    decided_at       TIMESTAMP(6)  NULL,
    decision_reason  VARCHAR(4000) NULL,
    result_run_id    BIGINT        NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT ck_objection_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT fk_objection_period FOREIGN KEY (period_id) REFERENCES appraisal_period (id),
    CONSTRAINT fk_objection_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_objection_period (period_id, status, id),
    INDEX ix_objection_unit (unit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who read or exported appraisal evidence, and when (UU 27/2022: access to personal data is logged).
CREATE TABLE appraisal_access_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    username   VARCHAR(255) NOT NULL,
    action     VARCHAR(24)  NOT NULL,
    period_id  BIGINT       NOT NULL,
    unit_id    BIGINT       NULL,
    detail     VARCHAR(300) NULL,
    PRIMARY KEY (id),
    INDEX ix_access_period (period_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

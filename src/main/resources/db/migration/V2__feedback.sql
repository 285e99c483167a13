-- Feedback from citizens: the SKM questionnaire (PermenPANRB 14/2017), unit ratings, officers' responses,
-- improvement plans, service-user counts, and the idempotency records that make retries safe.

-- A questionnaire version. region_id NULL is the national default; a region's admin publishes new versions,
-- and every answer points at the version it was given in, so a change never rewrites past answers.
CREATE TABLE questionnaire (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    region_id   BIGINT       NULL,
    version     INT          NOT NULL,
    created_by  VARCHAR(255) NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_region_version UNIQUE (region_id, version),
    CONSTRAINT fk_questionnaire_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Elements are stored by code with their labels, never by position (sources differ on the order of U8/U9).
CREATE TABLE questionnaire_element (
    questionnaire_id BIGINT       NOT NULL,
    code             VARCHAR(8)   NOT NULL,
    position         INT          NOT NULL,
    label_id         VARCHAR(200) NOT NULL,
    label_en         VARCHAR(200) NOT NULL,
    PRIMARY KEY (questionnaire_id, code),
    CONSTRAINT fk_element_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO questionnaire (id, region_id, version, created_by) VALUES (1, NULL, 1, 'PermenPANRB 14/2017');
INSERT INTO questionnaire_element (questionnaire_id, code, position, label_id, label_en) VALUES
    (1, 'U1', 1, 'Persyaratan', 'Requirements'),
    (1, 'U2', 2, 'Sistem, Mekanisme dan Prosedur', 'Systems, mechanisms and procedures'),
    (1, 'U3', 3, 'Waktu Penyelesaian', 'Completion time'),
    (1, 'U4', 4, 'Biaya/Tarif', 'Cost/tariff'),
    (1, 'U5', 5, 'Produk Spesifikasi Jenis Pelayanan', 'Service product specification'),
    (1, 'U6', 6, 'Kompetensi Pelaksana', 'Staff competence'),
    (1, 'U7', 7, 'Perilaku Pelaksana', 'Staff behaviour'),
    (1, 'U8', 8, 'Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints, suggestions and input'),
    (1, 'U9', 9, 'Sarana dan Prasarana', 'Facilities and infrastructure');

-- One row per SKM questionnaire (kind SURVEY, u1..u9 set) or unit rating (kind RATING, stars set).
-- unit_id and region_id are copied from the service at submission so that results per unit and region read
-- one covering index each instead of joining. local_date is the Asia/Jakarta calendar day.
CREATE TABLE feedback (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(8)    NOT NULL,
    service_id       BIGINT        NULL,
    unit_id          BIGINT        NOT NULL,
    region_id        BIGINT        NOT NULL,
    questionnaire_id BIGINT        NULL,
    author_sub       VARCHAR(64)   NOT NULL,
    author_name      VARCHAR(255)  NULL,
    anonymous        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- "one per citizen per service (or unit) per day", enforced by the database even under concurrent retries
    dedupe_key       VARCHAR(160)  NOT NULL,
    local_date       DATE          NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    u1 TINYINT NULL, u2 TINYINT NULL, u3 TINYINT NULL, u4 TINYINT NULL, u5 TINYINT NULL,
    u6 TINYINT NULL, u7 TINYINT NULL, u8 TINYINT NULL, u9 TINYINT NULL,
    stars            TINYINT       NULL,
    age_band         VARCHAR(16)   NULL,
    gender           VARCHAR(16)   NULL,
    education        VARCHAR(16)   NULL,
    occupation       VARCHAR(32)   NULL,
    comment          VARCHAR(2000) NULL,
    followed_up      BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_dedupe UNIQUE (dedupe_key),
    CONSTRAINT ck_feedback_kind CHECK (kind IN ('SURVEY', 'RATING')),
    CONSTRAINT fk_feedback_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    CONSTRAINT fk_feedback_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_feedback_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_feedback_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    -- covering indexes for IKM per service / unit / region and period (docs/benchmarks.md)
    INDEX ix_feedback_service_day (service_id, local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9),
    INDEX ix_feedback_unit_day (unit_id, local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9),
    INDEX ix_feedback_region_day (region_id, local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9),
    INDEX ix_feedback_author (author_sub, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Officers' public replies to a piece of feedback.
CREATE TABLE feedback_response (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    feedback_id  BIGINT        NOT NULL,
    author_sub   VARCHAR(64)   NOT NULL,
    author_name  VARCHAR(255)  NULL,
    text         VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_response_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
    INDEX ix_response_feedback (feedback_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The improvement plan (rencana tindak lanjut) a unit publishes for a service and period.
CREATE TABLE improvement_plan (
    service_id   BIGINT        NOT NULL,
    period       VARCHAR(8)    NOT NULL,
    text         TEXT          NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (service_id, period),
    CONSTRAINT fk_plan_service FOREIGN KEY (service_id) REFERENCES public_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How many people used a service in a period, entered by the unit's officer or an admin: the population N
-- of the Krejcie-Morgan minimum sample.
CREATE TABLE service_users (
    service_id   BIGINT        NOT NULL,
    period       VARCHAR(8)    NOT NULL,
    users        INT           NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (service_id, period),
    CONSTRAINT fk_users_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    CONSTRAINT ck_users_positive CHECK (users > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency-Key records: a retried POST (same caller, same key) gets the first answer again and changes
-- nothing. Shared by every creating endpoint (feedback now, forums later).
CREATE TABLE idempotency_record (
    principal        VARCHAR(64)   NOT NULL,
    idem_key         VARCHAR(128)  NOT NULL,
    scope            VARCHAR(200)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    response_status  INT           NULL,
    response_body    MEDIUMTEXT    NULL,
    location         VARCHAR(300)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (principal, idem_key),
    INDEX ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

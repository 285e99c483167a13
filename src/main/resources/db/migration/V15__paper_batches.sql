-- Paper questionnaires (issue 16): a unit collects SKM forms on paper at the counter and an officer enters them later,
-- as a batch. paper_batch is the stack of forms (for one service, collected between two days by someone, with the
-- number of sheets the stack holds as its control total); paper_sheet is what one person typed for one sheet in one
-- entry: 1 = the first entry, 2 = the blind second entry of a double-entry batch, 3 = the resolution of a difference
-- (or a correction before counting), each with who typed it and when. Rows are only ever added: a correction is a new
-- row (entry 3), never an UPDATE of what someone typed. A batch counts once (state COUNTED): each sheet then becomes
-- one answer in feedback (origin PAPER, origin_ref = the batch); a withdrawal takes those answers out again, and the
-- batch and its sheets stay, with the reason.
CREATE TABLE paper_batch (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    service_id       BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    region_id        BIGINT       NOT NULL,
    collected_from   DATE         NOT NULL,
    collected_to     DATE         NOT NULL,
    collected_by     VARCHAR(200) NOT NULL,
    sheets_declared  INT          NOT NULL,
    double_entry     BOOLEAN      NOT NULL DEFAULT FALSE,
    state            VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    created_by       VARCHAR(255) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    counted_by       VARCHAR(255) NULL,
    counted_at       TIMESTAMP(6) NULL,
    withdrawn_by     VARCHAR(255) NULL,
    withdrawn_at     TIMESTAMP(6) NULL,
    withdrawn_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_paper_batch_unit (unit_id, id),
    KEY ix_paper_batch_service (service_id, id),
    CONSTRAINT fk_paper_batch_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    CONSTRAINT ck_paper_batch_state CHECK (state IN ('OPEN', 'VERIFYING', 'COUNTED', 'WITHDRAWN')),
    CONSTRAINT ck_paper_batch_dates CHECK (collected_from <= collected_to),
    CONSTRAINT ck_paper_batch_sheets CHECK (sheets_declared BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paper_sheet (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id    BIGINT        NOT NULL,
    entry       INT           NOT NULL,
    sheet_no    INT           NOT NULL,
    u1          INT           NOT NULL,
    u2          INT           NOT NULL,
    u3          INT           NOT NULL,
    u4          INT           NOT NULL,
    u5          INT           NOT NULL,
    u6          INT           NOT NULL,
    u7          INT           NOT NULL,
    u8          INT           NOT NULL,
    u9          INT           NOT NULL,
    age_band    VARCHAR(16)   NULL,
    gender      VARCHAR(16)   NULL,
    education   VARCHAR(16)   NULL,
    occupation  VARCHAR(16)   NULL,
    comment     VARCHAR(2000) NULL,
    entered_by  VARCHAR(255)  NOT NULL,
    entered_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_paper_sheet (batch_id, entry, sheet_no),
    CONSTRAINT fk_paper_sheet_batch FOREIGN KEY (batch_id) REFERENCES paper_batch (id),
    CONSTRAINT ck_paper_sheet_entry CHECK (entry IN (1, 2, 3)),
    CONSTRAINT ck_paper_sheet_answers CHECK (u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4 AND u3 BETWEEN 1 AND 4
        AND u4 BETWEEN 1 AND 4 AND u5 BETWEEN 1 AND 4 AND u6 BETWEEN 1 AND 4 AND u7 BETWEEN 1 AND 4
        AND u8 BETWEEN 1 AND 4 AND u9 BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

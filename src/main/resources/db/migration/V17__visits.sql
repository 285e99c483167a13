-- Visit codes (issue 16): when a service has been delivered, the officer (or the unit's queue machine) creates a
-- single-use code for that one encounter; whoever holds it answers the SKM once at /v/{code}, without an account.
-- code is the code as printed without its group dashes (12 Crockford base32 characters = 60 random bits, and a
-- check character); a batch is a sheet of cut-out slips printed at once (visit_batch, each slip numbered).
-- used_at/answer_hash/used_client are written by the one answer: the hash of what was sent (a re-send of the same
-- body after a lost answer is the same answer), and a hash of the client address salted with the batch or visit,
-- which lets the appraisal see a batch answered by one hand without keeping anyone's address.
CREATE TABLE visit_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    service_id  BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    region_id   BIGINT       NOT NULL,
    codes       INT          NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_visit_batch_unit (unit_id, id),
    CONSTRAINT fk_visit_batch_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    CONSTRAINT ck_visit_batch_codes CHECK (codes BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         CHAR(13)     NOT NULL,
    service_id   BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    region_id    BIGINT       NOT NULL,
    batch_id     BIGINT       NULL,
    slip_no      INT          NULL,
    created_by   VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at   TIMESTAMP(6) NOT NULL,
    used_at      TIMESTAMP(6) NULL,
    answer_hash  CHAR(64)     NULL,
    used_client  CHAR(16)     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_visit_code (code),
    KEY ix_visit_unit (unit_id, id),
    KEY ix_visit_batch (batch_id, slip_no),
    CONSTRAINT fk_visit_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    CONSTRAINT fk_visit_batch FOREIGN KEY (batch_id) REFERENCES visit_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- After answering by visit code, the citizen may create an account to follow the unit's replies (never before):
-- follower_sub is that account. The answer stays the code's (author_sub visit:<id>, anonymous, origin VISIT), so
-- nothing the appraisal reads changes; "my feedback" lists what one wrote or follows.
ALTER TABLE feedback
    ADD COLUMN follower_sub VARCHAR(255) NULL,
    ADD INDEX ix_feedback_follower (follower_sub, id);

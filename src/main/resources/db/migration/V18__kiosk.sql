-- Counter kiosks (issue 16): a tablet at a unit's counter, paired once by an officer or admin and then taking SKM
-- answers without an account. A kiosk starts PENDING with a one-time pairing code (8 Crockford base32 characters,
-- valid 15 minutes); typing it on the tablet at /kiosk makes it PAIRED and gives the tablet a device credential (a
-- random 256-bit token in a cookie). Neither is stored: only their SHA-256 (pairing_hash, credential_hash). A kiosk is
-- REVOKED by the unit's officers or its regency's admins (audited), and its credential is refused from then on.
-- last_answer_at is the database's clock (NOW(6)) of the last answer: the per-device minimum gap reads it under the
-- row's lock, so two answers of one device queue.
CREATE TABLE kiosk (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT       NOT NULL,
    region_id          BIGINT       NOT NULL,
    name               VARCHAR(100) NOT NULL,
    state              VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    pairing_hash       CHAR(64)     NOT NULL,
    pairing_expires_at TIMESTAMP(6) NOT NULL,
    credential_hash    CHAR(64)     NULL,
    created_by         VARCHAR(255) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    paired_at          TIMESTAMP(6) NULL,
    last_answer_at     TIMESTAMP(6) NULL,
    revoked_by         VARCHAR(255) NULL,
    revoked_at         TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_kiosk_pairing (pairing_hash),
    UNIQUE KEY uk_kiosk_credential (credential_hash),
    KEY ix_kiosk_unit (unit_id, id),
    CONSTRAINT fk_kiosk_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_kiosk_state CHECK (state IN ('PENDING', 'PAIRED', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per answer a kiosk gave (the answer itself is the feedback row, origin KIOSK, origin_ref = the kiosk):
-- the id the kiosk gave it (an outbox re-send carries the same one, so it is the same answer), and whether it came
-- outside the unit's service hours (counter_settings, Asia/Jakarta): such answers are accepted, flagged and counted.
-- No foreign key to feedback: withdrawing or erasing answers is feedback's business and must not trip over this
-- table; a row whose answer is gone only stops counting in the joins that read it.
CREATE TABLE kiosk_answer (
    feedback_id  BIGINT       NOT NULL,
    device_id    BIGINT       NOT NULL,
    answer_id    VARCHAR(64)  NOT NULL,
    out_of_hours BOOLEAN      NOT NULL DEFAULT FALSE,
    answered_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (feedback_id),
    UNIQUE KEY uk_kiosk_answer (device_id, answer_id),
    KEY ix_kiosk_answer_time (device_id, answered_at),
    CONSTRAINT fk_kiosk_answer_device FOREIGN KEY (device_id) REFERENCES kiosk (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

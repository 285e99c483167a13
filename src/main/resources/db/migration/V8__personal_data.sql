-- Personal data under UU No. 27 Tahun 2022 (PDP): the log of staff access to a citizen's personal data, the
-- record of deleted accounts (so that a token issued before the deletion cannot write again), and the
-- reservation of a deleted citizen's forum pseudonym.

-- Every time staff (officer, HR, moderator, admin) are shown a citizen's identity together with what the citizen
-- wrote: who, in which role, what, on which screen, when. The citizen reads their own rows
-- (GET /api/v1/me/access-log). Keyed by both the Keycloak subject and the username, since older feedback rows
-- know only the subject. Purged after suarawarga.retention.staff-access-log (docs/operations.md).
CREATE TABLE personal_data_access (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    at                TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    citizen_sub       VARCHAR(64)  NULL,
    citizen_username  VARCHAR(255) NULL,
    staff_username    VARCHAR(255) NOT NULL,
    staff_role        VARCHAR(16)  NOT NULL,
    what              VARCHAR(24)  NOT NULL,
    object_id         BIGINT       NULL,
    screen            VARCHAR(48)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_pda_citizen_sub (citizen_sub, id),
    INDEX ix_pda_citizen_username (citizen_username, id),
    INDEX ix_pda_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A deleted account: only Keycloak's random subject id, never the name. While the row exists, tokens of that
-- subject are refused (a token lives up to 5 minutes, a page session a little longer). keycloak_removed_at stays
-- NULL until Keycloak confirmed the removal; the retention job retries until it does.
CREATE TABLE deleted_account (
    subject              VARCHAR(64)  NOT NULL,
    deleted_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    keycloak_removed_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (subject),
    INDEX ix_deleted_account_at (deleted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A deleted citizen's pseudonym stays taken for a while (nobody can pick it up at once and pass for them);
-- reserved_until set = no account behind it any more. The retention job frees it afterwards.
ALTER TABLE forum_profile ADD COLUMN reserved_until TIMESTAMP(6) NULL;

-- Forums (issue 5): categories per region (optionally per unit or service), threads, posts with their edit
-- history, "helpful" reactions, citizens' pseudonyms; moderation: moderators' regions, reports, sanctions;
-- shared: the append-only audit log, per-user rate-limit counters, banned words; in-app notifications.

-- Which regions a moderator moderates, keyed by Keycloak username like officer_unit (ADR 0002).
CREATE TABLE moderator_region (
    username    VARCHAR(255) NOT NULL,
    region_id   BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (username, region_id),
    CONSTRAINT fk_moderator_region_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A citizen's forum identity: the pseudonym shown instead of the real name. unicode_ci makes the unique key
-- case-insensitive ("Budi" and "budi" are one name). created_at is when the portal first saw the account.
CREATE TABLE forum_profile (
    username              VARCHAR(255) NOT NULL,
    pseudonym             VARCHAR(30)  NOT NULL,
    pseudonym_changed_at  TIMESTAMP(6) NULL,
    created_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (username),
    CONSTRAINT uk_forum_profile_pseudonym UNIQUE (pseudonym)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_category (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(48)   NOT NULL,
    name         VARCHAR(150)  NOT NULL,
    description  VARCHAR(1000) NULL,
    region_id    BIGINT        NOT NULL,
    unit_id      BIGINT        NULL,
    service_id   BIGINT        NULL,
    position     INT           NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_forum_category_code UNIQUE (code),
    CONSTRAINT fk_forum_category_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_forum_category_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_forum_category_service FOREIGN KEY (service_id) REFERENCES public_service (id),
    INDEX ix_forum_category_region (region_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: VISIBLE, HELD (waiting for review before anyone sees it), HIDDEN (by reports or a moderator),
-- REMOVED (by a moderator). post_count and last_post_at are kept by the service so that the list needs no
-- aggregate over posts.
CREATE TABLE forum_thread (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    category_id     BIGINT       NOT NULL,
    title           VARCHAR(150) NOT NULL,
    author          VARCHAR(255) NOT NULL,
    status          VARCHAR(12)  NOT NULL DEFAULT 'VISIBLE',
    locked          BOOLEAN      NOT NULL DEFAULT FALSE,
    pinned          BOOLEAN      NOT NULL DEFAULT FALSE,
    post_count      INT          NOT NULL DEFAULT 0,
    first_post_id   BIGINT       NULL,
    last_post_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_thread_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
    CONSTRAINT ck_forum_thread_status CHECK (status IN ('VISIBLE', 'HELD', 'HIDDEN', 'REMOVED')),
    INDEX ix_forum_thread_list (category_id, status, pinned, last_post_at),
    FULLTEXT INDEX ft_forum_thread_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A post: the thread's opening post (position 1) or a reply. author_kind is the author's standing when posting
-- (CITIZEN, OFFICER, MODERATOR, ADMIN): the badge shown, and what a moderator may act against.
-- status: PUBLISHED, HELD, HIDDEN, REMOVED (moderator), DELETED (by its author; shown as removed by author).
-- position numbers posts within the thread, so a page is a range scan on (thread_id, position).
CREATE TABLE forum_post (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    thread_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    author          VARCHAR(255)  NOT NULL,
    author_name     VARCHAR(255)  NULL,
    author_kind     VARCHAR(12)   NOT NULL,
    badge_unit_id   BIGINT        NULL,
    quote_post_id   BIGINT        NULL,
    body            TEXT          NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(12)   NOT NULL DEFAULT 'PUBLISHED',
    status_reason   VARCHAR(500)  NULL,
    helpful_count   INT           NOT NULL DEFAULT 0,
    edited_at       TIMESTAMP(6)  NULL,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_forum_post_position UNIQUE (thread_id, position),
    CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_post_quote FOREIGN KEY (quote_post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_badge_unit FOREIGN KEY (badge_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_forum_post_status CHECK (status IN ('PUBLISHED', 'HELD', 'HIDDEN', 'REMOVED', 'DELETED')),
    CONSTRAINT ck_forum_post_kind CHECK (author_kind IN ('CITIZEN', 'OFFICER', 'MODERATOR', 'ADMIN')),
    INDEX ix_forum_post_author (author, created_at),
    INDEX ix_forum_post_review (status, created_at),
    FULLTEXT INDEX ft_forum_post_body (body)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE forum_thread ADD CONSTRAINT fk_forum_thread_first_post FOREIGN KEY (first_post_id) REFERENCES forum_post (id);

-- Earlier versions of an edited post (kept; never shown to the public beyond "edited").
CREATE TABLE forum_post_edit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    post_id     BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    title       VARCHAR(150) NULL,
    replaced_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_post_edit_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    INDEX ix_forum_post_edit_post (post_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One "helpful" per user and post: the primary key makes a repeat a no-op.
CREATE TABLE forum_reaction (
    post_id     BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (post_id, username),
    CONSTRAINT fk_forum_reaction_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports (flags). One per reporter and item; weight is the reporter's weight when reporting (docs/api.md).
-- status: OPEN until a moderator decides; UPHELD (the item was hidden/removed) or REJECTED (restored).
-- A post held for review before publishing enters the queue as a report of reporter 'system', reason HELD,
-- weight 0, so that the queue is one list.
CREATE TABLE moderation_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    target_type  VARCHAR(12)   NOT NULL,
    target_id    BIGINT        NOT NULL,
    region_id    BIGINT        NOT NULL,
    reporter     VARCHAR(255)  NOT NULL,
    reason       VARCHAR(16)   NOT NULL,
    text         VARCHAR(500)  NULL,
    weight       DECIMAL(4, 2) NOT NULL,
    status       VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    decided_at   TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_moderation_report_once UNIQUE (target_type, target_id, reporter),
    CONSTRAINT fk_moderation_report_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_moderation_report_reason CHECK (reason IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER', 'HELD')),
    CONSTRAINT ck_moderation_report_status CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
    INDEX ix_moderation_report_reporter (reporter, status),
    INDEX ix_moderation_report_queue (status, region_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Warnings and posting suspensions given by moderators.
CREATE TABLE moderation_sanction (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    username    VARCHAR(255)  NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    until_at    TIMESTAMP(6)  NULL,
    reason      VARCHAR(500)  NOT NULL,
    given_by    VARCHAR(255)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT ck_moderation_sanction_kind CHECK (kind IN ('WARN', 'SUSPEND')),
    INDEX ix_moderation_sanction_user (username, kind, until_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The append-only audit log: who did what to which item, when, why, and the state before and after.
-- The triggers refuse any UPDATE or DELETE, whatever the application does.
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    actor        VARCHAR(255)  NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    target_type  VARCHAR(12)   NOT NULL,
    target_id    VARCHAR(255)  NOT NULL,
    region_id    BIGINT        NULL,
    reason       VARCHAR(500)  NOT NULL,
    before_state VARCHAR(2000) NULL,
    after_state  VARCHAR(2000) NULL,
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    INDEX ix_audit_log_target (target_type, target_id, id),
    INDEX ix_audit_log_region (region_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

-- Per-user counters of rate-limited actions per window (a Jakarta day), in the database so that the limits
-- hold across app instances.
CREATE TABLE rate_limit_counter (
    username      VARCHAR(255) NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    window_start  DATE         NOT NULL,
    used          INT          NOT NULL,
    PRIMARY KEY (username, action, window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Words that hold a post for review instead of publishing it (matched case-insensitively, whole words).
CREATE TABLE banned_word (
    word        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (word)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications: kind + parameters, rendered in the reader's language.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    username    VARCHAR(255)  NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    thread_id   BIGINT        NULL,
    post_id     BIGINT        NULL,
    subject     VARCHAR(150)  NULL,
    reason      VARCHAR(500)  NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    read_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_user (username, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff scopes, one mechanism (issue 15): every staff role a person holds in Keycloak is limited here to the units
-- (officer, counter) or regions (moderator, hr, admin) they work for. Replaces officer_unit and moderator_region,
-- whose rows move over unchanged. Keyed by Keycloak username like those tables (ADR 0002); the role itself is still
-- granted in Keycloak, this table only says where it applies. Who granted a scope, when and why is kept on the row
-- and, with the scope before and after, in the audit log (StaffScopes).
CREATE TABLE staff_scope (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    username    VARCHAR(255) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    -- Unit roles name a unit and, kept with it, that unit's region (so a region's staff are listed, filtered and
    -- audited without a join into the catalogue); region roles name a region only.
    unit_id     BIGINT       NULL,
    region_id   BIGINT       NOT NULL,
    -- What the scope is: the unit for unit roles, else the region (unique per person and role).
    target_id   BIGINT AS (COALESCE(unit_id, region_id)) STORED,
    granted_by  VARCHAR(255) NOT NULL,
    reason      VARCHAR(500) NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_scope UNIQUE (username, role, target_id),
    CONSTRAINT ck_staff_scope_role CHECK (role IN ('officer', 'counter', 'moderator', 'hr', 'admin')),
    CONSTRAINT ck_staff_scope_kind CHECK ((role IN ('officer', 'counter')) = (unit_id IS NOT NULL)),
    CONSTRAINT fk_staff_scope_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_staff_scope_region FOREIGN KEY (region_id) REFERENCES region (id),
    INDEX ix_staff_scope_region (region_id, role),
    INDEX ix_staff_scope_unit (unit_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO staff_scope (username, role, unit_id, region_id, granted_by, reason, created_at)
SELECT o.username, 'officer', o.unit_id, u.region_id, 'migration', 'officer_unit', o.created_at
FROM officer_unit o JOIN unit u ON u.id = o.unit_id;

INSERT INTO staff_scope (username, role, region_id, granted_by, reason, created_at)
SELECT username, 'moderator', region_id, 'migration', 'moderator_region', created_at FROM moderator_region;

DROP TABLE officer_unit;
DROP TABLE moderator_region;

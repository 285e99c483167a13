-- Catalogue: regions (kabupaten/kota), units (OPD, nested) and the public services they provide.
-- utf8mb4 everywhere: Indonesian names, and emoji that citizens will type later in forums.

CREATE TABLE region (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    type        VARCHAR(16)  NOT NULL,
    province    VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code),
    CONSTRAINT ck_region_type CHECK (type IN ('KABUPATEN', 'KOTA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(24)  NOT NULL,
    region_id   BIGINT       NOT NULL,
    parent_id   BIGINT       NULL,
    address     VARCHAR(300) NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_region_name (region_id, name),
    INDEX ix_unit_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_service (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(48)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NULL,
    standard_url  VARCHAR(500)  NULL,
    unit_id       BIGINT        NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_service_code UNIQUE (code),
    CONSTRAINT fk_service_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_service_unit_name (unit_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Officers (petugas) serve one or more units. Kept here, keyed by the Keycloak username (not editable by
-- users in the realm), so an admin manages assignments in the portal and the token stays small.
CREATE TABLE officer_unit (
    username    VARCHAR(255) NOT NULL,
    unit_id     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (username, unit_id),
    CONSTRAINT fk_officer_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

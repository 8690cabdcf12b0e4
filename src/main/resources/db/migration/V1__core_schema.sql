-- kiemtra core schema. Every synchronised row carries: UUID key, created/updated timestamps,
-- the device that made it, the device that last changed it, a revision and a tombstone flag.

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value CHARACTER LARGE OBJECT,
    updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE TABLE unit (
    id             UUID PRIMARY KEY,
    name           VARCHAR(500) NOT NULL,
    short_name     VARCHAR(200),
    kind           VARCHAR(20),
    valid_from     DATE,
    valid_to       DATE,
    search_key     VARCHAR(500) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX unit_name_idx ON unit(name);

CREATE TABLE person (
    id             UUID PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    position       VARCHAR(300),
    organisation   VARCHAR(300),
    search_key     VARCHAR(500) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE checklist_template (
    id              UUID PRIMARY KEY,
    code            VARCHAR(50) NOT NULL,
    version         VARCHAR(50) NOT NULL,
    name            VARCHAR(500) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    na_policy       VARCHAR(30) NOT NULL,
    partial_factor  DECIMAL(6,4) NOT NULL,
    published_at    TIMESTAMP(3) WITH TIME ZONE,
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device   UUID NOT NULL,
    updated_device  UUID NOT NULL,
    revision        INT NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT checklist_template_code_version_uk UNIQUE (code, version)
);

CREATE TABLE checklist_area (
    id             UUID PRIMARY KEY,
    template_id    UUID NOT NULL REFERENCES checklist_template(id),
    ordinal        INT NOT NULL,
    code           VARCHAR(20) NOT NULL,
    name           VARCHAR(500) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT checklist_area_code_uk UNIQUE (template_id, code)
);

CREATE TABLE checklist_criterion (
    id              UUID PRIMARY KEY,
    template_id     UUID NOT NULL REFERENCES checklist_template(id),
    area_id         UUID NOT NULL REFERENCES checklist_area(id),
    parent_id       UUID REFERENCES checklist_criterion(id),
    ordinal         INT NOT NULL,
    code            VARCHAR(20) NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    guidance        VARCHAR(2000),
    answer_type     VARCHAR(10) NOT NULL,
    facts           VARCHAR(100),
    max_score       DECIMAL(9,3) NOT NULL,
    na_allowed      BOOLEAN NOT NULL,
    ratio_target    DECIMAL(9,3),
    ratio_threshold DECIMAL(9,3),
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device   UUID NOT NULL,
    updated_device  UUID NOT NULL,
    revision        INT NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT checklist_criterion_code_uk UNIQUE (template_id, code)
);

CREATE TABLE inspection (
    id                 UUID PRIMARY KEY,
    template_id        UUID NOT NULL REFERENCES checklist_template(id),
    title              VARCHAR(1000) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    governing_body     VARCHAR(500),
    issuing_body       VARCHAR(500),
    document_symbol    VARCHAR(100),
    place_name         VARCHAR(200),
    document_number    INT,
    started_at         TIMESTAMP(0) NOT NULL,
    ended_at           TIMESTAMP(0),
    place              VARCHAR(1000) NOT NULL,
    unit_id            UUID REFERENCES unit(id),
    unit_name          VARCHAR(500) NOT NULL,
    unit_short_name    VARCHAR(200),
    overall_assessment CHARACTER LARGE OBJECT,
    unit_response      CHARACTER LARGE OBJECT,
    copies             INT,
    search_key         VARCHAR(2000) NOT NULL,
    created_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device      UUID NOT NULL,
    updated_device     UUID NOT NULL,
    revision           INT NOT NULL,
    deleted            BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE inspection_basis (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    ordinal        INT NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX inspection_basis_parent_idx ON inspection_basis(inspection_id);

CREATE TABLE team_member (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    ordinal        INT NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    position       VARCHAR(300),
    organisation   VARCHAR(300),
    role           VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX team_member_parent_idx ON team_member(inspection_id);

CREATE TABLE unit_participant (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    ordinal        INT NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    position       VARCHAR(300),
    role           VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX unit_participant_parent_idx ON unit_participant(inspection_id);

CREATE TABLE answer (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    criterion_code VARCHAR(20) NOT NULL,
    result         VARCHAR(20),
    count_value    BIGINT,
    qualifier      VARCHAR(20),
    numerator      BIGINT,
    denominator    BIGINT,
    doc_number     VARCHAR(200),
    doc_date       DATE,
    doc_issuer     VARCHAR(500),
    note           CHARACTER LARGE OBJECT,
    score_override DECIMAL(9,3),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT answer_criterion_uk UNIQUE (inspection_id, criterion_code)
);

CREATE TABLE area_finding (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    area_code      VARCHAR(20) NOT NULL,
    strengths      CHARACTER LARGE OBJECT,
    shortcomings   CHARACTER LARGE OBJECT,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT area_finding_area_uk UNIQUE (inspection_id, area_code)
);

CREATE TABLE recommendation (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    ordinal        INT NOT NULL,
    text           CHARACTER LARGE OBJECT NOT NULL,
    addressee      VARCHAR(500),
    due_date       DATE,
    related_items  VARCHAR(1000),
    status         VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX recommendation_parent_idx ON recommendation(inspection_id);

-- Evidence rows are append-only (content never rewritten): see docs/decisions.
CREATE TABLE evidence (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    criterion_code VARCHAR(20),
    file_name      VARCHAR(500) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    content        BINARY LARGE OBJECT NOT NULL,
    caption        VARCHAR(1000),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX evidence_parent_idx ON evidence(inspection_id);

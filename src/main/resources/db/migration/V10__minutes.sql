-- Signed minutes: the PDF stored when the minutes were marked signed, its SHA-256, and the
-- verification code printed on every page (derived from the content hash). Written once per
-- inspection (id derived from the inspection), never rewritten; corrections are amendments.
CREATE TABLE signed_minutes (
    id                UUID PRIMARY KEY,
    inspection_id     UUID NOT NULL REFERENCES inspection(id),
    verification_code VARCHAR(20) NOT NULL,
    content_sha256    CHAR(64) NOT NULL,
    pdf_sha256        CHAR(64) NOT NULL,
    pdf_size          BIGINT NOT NULL,
    pdf               BINARY LARGE OBJECT NOT NULL,
    with_annex        BOOLEAN NOT NULL,
    document_number   INT,
    signed_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device     UUID NOT NULL,
    updated_device    UUID NOT NULL,
    revision          INT NOT NULL,
    deleted           BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT signed_minutes_inspection_uk UNIQUE (inspection_id)
);
CREATE INDEX signed_minutes_pdf_idx ON signed_minutes(pdf_sha256);
CREATE INDEX signed_minutes_code_idx ON signed_minutes(verification_code);

-- Amendments (biên bản bổ sung) to signed minutes, numbered 1, 2, … per inspection.
CREATE TABLE minutes_amendment (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    amendment_no   INT NOT NULL,
    text           CHARACTER LARGE OBJECT NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT minutes_amendment_no_uk UNIQUE (inspection_id, amendment_no)
);

-- Scans or photos of the signed paper minutes; append-only like evidence.
CREATE TABLE minutes_scan (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    file_name      VARCHAR(500) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    content        BINARY LARGE OBJECT NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    origin_device  UUID NOT NULL,
    updated_device UUID NOT NULL,
    revision       INT NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX minutes_scan_parent_idx ON minutes_scan(inspection_id);

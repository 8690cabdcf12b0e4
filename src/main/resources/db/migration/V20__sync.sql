-- Sync bookkeeping. None of these tables travels in packages; they describe this database's view
-- of the others.

-- Per synchronised row: its clock (version vector and the write that set each field), a hash of
-- each field as last stamped (to find this device's edits), the row revision seen at that time and
-- this database's change number for the row (what incremental exports select on).
CREATE TABLE sync_state (
    table_name    VARCHAR(40) NOT NULL,
    row_id        UUID NOT NULL,
    row_revision  INT NOT NULL,
    change_no     BIGINT NOT NULL,
    clock         CHARACTER LARGE OBJECT NOT NULL,
    field_hashes  CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT sync_state_pk PRIMARY KEY (table_name, row_id)
);
CREATE INDEX sync_state_change_idx ON sync_state(table_name, change_no);

-- Devices whose packages this database accepts, with their Ed25519 public key.
CREATE TABLE sync_device (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    public_key      VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(60) NOT NULL,
    enrolled_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    acked_change    BIGINT DEFAULT 0 NOT NULL
);

-- Every package imported here (an identical re-import is recognised by its id).
CREATE TABLE sync_package (
    id            UUID PRIMARY KEY,
    device_id     UUID NOT NULL,
    device_name   VARCHAR(200) NOT NULL,
    sequence_no   BIGINT NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    from_change   BIGINT NOT NULL,
    to_change     BIGINT NOT NULL,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    imported_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    file_name     VARCHAR(1000) NOT NULL,
    summary       VARCHAR(2000) NOT NULL
);
CREATE INDEX sync_package_device_idx ON sync_package(device_id, sequence_no);

-- Fields two devices changed differently: both values kept until a person decides.
CREATE TABLE sync_conflict (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    table_name      VARCHAR(40) NOT NULL,
    row_id          UUID NOT NULL,
    field_name      VARCHAR(60) NOT NULL,
    inspection_id   UUID,
    local_value     CHARACTER LARGE OBJECT,
    local_device    UUID,
    incoming_value  CHARACTER LARGE OBJECT,
    incoming_device UUID,
    detected_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP(3) WITH TIME ZONE,
    resolved_value  CHARACTER LARGE OBJECT
);
CREATE INDEX sync_conflict_open_idx ON sync_conflict(resolved_at);

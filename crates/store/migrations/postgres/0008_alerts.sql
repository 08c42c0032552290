-- Alerts: requests to act when a subject is found. Person alerts carry the
-- fields screening compares; object alerts an identifier (a document
-- number, a VIN, a serial number).
CREATE TABLE alerts (
    seq              BIGSERIAL PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,    -- UUIDv7
    category         TEXT NOT NULL,
    owner_node       TEXT NOT NULL,
    reference        TEXT NOT NULL,           -- the owner's own reference
    handling_code    TEXT NOT NULL,
    action           TEXT NOT NULL,           -- what to do on a hit
    given_names      TEXT NOT NULL DEFAULT '',
    surname          TEXT NOT NULL DEFAULT '',
    full_name_native TEXT NOT NULL DEFAULT '',
    date_of_birth    TEXT NOT NULL DEFAULT '',
    nationality      TEXT NOT NULL DEFAULT '',
    gender           TEXT NOT NULL DEFAULT '',
    document_number  TEXT NOT NULL DEFAULT '',
    valid_until      TEXT NOT NULL,           -- YYYY-MM-DD
    withdrawn_at     BIGINT,
    created_by       TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    UNIQUE (owner_node, reference)
);
CREATE INDEX alerts_current ON alerts (withdrawn_at, valid_until);

-- Earlier versions of changed records: a record's page shows its history
-- (who changed which fields, when). The old versions hold personal data,
-- so they go with the record when retention or erasure deletes it.
CREATE TABLE record_versions (
    record_id       TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    version         BIGINT NOT NULL,
    -- The record as it was before this change (JSON, like records.body).
    body            TEXT NOT NULL,
    -- Column names of the common model that changed, comma-separated.
    changed_fields  TEXT NOT NULL,
    changed_by      TEXT NOT NULL,
    changed_at      BIGINT NOT NULL,
    PRIMARY KEY (record_id, version)
);

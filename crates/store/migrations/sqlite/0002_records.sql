-- The common data model: records (one entity each, with its metadata),
-- the identifiers and names they are searched by, and relations.
-- The entity itself is kept as JSON in `body`; the columns beside it are what
-- searches, retention and authorisation need without parsing it.

CREATE TABLE records (
    id                     TEXT PRIMARY KEY,
    kind                   TEXT NOT NULL,
    owner_node             TEXT NOT NULL,
    external_ref           TEXT,
    handling_code          TEXT NOT NULL,
    data_subject_category  TEXT,
    case_reference         TEXT NOT NULL,
    purpose                TEXT NOT NULL,
    review_after           TEXT NOT NULL,
    delete_after           TEXT NOT NULL,
    date_of_birth          TEXT,
    caption                TEXT NOT NULL,
    body                   TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    created_at             INTEGER NOT NULL,
    updated_by             TEXT NOT NULL,
    updated_at             INTEGER NOT NULL,
    review_flagged_at      INTEGER
);
CREATE UNIQUE INDEX records_external_ref ON records(owner_node, external_ref);
CREATE INDEX records_kind ON records(kind, caption);
CREATE INDEX records_review_after ON records(review_after);
CREATE INDEX records_delete_after ON records(delete_after);
CREATE INDEX records_date_of_birth ON records(date_of_birth);

CREATE TABLE record_identifiers (
    scheme     TEXT NOT NULL,
    value      TEXT NOT NULL,
    record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (scheme, value, record_id)
);
CREATE INDEX record_identifiers_record ON record_identifiers(record_id);

-- Name tokens, folded (lower case, no diacritics), for search by name.
CREATE TABLE record_names (
    token      TEXT NOT NULL,
    record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (token, record_id)
);
CREATE INDEX record_names_record ON record_names(record_id);

CREATE TABLE relations (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    from_id     TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX relations_from ON relations(from_id);
CREATE INDEX relations_to ON relations(to_id);

-- A country's own offence codes mapped to ICCS, the list offences and ECRIS.
CREATE TABLE national_offences (
    country       TEXT NOT NULL,
    code          TEXT NOT NULL,
    label         TEXT NOT NULL,
    iccs          TEXT NOT NULL,
    list_offence  TEXT,
    ecris         TEXT,
    PRIMARY KEY (country, code)
);

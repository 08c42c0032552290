-- Foundation: node settings, units, users, sessions, API tokens, audit log.
-- Timestamps are Unix milliseconds (UTC); ids are UUID text. Both backends use
-- the same column types so that one query serves both.

CREATE TABLE node_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id                    TEXT PRIMARY KEY,
    username              TEXT NOT NULL UNIQUE,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL,
    unit_id               TEXT REFERENCES units(id),
    password_hash         TEXT NOT NULL,
    totp_secret           TEXT,
    totp_last_step        BIGINT,
    totp_enabled          BOOLEAN NOT NULL DEFAULT FALSE,
    language              TEXT,
    disabled              BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins         BIGINT NOT NULL DEFAULT 0,
    locked_until          BIGINT,
    must_change_password  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at            BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL,
    last_login_at         BIGINT
);

CREATE TABLE recovery_codes (
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE sessions (
    id_hash       TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token    TEXT NOT NULL,
    stage         TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    source        TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY,
    label         TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    unit_id       TEXT REFERENCES units(id),
    created_by    TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    revoked_at    BIGINT,
    last_used_at  BIGINT
);

CREATE TABLE audit_events (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  BIGINT NOT NULL,
    actor_kind   TEXT NOT NULL,
    actor_id     TEXT,
    actor_name   TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT,
    outcome      TEXT NOT NULL,
    source       TEXT,
    detail       TEXT
);
CREATE INDEX audit_events_action ON audit_events(action);
CREATE INDEX audit_events_actor ON audit_events(actor_id);

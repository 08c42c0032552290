-- Hits on alerts, from screening here or from a partner's hit/no-hit
-- answer, worked through until closed (liaison_core::alert::HitStatus):
-- candidate -> confirmed or false hit -> action taken or not possible ->
-- owner informed (a federation message; the owner's reply is due within
-- 12 hours) -> closed.
CREATE TABLE hits (
    seq              BIGSERIAL PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,    -- UUIDv7
    -- The alert and the subject: a subject screened again while its hit
    -- on that alert is open finds the same hit.
    dedupe_key       TEXT NOT NULL,
    alert_owner      TEXT NOT NULL,
    alert_reference  TEXT NOT NULL,
    alert_id         TEXT,                    -- set when the alert is this node's
    category         TEXT NOT NULL,
    action           TEXT NOT NULL,
    contact          TEXT NOT NULL,
    subject          TEXT NOT NULL,           -- the person or identifier as screened
    subject_facts    TEXT NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    explanation      TEXT NOT NULL,           -- JSON: [[field, how, weight]]
    origin           TEXT NOT NULL CHECK (origin IN ('screening', 'partner')),
    purpose          TEXT NOT NULL,
    case_reference   TEXT NOT NULL,
    status           TEXT NOT NULL,
    found_by         TEXT NOT NULL,
    found_at         BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    informed_at      BIGINT,
    report_message   TEXT,                    -- the message that told the owner
    report_thread    TEXT,
    owner_replied_at BIGINT,
    escalated_at     BIGINT                   -- the reply went overdue and was escalated
);
CREATE UNIQUE INDEX hits_one_open_per_subject ON hits (dedupe_key) WHERE status <> 'closed';
CREATE INDEX hits_by_status ON hits (status, seq);

-- Every step of a hit: who moved it, when, and why.
CREATE TABLE hit_events (
    seq     BIGSERIAL PRIMARY KEY,
    hit_id  TEXT NOT NULL REFERENCES hits (id),
    status  TEXT NOT NULL,
    note    TEXT NOT NULL,
    by_user TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX hit_events_by_hit ON hit_events (hit_id, seq);

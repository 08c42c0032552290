-- Federation messages, both directions. The envelope is kept as signed
-- (proof of origin); subject and content are the opened plaintext, shown to
-- users of this node only.
CREATE TABLE messages (
    -- Local order of arrival (inbound) or of queuing (outbound).
    seq            BIGSERIAL PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,      -- UUIDv7, the same on every node
    thread         TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    sender         TEXT NOT NULL,
    recipients     TEXT NOT NULL,             -- node names, comma-separated
    handling_code  TEXT NOT NULL,
    evaluation     TEXT NOT NULL,
    subject        TEXT NOT NULL,
    content        TEXT NOT NULL,             -- JSON: body, records, attachments
    envelope       BYTEA NOT NULL,
    created_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    received_at    BIGINT,
    read_at        BIGINT,
    read_by        TEXT,
    author         TEXT
);
CREATE INDEX messages_by_direction ON messages (direction, seq);
CREATE INDEX messages_by_thread ON messages (thread, seq);

-- One row per recipient of an outbound message: the delivery queue and its
-- receipts.
CREATE TABLE deliveries (
    message_id        TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    recipient         TEXT NOT NULL,
    message_seq       BIGINT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('queued', 'delivered', 'read', 'rejected')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    delivered_at      BIGINT,
    delivery_receipt  BYTEA,
    read_at           BIGINT,
    read_receipt      BYTEA,
    PRIMARY KEY (message_id, recipient)
);
CREATE INDEX deliveries_queue ON deliveries (recipient, status, message_seq);

-- Read receipts this node owes to senders, queued like messages.
CREATE TABLE receipts_out (
    message_id  TEXT NOT NULL,
    peer        TEXT NOT NULL,
    receipt     BYTEA NOT NULL,
    queued_at   BIGINT NOT NULL,
    sent_at     BIGINT,
    PRIMARY KEY (message_id, peer)
);
CREATE INDEX receipts_out_queue ON receipts_out (peer, sent_at);

-- Per partner node: the delivery worker's lease (one sender per peer at a
-- time, which keeps order) and its backoff after failures.
CREATE TABLE peers (
    name             TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT NOT NULL DEFAULT 0,
    lease_owner      TEXT,
    lease_until      BIGINT NOT NULL DEFAULT 0,
    last_error       TEXT,
    last_success_at  BIGINT
);

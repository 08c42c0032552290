-- Permissions to pass a restricted (H2, H3) message on to a third party,
-- granted by the message's owner (its original sender) through a signed
-- message. A forward to a node without a grant is refused.
CREATE TABLE forward_permissions (
    message_id        TEXT NOT NULL,
    -- The node allowed to forward (the holder of the copy).
    holder            TEXT NOT NULL,
    -- The third party it may forward to.
    recipient         TEXT NOT NULL,
    granted_by        TEXT NOT NULL,
    grant_message_id  TEXT NOT NULL,
    granted_at        BIGINT NOT NULL,
    PRIMARY KEY (message_id, holder, recipient)
);

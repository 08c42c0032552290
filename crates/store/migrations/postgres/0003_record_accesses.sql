-- Which records each audited access disclosed (views, search results,
-- exports, deletions), so the DPO can list every access to one data subject.
-- No foreign key to records: the trail outlives the record.
CREATE TABLE record_accesses (
    record_id  TEXT NOT NULL,
    audit_seq  BIGINT NOT NULL REFERENCES audit_events(seq),
    PRIMARY KEY (record_id, audit_seq)
);

-- Files attached to a message, as `FILE_ID:CHUNKS` pairs separated by
-- commas, so that the delivery worker can send their encrypted chunks
-- before the envelope without opening it.
ALTER TABLE messages ADD COLUMN files TEXT NOT NULL DEFAULT '';

//! Federation messages: the outbox (with one delivery row per recipient),
//! the inbox (deduplicated by message id), receipts, and the per-peer lease
//! that lets one delivery worker at a time, on any replica, send to a peer.

use crate::import_writer::on_tx;
use crate::{Pool, Store, StoreError, StoreResult, on_pool};
use sqlx::{Postgres, QueryBuilder, Sqlite};

/// Rows per multi-row INSERT (18 columns stays under both backends' limits).
const BATCH_ROWS: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    In,
    Out,
}

impl Direction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
        }
    }
}

/// A message as queued (outbound) or as received and opened (inbound).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMessage {
    pub id: String,
    pub thread: String,
    pub sender: String,
    pub recipients: Vec<String>,
    pub handling_code: String,
    pub evaluation: String,
    pub subject: String,
    /// JSON: body, records, attachments.
    pub content: String,
    pub envelope: Vec<u8>,
    pub created_at: i64,
    pub expires_at: i64,
    /// Outbound: the user (or `cli`) who sent it.
    pub author: Option<String>,
    /// Attached files as (file id, number of chunks).
    pub files: Vec<(String, u64)>,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredMessage {
    pub seq: i64,
    pub id: String,
    pub thread: String,
    pub direction: String,
    pub sender: String,
    pub recipients: String,
    pub handling_code: String,
    pub evaluation: String,
    pub subject: String,
    pub content: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub received_at: Option<i64>,
    pub read_at: Option<i64>,
    pub read_by: Option<String>,
    pub author: Option<String>,
}

impl StoredMessage {
    pub fn recipient_list(&self) -> Vec<&str> {
        self.recipients
            .split(',')
            .filter(|s| !s.is_empty())
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Delivery {
    pub message_id: String,
    pub recipient: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub delivered_at: Option<i64>,
    pub read_at: Option<i64>,
}

/// An envelope waiting for a peer.
#[derive(Clone, Debug)]
pub struct QueuedEnvelope {
    pub message_id: String,
    /// Queuing order.
    pub seq: i64,
    pub envelope: Vec<u8>,
    /// Attached files as (file id, number of chunks): sent first.
    pub files: Vec<(String, u64)>,
}

fn encode_files(files: &[(String, u64)]) -> String {
    files
        .iter()
        .map(|(id, n)| format!("{id}:{n}"))
        .collect::<Vec<_>>()
        .join(",")
}

fn decode_files(s: &str) -> Vec<(String, u64)> {
    s.split(',')
        .filter_map(|p| {
            let (id, n) = p.split_once(':')?;
            Some((id.to_owned(), n.parse().ok()?))
        })
        .collect()
}

/// A read receipt waiting for a peer.
#[derive(Clone, Debug)]
pub struct QueuedReceipt {
    pub message_id: String,
    pub receipt: Vec<u8>,
}

/// What the peer said about one delivered envelope.
#[derive(Clone, Debug)]
pub enum DeliveryResult {
    Delivered {
        message_id: String,
        receipt: Vec<u8>,
        at: i64,
    },
    Rejected {
        message_id: String,
        reason: String,
    },
}

const MESSAGE_COLUMNS: &str = "seq, id, thread, direction, sender, recipients, handling_code, \
    evaluation, subject, content, created_at, expires_at, received_at, read_at, read_by, author";

impl Store {
    /// Queues outbound messages and their deliveries in one transaction.
    pub async fn queue_outbound(&self, messages: &[NewMessage]) -> StoreResult<()> {
        self.queue_outbound_audited(messages, None).await
    }

    /// [`Store::queue_outbound`], with an audit event (and the records it
    /// disclosed) written in the same transaction.
    pub async fn queue_outbound_audited(
        &self,
        messages: &[NewMessage],
        audit: Option<(&liaison_core::audit::AuditEvent, &[String])>,
    ) -> StoreResult<()> {
        let mut w = self.begin_import("delivery").await?;
        if let Some((event, records)) = audit {
            w.append_audit_event(event, records).await?;
        }
        for chunk in messages.chunks(BATCH_ROWS / 2) {
            let ids = insert_messages(&mut w, chunk, Direction::Out, None).await?;
            if ids.len() != chunk.len() {
                return Err(StoreError::Conflict {
                    what: "message id".into(),
                });
            }
            // RETURNING's row order is not guaranteed: match by id.
            let seqs: std::collections::HashMap<String, i64> = ids.into_iter().collect();
            let rows: Vec<(&str, &str, i64)> = chunk
                .iter()
                .flat_map(|m| {
                    let seq = seqs.get(&m.id).copied().unwrap_or_default();
                    m.recipients
                        .iter()
                        .map(move |r| (m.id.as_str(), r.as_str(), seq))
                })
                .collect();
            let mut peers: Vec<&str> = rows.iter().map(|r| r.1).collect();
            peers.sort_unstable();
            peers.dedup();
            on_tx!(w, Db, tx => {
                for part in rows.chunks(BATCH_ROWS) {
                    let mut q: QueryBuilder<Db> = QueryBuilder::new(
                        "INSERT INTO deliveries (message_id, recipient, message_seq, status) ",
                    );
                    q.push_values(part, |mut b, (id, r, seq)| {
                        b.push_bind(*id).push_bind(*r).push_bind(*seq).push_bind("queued");
                    });
                    q.build().execute(&mut **tx).await?;
                }
                let mut q: QueryBuilder<Db> = QueryBuilder::new("INSERT INTO peers (name) ");
                q.push_values(&peers, |mut b, p| {
                    b.push_bind(*p);
                });
                q.push(" ON CONFLICT (name) DO NOTHING");
                q.build().execute(&mut **tx).await?;
            });
        }
        w.commit().await
    }

    /// Stores received messages in one transaction (committed, and so on
    /// disk, before the sender is answered). Returns, for each message,
    /// whether it was new: a message already held is not stored again.
    pub async fn store_inbound(&self, messages: &[NewMessage], now: i64) -> StoreResult<Vec<bool>> {
        self.store_inbound_audited(messages, now, |_| None).await
    }

    /// [`Store::store_inbound`], with the audit event `audit` makes of the
    /// ids newly stored written in the same transaction.
    pub async fn store_inbound_audited(
        &self,
        messages: &[NewMessage],
        now: i64,
        audit: impl FnOnce(&[&str]) -> Option<liaison_core::audit::AuditEvent>,
    ) -> StoreResult<Vec<bool>> {
        let mut w = self.begin_import("delivery").await?;
        let mut fresh = std::collections::HashSet::new();
        for chunk in messages.chunks(BATCH_ROWS / 2) {
            for (id, _) in insert_messages(&mut w, chunk, Direction::In, Some(now)).await? {
                fresh.insert(id);
            }
        }
        // A batch may hold the same id twice: only its first copy is new.
        let new: Vec<bool> = messages.iter().map(|m| fresh.remove(&m.id)).collect();
        let new_ids: Vec<&str> = messages
            .iter()
            .zip(&new)
            .filter(|(_, n)| **n)
            .map(|(m, _)| m.id.as_str())
            .collect();
        if let Some(event) = audit(&new_ids) {
            w.append_audit_event(&event, &[]).await?;
        }
        w.commit().await?;
        Ok(new)
    }

    pub async fn message(&self, id: &str) -> StoreResult<StoredMessage> {
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(p)
        .await?))
    }

    /// The envelope as signed by its sender.
    pub async fn message_envelope(&self, id: &str) -> StoreResult<Vec<u8>> {
        let (e,): (Vec<u8>,) = on_pool!(self, p => sqlx::query_as(
            "SELECT envelope FROM messages WHERE id = $1"
        )
        .bind(id)
        .fetch_one(p)
        .await?);
        Ok(e)
    }

    /// A box, newest first; `before_seq` pages back.
    pub async fn list_messages(
        &self,
        direction: Direction,
        before_seq: Option<i64>,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>> {
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages WHERE direction = $1 AND seq < $2
             ORDER BY seq DESC LIMIT $3"
        ))
        .bind(direction.as_str())
        .bind(before_seq.unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(p)
        .await?))
    }

    /// A thread's messages in both directions, oldest first.
    pub async fn thread_messages(&self, thread: &str) -> StoreResult<Vec<StoredMessage>> {
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages WHERE thread = $1 ORDER BY seq"
        ))
        .bind(thread)
        .fetch_all(p)
        .await?))
    }

    /// Inbound messages nobody on this node has opened yet.
    pub async fn count_unread(&self) -> StoreResult<i64> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND read_at IS NULL"
        )
        .fetch_one(p)
        .await?))
    }

    /// The deliveries of outbound messages, by message id.
    pub async fn deliveries(&self, message_ids: &[String]) -> StoreResult<Vec<Delivery>> {
        if message_ids.is_empty() {
            return Ok(vec![]);
        }
        Ok(on_pool!(self, p => {
            let mut q = QueryBuilder::new(
                "SELECT message_id, recipient, status, attempts, last_error, delivered_at, read_at
                 FROM deliveries WHERE message_id IN (",
            );
            let mut s = q.separated(", ");
            for id in message_ids {
                s.push_bind(id);
            }
            q.push(") ORDER BY message_id, recipient");
            q.build_query_as().fetch_all(p).await?
        }))
    }

    /// Marks an inbound message read, the first time only; returns whether
    /// this was the first read.
    pub async fn mark_read(&self, id: &str, user: &str, now: i64) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE messages SET read_at = $2, read_by = $3
             WHERE id = $1 AND direction = 'in' AND read_at IS NULL"
        )
        .bind(id)
        .bind(now)
        .bind(user)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n == 1)
    }

    /// Queues a read receipt for the message's sender.
    pub async fn queue_receipt(
        &self,
        message_id: &str,
        peer: &str,
        receipt: &[u8],
        now: i64,
    ) -> StoreResult<()> {
        let mut w = self.begin_import("delivery").await?;
        on_tx!(w, Db, tx => {
            sqlx::query::<Db>(
                "INSERT INTO receipts_out (message_id, peer, receipt, queued_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (message_id, peer) DO NOTHING",
            )
            .bind(message_id)
            .bind(peer)
            .bind(receipt)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            sqlx::query::<Db>("INSERT INTO peers (name) VALUES ($1) ON CONFLICT (name) DO NOTHING")
                .bind(peer)
                .execute(&mut **tx)
                .await?;
        });
        w.commit().await
    }

    /// Leases up to `max` peers that have work and are not backing off or
    /// leased by another worker. On PostgreSQL concurrent replicas skip each
    /// other's rows (`FOR UPDATE SKIP LOCKED`); on SQLite the single writer
    /// makes the update atomic.
    pub async fn lease_peers(
        &self,
        owner: &str,
        now: i64,
        lease_ms: i64,
        max: u32,
    ) -> StoreResult<Vec<String>> {
        const HAS_WORK: &str = "(EXISTS (SELECT 1 FROM deliveries d WHERE d.recipient = peers.name AND d.status = 'queued')
              OR EXISTS (SELECT 1 FROM receipts_out r WHERE r.peer = peers.name AND r.sent_at IS NULL))";
        match &self.pool {
            Pool::Sqlite(p) => Ok(sqlx::query_scalar(&format!(
                "UPDATE peers SET lease_owner = $1, lease_until = $2
                 WHERE name IN (SELECT name FROM peers WHERE next_attempt_at <= $3
                     AND (lease_until <= $3 OR lease_owner = $1) AND {HAS_WORK} LIMIT $4)
                 RETURNING name"
            ))
            .bind(owner)
            .bind(now + lease_ms)
            .bind(now)
            .bind(i64::from(max))
            .fetch_all(p)
            .await?),
            Pool::Postgres(p) => {
                let mut tx = p.begin().await?;
                let names: Vec<String> = sqlx::query_scalar(&format!(
                    "SELECT name FROM peers WHERE next_attempt_at <= $1
                         AND (lease_until <= $1 OR lease_owner = $2) AND {HAS_WORK}
                     ORDER BY name LIMIT $3 FOR UPDATE SKIP LOCKED"
                ))
                .bind(now)
                .bind(owner)
                .bind(i64::from(max))
                .fetch_all(&mut *tx)
                .await?;
                if !names.is_empty() {
                    sqlx::query(
                        "UPDATE peers SET lease_owner = $1, lease_until = $2 WHERE name = ANY($3)",
                    )
                    .bind(owner)
                    .bind(now + lease_ms)
                    .bind(&names)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(names)
            }
        }
    }

    /// Whether `owner` still holds the lease on `peer` (extending it).
    pub async fn renew_lease(
        &self,
        peer: &str,
        owner: &str,
        now: i64,
        lease_ms: i64,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE peers SET lease_until = $3 WHERE name = $1 AND lease_owner = $2 AND lease_until > $4"
        )
        .bind(peer)
        .bind(owner)
        .bind(now + lease_ms)
        .bind(now)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n == 1)
    }

    /// Lets go of a lease; after a failure, sets the time of the next try.
    pub async fn release_peer(
        &self,
        peer: &str,
        owner: &str,
        failure: Option<(&str, i64)>,
        now: i64,
    ) -> StoreResult<()> {
        on_pool!(self, p => match failure {
            None => sqlx::query(
                "UPDATE peers SET lease_owner = NULL, lease_until = 0, failures = 0, last_error = NULL,
                     last_success_at = $3, next_attempt_at = 0
                 WHERE name = $1 AND lease_owner = $2"
            )
            .bind(peer)
            .bind(owner)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected(),
            Some((error, next_attempt_at)) => sqlx::query(
                "UPDATE peers SET lease_owner = NULL, lease_until = 0, failures = failures + 1,
                     last_error = $3, next_attempt_at = $4
                 WHERE name = $1 AND lease_owner = $2"
            )
            .bind(peer)
            .bind(owner)
            .bind(error)
            .bind(next_attempt_at)
            .execute(p)
            .await?
            .rows_affected(),
        });
        Ok(())
    }

    /// Failures in a row for a peer (for the backoff).
    pub async fn peer_failures(&self, peer: &str) -> StoreResult<i64> {
        let n: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT failures FROM peers WHERE name = $1"
        )
        .bind(peer)
        .fetch_optional(p)
        .await?);
        Ok(n.unwrap_or(0))
    }

    /// Clears every lease: for a single-process (SQLite) node at start, so
    /// that a worker killed mid-delivery does not hold its peers until the
    /// lease runs out.
    pub async fn clear_leases(&self) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("UPDATE peers SET lease_owner = NULL, lease_until = 0")
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The oldest queued envelopes for a peer, in queuing order.
    /// The oldest queued envelopes for a peer after `after_seq`, in queuing
    /// order (the worker pipelines: it asks for the next batch while the
    /// previous one is being recorded).
    pub async fn queued_envelopes(
        &self,
        peer: &str,
        after_seq: i64,
        limit: u32,
    ) -> StoreResult<Vec<QueuedEnvelope>> {
        let rows: Vec<(String, i64, Vec<u8>, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT d.message_id, d.message_seq, m.envelope, m.files FROM deliveries d JOIN messages m ON m.id = d.message_id
             WHERE d.recipient = $1 AND d.status = 'queued' AND d.message_seq > $2
             ORDER BY d.message_seq LIMIT $3"
        )
        .bind(peer)
        .bind(after_seq)
        .bind(i64::from(limit))
        .fetch_all(p)
        .await?);
        Ok(rows
            .into_iter()
            .map(|(message_id, seq, envelope, files)| QueuedEnvelope {
                message_id,
                seq,
                envelope,
                files: decode_files(&files),
            })
            .collect())
    }

    pub async fn queued_receipts(&self, peer: &str, limit: u32) -> StoreResult<Vec<QueuedReceipt>> {
        let rows: Vec<(String, Vec<u8>)> = on_pool!(self, p => sqlx::query_as(
            "SELECT message_id, receipt FROM receipts_out WHERE peer = $1 AND sent_at IS NULL
             ORDER BY queued_at, message_id LIMIT $2"
        )
        .bind(peer)
        .bind(i64::from(limit))
        .fetch_all(p)
        .await?);
        Ok(rows
            .into_iter()
            .map(|(message_id, receipt)| QueuedReceipt {
                message_id,
                receipt,
            })
            .collect())
    }

    pub async fn mark_receipts_sent(
        &self,
        peer: &str,
        ids: &[String],
        now: i64,
    ) -> StoreResult<()> {
        let mut w = self.begin_import("delivery").await?;
        on_tx!(w, Db, tx => {
            for id in ids {
                sqlx::query::<Db>("UPDATE receipts_out SET sent_at = $3 WHERE message_id = $1 AND peer = $2")
                    .bind(id)
                    .bind(peer)
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
            }
        });
        w.commit().await
    }

    /// Records what a peer answered for a batch, in one transaction: the
    /// delivered ones in one multi-row UPDATE.
    pub async fn record_deliveries(
        &self,
        peer: &str,
        results: &[DeliveryResult],
    ) -> StoreResult<()> {
        let delivered: Vec<(&str, &[u8], i64)> = results
            .iter()
            .filter_map(|r| match r {
                DeliveryResult::Delivered {
                    message_id,
                    receipt,
                    at,
                } => Some((message_id.as_str(), receipt.as_slice(), *at)),
                DeliveryResult::Rejected { .. } => None,
            })
            .collect();
        let mut w = self.begin_import("delivery").await?;
        on_tx!(w, Db, tx => {
            for part in delivered.chunks(BATCH_ROWS) {
                // VALUES columns are column1, column2… on both backends.
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "UPDATE deliveries SET status = CASE WHEN status = 'read' THEN 'read' ELSE 'delivered' END,
                         attempts = attempts + 1, last_error = NULL,
                         delivered_at = COALESCE(delivered_at, v.column3),
                         delivery_receipt = COALESCE(delivery_receipt, v.column2)
                     FROM (",
                );
                q.push_values(part, |mut b, (id, receipt, at)| {
                    b.push_bind(*id).push_bind(*receipt).push_bind(*at);
                });
                q.push(") AS v WHERE deliveries.message_id = v.column1 AND deliveries.recipient = ");
                q.push_bind(peer);
                q.build().execute(&mut **tx).await?;
            }
            for r in results {
                if let DeliveryResult::Rejected { message_id, reason } = r {
                    sqlx::query::<Db>(
                        "UPDATE deliveries SET status = 'rejected', attempts = attempts + 1, last_error = $3
                         WHERE message_id = $1 AND recipient = $2 AND status = 'queued'",
                    )
                    .bind(message_id)
                    .bind(peer)
                    .bind(reason)
                    .execute(&mut **tx)
                    .await?;
                }
            }
        });
        w.commit().await
    }

    /// Records a peer's read receipt for an outbound message.
    pub async fn record_read(
        &self,
        message_id: &str,
        peer: &str,
        receipt: &[u8],
        at: i64,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE deliveries SET status = 'read', read_at = COALESCE(read_at, $3),
                 read_receipt = COALESCE(read_receipt, $4)
             WHERE message_id = $1 AND recipient = $2"
        )
        .bind(message_id)
        .bind(peer)
        .bind(at)
        .bind(receipt)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n == 1)
    }

    /// The stored receipts of one delivery: (delivered, read).
    pub async fn delivery_receipts(
        &self,
        message_id: &str,
        recipient: &str,
    ) -> StoreResult<(Option<Vec<u8>>, Option<Vec<u8>>)> {
        Ok(on_pool!(self, p => sqlx::query_as(
            "SELECT delivery_receipt, read_receipt FROM deliveries WHERE message_id = $1 AND recipient = $2"
        )
        .bind(message_id)
        .bind(recipient)
        .fetch_one(p)
        .await?))
    }

    /// Counts by direction and delivery status, for metrics and tests.
    pub async fn message_counts(&self) -> StoreResult<MessageCounts> {
        let (inbound, outbound): (i64, i64) = on_pool!(self, p => sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN direction = 'in' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN direction = 'out' THEN 1 ELSE 0 END), 0) FROM messages"
        )
        .fetch_one(p)
        .await?);
        let by_status: Vec<(String, i64)> = on_pool!(self, p => sqlx::query_as(
            "SELECT status, COUNT(*) FROM deliveries GROUP BY status"
        )
        .fetch_all(p)
        .await?);
        let get = |s: &str| {
            by_status
                .iter()
                .find(|(k, _)| k == s)
                .map_or(0, |(_, n)| *n)
        };
        Ok(MessageCounts {
            inbound,
            outbound,
            queued: get("queued"),
            delivered: get("delivered"),
            read: get("read"),
            rejected: get("rejected"),
        })
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MessageCounts {
    pub inbound: i64,
    pub outbound: i64,
    pub queued: i64,
    pub delivered: i64,
    pub read: i64,
    pub rejected: i64,
}

/// Inserts messages, skipping ids already held; returns (id, seq) of the
/// rows inserted.
async fn insert_messages(
    w: &mut crate::import_writer::ImportWriter,
    chunk: &[NewMessage],
    direction: Direction,
    received_at: Option<i64>,
) -> StoreResult<Vec<(String, i64)>> {
    if chunk.is_empty() {
        return Ok(vec![]);
    }
    Ok(on_tx!(w, Db, tx => {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "INSERT INTO messages (id, thread, direction, sender, recipients, handling_code, evaluation,
                subject, content, envelope, created_at, expires_at, received_at, author, files) ",
        );
        q.push_values(chunk, |mut b, m| {
            b.push_bind(&m.id)
                .push_bind(&m.thread)
                .push_bind(direction.as_str())
                .push_bind(&m.sender)
                .push_bind(m.recipients.join(","))
                .push_bind(&m.handling_code)
                .push_bind(&m.evaluation)
                .push_bind(&m.subject)
                .push_bind(&m.content)
                .push_bind(&m.envelope)
                .push_bind(m.created_at)
                .push_bind(m.expires_at)
                .push_bind(received_at)
                .push_bind(&m.author)
                .push_bind(encode_files(&m.files));
        });
        q.push(" ON CONFLICT (id) DO NOTHING RETURNING id, seq");
        let rows: Vec<(String, i64)> = q.build_query_as().fetch_all(&mut **tx).await?;
        rows
    }))
}

impl Store {
    /// Milliseconds from queuing to the signed delivery receipt, for every
    /// delivered message (benchmarks).
    pub async fn delivery_latencies_ms(&self) -> StoreResult<Vec<i64>> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT d.delivered_at - m.created_at FROM deliveries d JOIN messages m ON m.id = d.message_id
             WHERE d.delivered_at IS NOT NULL ORDER BY 1"
        )
        .fetch_all(p)
        .await?))
    }
}

impl Store {
    /// Records an owner's permission for `holder` to forward a message to
    /// `recipients` (repeating a grant changes nothing).
    pub async fn record_forward_permission(
        &self,
        message_id: &str,
        holder: &str,
        recipients: &[String],
        granted_by: &str,
        grant_message_id: &str,
        at: i64,
    ) -> StoreResult<()> {
        let mut w = self.begin_import("delivery").await?;
        on_tx!(w, Db, tx => {
            for r in recipients {
                sqlx::query::<Db>(
                    "INSERT INTO forward_permissions (message_id, holder, recipient, granted_by, grant_message_id, granted_at)
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (message_id, holder, recipient) DO NOTHING",
                )
                .bind(message_id)
                .bind(holder)
                .bind(r)
                .bind(granted_by)
                .bind(grant_message_id)
                .bind(at)
                .execute(&mut **tx)
                .await?;
            }
        });
        w.commit().await
    }

    /// The third parties `holder` may forward a message to.
    pub async fn forward_permissions(
        &self,
        message_id: &str,
        holder: &str,
    ) -> StoreResult<Vec<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT recipient FROM forward_permissions WHERE message_id = $1 AND holder = $2 ORDER BY recipient"
        )
        .bind(message_id)
        .bind(holder)
        .fetch_all(p)
        .await?))
    }
}

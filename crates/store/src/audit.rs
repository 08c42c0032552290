//! The audit log table: append and page through. Rows are never updated or
//! deleted by Liaison.

use crate::{Store, StoreError, StoreResult, from_millis, on_pool, to_millis};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};

/// A stored event with its position in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    pub seq: i64,
    pub event: AuditEvent,
}

/// Which events to list, newest first.
#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    /// Only events older than this sequence number (for paging).
    pub before_seq: Option<i64>,
    pub action: Option<AuditAction>,
    /// Only events by this actor id, or by this name.
    pub actor: Option<String>,
    pub limit: u32,
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    seq: i64,
    occurred_at: i64,
    actor_kind: String,
    actor_id: Option<String>,
    actor_name: String,
    action: String,
    target: Option<String>,
    outcome: String,
    source: Option<String>,
    detail: Option<String>,
}

impl TryFrom<AuditRow> for AuditRecord {
    type Error = StoreError;
    fn try_from(r: AuditRow) -> StoreResult<AuditRecord> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt {
            what: format!("audit {what} `{v}`"),
        };
        Ok(AuditRecord {
            seq: r.seq,
            event: AuditEvent {
                occurred_at: from_millis(r.occurred_at)?,
                actor: AuditActor {
                    kind: r.actor_kind,
                    id: r.actor_id,
                    name: r.actor_name,
                },
                action: AuditAction::parse(&r.action)
                    .ok_or_else(|| corrupt("action", &r.action))?,
                target: r.target,
                outcome: Outcome::parse(&r.outcome)
                    .ok_or_else(|| corrupt("outcome", &r.outcome))?,
                source: r.source,
                detail: r.detail,
            },
        })
    }
}

impl Store {
    /// Appends one event; returns its sequence number.
    pub async fn append_audit_event(&self, e: &AuditEvent) -> StoreResult<i64> {
        self.append_audit_event_for_records(e, &[]).await
    }

    /// Appends an event and links it to the records it disclosed, in one
    /// transaction.
    pub async fn append_audit_event_for_records(
        &self,
        e: &AuditEvent,
        records: &[String],
    ) -> StoreResult<i64> {
        let mut w = self.begin_import("audit").await?;
        let seq = w.append_audit_event(e, records).await?;
        w.commit().await?;
        Ok(seq)
    }

    /// Every audited access that disclosed this record, newest first.
    pub async fn accesses_to_record(&self, record_id: &str) -> StoreResult<Vec<AuditRecord>> {
        let rows: Vec<AuditRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT e.seq, e.occurred_at, e.actor_kind, e.actor_id, e.actor_name, e.action, e.target,
                    e.outcome, e.source, e.detail
             FROM record_accesses a JOIN audit_events e ON e.seq = a.audit_seq
             WHERE a.record_id = $1 ORDER BY e.seq DESC",
        )
        .bind(record_id)
        .fetch_all(p)
        .await?);
        rows.into_iter().map(AuditRecord::try_from).collect()
    }

    pub async fn list_audit_events(&self, q: &AuditQuery) -> StoreResult<Vec<AuditRecord>> {
        // Optional filters as `($n IS NULL OR col = $n)` keep one static query
        // for both backends instead of assembling SQL text.
        let rows: Vec<AuditRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT seq, occurred_at, actor_kind, actor_id, actor_name, action, target, outcome,
                    source, detail
             FROM audit_events
             WHERE ($1 IS NULL OR seq < $1)
               AND ($2 IS NULL OR action = $2)
               AND ($3 IS NULL OR actor_id = $3 OR actor_name = $3)
             ORDER BY seq DESC
             LIMIT $4",
        )
        .bind(q.before_seq)
        .bind(q.action.map(|a| a.as_str()))
        .bind(q.actor.as_deref())
        .bind(i64::from(q.limit.clamp(1, 1000)))
        .fetch_all(p)
        .await?);
        rows.into_iter().map(AuditRecord::try_from).collect()
    }

    pub async fn count_audit_events(&self) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as("SELECT COUNT(*) FROM audit_events")
            .fetch_one(p)
            .await?);
        Ok(n)
    }
}

impl crate::import_writer::ImportWriter {
    /// Appends an audit event inside this transaction, linked to the
    /// records it disclosed: the event is kept exactly when the change it
    /// describes is, at the cost of one commit instead of two.
    pub async fn append_audit_event(
        &mut self,
        e: &AuditEvent,
        records: &[String],
    ) -> StoreResult<i64> {
        use crate::import_writer::on_tx;
        use sqlx::{Postgres, Sqlite};
        Ok(on_tx!(self, Db, tx => {
            let (seq,): (i64,) = sqlx::query_as::<Db, (i64,)>(
                "INSERT INTO audit_events (occurred_at, actor_kind, actor_id, actor_name, action,
                    target, outcome, source, detail)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq",
            )
            .bind(to_millis(e.occurred_at))
            .bind(&e.actor.kind)
            .bind(&e.actor.id)
            .bind(&e.actor.name)
            .bind(e.action.as_str())
            .bind(&e.target)
            .bind(e.outcome.as_str())
            .bind(&e.source)
            .bind(&e.detail)
            .fetch_one(&mut **tx)
            .await?;
            for r in records {
                sqlx::query::<Db>("INSERT INTO record_accesses (record_id, audit_seq) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(r)
                    .bind(seq)
                    .execute(&mut **tx)
                    .await?;
            }
            seq
        }))
    }
}

//! Hits on alerts and their steps. A hit is recorded when screening (or a
//! partner's hit/no-hit answer) finds one; each step is a conditional
//! update (the status it moves from must still hold, so two officers
//! cannot both decide) written with its event and its audit entry in one
//! transaction.

use crate::import_writer::on_tx;
use crate::{Store, StoreError, StoreResult, on_pool};
use liaison_core::audit::AuditEvent;
use sqlx::{Postgres, QueryBuilder, Sqlite};

/// A hit to record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewHit {
    pub id: String,
    /// Alert and subject: the same pair while a hit is open is one hit.
    pub dedupe_key: String,
    pub alert_owner: String,
    pub alert_reference: String,
    pub alert_id: Option<String>,
    pub category: String,
    pub action: String,
    pub contact: String,
    pub subject: String,
    pub subject_facts: String,
    pub score: f64,
    /// JSON `[[field, how, weight]]`.
    pub explanation: String,
    /// `screening` or `partner`.
    pub origin: String,
    pub purpose: String,
    pub case_reference: String,
    pub found_by: String,
    pub found_at: i64,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct StoredHit {
    pub seq: i64,
    pub id: String,
    pub dedupe_key: String,
    pub alert_owner: String,
    pub alert_reference: String,
    pub alert_id: Option<String>,
    pub category: String,
    pub action: String,
    pub contact: String,
    pub subject: String,
    pub subject_facts: String,
    pub score: f64,
    pub explanation: String,
    pub origin: String,
    pub purpose: String,
    pub case_reference: String,
    pub status: String,
    pub found_by: String,
    pub found_at: i64,
    pub updated_at: i64,
    pub informed_at: Option<i64>,
    pub report_message: Option<String>,
    pub report_thread: Option<String>,
    pub owner_replied_at: Option<i64>,
    pub escalated_at: Option<i64>,
}

/// One step of a hit.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct HitEvent {
    pub status: String,
    pub note: String,
    pub by_user: String,
    pub at: i64,
}

/// A step to take: from the status the user saw to the next one.
#[derive(Clone, Debug, Default)]
pub struct HitStep<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub note: &'a str,
    pub by: &'a str,
    pub at: i64,
    /// The message that told the alert's owner, and its thread (the step
    /// to `owner_informed`).
    pub report: Option<(&'a str, &'a str)>,
    /// Set when nobody has to answer (the alert is this node's own).
    pub replied_at: Option<i64>,
}

/// Which hits to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitFilter {
    /// Not closed.
    Open,
    /// Reported to the owner, whose reply is overdue at the given time.
    ReplyOverdue {
        informed_before: i64,
    },
    /// Overdue as above and not yet escalated.
    ToEscalate {
        informed_before: i64,
    },
    All,
}

impl HitFilter {
    /// The WHERE clause, with its one parameter `$1`.
    fn condition(self) -> (&'static str, i64) {
        match self {
            HitFilter::Open => ("status <> 'closed' AND $1 = $1", 0),
            HitFilter::ReplyOverdue { informed_before } => (
                "status = 'owner_informed' AND owner_replied_at IS NULL AND informed_at < $1",
                informed_before,
            ),
            HitFilter::ToEscalate { informed_before } => (
                "status = 'owner_informed' AND owner_replied_at IS NULL AND informed_at < $1 \
                 AND escalated_at IS NULL",
                informed_before,
            ),
            HitFilter::All => ("$1 = $1", 0),
        }
    }
}

const COLUMNS: &str = "seq, id, dedupe_key, alert_owner, alert_reference, alert_id, category, action, \
     contact, subject, subject_facts, score, explanation, origin, purpose, case_reference, status, \
     found_by, found_at, updated_at, informed_at, report_message, report_thread, owner_replied_at, escalated_at";

/// Rows per INSERT (19 columns).
const BATCH: usize = 500;

impl Store {
    /// Records hits as candidates, each with its first event, and the
    /// audit entry, in one transaction. A hit whose alert and subject
    /// already have an open hit is not recorded again. Returns, in order,
    /// the id of each hit's open record (new or existing).
    pub async fn record_hits(
        &self,
        hits: &[NewHit],
        audit: &AuditEvent,
    ) -> StoreResult<Vec<String>> {
        let mut w = self.begin_import("hits").await?;
        for chunk in hits.chunks(BATCH) {
            on_tx!(w, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "INSERT INTO hits (id, dedupe_key, alert_owner, alert_reference, alert_id, category, action, \
                     contact, subject, subject_facts, score, explanation, origin, purpose, case_reference, status, \
                     found_by, found_at, updated_at) ",
                );
                q.push_values(chunk, |mut b, h| {
                    b.push_bind(&h.id)
                        .push_bind(&h.dedupe_key)
                        .push_bind(&h.alert_owner)
                        .push_bind(&h.alert_reference)
                        .push_bind(&h.alert_id)
                        .push_bind(&h.category)
                        .push_bind(&h.action)
                        .push_bind(&h.contact)
                        .push_bind(&h.subject)
                        .push_bind(&h.subject_facts)
                        .push_bind(h.score)
                        .push_bind(&h.explanation)
                        .push_bind(&h.origin)
                        .push_bind(&h.purpose)
                        .push_bind(&h.case_reference)
                        .push_bind("candidate")
                        .push_bind(&h.found_by)
                        .push_bind(h.found_at)
                        .push_bind(h.found_at);
                });
                q.push(" ON CONFLICT DO NOTHING");
                q.build().execute(&mut **tx).await?;
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "INSERT INTO hit_events (hit_id, status, note, by_user, at) SELECT id, status, '', found_by, found_at FROM hits WHERE id IN (",
                );
                let mut ids = q.separated(", ");
                for h in chunk {
                    ids.push_bind(&h.id);
                }
                q.push(")");
                q.build().execute(&mut **tx).await?;
            });
        }
        // The open hit of every pair, new or already there.
        let mut open: std::collections::HashMap<String, String> = Default::default();
        for chunk in hits.chunks(BATCH) {
            let found: Vec<(String, String)> = on_tx!(w, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "SELECT dedupe_key, id FROM hits WHERE status <> 'closed' AND dedupe_key IN (",
                );
                let mut keys = q.separated(", ");
                for h in chunk {
                    keys.push_bind(&h.dedupe_key);
                }
                q.push(")");
                q.build_query_as().fetch_all(&mut **tx).await?
            });
            open.extend(found);
        }
        let ids = hits
            .iter()
            .map(|h| {
                open.get(&h.dedupe_key)
                    .cloned()
                    .ok_or_else(|| StoreError::Corrupt {
                        what: format!("hit {} neither stored nor open", h.id),
                    })
            })
            .collect::<StoreResult<Vec<String>>>()?;
        w.append_audit_event(audit, &[]).await?;
        w.commit().await?;
        Ok(ids)
    }

    pub async fn hit(&self, id: &str) -> StoreResult<StoredHit> {
        let found: Option<StoredHit> = on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM hits WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(p)
        .await?);
        found.ok_or(StoreError::NotFound)
    }

    pub async fn hit_events(&self, id: &str) -> StoreResult<Vec<HitEvent>> {
        Ok(on_pool!(self, p => sqlx::query_as(
            "SELECT status, note, by_user, at FROM hit_events WHERE hit_id = $1 ORDER BY seq"
        )
        .bind(id)
        .fetch_all(p)
        .await?))
    }

    /// Hits, newest first, at most `limit`.
    pub async fn hits(&self, filter: HitFilter, limit: u32) -> StoreResult<Vec<StoredHit>> {
        let (condition, at) = filter.condition();
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM hits WHERE {condition} ORDER BY seq DESC LIMIT $2"
        ))
        .bind(at)
        .bind(i64::from(limit))
        .fetch_all(p)
        .await?))
    }

    /// How many hits the filter selects.
    pub async fn count_hits(&self, filter: HitFilter) -> StoreResult<i64> {
        let (condition, at) = filter.condition();
        Ok(on_pool!(self, p => sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM hits WHERE {condition}"
        ))
        .bind(at)
        .fetch_one(p)
        .await?))
    }

    /// Moves a hit one step, if it still has the status `step.from`
    /// ([`StoreError::Conflict`] otherwise), with its event and audit
    /// entry.
    pub async fn move_hit(
        &self,
        id: &str,
        step: &HitStep<'_>,
        audit: &AuditEvent,
    ) -> StoreResult<()> {
        let mut w = self.begin_import("hits").await?;
        let (message, thread) = step.report.unzip();
        let moved = on_tx!(w, Db, tx => {
            sqlx::query::<Db>(
                "UPDATE hits SET status = $1, updated_at = $2, \
                 informed_at = CASE WHEN $3 THEN $2 ELSE informed_at END, \
                 report_message = COALESCE($4, report_message), report_thread = COALESCE($5, report_thread), \
                 owner_replied_at = COALESCE($6, owner_replied_at) \
                 WHERE id = $7 AND status = $8",
            )
            .bind(step.to)
            .bind(step.at)
            .bind(step.to == "owner_informed")
            .bind(message)
            .bind(thread)
            .bind(step.replied_at)
            .bind(id)
            .bind(step.from)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        if moved != 1 {
            return Err(StoreError::Conflict {
                what: "hit status (someone moved it first)".into(),
            });
        }
        on_tx!(w, Db, tx => {
            sqlx::query::<Db>(
                "INSERT INTO hit_events (hit_id, status, note, by_user, at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(step.to)
            .bind(step.note)
            .bind(step.by)
            .bind(step.at)
            .execute(&mut **tx)
            .await?;
        });
        w.append_audit_event(audit, &[]).await?;
        w.commit().await
    }

    /// Marks hits whose overdue reply was escalated (once each).
    pub async fn mark_escalated(&self, ids: &[String], at: i64) -> StoreResult<()> {
        for id in ids {
            on_pool!(self, p => sqlx::query(
                "UPDATE hits SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL"
            )
            .bind(at)
            .bind(id)
            .execute(p)
            .await
            .map(|_| ())?);
        }
        Ok(())
    }

    /// Notes the owner's reply on reported hits whose report thread now
    /// holds a message from the owner; returns how many were answered.
    pub async fn note_owner_replies(&self) -> StoreResult<u64> {
        Ok(on_pool!(self, p => sqlx::query(
            "UPDATE hits SET owner_replied_at = (
                SELECT MIN(m.created_at) FROM messages m
                WHERE m.thread = hits.report_thread AND m.direction = 'in' AND m.sender = hits.alert_owner)
             WHERE owner_replied_at IS NULL AND report_thread IS NOT NULL AND EXISTS (
                SELECT 1 FROM messages m
                WHERE m.thread = hits.report_thread AND m.direction = 'in' AND m.sender = hits.alert_owner)"
        )
        .execute(p)
        .await?
        .rows_affected()))
    }
}

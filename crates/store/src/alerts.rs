//! Alerts: written in batches (an import is all or nothing, with its audit
//! event in the same transaction), read whole to build the screening index.

use crate::import_writer::on_tx;
use crate::{Store, StoreError, StoreResult, on_pool};
use liaison_core::audit::AuditEvent;
use sqlx::{Postgres, QueryBuilder, Sqlite};

/// An alert to store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewAlert {
    pub id: String,
    pub category: String,
    pub owner_node: String,
    pub reference: String,
    pub handling_code: String,
    pub action: String,
    pub given_names: String,
    pub surname: String,
    pub full_name_native: String,
    pub date_of_birth: String,
    pub nationality: String,
    pub gender: String,
    pub document_number: String,
    pub valid_until: String,
    pub created_by: String,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredAlert {
    pub seq: i64,
    pub id: String,
    pub category: String,
    pub owner_node: String,
    pub reference: String,
    pub handling_code: String,
    pub action: String,
    pub given_names: String,
    pub surname: String,
    pub full_name_native: String,
    pub date_of_birth: String,
    pub nationality: String,
    pub gender: String,
    pub document_number: String,
    pub valid_until: String,
    pub withdrawn_at: Option<i64>,
    pub created_by: String,
    pub created_at: i64,
}

const COLUMNS: &str = "seq, id, category, owner_node, reference, handling_code, action, given_names, \
     surname, full_name_native, date_of_birth, nationality, gender, document_number, valid_until, \
     withdrawn_at, created_by, created_at";

/// Rows per INSERT (16 columns).
const BATCH: usize = 1000;

impl Store {
    /// Stores alerts and their audit event in one transaction: all or
    /// none. An alert whose owner already has one under the same reference
    /// makes the whole batch fail with [`StoreError::Conflict`].
    pub async fn insert_alerts(&self, alerts: &[NewAlert], audit: &AuditEvent) -> StoreResult<()> {
        let mut w = self.begin_import("alerts").await?;
        for chunk in alerts.chunks(BATCH) {
            let inserted: u64 = on_tx!(w, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "INSERT INTO alerts (id, category, owner_node, reference, handling_code, action, given_names, \
                     surname, full_name_native, date_of_birth, nationality, gender, document_number, valid_until, \
                     created_by, created_at) ",
                );
                q.push_values(chunk, |mut b, a| {
                    b.push_bind(&a.id)
                        .push_bind(&a.category)
                        .push_bind(&a.owner_node)
                        .push_bind(&a.reference)
                        .push_bind(&a.handling_code)
                        .push_bind(&a.action)
                        .push_bind(&a.given_names)
                        .push_bind(&a.surname)
                        .push_bind(&a.full_name_native)
                        .push_bind(&a.date_of_birth)
                        .push_bind(&a.nationality)
                        .push_bind(&a.gender)
                        .push_bind(&a.document_number)
                        .push_bind(&a.valid_until)
                        .push_bind(&a.created_by)
                        .push_bind(a.created_at);
                });
                q.push(" ON CONFLICT (owner_node, reference) DO NOTHING");
                q.build().execute(&mut **tx).await?.rows_affected()
            });
            if inserted != chunk.len() as u64 {
                return Err(StoreError::Conflict {
                    what: "alert reference".into(),
                });
            }
        }
        w.append_audit_event(audit, &[]).await?;
        w.commit().await
    }

    /// Alerts in force on `today` (YYYY-MM-DD): not withdrawn, not expired.
    pub async fn current_alerts(&self, today: &str) -> StoreResult<Vec<StoredAlert>> {
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM alerts WHERE withdrawn_at IS NULL AND valid_until >= $1 ORDER BY seq"
        ))
        .bind(today)
        .fetch_all(p)
        .await?))
    }

    /// Changes to alerts leave a trace here (the newest alert, the number
    /// withdrawn): a serving node compares it to know when to rebuild.
    pub async fn alerts_stamp(&self) -> StoreResult<(i64, i64)> {
        let (newest, withdrawn): (Option<i64>, i64) = on_pool!(self, p => sqlx::query_as(
            "SELECT MAX(seq), COUNT(withdrawn_at) FROM alerts"
        )
        .fetch_one(p)
        .await?);
        Ok((newest.unwrap_or(0), withdrawn))
    }

    /// The newest alerts (withdrawn and expired ones too), at most `limit`,
    /// and how many alerts there are in all.
    pub async fn recent_alerts(&self, limit: u32) -> StoreResult<(Vec<StoredAlert>, i64)> {
        let list = on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM alerts ORDER BY seq DESC LIMIT $1"
        ))
        .bind(i64::from(limit))
        .fetch_all(p)
        .await?);
        let total: i64 = on_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM alerts")
            .fetch_one(p)
            .await?);
        Ok((list, total))
    }

    pub async fn alert(&self, id: &str) -> StoreResult<StoredAlert> {
        Ok(on_pool!(self, p => sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM alerts WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(p)
        .await?))
    }

    /// Withdraws an alert (it stays, for the record); false if it was not
    /// in force.
    pub async fn withdraw_alert(&self, id: &str, now: i64) -> StoreResult<bool> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE alerts SET withdrawn_at = $1 WHERE id = $2 AND withdrawn_at IS NULL"
        )
        .bind(now)
        .bind(id)
        .execute(p)
        .await?
        .rows_affected());
        Ok(done == 1)
    }
}

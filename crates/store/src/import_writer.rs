//! Writing a large import inside one transaction, in batches: multi-row
//! INSERTs of up to [`BATCH_ROWS`] rows, so that a million records are a
//! thousand statements, not a million round trips. Nothing is visible to
//! anyone until [`ImportWriter::commit`]; dropping the writer rolls back.

use crate::records::RecordInsert;
use crate::{Pool, Store, StoreError, StoreResult, to_millis};
use liaison_core::model::{Entity, RecordId, RelationKind};
use sqlx::{Postgres, QueryBuilder, Sqlite, Transaction};
use time::OffsetDateTime;

/// Rows per INSERT: 1000 × 17 columns stays under both backends' limits on
/// bound parameters (SQLite 32766, PostgreSQL 65535).
pub const BATCH_ROWS: usize = 1000;

pub(crate) enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

pub struct ImportWriter {
    pub(crate) tx: Tx,
    pub(crate) actor: String,
    pub(crate) now: i64,
}

/// Runs the same statement-building code on whichever transaction is open.
macro_rules! on_tx {
    ($w:expr, $db:ident, $tx:ident => $body:expr) => {
        match &mut $w.tx {
            $crate::import_writer::Tx::Sqlite($tx) => {
                type $db = Sqlite;
                $body
            }
            $crate::import_writer::Tx::Postgres($tx) => {
                type $db = Postgres;
                $body
            }
        }
    };
}
pub(crate) use on_tx;

impl Store {
    /// Refreshes the planner's statistics after a large import. Without
    /// them PostgreSQL plans lookups in a table that grew by a million rows
    /// as if it were still small (sequential scans, ~1 s per reference
    /// lookup instead of ~1 ms).
    pub async fn refresh_statistics(&self) -> StoreResult<()> {
        match &self.pool {
            Pool::Sqlite(p) => {
                sqlx::query("PRAGMA optimize").execute(p).await?;
            }
            Pool::Postgres(p) => {
                sqlx::query("ANALYZE records, record_identifiers, record_names, relations")
                    .execute(p)
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn begin_import(&self, actor: &str) -> StoreResult<ImportWriter> {
        let tx = match &self.pool {
            Pool::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        };
        Ok(ImportWriter {
            tx,
            actor: actor.to_owned(),
            now: to_millis(OffsetDateTime::now_utc()),
        })
    }
}

fn date_of_birth(r: &RecordInsert) -> Option<String> {
    match &r.record.entity {
        Entity::Person(p) => p.date_of_birth.map(|d| d.to_string()),
        _ => None,
    }
}

impl ImportWriter {
    /// Writes records (at most [`BATCH_ROWS`] per statement).
    pub async fn write_records(&mut self, records: &[RecordInsert]) -> StoreResult<()> {
        for chunk in records.chunks(BATCH_ROWS) {
            let bodies: Vec<String> = chunk
                .iter()
                .map(|r| {
                    serde_json::to_string(&r.record).map_err(|e| StoreError::Corrupt {
                        what: e.to_string(),
                    })
                })
                .collect::<StoreResult<_>>()?;
            let (actor, now) = (self.actor.clone(), self.now);
            on_tx!(self, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new(
                    "INSERT INTO records (id, kind, owner_node, external_ref, handling_code, data_subject_category,
                        case_reference, purpose, review_after, delete_after, date_of_birth, caption, body,
                        created_by, created_at, updated_by, updated_at) ",
                );
                q.push_values(chunk.iter().zip(&bodies), |mut b, (r, body)| {
                    let m = &r.record.meta;
                    b.push_bind(r.id.to_string())
                        .push_bind(r.record.entity.kind().as_str())
                        .push_bind(m.owner_node.to_string())
                        .push_bind(m.external_ref.clone())
                        .push_bind(m.handling_code.as_str())
                        .push_bind(m.data_subject_category.map(|c| c.as_str()))
                        .push_bind(m.case_reference.clone())
                        .push_bind(m.purpose.clone())
                        .push_bind(m.review_after.to_string())
                        .push_bind(m.delete_after.to_string())
                        .push_bind(date_of_birth(r))
                        .push_bind(r.record.entity.caption())
                        .push_bind(body.clone())
                        .push_bind(actor.clone())
                        .push_bind(now)
                        .push_bind(actor.clone())
                        .push_bind(now);
                });
                q.build().execute(&mut **tx).await?;
            });
            self.write_search_keys(chunk).await?;
        }
        Ok(())
    }

    /// Writes the identifiers and name tokens records are searched by.
    pub(crate) async fn write_search_keys(&mut self, chunk: &[RecordInsert]) -> StoreResult<()> {
        let identifiers: Vec<(&'static str, String, String)> = chunk
            .iter()
            .flat_map(|r| {
                r.record
                    .entity
                    .identifiers()
                    .into_iter()
                    .map(move |(s, v)| (s, v, r.id.to_string()))
            })
            .collect();
        for part in identifiers.chunks(BATCH_ROWS * 5) {
            on_tx!(self, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new("INSERT INTO record_identifiers (scheme, value, record_id) ");
                q.push_values(part, |mut b, (s, v, id)| {
                    b.push_bind(*s).push_bind(v.clone()).push_bind(id.clone());
                });
                q.push(" ON CONFLICT DO NOTHING");
                q.build().execute(&mut **tx).await?;
            });
        }
        let names: Vec<(String, String)> = chunk
            .iter()
            .flat_map(|r| {
                r.name_tokens
                    .iter()
                    .map(move |t| (t.clone(), r.id.to_string()))
            })
            .collect();
        for part in names.chunks(BATCH_ROWS * 10) {
            on_tx!(self, Db, tx => {
                let mut q: QueryBuilder<Db> = QueryBuilder::new("INSERT INTO record_names (token, record_id) ");
                q.push_values(part, |mut b, (t, id)| {
                    b.push_bind(t.clone()).push_bind(id.clone());
                });
                q.push(" ON CONFLICT DO NOTHING");
                q.build().execute(&mut **tx).await?;
            });
        }
        Ok(())
    }

    pub async fn write_relations(
        &mut self,
        relations: &[(RelationKind, RecordId, RecordId)],
    ) -> StoreResult<()> {
        for chunk in relations.chunks(BATCH_ROWS * 3) {
            let (actor, now) = (self.actor.clone(), self.now);
            on_tx!(self, Db, tx => {
                let mut q: QueryBuilder<Db> =
                    QueryBuilder::new("INSERT INTO relations (id, kind, from_id, to_id, created_by, created_at) ");
                q.push_values(chunk, |mut b, (k, f, t)| {
                    b.push_bind(uuid::Uuid::now_v7().to_string())
                        .push_bind(k.as_str())
                        .push_bind(f.to_string())
                        .push_bind(t.to_string())
                        .push_bind(actor.clone())
                        .push_bind(now);
                });
                q.build().execute(&mut **tx).await?;
            });
        }
        Ok(())
    }

    pub async fn commit(self) -> StoreResult<()> {
        match self.tx {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

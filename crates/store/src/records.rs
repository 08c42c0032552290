//! Records of the common model, their search keys and relations.
//!
//! An import is written by [`Store::insert_records`] in one transaction: all
//! of it or none of it.

use crate::{
    Store, StoreError, StoreResult, from_millis, on_pool, opt_from_millis, parse_col, to_millis,
};
use liaison_core::model::{NewRecord, RecordId, RecordKind, RelationKind};
use std::collections::HashMap;
use time::OffsetDateTime;

/// A record as stored, with who made and changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRecord {
    pub id: RecordId,
    pub record: NewRecord,
    pub created_by: String,
    pub created_at: OffsetDateTime,
    pub updated_by: String,
    pub updated_at: OffsetDateTime,
    pub review_flagged_at: Option<OffsetDateTime>,
}

/// A record to insert, with its search keys worked out by the caller.
pub struct RecordInsert {
    pub id: RecordId,
    pub record: NewRecord,
    /// Folded name tokens (see `liaison_core::model::identifiers::name_tokens`).
    pub name_tokens: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRelation {
    pub id: String,
    pub kind: RelationKind,
    pub from: RecordId,
    pub to: RecordId,
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    id: String,
    body: String,
    created_by: String,
    created_at: i64,
    updated_by: String,
    updated_at: i64,
    review_flagged_at: Option<i64>,
}

impl TryFrom<RecordRow> for StoredRecord {
    type Error = StoreError;
    fn try_from(r: RecordRow) -> StoreResult<StoredRecord> {
        Ok(StoredRecord {
            id: parse_col("record id", &r.id)?,
            record: serde_json::from_str(&r.body).map_err(|e| StoreError::Corrupt {
                what: format!("record {}: {e}", r.id),
            })?,
            created_by: r.created_by,
            created_at: from_millis(r.created_at)?,
            updated_by: r.updated_by,
            updated_at: from_millis(r.updated_at)?,
            review_flagged_at: opt_from_millis(r.review_flagged_at)?,
        })
    }
}

const RECORD_COLUMNS: &str =
    "id, body, created_by, created_at, updated_by, updated_at, review_flagged_at";

fn relation_kind(s: &str) -> StoreResult<RelationKind> {
    parse_col("relation kind", s)
}

impl Store {
    /// Writes records and relations in one transaction. `progress` is told
    /// how many records are written so far.
    pub async fn insert_records(
        &self,
        records: &[RecordInsert],
        relations: &[(RelationKind, RecordId, RecordId)],
        actor: &str,
        mut progress: impl FnMut(usize) + Send,
    ) -> StoreResult<()> {
        let mut w = self.begin_import(actor).await?;
        let mut done = 0;
        for chunk in records.chunks(crate::import_writer::BATCH_ROWS) {
            w.write_records(chunk).await?;
            done += chunk.len();
            progress(done);
        }
        w.write_relations(relations).await?;
        w.commit().await?;
        progress(records.len());
        Ok(())
    }

    pub async fn record(&self, id: RecordId) -> StoreResult<StoredRecord> {
        let sql = format!("SELECT {RECORD_COLUMNS} FROM records WHERE id = $1");
        let row: RecordRow =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.to_string()).fetch_one(p).await?);
        row.try_into()
    }

    /// The ids of this owner's records with these external references
    /// (looked up a thousand at a time).
    pub async fn ids_by_external_ref(
        &self,
        owner_node: &str,
        refs: &[String],
    ) -> StoreResult<HashMap<String, RecordId>> {
        let mut out = HashMap::new();
        for chunk in refs.chunks(1000) {
            let rows: Vec<(String, String)> = on_pool!(self, p => {
                let mut q = sqlx::QueryBuilder::new("SELECT external_ref, id FROM records WHERE owner_node = ");
                q.push_bind(owner_node);
                q.push(" AND external_ref IN (");
                let mut sep = q.separated(", ");
                for r in chunk {
                    sep.push_bind(r.as_str());
                }
                q.push(")");
                q.build_query_as().fetch_all(p).await?
            });
            for (r, id) in rows {
                out.insert(r, parse_col("record id", &id)?);
            }
        }
        Ok(out)
    }

    /// Records of one kind (or all), oldest first, a page at a time.
    pub async fn list_records(
        &self,
        kind: Option<RecordKind>,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<StoredRecord>> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM records WHERE ($1 IS NULL OR kind = $1) ORDER BY id LIMIT $2 OFFSET $3"
        );
        let rows: Vec<RecordRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(kind.map(|k| k.as_str()))
            .bind(limit)
            .bind(offset)
            .fetch_all(p)
            .await?);
        rows.into_iter().map(StoredRecord::try_from).collect()
    }

    pub async fn count_records(&self, kind: Option<RecordKind>) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as("SELECT COUNT(*) FROM records WHERE ($1 IS NULL OR kind = $1)")
            .bind(kind.map(|k| k.as_str()))
            .fetch_one(p)
            .await?);
        Ok(n)
    }

    /// Records holding an identifier (document number, IBAN, plate, VIN,
    /// phone, e-mail…), by its normalised value. Uses the primary-key index.
    pub async fn records_by_identifier(
        &self,
        scheme: &str,
        value: &str,
    ) -> StoreResult<Vec<StoredRecord>> {
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM records WHERE id IN
               (SELECT record_id FROM record_identifiers WHERE scheme = $1 AND value = $2)
             ORDER BY id"
        );
        let rows: Vec<RecordRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(scheme).bind(value).fetch_all(p).await?);
        rows.into_iter().map(StoredRecord::try_from).collect()
    }

    /// Person records whose names contain every token (and, when given, whose
    /// date of birth starts with `dob`: `1975` finds `1975-03-09`).
    pub async fn records_by_name(
        &self,
        tokens: &[String],
        dob: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<StoredRecord>> {
        let Some(first) = tokens.first() else {
            return Ok(vec![]);
        };
        // Candidates from the first token, narrowed by the others in Rust:
        // one indexed query instead of a dynamic n-way join.
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM records WHERE id IN (SELECT record_id FROM record_names WHERE token = $1)
               AND ($2 IS NULL OR date_of_birth LIKE $2) ORDER BY id LIMIT $3"
        );
        let dob_pattern = dob.map(|d| format!("{d}%"));
        let rows: Vec<RecordRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(first)
            .bind(dob_pattern)
            .bind(limit.saturating_mul(20))
            .fetch_all(p)
            .await?);
        let mut out = vec![];
        for row in rows {
            let rec = StoredRecord::try_from(row)?;
            if tokens.len() > 1 {
                let have: Vec<(String,)> = on_pool!(self, p => sqlx::query_as(
                    "SELECT token FROM record_names WHERE record_id = $1",
                )
                .bind(rec.id.to_string())
                .fetch_all(p)
                .await?);
                if !tokens.iter().all(|t| have.iter().any(|(h,)| h == t)) {
                    continue;
                }
            }
            out.push(rec);
            if out.len() as i64 >= limit {
                break;
            }
        }
        Ok(out)
    }

    /// Relations touching a record, either way.
    pub async fn relations_of(&self, id: RecordId) -> StoreResult<Vec<StoredRelation>> {
        let rows: Vec<(String, String, String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, kind, from_id, to_id FROM relations WHERE from_id = $1 OR to_id = $1 ORDER BY id",
        )
        .bind(id.to_string())
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(id, k, f, t)| {
                Ok(StoredRelation {
                    id,
                    kind: relation_kind(&k)?,
                    from: parse_col("record id", &f)?,
                    to: parse_col("record id", &t)?,
                })
            })
            .collect()
    }

    /// Every relation, for exports.
    pub async fn all_relations(&self) -> StoreResult<Vec<StoredRelation>> {
        let rows: Vec<(String, String, String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, kind, from_id, to_id FROM relations ORDER BY id",
        )
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(id, k, f, t)| {
                Ok(StoredRelation {
                    id,
                    kind: relation_kind(&k)?,
                    from: parse_col("record id", &f)?,
                    to: parse_col("record id", &t)?,
                })
            })
            .collect()
    }
}

impl Store {
    /// Ids of records whose review date has come and that are not yet flagged.
    pub async fn records_due_for_review(&self, today: time::Date) -> StoreResult<Vec<RecordId>> {
        let rows: Vec<(String,)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id FROM records WHERE review_after <= $1 AND review_flagged_at IS NULL ORDER BY id",
        )
        .bind(today.to_string())
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(id,)| parse_col("record id", &id))
            .collect()
    }

    pub async fn flag_for_review(&self, ids: &[RecordId]) -> StoreResult<()> {
        let now = to_millis(OffsetDateTime::now_utc());
        for id in ids {
            on_pool!(self, p => sqlx::query("UPDATE records SET review_flagged_at = $2 WHERE id = $1")
                .bind(id.to_string())
                .bind(now)
                .execute(p)
                .await?
                .rows_affected());
        }
        Ok(())
    }

    pub async fn count_flagged_for_review(&self) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as("SELECT COUNT(*) FROM records WHERE review_flagged_at IS NOT NULL")
            .fetch_one(p)
            .await?);
        Ok(n)
    }

    /// Records whose deletion date has passed.
    pub async fn records_past_retention(
        &self,
        today: time::Date,
    ) -> StoreResult<Vec<(RecordId, String)>> {
        let rows: Vec<(String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, kind FROM records WHERE delete_after < $1 ORDER BY id",
        )
        .bind(today.to_string())
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(id, kind)| Ok((parse_col("record id", &id)?, kind)))
            .collect()
    }

    /// Deletes a record with its search keys and relations.
    pub async fn delete_record(&self, id: RecordId) -> StoreResult<()> {
        let n = on_pool!(self, p => sqlx::query("DELETE FROM records WHERE id = $1")
            .bind(id.to_string())
            .execute(p)
            .await?
            .rows_affected());
        crate::users::found(n)
    }
}

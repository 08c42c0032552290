//! Changing single records from the web UI or API: an edit keeps the
//! previous version (the record's history), and refuses to overwrite a
//! change made by someone else since the editor read the record.

use crate::import_writer::on_tx;
use crate::records::RecordInsert;
use crate::{Store, StoreError, StoreResult, from_millis, on_pool, parse_col, to_millis};
use liaison_core::model::{NewRecord, RecordId, RelationKind};
use sqlx::{Postgres, Sqlite};
use time::OffsetDateTime;

/// One change of a record: the version it replaced and what changed.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordVersion {
    /// 1 for the first change.
    pub version: i64,
    /// The record as it was before this change.
    pub before: NewRecord,
    /// Column names of the common model that changed.
    pub changed_fields: Vec<String>,
    pub changed_by: String,
    pub changed_at: OffsetDateTime,
}

impl Store {
    /// Replaces a record's content, keeping the old version. `read_at` is
    /// the `updated_at` the editor saw; if the record changed since,
    /// nothing is written and [`StoreError::Stale`] is returned.
    pub async fn update_record(
        &self,
        new: &RecordInsert,
        read_at: OffsetDateTime,
        changed_fields: &[&str],
        actor: &str,
    ) -> StoreResult<()> {
        let id = new.id.to_string();
        let body = serde_json::to_string(&new.record).map_err(|e| StoreError::Corrupt {
            what: e.to_string(),
        })?;
        let m = &new.record.meta;
        let dob = match &new.record.entity {
            liaison_core::model::Entity::Person(p) => p.date_of_birth.map(|d| d.to_string()),
            _ => None,
        };
        // One transaction; dropping the writer on an error rolls it back.
        let mut w = self.begin_import(actor).await?;
        let now = w.now;
        on_tx!(w, Db, tx => {
            let (old_body, updated_at): (String, i64) =
                sqlx::query_as("SELECT body, updated_at FROM records WHERE id = $1")
                    .bind(&id)
                    .fetch_one(&mut **tx)
                    .await?;
            if updated_at != to_millis(read_at) {
                return Err(StoreError::Stale);
            }
            let (version,): (i64,) = sqlx::query_as(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM record_versions WHERE record_id = $1",
            )
            .bind(&id)
            .fetch_one(&mut **tx)
            .await?;
            sqlx::query::<Db>(
                "INSERT INTO record_versions (record_id, version, body, changed_fields, changed_by, changed_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&id)
            .bind(version)
            .bind(old_body)
            .bind(changed_fields.join(","))
            .bind(actor)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            sqlx::query::<Db>(
                "UPDATE records SET handling_code = $2, data_subject_category = $3, case_reference = $4,
                    purpose = $5, review_after = $6, delete_after = $7, date_of_birth = $8, caption = $9,
                    body = $10, updated_by = $11, updated_at = $12, review_flagged_at = NULL
                 WHERE id = $1",
            )
            .bind(&id)
            .bind(m.handling_code.as_str())
            .bind(m.data_subject_category.map(|c| c.as_str()))
            .bind(&m.case_reference)
            .bind(&m.purpose)
            .bind(m.review_after.to_string())
            .bind(m.delete_after.to_string())
            .bind(dob)
            .bind(new.record.entity.caption())
            .bind(body)
            .bind(actor)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            // Search keys follow the new content.
            for table in ["record_identifiers", "record_names"] {
                sqlx::query::<Db>(&format!("DELETE FROM {table} WHERE record_id = $1"))
                    .bind(&id)
                    .execute(&mut **tx)
                    .await?;
            }
        });
        w.write_search_keys(std::slice::from_ref(new)).await?;
        w.commit().await
    }

    /// A record's earlier versions, newest first.
    pub async fn record_history(&self, id: RecordId) -> StoreResult<Vec<RecordVersion>> {
        let rows: Vec<(i64, String, String, String, i64)> = on_pool!(self, p => sqlx::query_as(
            "SELECT version, body, changed_fields, changed_by, changed_at FROM record_versions
             WHERE record_id = $1 ORDER BY version DESC",
        )
        .bind(id.to_string())
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(version, body, fields, by, at)| {
                Ok(RecordVersion {
                    version,
                    before: serde_json::from_str(&body).map_err(|e| StoreError::Corrupt {
                        what: format!("version {version} of record {id}: {e}"),
                    })?,
                    changed_fields: fields
                        .split(',')
                        .filter(|f| !f.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    changed_by: by,
                    changed_at: from_millis(at)?,
                })
            })
            .collect()
    }

    /// Links two records; returns the relation's id. The same link twice is
    /// a conflict.
    pub async fn insert_relation(
        &self,
        kind: RelationKind,
        from: RecordId,
        to: RecordId,
        actor: &str,
    ) -> StoreResult<String> {
        let exists: Option<(String,)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id FROM relations WHERE kind = $1 AND from_id = $2 AND to_id = $3",
        )
        .bind(kind.as_str())
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_optional(p)
        .await?);
        if exists.is_some() {
            return Err(StoreError::Conflict {
                what: "this link".into(),
            });
        }
        let id = uuid::Uuid::now_v7().to_string();
        on_pool!(self, p => sqlx::query(
            "INSERT INTO relations (id, kind, from_id, to_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(kind.as_str())
        .bind(from.to_string())
        .bind(to.to_string())
        .bind(actor)
        .bind(to_millis(OffsetDateTime::now_utc()))
        .execute(p)
        .await
        .map(|_| ())?);
        Ok(id)
    }

    /// One relation by id.
    pub async fn relation(&self, id: &str) -> StoreResult<crate::records::StoredRelation> {
        let (id, kind, from, to): (String, String, String, String) = on_pool!(self, p => sqlx::query_as(
            "SELECT id, kind, from_id, to_id FROM relations WHERE id = $1",
        )
        .bind(id)
        .fetch_one(p)
        .await?);
        Ok(crate::records::StoredRelation {
            id,
            kind: parse_col("relation kind", &kind)?,
            from: parse_col("record id", &from)?,
            to: parse_col("record id", &to)?,
        })
    }

    pub async fn delete_relation(&self, id: &str) -> StoreResult<()> {
        let n = on_pool!(self, p => sqlx::query("DELETE FROM relations WHERE id = $1")
            .bind(id)
            .execute(p)
            .await?
            .rows_affected());
        crate::users::found(n)
    }
}

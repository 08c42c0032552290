//! Node settings: small key/value facts about the node (its name, country,
//! and settings an admin changes at run time).

use crate::{Store, StoreResult, on_pool, to_millis};
use time::OffsetDateTime;

impl Store {
    pub async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        let v: Option<(String,)> = on_pool!(self, p => sqlx::query_as("SELECT value FROM node_settings WHERE key = $1")
            .bind(key)
            .fetch_optional(p)
            .await?);
        Ok(v.map(|(v,)| v))
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        let now = to_millis(OffsetDateTime::now_utc());
        on_pool!(self, p => sqlx::query(
            "INSERT INTO node_settings (key, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(value)
        .bind(now)
        .execute(p)
        .await?.rows_affected());
        Ok(())
    }
}

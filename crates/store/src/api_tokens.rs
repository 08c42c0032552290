//! API tokens for national systems. Only the SHA-256 of a token is stored; the
//! token itself is shown once, when created.

use crate::users::found;
use crate::{
    Store, StoreError, StoreResult, from_millis, on_pool, opt_from_millis, parse_col, to_millis,
};
use liaison_core::{ApiTokenId, Role, UnitId};
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiToken {
    pub id: ApiTokenId,
    pub label: String,
    pub role: Role,
    pub unit_id: Option<UnitId>,
    /// Username (or `local-operator`) of whoever created it.
    pub created_by: String,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    pub last_used_at: Option<OffsetDateTime>,
}

#[derive(Clone, Debug)]
pub struct NewApiToken {
    pub label: String,
    pub token_hash: String,
    pub role: Role,
    pub unit_id: Option<UnitId>,
    pub created_by: String,
}

#[derive(sqlx::FromRow)]
struct ApiTokenRow {
    id: String,
    label: String,
    role: String,
    unit_id: Option<String>,
    created_by: String,
    created_at: i64,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
}

impl TryFrom<ApiTokenRow> for ApiToken {
    type Error = StoreError;
    fn try_from(r: ApiTokenRow) -> StoreResult<ApiToken> {
        Ok(ApiToken {
            id: parse_col("api token id", &r.id)?,
            label: r.label,
            role: parse_col("role", &r.role)?,
            unit_id: r
                .unit_id
                .as_deref()
                .map(|u| parse_col("unit id", u))
                .transpose()?,
            created_by: r.created_by,
            created_at: from_millis(r.created_at)?,
            revoked_at: opt_from_millis(r.revoked_at)?,
            last_used_at: opt_from_millis(r.last_used_at)?,
        })
    }
}

const TOKEN_COLUMNS: &str =
    "id, label, role, unit_id, created_by, created_at, revoked_at, last_used_at";

impl Store {
    pub async fn create_api_token(&self, new: &NewApiToken) -> StoreResult<ApiToken> {
        let id = ApiTokenId::generate();
        on_pool!(self, p => sqlx::query(
            "INSERT INTO api_tokens (id, label, token_hash, role, unit_id, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id.to_string())
        .bind(&new.label)
        .bind(&new.token_hash)
        .bind(new.role.as_str())
        .bind(new.unit_id.map(|u| u.to_string()))
        .bind(&new.created_by)
        .bind(to_millis(OffsetDateTime::now_utc()))
        .execute(p)
        .await?.rows_affected());
        self.api_token(id).await
    }

    pub async fn api_token(&self, id: ApiTokenId) -> StoreResult<ApiToken> {
        let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE id = $1");
        let row: ApiTokenRow =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.to_string()).fetch_one(p).await?);
        row.try_into()
    }

    /// The live (not revoked) token with this hash.
    pub async fn live_api_token_by_hash(&self, token_hash: &str) -> StoreResult<Option<ApiToken>> {
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL"
        );
        let row: Option<ApiTokenRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(token_hash).fetch_optional(p).await?);
        row.map(ApiToken::try_from).transpose()
    }

    pub async fn list_api_tokens(&self) -> StoreResult<Vec<ApiToken>> {
        let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at DESC");
        let rows: Vec<ApiTokenRow> = on_pool!(self, p => sqlx::query_as(&sql).fetch_all(p).await?);
        rows.into_iter().map(ApiToken::try_from).collect()
    }

    pub async fn revoke_api_token(&self, id: ApiTokenId) -> StoreResult<()> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
        )
        .bind(id.to_string())
        .bind(to_millis(OffsetDateTime::now_utc()))
        .execute(p)
        .await?.rows_affected());
        found(n)
    }

    pub async fn touch_api_token(&self, id: ApiTokenId) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
            .bind(id.to_string())
            .bind(to_millis(OffsetDateTime::now_utc()))
            .execute(p)
            .await?.rows_affected());
        Ok(())
    }
}

//! Web sessions. The cookie holds a random token; only its SHA-256 is stored,
//! so a copy of the database does not let anyone take over a session.

use crate::users::found;
use crate::{Store, StoreError, StoreResult, from_millis, on_pool, parse_col, to_millis};
use liaison_core::UserId;
use std::fmt;
use std::str::FromStr;
use time::OffsetDateTime;

/// How far a session has got through login.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionStage {
    /// Password accepted; the TOTP code is still due.
    SecondFactorDue,
    /// Password accepted; the node requires TOTP and the user has none yet.
    EnrolmentDue,
    /// Fully logged in.
    Active,
}

impl SessionStage {
    pub const fn as_str(self) -> &'static str {
        match self {
            SessionStage::SecondFactorDue => "second_factor_due",
            SessionStage::EnrolmentDue => "enrolment_due",
            SessionStage::Active => "active",
        }
    }
}

impl fmt::Display for SessionStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SessionStage {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "second_factor_due" => Ok(SessionStage::SecondFactorDue),
            "enrolment_due" => Ok(SessionStage::EnrolmentDue),
            "active" => Ok(SessionStage::Active),
            _ => Err(()),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    pub id_hash: String,
    pub user_id: UserId,
    pub csrf_token: String,
    pub stage: SessionStage,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub source: Option<String>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("user_id", &self.user_id)
            .field("stage", &self.stage)
            .finish_non_exhaustive()
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id_hash: String,
    user_id: String,
    csrf_token: String,
    stage: String,
    created_at: i64,
    last_seen_at: i64,
    source: Option<String>,
}

impl TryFrom<SessionRow> for Session {
    type Error = StoreError;
    fn try_from(r: SessionRow) -> StoreResult<Session> {
        Ok(Session {
            id_hash: r.id_hash,
            user_id: parse_col("user id", &r.user_id)?,
            csrf_token: r.csrf_token,
            stage: parse_col("session stage", &r.stage)?,
            created_at: from_millis(r.created_at)?,
            last_seen_at: from_millis(r.last_seen_at)?,
            source: r.source,
        })
    }
}

impl Store {
    pub async fn create_session(&self, session: &Session) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, stage, created_at, last_seen_at, source)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&session.id_hash)
        .bind(session.user_id.to_string())
        .bind(&session.csrf_token)
        .bind(session.stage.as_str())
        .bind(to_millis(session.created_at))
        .bind(to_millis(session.last_seen_at))
        .bind(&session.source)
        .execute(p)
        .await?.rows_affected());
        Ok(())
    }

    pub async fn session(&self, id_hash: &str) -> StoreResult<Option<Session>> {
        let row: Option<SessionRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id_hash, user_id, csrf_token, stage, created_at, last_seen_at, source
             FROM sessions WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(p)
        .await?);
        row.map(Session::try_from).transpose()
    }

    pub async fn touch_session(&self, id_hash: &str, at: OffsetDateTime) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1")
            .bind(id_hash)
            .bind(to_millis(at))
            .execute(p)
            .await?.rows_affected());
        Ok(())
    }

    pub async fn set_session_stage(&self, id_hash: &str, stage: SessionStage) -> StoreResult<()> {
        let n = on_pool!(self, p => sqlx::query("UPDATE sessions SET stage = $2 WHERE id_hash = $1")
            .bind(id_hash)
            .bind(stage.as_str())
            .execute(p)
            .await?.rows_affected());
        found(n)
    }

    pub async fn delete_session(&self, id_hash: &str) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(p)
            .await?.rows_affected());
        Ok(())
    }

    /// Ends every session of a user (disabled, password reset, second factor reset).
    pub async fn delete_user_sessions(&self, user_id: UserId) -> StoreResult<u64> {
        let n = on_pool!(self, p => sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id.to_string())
            .execute(p)
            .await?.rows_affected());
        Ok(n)
    }

    /// Deletes sessions idle since `idle_before` or created before `created_before`.
    pub async fn purge_sessions(
        &self,
        idle_before: OffsetDateTime,
        created_before: OffsetDateTime,
    ) -> StoreResult<u64> {
        let n = on_pool!(self, p => sqlx::query(
            "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
        )
        .bind(to_millis(idle_before))
        .bind(to_millis(created_before))
        .execute(p)
        .await?.rows_affected());
        Ok(n)
    }

    pub async fn count_sessions(&self) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as(
            "SELECT COUNT(*) FROM sessions WHERE stage = 'active'",
        )
        .fetch_one(p)
        .await?);
        Ok(n)
    }
}

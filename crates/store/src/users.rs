//! User accounts, their second factor and recovery codes.

use crate::{
    Store, StoreError, StoreResult, from_millis, on_pool, opt_from_millis, parse_col, to_millis,
};
use liaison_core::user::Username;
use liaison_core::{Role, UnitId, UserId};
use time::OffsetDateTime;

#[derive(Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub unit_id: Option<UnitId>,
    /// PHC string (argon2id). Never shown, never logged.
    pub password_hash: String,
    /// Base32 TOTP secret; set at enrolment, in force once `totp_enabled`.
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    pub language: Option<String>,
    pub disabled: bool,
    pub failed_logins: i64,
    pub locked_until: Option<OffsetDateTime>,
    pub must_change_password: bool,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub last_login_at: Option<OffsetDateTime>,
}

impl std::fmt::Debug for User {
    // Secrets stay out of Debug output, and so out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("role", &self.role)
            .field("unit_id", &self.unit_id)
            .field("totp_enabled", &self.totp_enabled)
            .field("disabled", &self.disabled)
            .finish_non_exhaustive()
    }
}

#[derive(Clone)]
pub struct NewUser {
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub unit_id: Option<UnitId>,
    pub password_hash: String,
    pub must_change_password: bool,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    username: String,
    display_name: String,
    role: String,
    unit_id: Option<String>,
    password_hash: String,
    totp_secret: Option<String>,
    totp_enabled: bool,
    language: Option<String>,
    disabled: bool,
    failed_logins: i64,
    locked_until: Option<i64>,
    must_change_password: bool,
    created_at: i64,
    updated_at: i64,
    last_login_at: Option<i64>,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> StoreResult<User> {
        Ok(User {
            id: parse_col("user id", &r.id)?,
            username: Username::parse(&r.username).map_err(|_| StoreError::Corrupt {
                what: format!("username `{}`", r.username),
            })?,
            display_name: r.display_name,
            role: parse_col("role", &r.role)?,
            unit_id: r
                .unit_id
                .as_deref()
                .map(|u| parse_col("unit id", u))
                .transpose()?,
            password_hash: r.password_hash,
            totp_secret: r.totp_secret,
            totp_enabled: r.totp_enabled,
            language: r.language,
            disabled: r.disabled,
            failed_logins: r.failed_logins,
            locked_until: opt_from_millis(r.locked_until)?,
            must_change_password: r.must_change_password,
            created_at: from_millis(r.created_at)?,
            updated_at: from_millis(r.updated_at)?,
            last_login_at: opt_from_millis(r.last_login_at)?,
        })
    }
}

const USER_COLUMNS: &str = "id, username, display_name, role, unit_id, password_hash, totp_secret, \
    totp_enabled, language, disabled, failed_logins, locked_until, must_change_password, \
    created_at, updated_at, last_login_at";

fn now() -> i64 {
    to_millis(OffsetDateTime::now_utc())
}

impl Store {
    pub async fn create_user(&self, new: &NewUser) -> StoreResult<User> {
        let id = UserId::generate();
        let t = now();
        let result = on_pool!(self, p => sqlx::query(
            "INSERT INTO users (id, username, display_name, role, unit_id, password_hash,
                must_change_password, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        )
        .bind(id.to_string())
        .bind(new.username.as_str())
        .bind(&new.display_name)
        .bind(new.role.as_str())
        .bind(new.unit_id.map(|u| u.to_string()))
        .bind(&new.password_hash)
        .bind(new.must_change_password)
        .bind(t)
        .execute(p)
        .await.map(|r| r.rows_affected()));
        match result {
            Ok(_) => self.user(id).await,
            Err(e) => match StoreError::from(e) {
                StoreError::Conflict { .. } => Err(StoreError::Conflict {
                    what: format!("user `{}`", new.username),
                }),
                other => Err(other),
            },
        }
    }

    pub async fn user(&self, id: UserId) -> StoreResult<User> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: UserRow =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.to_string()).fetch_one(p).await?);
        row.try_into()
    }

    pub async fn user_by_username(&self, username: &str) -> StoreResult<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1");
        let row: Option<UserRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(username).fetch_optional(p).await?);
        row.map(User::try_from).transpose()
    }

    pub async fn list_users(&self) -> StoreResult<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY username");
        let rows: Vec<UserRow> = on_pool!(self, p => sqlx::query_as(&sql).fetch_all(p).await?);
        rows.into_iter().map(User::try_from).collect()
    }

    pub async fn count_users(&self) -> StoreResult<i64> {
        let (n,): (i64,) =
            on_pool!(self, p => sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(p).await?);
        Ok(n)
    }

    /// Enabled admins, so that the last one is never disabled or demoted.
    pub async fn count_active_admins(&self) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = FALSE",
        )
        .fetch_one(p)
        .await?);
        Ok(n)
    }

    pub async fn update_user_profile(
        &self,
        id: UserId,
        display_name: &str,
        role: Role,
        unit_id: Option<UnitId>,
    ) -> StoreResult<()> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE users SET display_name = $2, role = $3, unit_id = $4, updated_at = $5 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(display_name)
        .bind(role.as_str())
        .bind(unit_id.map(|u| u.to_string()))
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        found(done)
    }

    pub async fn set_password_hash(
        &self,
        id: UserId,
        password_hash: &str,
        must_change_password: bool,
    ) -> StoreResult<()> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE users SET password_hash = $2, must_change_password = $3, failed_logins = 0,
                locked_until = NULL, updated_at = $4 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(password_hash)
        .bind(must_change_password)
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        found(done)
    }

    pub async fn set_user_disabled(&self, id: UserId, disabled: bool) -> StoreResult<()> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE users SET disabled = $2, updated_at = $3 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(disabled)
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        found(done)
    }

    pub async fn set_user_language(&self, id: UserId, language: Option<&str>) -> StoreResult<()> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE users SET language = $2, updated_at = $3 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(language)
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        found(done)
    }

    /// Stores a TOTP secret. `enabled = false` while the user has not yet
    /// proved they can produce codes; `secret = None` removes the factor.
    pub async fn set_totp(
        &self,
        id: UserId,
        secret: Option<&str>,
        enabled: bool,
    ) -> StoreResult<()> {
        let done = on_pool!(self, p => sqlx::query(
            "UPDATE users SET totp_secret = $2, totp_enabled = $3, updated_at = $4 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(secret)
        .bind(enabled)
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        found(done)
    }

    /// Counts one more failed login and, when `lock_until` is given, locks the
    /// account until then. Returns the new count. One statement, so two
    /// concurrent failures both count.
    pub async fn record_failed_login(
        &self,
        id: UserId,
        lock_until: impl Fn(i64) -> Option<OffsetDateTime>,
    ) -> StoreResult<i64> {
        let (count,): (i64,) = on_pool!(self, p => sqlx::query_as(
            "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins",
        )
        .bind(id.to_string())
        .fetch_one(p)
        .await?);
        if let Some(until) = lock_until(count) {
            on_pool!(self, p => sqlx::query("UPDATE users SET locked_until = $2 WHERE id = $1")
                .bind(id.to_string())
                .bind(to_millis(until))
                .execute(p)
                .await?.rows_affected());
        }
        Ok(count)
    }

    pub async fn record_successful_login(&self, id: UserId) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        Ok(())
    }

    /// Replaces a user's recovery codes (hashes only) in one transaction.
    pub async fn replace_recovery_codes(
        &self,
        id: UserId,
        code_hashes: &[String],
    ) -> StoreResult<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
            for h in code_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(id.to_string())
                    .bind(h)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Marks an unused recovery code as used. Returns whether one was.
    pub async fn consume_recovery_code(&self, id: UserId, code_hash: &str) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        )
        .bind(id.to_string())
        .bind(code_hash)
        .bind(now())
        .execute(p)
        .await?.rows_affected());
        Ok(n == 1)
    }

    pub async fn unused_recovery_codes(&self, id: UserId) -> StoreResult<i64> {
        let (n,): (i64,) = on_pool!(self, p => sqlx::query_as(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(id.to_string())
        .fetch_one(p)
        .await?);
        Ok(n)
    }
}

pub(crate) fn found(rows_affected: u64) -> StoreResult<()> {
    if rows_affected == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(())
    }
}

impl Store {
    /// Records that TOTP time step `step` was used, if it is later than the
    /// last one used. Returns false for a replayed (or older) code.
    pub async fn advance_totp_step(&self, id: UserId, step: i64) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE users SET totp_last_step = $2
             WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        )
        .bind(id.to_string())
        .bind(step)
        .execute(p)
        .await?.rows_affected());
        Ok(n == 1)
    }
}

//! Liaison persistence: one [`Store`] over SQLite (default, one file per node)
//! and PostgreSQL (several replicas of a node on one database).
//!
//! Most queries are identical on both backends and are written once: both
//! schemas use the same column types (TEXT ids, BIGINT Unix-millisecond times),
//! and both accept `$1` placeholders. Each backend has its own migrations
//! (`migrations/sqlite`, `migrations/postgres`), embedded in the binary.
//!
//! Modules hold the queries for one domain noun each: [`settings`], [`units`],
//! [`users`], [`sessions`], [`api_tokens`], [`audit`], [`records`].
#![forbid(unsafe_code)]

pub mod alerts;
pub mod api_tokens;
pub mod audit;
pub mod hits;
pub mod import_writer;
pub mod messages;
pub mod offences;
pub mod record_edit;
pub mod records;
pub mod sessions;
pub mod settings;
pub mod test_support;
pub mod units;
pub mod users;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;
use time::OffsetDateTime;

pub static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
pub static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database URL `{url}`: {reason}")]
    BadUrl { url: String, reason: String },
    #[error("cannot open database {target}: {source}")]
    Connect {
        target: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("not found")]
    NotFound,
    #[error("{what} already exists")]
    Conflict { what: String },
    #[error("changed by someone else since it was read")]
    Stale,
    #[error(
        "stored data is invalid ({what}): the database was changed outside Liaison or is from a newer version"
    )]
    Corrupt { what: String },
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(ref db) if db.is_unique_violation() => StoreError::Conflict {
                what: db
                    .constraint()
                    .map(str::to_owned)
                    .unwrap_or_else(|| "record".to_owned()),
            },
            other => StoreError::Database(other),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub const fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The node's database. Cheap to clone (a pool handle).
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
}

/// Runs the same query body on whichever pool the store holds.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite($pool) => $body,
            $crate::Pool::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// Options for opening a store.
#[derive(Clone, Debug)]
pub struct ConnectOptions {
    /// Pool size. SQLite allows one writer at a time whatever the pool size.
    pub max_connections: u32,
    /// How long to wait for a connection (and, on SQLite, for the write lock).
    pub acquire_timeout: Duration,
    /// Create the SQLite file when it does not exist (`liaison init` only).
    pub create_if_missing: bool,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(5),
            create_if_missing: false,
        }
    }
}

impl Store {
    /// Opens the database named by `url` (`sqlite://PATH` or `postgres://…`).
    /// A relative SQLite path is taken relative to `base_dir`, the node's data
    /// directory, so that a data directory can be moved as a whole.
    pub async fn connect(url: &str, base_dir: &Path, opts: &ConnectOptions) -> StoreResult<Store> {
        let bad = |reason: &str| StoreError::BadUrl {
            url: redact_url(url),
            reason: reason.to_owned(),
        };
        if let Some(rest) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            let path_part = rest.split('?').next().unwrap_or_default();
            if path_part.is_empty() {
                return Err(bad("no file path; use sqlite://liaison.db"));
            }
            let path = base_dir.join(path_part);
            let options = SqliteConnectOptions::new()
                .filename(&path)
                .create_if_missing(opts.create_if_missing)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a commit acknowledged to a user or partner survives power loss.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(opts.acquire_timeout);
            let pool = SqlitePoolOptions::new()
                .max_connections(opts.max_connections)
                .acquire_timeout(opts.acquire_timeout)
                .connect_with(options)
                .await
                .map_err(|source| StoreError::Connect {
                    target: path.display().to_string(),
                    source,
                })?;
            Ok(Store {
                pool: Pool::Sqlite(pool),
            })
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url).map_err(|e| bad(&e.to_string()))?;
            let pool = PgPoolOptions::new()
                .max_connections(opts.max_connections)
                .acquire_timeout(opts.acquire_timeout)
                .connect_with(options)
                .await
                .map_err(|source| StoreError::Connect {
                    target: redact_url(url),
                    source,
                })?;
            Ok(Store {
                pool: Pool::Postgres(pool),
            })
        } else {
            let scheme = url.split(':').next().unwrap_or_default();
            Err(bad(&format!(
                "unknown scheme `{scheme}`; use sqlite://PATH or postgres://USER@HOST/DB"
            )))
        }
    }

    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies pending migrations. Safe to run on every start and from several
    /// replicas at once (sqlx takes a lock on PostgreSQL).
    pub async fn migrate(&self) -> StoreResult<()> {
        match &self.pool {
            Pool::Sqlite(p) => SQLITE_MIGRATOR.run(p).await?,
            Pool::Postgres(p) => POSTGRES_MIGRATOR.run(p).await?,
        }
        Ok(())
    }

    /// A round trip to the database, for readiness checks.
    pub async fn ping(&self) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("SELECT 1").execute(p).await?.rows_affected());
        Ok(())
    }

    pub async fn close(&self) {
        on_pool!(self, p => p.close().await);
    }
}

/// The URL with any password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

/// Timestamps are stored as Unix milliseconds; an editor's "version read"
/// token is the same number.
pub fn to_millis(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

pub fn from_millis(ms: i64) -> StoreResult<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).map_err(|_| {
        StoreError::Corrupt {
            what: format!("timestamp {ms}"),
        }
    })
}

pub(crate) fn opt_from_millis(ms: Option<i64>) -> StoreResult<Option<OffsetDateTime>> {
    ms.map(from_millis).transpose()
}

pub(crate) fn parse_col<T: FromStr>(what: &str, s: &str) -> StoreResult<T> {
    s.parse().map_err(|_| StoreError::Corrupt {
        what: format!("{what} `{s}`"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted_from_urls() {
        assert_eq!(
            redact_url("postgres://liaison:s3cret@db.local/liaison"),
            "postgres://liaison:***@db.local/liaison"
        );
        assert_eq!(redact_url("sqlite://liaison.db"), "sqlite://liaison.db");
    }

    #[test]
    fn millis_round_trip() {
        let t = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        assert_eq!(from_millis(to_millis(t)).unwrap(), t);
    }
}

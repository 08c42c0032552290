//! Helpers for tests in this and other crates: a fresh, migrated store per
//! test, so tests run in parallel without seeing each other's rows.

use crate::{ConnectOptions, Store, StoreResult};
use std::path::Path;

/// The variable that names a PostgreSQL server for tests.
pub const TEST_DATABASE_URL_VAR: &str = "LIAISON_TEST_DATABASE_URL";

/// A migrated SQLite store in `dir`.
pub async fn sqlite_store(dir: &Path) -> StoreResult<Store> {
    let opts = ConnectOptions {
        create_if_missing: true,
        ..ConnectOptions::default()
    };
    let store = Store::connect("sqlite://liaison.db", dir, &opts).await?;
    store.migrate().await?;
    Ok(store)
}

/// A fresh PostgreSQL database on the server named by
/// `LIAISON_TEST_DATABASE_URL`, created for one test, migrated. Returns the
/// store and the new database's URL. `None` when the variable is not set.
pub async fn postgres_store() -> Option<StoreResult<(Store, String)>> {
    let base = std::env::var(TEST_DATABASE_URL_VAR).ok()?;
    Some(fresh_postgres_database(&base).await)
}

pub async fn fresh_postgres_database(base: &str) -> StoreResult<(Store, String)> {
    use sqlx::Connection;
    let name = format!("liaison_test_{}", uuid::Uuid::now_v7().simple());
    let mut admin =
        sqlx::PgConnection::connect(base)
            .await
            .map_err(|source| crate::StoreError::Connect {
                target: crate::redact_url(base),
                source,
            })?;
    drop_stale_test_databases(&mut admin).await;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await?;
    admin.close().await.ok();
    let mut url = url::Url::parse(base).map_err(|e| crate::StoreError::BadUrl {
        url: crate::redact_url(base),
        reason: e.to_string(),
    })?;
    url.set_path(&format!("/{name}"));
    let url = url.to_string();
    let store = Store::connect(&url, Path::new("."), &ConnectOptions::default()).await?;
    store.migrate().await?;
    Ok((store, url))
}

/// Test databases are not dropped when their test ends (an async drop cannot
/// wait), so each new one sweeps those left over from earlier runs: their
/// names carry a UUIDv7, whose timestamp tells their age.
async fn drop_stale_test_databases(admin: &mut sqlx::PgConnection) {
    let Ok(names) = sqlx::query_as::<_, (String,)>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'liaison_test_%'",
    )
    .fetch_all(&mut *admin)
    .await
    else {
        return;
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    for (name,) in names {
        let Some(age_secs) = name
            .strip_prefix("liaison_test_")
            .and_then(|id| uuid::Uuid::parse_str(id).ok())
            .and_then(|id| id.get_timestamp())
            .map(|ts| now.saturating_sub(ts.to_unix().0))
        else {
            continue;
        };
        if age_secs > 3600 {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut *admin)
                .await;
        }
    }
}

//! The running node's shared state, built once at start.

use crate::accounts::{AccountRules, Accounts};
use crate::audit_log::AuditLog;
use crate::config::{self, Config};
use crate::identity::NodeIdentity;
use crate::metrics::Metrics;
use governor::{DefaultKeyedRateLimiter, Quota};
use liaison_store::{ConnectOptions, Store};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Settings an admin can change at run time; they live in the database and
/// override the file.
pub const SETTING_REQUIRE_TOTP: &str = "security.require_totp";

#[derive(Clone, Debug)]
pub struct App(Arc<AppInner>);

#[derive(Debug)]
pub struct AppInner {
    pub config: Config,
    pub data_dir: PathBuf,
    pub store: Store,
    pub audit: AuditLog,
    pub accounts: Accounts,
    pub metrics: Metrics,
    pub identity: NodeIdentity,
    pub login_limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// Whether this process serves HTTPS (cookies are then `Secure` and `__Host-`).
    pub tls: bool,
    /// Networks, partners and keys, when the node federates.
    pub federation: Option<crate::federation::FederationParts>,
    /// Wakes the delivery worker when something is queued.
    pub delivery_wakeup: tokio::sync::Notify,
    /// The alerts in force, indexed for screening.
    pub screening: crate::screening::ScreeningIndex,
}

impl std::ops::Deref for App {
    type Target = AppInner;
    fn deref(&self) -> &AppInner {
        &self.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Store(#[from] liaison_store::StoreError),
    #[error(transparent)]
    Federation(#[from] crate::federation::membership::MembershipError),
}

impl App {
    /// Opens the node in `data_dir`: configuration, key, database (migrated).
    pub async fn open(data_dir: &Path, config: Config, tls: bool) -> Result<App, StartError> {
        let identity = NodeIdentity::load(&config::resolve(data_dir, &config.node.key_file))?;
        let store = Store::connect(
            &config.database.url,
            data_dir,
            &ConnectOptions {
                max_connections: config.database.max_connections,
                ..ConnectOptions::default()
            },
        )
        .await?;
        store.migrate().await?;
        let federation = crate::federation::FederationParts::load(data_dir)?;
        let mut app = App::from_parts(data_dir, config, store, identity, tls);
        if let Some(inner) = Arc::get_mut(&mut app.0) {
            inner.federation = federation;
        }
        Ok(app)
    }

    pub fn from_parts(
        data_dir: &Path,
        config: Config,
        store: Store,
        identity: NodeIdentity,
        tls: bool,
    ) -> App {
        let audit = AuditLog::new(store.clone());
        let accounts = Accounts::new(
            store.clone(),
            audit.clone(),
            AccountRules {
                lockout_threshold: config.security.lockout_threshold,
                lockout_minutes: config.security.lockout_minutes,
            },
            config.node.name.as_str(),
        );
        let per_minute = NonZeroU32::new(config.security.login_attempts_per_minute_per_address)
            .unwrap_or(NonZeroU32::MIN);
        App(Arc::new(AppInner {
            login_limiter: DefaultKeyedRateLimiter::keyed(Quota::per_minute(per_minute)),
            data_dir: data_dir.to_path_buf(),
            store,
            audit,
            accounts,
            metrics: Metrics::new(),
            identity,
            tls,
            config,
            federation: None,
            delivery_wakeup: tokio::sync::Notify::new(),
            screening: crate::screening::ScreeningIndex::default(),
        }))
    }

    /// Whether users must have a second factor: the admin's setting if one
    /// was made, else the configuration file.
    pub async fn require_totp(&self) -> bool {
        match self.store.setting(SETTING_REQUIRE_TOTP).await {
            Ok(Some(v)) => v == "true",
            _ => self.config.security.require_totp,
        }
    }
}

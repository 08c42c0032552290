//! `liaison init`: creates a node's data directory, all or nothing.
//!
//! Everything is built in a hidden sibling directory and renamed into place
//! at the end, so a failure leaves no half-made data directory behind.

use crate::accounts::{AccountRules, Accounts, NewAccount};
use crate::audit_log::AuditLog;
use crate::config::{CONFIG_FILE, Config};
use crate::identity::NodeIdentity;
use liaison_core::Role;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::node::{CountryCode, NodeName};
use liaison_core::policy::{self, Action, Actor};
use liaison_store::{ConnectOptions, Store};
use std::path::{Path, PathBuf};

pub const ADMIN_USERNAME: &str = "admin";

pub struct InitOptions {
    pub data_dir: PathBuf,
    pub name: NodeName,
    pub country: CountryCode,
    pub database_url: Option<String>,
    /// The first admin's password; generated when `None`.
    pub admin_password: Option<String>,
    pub require_totp: bool,
    pub listen: Option<std::net::SocketAddr>,
}

pub struct InitReport {
    pub data_dir: PathBuf,
    pub admin_username: &'static str,
    /// Set when the password was generated: print it once, store it nowhere.
    pub generated_admin_password: Option<String>,
    pub public_key_hex: String,
}

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error(
        "{0} already exists and is not empty; refusing to change it (to run that node: `liaison serve --data-dir {0}`)"
    )]
    DataDirExists(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("admin password: {0}")]
    AdminPassword(#[from] liaison_core::user::WeakPassword),
    #[error(
        "database {url} already holds a Liaison node ({users} users); use a new, empty database"
    )]
    DatabaseInUse { url: String, users: i64 },
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Store(#[from] liaison_store::StoreError),
    #[error("creating the admin user: {0}")]
    Account(#[from] crate::accounts::AccountError),
    #[error(transparent)]
    Audit(#[from] crate::audit_log::AuditError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> InitError + '_ {
    move |source| InitError::Io {
        path: path.display().to_string(),
        source,
    }
}

pub async fn init_node(opts: InitOptions) -> Result<InitReport, InitError> {
    let target = &opts.data_dir;
    if target.exists() {
        let empty = target.is_dir()
            && std::fs::read_dir(target)
                .map_err(io(target))?
                .next()
                .is_none();
        if !empty {
            return Err(InitError::DataDirExists(target.display().to_string()));
        }
    }
    if let Some(pw) = &opts.admin_password {
        liaison_core::user::check_new_password(pw, ADMIN_USERNAME)?;
    }
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let dir_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "liaison".to_owned());
    let staging = parent.join(format!(".{dir_name}.init-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    create_private_dir(&staging)?;

    let result = build(&opts, &staging).await;
    match result {
        Ok(report) => {
            if target.exists() {
                // An empty directory (e.g. made by systemd's StateDirectory=).
                std::fs::remove_dir(target).map_err(io(target))?;
            }
            if let Err(e) = std::fs::rename(&staging, target) {
                let _ = std::fs::remove_dir_all(&staging);
                return Err(io(target)(e));
            }
            Ok(InitReport {
                data_dir: target.clone(),
                ..report
            })
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

fn create_private_dir(path: &Path) -> Result<(), InitError> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path).map_err(io(path))
}

async fn build(opts: &InitOptions, dir: &Path) -> Result<InitReport, InitError> {
    let mut config = Config::new(opts.name.clone(), opts.country.clone());
    config.security.require_totp = opts.require_totp;
    if let Some(url) = &opts.database_url {
        config.database.url = url.clone();
    }
    if let Some(listen) = opts.listen {
        config.http.listen = listen;
    }
    let config_path = dir.join(CONFIG_FILE);
    let text = format!(
        "# Liaison node configuration. Every key is described in docs/configuration.md.\n\n{}",
        config.to_toml()
    );
    std::fs::write(&config_path, text).map_err(io(&config_path))?;

    let identity = NodeIdentity::generate();
    identity.write_new(&dir.join(&config.node.key_file))?;

    let store = Store::connect(
        &config.database.url,
        dir,
        &ConnectOptions {
            create_if_missing: true,
            ..ConnectOptions::default()
        },
    )
    .await?;
    let outcome = populate(&store, &config, opts, &identity).await;
    store.close().await;
    let generated = outcome?;
    Ok(InitReport {
        data_dir: dir.to_path_buf(),
        admin_username: ADMIN_USERNAME,
        generated_admin_password: generated,
        public_key_hex: identity.public_key_hex(),
    })
}

async fn populate(
    store: &Store,
    config: &Config,
    opts: &InitOptions,
    identity: &NodeIdentity,
) -> Result<Option<String>, InitError> {
    store.migrate().await?;
    let users = store.count_users().await?;
    if users > 0 {
        return Err(InitError::DatabaseInUse {
            url: liaison_store::redact_url(&config.database.url),
            users,
        });
    }
    let audit = AuditLog::new(store.clone());
    audit
        .record(
            AuditEvent::new(
                AuditActor::from(&Actor::local_operator()),
                AuditAction::NodeInitialised,
                Outcome::Success,
            )
            .source("cli")
            .target(format!("node:{}", config.node.name))
            .detail(format!(
                "country={} public_key={}",
                config.node.country,
                identity.public_key_hex()
            )),
        )
        .await?;
    let accounts = Accounts::new(
        store.clone(),
        audit,
        AccountRules {
            lockout_threshold: config.security.lockout_threshold,
            lockout_minutes: config.security.lockout_minutes,
        },
        config.node.name.as_str(),
    );
    let (password, generated) = match &opts.admin_password {
        Some(p) => (p.clone(), None),
        None => {
            let p = crate::secrets::generate_password();
            (p.clone(), Some(p))
        }
    };
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageUsers)
        .map_err(crate::accounts::AccountError::from)?;
    accounts
        .create_user(
            &permit,
            NewAccount {
                username: ADMIN_USERNAME,
                display_name: "Node administrator",
                role: Role::Admin,
                unit_code: None,
                password: &password,
                must_change_password: false,
            },
            "cli",
        )
        .await?;
    Ok(generated)
}

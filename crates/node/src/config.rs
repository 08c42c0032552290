//! The node's configuration file, `liaison.toml` in the data directory.
//!
//! Every key is documented in `docs/configuration.md`. Unknown keys are
//! refused, so a typo never silently falls back to a default.

use liaison_core::node::{CountryCode, NodeName};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "liaison.toml";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8440";

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub node: NodeSection,
    #[serde(default)]
    pub database: DatabaseSection,
    #[serde(default)]
    pub http: HttpSection,
    #[serde(default)]
    pub security: SecuritySection,
    #[serde(default)]
    pub log: LogSection,
    /// The endpoint partner nodes connect to (mutual TLS). Absent: the node
    /// does not federate.
    #[serde(default)]
    pub federation: Option<FederationSection>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FederationSection {
    /// Address the federation endpoint listens on.
    pub listen: SocketAddr,
    /// The URL partners use to reach it (`https://host:port`), as published
    /// in the network directory.
    pub endpoint: String,
    /// How often to ask partners for a newer directory (seconds).
    #[serde(default = "default_directory_refresh")]
    pub directory_refresh_seconds: u32,
}

fn default_directory_refresh() -> u32 {
    30
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeSection {
    pub name: NodeName,
    pub country: CountryCode,
    /// The agency's name as shown to people, e.g. "Bundeskriminalamt".
    #[serde(default)]
    pub agency: Option<String>,
    /// The node's Ed25519 identity key (PKCS#8 PEM), relative to the data directory.
    #[serde(default = "default_key_file")]
    pub key_file: PathBuf,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSection {
    /// `sqlite://FILE` (relative to the data directory) or `postgres://USER@HOST/DB`.
    #[serde(default = "default_database_url")]
    pub url: String,
    #[serde(default = "default_max_connections")]
    pub max_connections: u32,
}

impl Default for DatabaseSection {
    fn default() -> Self {
        DatabaseSection {
            url: default_database_url(),
            max_connections: default_max_connections(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpSection {
    #[serde(default = "default_listen")]
    pub listen: SocketAddr,
    #[serde(default)]
    pub tls: Option<TlsSection>,
}

impl Default for HttpSection {
    fn default() -> Self {
        HttpSection {
            listen: default_listen(),
            tls: None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsSection {
    /// PEM certificate chain, leaf first.
    pub certificate: PathBuf,
    /// PEM private key (PKCS#8, PKCS#1 or SEC1).
    pub private_key: PathBuf,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySection {
    /// Whether every user must use a TOTP second factor. An admin can change
    /// it at run time; the change is audited and kept in the database.
    #[serde(default = "yes")]
    pub require_totp: bool,
    #[serde(default = "default_idle_minutes")]
    pub session_idle_minutes: u32,
    #[serde(default = "default_absolute_hours")]
    pub session_absolute_hours: u32,
    /// Failed logins in a row after which an account is locked.
    #[serde(default = "default_lockout_threshold")]
    pub lockout_threshold: u32,
    /// How long the first lock lasts; each further failure doubles it (max 24 h).
    #[serde(default = "default_lockout_minutes")]
    pub lockout_minutes: u32,
    /// Login attempts allowed per minute from one network address.
    #[serde(default = "default_attempts_per_address")]
    pub login_attempts_per_minute_per_address: u32,
}

impl Default for SecuritySection {
    fn default() -> Self {
        SecuritySection {
            require_totp: true,
            session_idle_minutes: default_idle_minutes(),
            session_absolute_hours: default_absolute_hours(),
            lockout_threshold: default_lockout_threshold(),
            lockout_minutes: default_lockout_minutes(),
            login_attempts_per_minute_per_address: default_attempts_per_address(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Human,
    Json,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSection {
    #[serde(default)]
    pub format: LogFormat,
    /// A `tracing` filter, e.g. `info` or `liaison_node=debug,info`.
    #[serde(default = "default_log_level")]
    pub level: String,
}

impl Default for LogSection {
    fn default() -> Self {
        LogSection {
            format: LogFormat::Human,
            level: default_log_level(),
        }
    }
}

fn default_key_file() -> PathBuf {
    PathBuf::from("node.key")
}
fn default_database_url() -> String {
    "sqlite://liaison.db".to_owned()
}
fn default_max_connections() -> u32 {
    8
}
fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8440))
}
fn yes() -> bool {
    true
}
fn default_idle_minutes() -> u32 {
    30
}
fn default_absolute_hours() -> u32 {
    12
}
fn default_lockout_threshold() -> u32 {
    5
}
fn default_lockout_minutes() -> u32 {
    15
}
fn default_attempts_per_address() -> u32 {
    20
}
fn default_log_level() -> String {
    "info".to_owned()
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("data directory {0}: not found (create a node with `liaison init --data-dir {0}`)")]
    NoDataDir(String),
    #[error(
        "{path}: not found; is {dir} a Liaison data directory? (create one with `liaison init`)"
    )]
    NoConfigFile { path: String, dir: String },
    #[error("{path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: String, message: String },
    #[error("{path}: {key}: {message}")]
    Invalid {
        path: String,
        key: &'static str,
        message: String,
    },
}

impl Config {
    pub fn new(name: NodeName, country: CountryCode) -> Config {
        Config {
            node: NodeSection {
                name,
                country,
                agency: None,
                key_file: default_key_file(),
            },
            database: DatabaseSection::default(),
            http: HttpSection::default(),
            security: SecuritySection::default(),
            log: LogSection::default(),
            federation: None,
        }
    }

    /// Reads and checks `DIR/liaison.toml`.
    pub fn load(data_dir: &Path) -> Result<Config, ConfigError> {
        if !data_dir.is_dir() {
            return Err(ConfigError::NoDataDir(data_dir.display().to_string()));
        }
        let path = data_dir.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ConfigError::NoConfigFile {
                    path: path.display().to_string(),
                    dir: data_dir.display().to_string(),
                });
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                });
            }
        };
        Config::parse(&text, &path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.display().to_string(),
            // toml's message names the key and shows the line.
            message: e.to_string().trim_end().to_owned(),
        })?;
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<(), ConfigError> {
        let invalid = |key, message: &str| ConfigError::Invalid {
            path: path.display().to_string(),
            key,
            message: message.to_owned(),
        };
        let s = &self.security;
        if s.session_idle_minutes == 0 {
            return Err(invalid(
                "security.session_idle_minutes",
                "must be at least 1",
            ));
        }
        if s.session_absolute_hours == 0 {
            return Err(invalid(
                "security.session_absolute_hours",
                "must be at least 1",
            ));
        }
        if s.lockout_threshold == 0 {
            return Err(invalid("security.lockout_threshold", "must be at least 1"));
        }
        if s.login_attempts_per_minute_per_address == 0 {
            return Err(invalid(
                "security.login_attempts_per_minute_per_address",
                "must be at least 1",
            ));
        }
        if self.database.max_connections == 0 {
            return Err(invalid("database.max_connections", "must be at least 1"));
        }
        if let Some(f) = &self.federation
            && (!f.endpoint.starts_with("https://") || url::Url::parse(&f.endpoint).is_err())
        {
            return Err(invalid(
                "federation.endpoint",
                "must be an https:// URL, e.g. https://liaison.bka.example:8441",
            ));
        }
        if tracing_filter_is_invalid(&self.log.level) {
            return Err(invalid(
                "log.level",
                "not a valid filter; use e.g. `info` or `liaison_node=debug,info`",
            ));
        }
        Ok(())
    }

    pub fn to_toml(&self) -> String {
        // Serialising our own plain structs cannot fail.
        toml::to_string_pretty(self).unwrap_or_default()
    }
}

fn tracing_filter_is_invalid(level: &str) -> bool {
    level.trim().is_empty()
        || level
            .split(',')
            .any(|directive| directive.trim().is_empty() || directive.contains(' '))
}

/// Resolves a path from the config: relative paths are relative to the data directory.
pub fn resolve(data_dir: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        data_dir.join(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "[node]\nname = \"de-bka\"\ncountry = \"DE\"\n";

    #[test]
    fn minimal_config_takes_defaults() {
        let c = Config::parse(MINIMAL, Path::new("liaison.toml")).unwrap();
        assert_eq!(c.http.listen.to_string(), DEFAULT_LISTEN);
        assert!(c.security.require_totp);
        assert_eq!(c.database.url, "sqlite://liaison.db");
    }

    #[test]
    fn unknown_keys_are_named() {
        let text = format!("{MINIMAL}[security]\nrequire_totpp = false\n");
        let err = Config::parse(&text, Path::new("/d/liaison.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("/d/liaison.toml"), "{err}");
        assert!(err.contains("require_totpp"), "{err}");
    }

    #[test]
    fn malformed_values_are_named() {
        let text = format!("{MINIMAL}[http]\nlisten = \"localhost:port\"\n");
        let err = Config::parse(&text, Path::new("liaison.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("listen"), "{err}");
        let text = "[node]\nname = \"DE BKA\"\ncountry = \"DE\"\n";
        let err = Config::parse(text, Path::new("liaison.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("invalid node name"), "{err}");
        let text = format!("{MINIMAL}[security]\nsession_idle_minutes = 0\n");
        let err = Config::parse(&text, Path::new("liaison.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("security.session_idle_minutes"), "{err}");
    }

    #[test]
    fn written_config_reads_back() {
        let c = Config::new(
            NodeName::parse("fr-dcpj").unwrap(),
            CountryCode::parse("FR").unwrap(),
        );
        let back = Config::parse(&c.to_toml(), Path::new("x")).unwrap();
        assert_eq!(back.node.name.as_str(), "fr-dcpj");
    }
}

//! A node's federation keys, beside its Ed25519 identity (which signs
//! envelopes and receipts): the TLS key its network certificates are issued
//! for, and the X25519 key partners encrypt messages to. Both live in
//! `DATA_DIR/federation/`, readable by the owner only.

use crate::files::{self, FileError};
use std::path::{Path, PathBuf};
use x25519_dalek::{PublicKey, StaticSecret};

pub const FEDERATION_DIR: &str = "federation";
const TLS_KEY: &str = "tls.key";
const ENCRYPTION_KEY: &str = "encryption.key";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{path}: {reason}")]
    Malformed { path: String, reason: String },
}

pub struct FederationKeys {
    /// PKCS#8 PEM of the ECDSA P-256 TLS key.
    pub tls_key_pem: String,
    pub tls_key: rcgen::KeyPair,
    pub encryption: StaticSecret,
}

impl std::fmt::Debug for FederationKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FederationKeys(..)")
    }
}

pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join(FEDERATION_DIR)
}

impl FederationKeys {
    pub fn encryption_public(&self) -> PublicKey {
        PublicKey::from(&self.encryption)
    }

    /// Loads the keys, creating them the first time.
    pub fn load_or_create(data_dir: &Path) -> Result<FederationKeys, KeyError> {
        let d = dir(data_dir);
        if !d.join(TLS_KEY).exists() {
            let tls =
                rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(|e| {
                    KeyError::Malformed {
                        path: d.join(TLS_KEY).display().to_string(),
                        reason: e.to_string(),
                    }
                })?;
            files::write_atomic(&d.join(TLS_KEY), tls.serialize_pem().as_bytes(), true)?;
        }
        if !d.join(ENCRYPTION_KEY).exists() {
            let secret = StaticSecret::random_from_rng(rand::rngs::OsRng);
            files::write_atomic(
                &d.join(ENCRYPTION_KEY),
                hex::encode(secret.to_bytes()).as_bytes(),
                true,
            )?;
        }
        Self::load(data_dir)
    }

    pub fn load(data_dir: &Path) -> Result<FederationKeys, KeyError> {
        let d = dir(data_dir);
        let tls_path = d.join(TLS_KEY);
        let malformed = |path: &Path, reason: String| KeyError::Malformed {
            path: path.display().to_string(),
            reason,
        };
        let tls_key_pem = String::from_utf8(files::read_secret(&tls_path)?)
            .map_err(|_| malformed(&tls_path, "not PEM text".into()))?;
        let tls_key = rcgen::KeyPair::from_pem(&tls_key_pem)
            .map_err(|e| malformed(&tls_path, e.to_string()))?;
        let enc_path = d.join(ENCRYPTION_KEY);
        let enc = files::read_secret(&enc_path)?;
        let bytes: [u8; 32] = hex::decode(String::from_utf8_lossy(&enc).trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| malformed(&enc_path, "not 32 bytes of hex".into()))?;
        Ok(FederationKeys {
            tls_key_pem,
            tls_key,
            encryption: StaticSecret::from(bytes),
        })
    }
}

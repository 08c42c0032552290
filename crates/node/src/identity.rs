//! The node's Ed25519 identity key: generated at `init`, kept in a file only
//! its owner can read. Later issues sign envelopes, receipts and checkpoints
//! with it.

use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use std::io::Write;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not an Ed25519 private key in PKCS#8 PEM form")]
    Malformed { path: String },
    #[error("{path}: readable by other users (mode {mode:o}); run `chmod 600 {path}`")]
    TooOpen { path: String, mode: u32 },
}

pub struct NodeIdentity {
    key: SigningKey,
}

impl std::fmt::Debug for NodeIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NodeIdentity({})", self.public_key_hex())
    }
}

impl NodeIdentity {
    pub fn generate() -> Self {
        NodeIdentity {
            key: SigningKey::generate(&mut rand::rngs::OsRng),
        }
    }

    /// Writes the private key as PKCS#8 PEM with mode 0600, refusing to
    /// overwrite an existing file.
    pub fn write_new(&self, path: &Path) -> Result<(), IdentityError> {
        let io = |source| IdentityError::Io {
            path: path.display().to_string(),
            source,
        };
        let pem =
            self.key
                .to_pkcs8_pem(Default::default())
                .map_err(|_| IdentityError::Malformed {
                    path: path.display().to_string(),
                })?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path).map_err(io)?;
        file.write_all(pem.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok(())
    }

    pub fn load(path: &Path) -> Result<Self, IdentityError> {
        let display = path.display().to_string();
        let opened = crate::files::open_to_others(path).map_err(|e| IdentityError::Io {
            path: display.clone(),
            source: e.source,
        })?;
        if let Some(mode) = opened {
            return Err(IdentityError::TooOpen {
                path: display,
                mode,
            });
        }
        let pem = std::fs::read_to_string(path).map_err(|source| IdentityError::Io {
            path: display.clone(),
            source,
        })?;
        let key = SigningKey::from_pkcs8_pem(&pem)
            .map_err(|_| IdentityError::Malformed { path: display })?;
        Ok(NodeIdentity { key })
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode(self.key.verifying_key().as_bytes())
    }

    pub fn public_key_pem(&self) -> String {
        self.key
            .verifying_key()
            .to_public_key_pem(Default::default())
            .unwrap_or_default()
    }

    pub fn signing_key(&self) -> &SigningKey {
        &self.key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trips_with_owner_only_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("node.key");
        let id = NodeIdentity::generate();
        id.write_new(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let back = NodeIdentity::load(&path).unwrap();
        assert_eq!(back.public_key_hex(), id.public_key_hex());
        assert!(id.write_new(&path).is_err(), "must not overwrite a key");
    }

    #[test]
    fn a_world_readable_key_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("node.key");
        NodeIdentity::generate().write_new(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            NodeIdentity::load(&path),
            Err(IdentityError::TooOpen { .. })
        ));
    }
}

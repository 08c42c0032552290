//! The member directory of a network: which nodes belong to it, where they
//! are, and their certificates and keys. Issued by the network authority as
//! a signed, versioned document (a `COSE_Sign1` over CBOR); a node accepts a
//! copy only if the authority it trusts signed it and its version is newer
//! than the one it holds.

use crate::signed::{self, SignedError};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

pub const CONTENT_TYPE: &str = "application/vnd.liaison.directory+cbor";
/// Largest directory accepted (a few thousand members with certificates).
pub const MAX_DIRECTORY: usize = 8 << 20;
pub const MAX_MEMBERS: usize = 10_000;
/// The format this code writes and reads.
pub const FORMAT: u32 = 1;

/// Capabilities a node announces.
pub const CAPABILITY_MESSAGES: &str = "messages/1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub format: u32,
    /// The network's name, e.g. `eu-demo`.
    pub network: String,
    /// Increases with every change; a node never goes back to a lower one.
    pub version: u64,
    /// Unix milliseconds.
    pub issued_ms: i64,
    /// The network CA's certificate (DER): peers' TLS certificates chain to it.
    #[serde(with = "serde_bytes")]
    pub ca_certificate: Vec<u8>,
    /// The authority's Ed25519 directory-signing key.
    #[serde(with = "serde_bytes")]
    pub authority_key: Vec<u8>,
    pub members: Vec<Member>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Node name, e.g. `de-bka`.
    pub name: String,
    /// ISO 3166 alpha-2.
    pub country: String,
    pub agency: String,
    /// Federation endpoint, `https://host:port`.
    pub endpoint: String,
    /// The node's TLS certificate (DER), issued by the network CA.
    #[serde(with = "serde_bytes")]
    pub certificate: Vec<u8>,
    /// Ed25519 key that signs envelopes and receipts.
    #[serde(with = "serde_bytes")]
    pub signing_key: Vec<u8>,
    /// X25519 key messages are encrypted to.
    #[serde(with = "serde_bytes")]
    pub encryption_key: Vec<u8>,
    pub capabilities: Vec<String>,
    pub not_before_ms: i64,
    pub not_after_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    #[error(transparent)]
    Signed(#[from] SignedError),
    #[error("directory is not signed by this network's authority")]
    WrongAuthority,
    #[error("directory format {0} is not supported")]
    Format(u32),
    #[error("invalid directory: {0}")]
    Invalid(String),
    #[error("directory version {offered} is not newer than the installed version {installed}")]
    NotNewer { offered: u64, installed: u64 },
    #[error("directory is for network {offered}, not {installed}")]
    OtherNetwork { offered: String, installed: String },
}

impl Directory {
    /// Signs with the authority's key (which must be `authority_key`).
    pub fn sign(&self, authority: &SigningKey) -> Vec<u8> {
        signed::sign(authority, CONTENT_TYPE, signed::encode(self))
    }

    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }

    /// The member whose signing key has this key id.
    pub fn member_by_signing_key_id(&self, id: &[u8]) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| signed::key_id(&m.signing_key).as_slice() == id)
    }

    /// Members valid at `now_ms`.
    pub fn is_current(m: &Member, now_ms: i64) -> bool {
        m.not_before_ms <= now_ms && now_ms < m.not_after_ms
    }

    fn check(&self) -> Result<(), DirectoryError> {
        if self.format != FORMAT {
            return Err(DirectoryError::Format(self.format));
        }
        let invalid = |s: String| Err(DirectoryError::Invalid(s));
        if self.network.is_empty() || self.network.len() > 64 {
            return invalid("network name".into());
        }
        if self.members.len() > MAX_MEMBERS {
            return invalid(format!("more than {MAX_MEMBERS} members"));
        }
        let mut names = std::collections::HashSet::new();
        for m in &self.members {
            if m.name.is_empty() || m.name.len() > 64 {
                return invalid("member name".into());
            }
            if !names.insert(m.name.as_str()) {
                return invalid(format!("member {} listed twice", m.name));
            }
            if m.signing_key.len() != 32 || m.encryption_key.len() != 32 {
                return invalid(format!("member {}: key length", m.name));
            }
            if VerifyingKey::try_from(m.signing_key.as_slice()).is_err() {
                return invalid(format!("member {}: signing key", m.name));
            }
            if m.certificate.is_empty() || !m.endpoint.starts_with("https://") {
                return invalid(format!("member {}: certificate or endpoint", m.name));
            }
        }
        Ok(())
    }
}

/// Parses and checks a directory signed by `authority`.
pub fn verify(bytes: &[u8], authority: &VerifyingKey) -> Result<Directory, DirectoryError> {
    let expected = signed::key_id(authority.as_bytes());
    let ((), payload) = signed::verify(bytes, MAX_DIRECTORY, CONTENT_TYPE, |kid| {
        (kid == expected).then_some(((), *authority))
    })
    .map_err(|e| match e {
        SignedError::UnknownKey => DirectoryError::WrongAuthority,
        e => e.into(),
    })?;
    let directory: Directory = signed::decode(&payload, MAX_DIRECTORY)?;
    if directory.authority_key != authority.as_bytes() {
        return Err(DirectoryError::WrongAuthority);
    }
    directory.check()?;
    Ok(directory)
}

/// A first directory, trusted on installation: it must be signed by the
/// authority key it names. The operator compares that key's fingerprint
/// with the one the authority gave out of band.
pub fn verify_self_signed(bytes: &[u8]) -> Result<Directory, DirectoryError> {
    // Read the authority key the payload claims, then verify with it.
    let sign1: coset::CoseSign1 =
        crate::cbor::parse_tagged(bytes, MAX_DIRECTORY).map_err(SignedError::from)?;
    let payload = sign1
        .payload
        .ok_or(SignedError::Malformed("detached payload"))?;
    let claimed: Directory = signed::decode(&payload, MAX_DIRECTORY)?;
    let key = VerifyingKey::try_from(claimed.authority_key.as_slice())
        .map_err(|_| DirectoryError::Invalid("authority key".into()))?;
    verify(bytes, &key)
}

/// A newer version of an installed directory, from the authority or a peer.
pub fn verify_update(bytes: &[u8], installed: &Directory) -> Result<Directory, DirectoryError> {
    let key = VerifyingKey::try_from(installed.authority_key.as_slice())
        .map_err(|_| DirectoryError::Invalid("installed authority key".into()))?;
    let offered = verify(bytes, &key)?;
    if offered.network != installed.network {
        return Err(DirectoryError::OtherNetwork {
            offered: offered.network,
            installed: installed.network.clone(),
        });
    }
    if offered.version <= installed.version {
        return Err(DirectoryError::NotNewer {
            offered: offered.version,
            installed: installed.version,
        });
    }
    Ok(offered)
}

/// The authority key's fingerprint as people compare it: hex of its key id.
pub fn fingerprint(authority_key: &[u8]) -> String {
    let id = signed::key_id(authority_key);
    id.chunks(2).map(hex_pair).collect::<Vec<_>>().join(":")
}

fn hex_pair(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02X}")).collect()
}

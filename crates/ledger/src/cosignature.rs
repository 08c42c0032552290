//! C2SP tlog-cosignature v1 with Ed25519 (<https://c2sp.org/tlog-cosignature>):
//! a witness's signature on a checkpoint, stating that at a time it saw no
//! larger tree of that log inconsistent with this one. It is a note
//! signature of type 0x04 whose bytes are the time (8 bytes, big-endian
//! POSIX seconds) followed by the Ed25519 signature of
//!
//! ```text
//! cosignature/v1
//! time <seconds>
//! <the checkpoint's note text>
//! ```
//!
//! The key id is computed with type 0x04, so a witness's cosignatures never
//! pass for plain note signatures by the same key, nor the other way round.
//! No clock here: the signer is given the time.

use crate::note::{
    KeyError, NoteError, NoteSignature, NoteVerifier, SIG_TYPE_ED25519, ed25519_public,
    ed25519_verify, format_vkey, is_valid_name, key_id, parse_vkey,
};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};

/// Signature type of timestamped Ed25519 cosignatures.
pub const SIG_TYPE_COSIGNATURE_V1: u8 = 0x04;
/// Time (8 bytes) and Ed25519 signature (64 bytes).
pub const COSIGNATURE_LEN: usize = 72;
const MAX_TIME: u64 = i64::MAX as u64;

/// The message a cosignature signs.
pub fn signed_message(text: &str, timestamp: u64) -> Vec<u8> {
    let mut msg = format!("cosignature/v1\ntime {timestamp}\n").into_bytes();
    msg.extend_from_slice(text.as_bytes());
    msg
}

/// The time a cosignature claims, if `sig` has a cosignature's shape. Says
/// nothing of its validity: look at verified signatures only.
pub fn timestamp(sig: &NoteSignature) -> Option<u64> {
    let bytes: &[u8; COSIGNATURE_LEN] = sig.signature().try_into().ok()?;
    let t = u64::from_be_bytes(bytes[..8].try_into().ok()?);
    (t <= MAX_TIME).then_some(t)
}

/// A known witness key checking cosignatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CosignatureVerifier {
    name: String,
    key_id: u32,
    key: VerifyingKey,
}

impl CosignatureVerifier {
    pub fn new(name: &str, key: VerifyingKey) -> Result<Self, KeyError> {
        if !is_valid_name(name) {
            return Err(KeyError::Malformed("key name"));
        }
        Ok(CosignatureVerifier {
            name: name.to_owned(),
            key_id: key_id(name, SIG_TYPE_COSIGNATURE_V1, key.as_bytes()),
            key,
        })
    }

    /// From a verifier key of type 0x04, or an Ed25519 note key of type
    /// 0x01 (as witnesses often publish theirs; the cosignature key id is
    /// then computed with 0x04).
    pub fn from_vkey(vkey: &str) -> Result<Self, KeyError> {
        let (name, typ, key) = parse_vkey(vkey)?;
        if typ != SIG_TYPE_COSIGNATURE_V1 && typ != SIG_TYPE_ED25519 {
            return Err(KeyError::UnsupportedType(typ));
        }
        CosignatureVerifier::new(name, ed25519_public(&key)?)
    }

    /// The verifier key string, type 0x04.
    pub fn vkey(&self) -> String {
        format_vkey(&self.name, SIG_TYPE_COSIGNATURE_V1, self.key.as_bytes())
    }
}

impl NoteVerifier for CosignatureVerifier {
    fn name(&self) -> &str {
        &self.name
    }
    fn key_id(&self) -> u32 {
        self.key_id
    }
    fn verify(&self, text: &[u8], signature: &[u8]) -> bool {
        let Ok(bytes) = <&[u8; COSIGNATURE_LEN]>::try_from(signature) else {
            return false;
        };
        let t = u64::from_be_bytes(bytes[..8].try_into().unwrap_or_default());
        let Ok(text) = std::str::from_utf8(text) else {
            return false;
        };
        t <= MAX_TIME && ed25519_verify(&self.key, &signed_message(text, t), &bytes[8..])
    }
}

/// A witness's cosigning key.
pub struct CosignatureSigner {
    name: String,
    key_id: u32,
    key: SigningKey,
}

impl std::fmt::Debug for CosignatureSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CosignatureSigner({}+{:08x})", self.name, self.key_id)
    }
}

impl CosignatureSigner {
    pub fn new(name: &str, key: SigningKey) -> Result<Self, KeyError> {
        if !is_valid_name(name) {
            return Err(KeyError::Malformed("key name"));
        }
        Ok(CosignatureSigner {
            name: name.to_owned(),
            key_id: key_id(
                name,
                SIG_TYPE_COSIGNATURE_V1,
                key.verifying_key().as_bytes(),
            ),
            key,
        })
    }

    /// The cosignature of a checkpoint's note text at `timestamp`, to add
    /// to its note with [`crate::note::Note::add_signature`].
    pub fn cosign(&self, text: &str, timestamp: u64) -> Result<NoteSignature, NoteError> {
        if timestamp > MAX_TIME {
            return Err(NoteError::Malformed("cosignature time beyond 2^63 - 1"));
        }
        let mut sig = Vec::with_capacity(COSIGNATURE_LEN);
        sig.extend_from_slice(&timestamp.to_be_bytes());
        sig.extend_from_slice(&self.key.sign(&signed_message(text, timestamp)).to_bytes());
        NoteSignature::new(&self.name, self.key_id, sig)
    }

    pub fn verifier(&self) -> CosignatureVerifier {
        CosignatureVerifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key: self.key.verifying_key(),
        }
    }
}

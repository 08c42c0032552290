//! Hit/no-hit queries between nodes: "do you have an alert on this person,
//! this document?" answered only with hit or no hit — on a hit the alert's
//! reference, category and whom to contact, never the alert's data. Both
//! are `COSE_Sign1` documents over CBOR, signed by the node that sends
//! them, and travel over the nodes' mutual-TLS channel.
//!
//! Identifiers (document numbers, VINs, IBANs) can be asked **blinded**: the
//! querying node sends HMAC-SHA-256 of the normalised identifier under a key
//! only the two nodes share (from their X25519 keys, [`pair_key`]), and the
//! answering node compares it with the same HMAC of its own identifiers.
//! Neither learns the other's identifiers that do not match; see
//! docs/hit-no-hit.md for the threat model and its limits.

use crate::signed::{self, SignedError};
use ed25519_dalek::{SigningKey, VerifyingKey};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

pub const QUERY_CONTENT_TYPE: &str = "application/vnd.liaison.hit-query+cbor";
pub const ANSWER_CONTENT_TYPE: &str = "application/vnd.liaison.hit-answer+cbor";
/// Largest query or answer accepted (a passenger list of ~5,000).
pub const MAX_DOCUMENT: usize = 8 << 20;
/// Subjects in one query.
pub const MAX_SUBJECTS: usize = 10_000;

/// A person or identifiers to look for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuerySubject {
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub surname: String,
    #[serde(default)]
    pub full_name_native: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub nationality: String,
    #[serde(default)]
    pub gender: String,
    /// Identifiers, each [`blind`]ed with the pair's key.
    #[serde(default)]
    pub blinded_identifiers: Vec<serde_bytes_vec::Bytes>,
}

mod serde_bytes_vec {
    /// A byte string that CBOR carries as bytes, not as an array of numbers.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Bytes(pub Vec<u8>);

    impl serde::Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&self.0)
        }
    }

    impl<'de> serde::Deserialize<'de> for Bytes {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl serde::de::Visitor<'_> for V {
                type Value = Bytes;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a byte string")
                }
                fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                    Ok(Bytes(v.to_vec()))
                }
                fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                    Ok(Bytes(v))
                }
            }
            d.deserialize_bytes(V)
        }
    }
}

pub use serde_bytes_vec::Bytes;

/// The question, with why it is asked (both sides log it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HitQuery {
    /// UUIDv7.
    pub query_id: String,
    pub from: String,
    pub to: String,
    pub created_ms: i64,
    pub purpose: String,
    pub case_reference: String,
    pub subjects: Vec<QuerySubject>,
}

/// One alert a subject hit: enough to ask its owner for the data, no more.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerHit {
    pub alert_reference: String,
    pub category: String,
    /// Whom to contact about it (the owner's desk).
    pub contact: String,
    /// The match score (0..1) and, per field, how it agreed (no values).
    pub score: f64,
    pub reasons: Vec<(String, String)>,
}

/// The answer: per subject, in the query's order, its hits (none: no hit).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HitAnswer {
    pub query_id: String,
    pub from: String,
    pub to: String,
    pub answered_ms: i64,
    pub results: Vec<Vec<AnswerHit>>,
}

impl HitQuery {
    pub fn sign(&self, key: &SigningKey) -> Vec<u8> {
        signed::sign(key, QUERY_CONTENT_TYPE, signed::encode(self))
    }

    /// Checks the signature (the signer's key from the directory) and the
    /// size; returns the signer's name as the lookup gave it and the query.
    pub fn verify<K>(
        bytes: &[u8],
        lookup: impl Fn(&[u8]) -> Option<(K, VerifyingKey)>,
    ) -> Result<(K, HitQuery), SignedError> {
        let (who, payload) = signed::verify(bytes, MAX_DOCUMENT, QUERY_CONTENT_TYPE, lookup)?;
        let q: HitQuery = signed::decode(&payload, MAX_DOCUMENT)?;
        if q.subjects.len() > MAX_SUBJECTS {
            return Err(SignedError::Malformed("too many subjects"));
        }
        Ok((who, q))
    }
}

impl HitAnswer {
    pub fn sign(&self, key: &SigningKey) -> Vec<u8> {
        signed::sign(key, ANSWER_CONTENT_TYPE, signed::encode(self))
    }

    pub fn verify<K>(
        bytes: &[u8],
        lookup: impl Fn(&[u8]) -> Option<(K, VerifyingKey)>,
    ) -> Result<(K, HitAnswer), SignedError> {
        let (who, payload) = signed::verify(bytes, MAX_DOCUMENT, ANSWER_CONTENT_TYPE, lookup)?;
        Ok((who, signed::decode(&payload, MAX_DOCUMENT)?))
    }
}

/// The blinding key two nodes share: HKDF-SHA-256 of their X25519 shared
/// secret, bound to both names in a fixed order, so each pair of nodes has
/// its own and no third node can compute it.
pub fn pair_key(shared_secret: &[u8; 32], node_a: &str, node_b: &str) -> [u8; 32] {
    let (first, second) = if node_a <= node_b {
        (node_a, node_b)
    } else {
        (node_b, node_a)
    };
    let hk = hkdf::Hkdf::<Sha256>::new(
        Some(b"liaison hit/no-hit identifier blinding v1"),
        shared_secret,
    );
    let mut out = [0u8; 32];
    let info = format!("{first}\u{0}{second}");
    // 32 bytes is always a valid HKDF-SHA-256 output length.
    let _ = hk.expand(info.as_bytes(), &mut out);
    out
}

/// An identifier blinded for one partner: HMAC-SHA-256 over its kind and
/// its normalised value (the caller normalises: upper case, letters and
/// digits only, scanner confusions folded).
pub fn blind(pair_key: &[u8; 32], kind: &str, normalised: &str) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(pair_key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(kind.as_bytes());
    mac.update(b"\0");
    mac.update(normalised.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> SigningKey {
        SigningKey::from_bytes(&[b; 32])
    }

    #[test]
    fn queries_and_answers_round_trip_signed() {
        let k = key(1);
        let q = HitQuery {
            query_id: "q1".into(),
            from: "de-bka".into(),
            to: "fr-dcpj".into(),
            created_ms: 1,
            purpose: "border check".into(),
            case_reference: "DE-1".into(),
            subjects: vec![QuerySubject {
                surname: "Petrov".into(),
                blinded_identifiers: vec![Bytes(blind(&[7; 32], "document", "P1234567"))],
                ..QuerySubject::default()
            }],
        };
        let bytes = q.sign(&k);
        let lookup = |_: &[u8]| Some(("de-bka", k.verifying_key()));
        let (who, back) = HitQuery::verify(&bytes, lookup).unwrap();
        assert_eq!((who, back), ("de-bka", q));
        // Another key: refused. A flipped byte: refused.
        let other = |_: &[u8]| Some(("x", key(2).verifying_key()));
        assert!(HitQuery::verify(&bytes, other).is_err());
        let mut bad = bytes.clone();
        let last = bad.len() - 10;
        bad[last] ^= 1;
        assert!(HitQuery::verify(&bad, lookup).is_err());
        // An answer is not a query.
        let a = HitAnswer {
            query_id: "q1".into(),
            from: "fr-dcpj".into(),
            to: "de-bka".into(),
            answered_ms: 2,
            results: vec![vec![]],
        };
        assert!(HitQuery::verify(&a.sign(&k), lookup).is_err());
        assert_eq!(HitAnswer::verify(&a.sign(&k), lookup).unwrap().1, a);
    }

    #[test]
    fn blinding_is_per_pair_and_per_kind() {
        let secret = [9u8; 32];
        let ab = pair_key(&secret, "de-bka", "fr-dcpj");
        assert_eq!(
            ab,
            pair_key(&secret, "fr-dcpj", "de-bka"),
            "both sides agree"
        );
        assert_ne!(ab, pair_key(&secret, "de-bka", "nl-klpd"));
        assert_eq!(blind(&ab, "document", "P1"), blind(&ab, "document", "P1"));
        assert_ne!(blind(&ab, "document", "P1"), blind(&ab, "vin", "P1"));
        assert_ne!(blind(&ab, "document", "P1"), blind(&ab, "document", "P2"));
    }
}

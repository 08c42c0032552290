//! Signed documents: a `COSE_Sign1` (Ed25519) over a CBOR payload with a
//! content type, for everything a node or an authority vouches for that is
//! not a message: the member directory, delivery and read receipts.

use crate::cbor::{self, CborError};
use coset::{CoseSign1, CoseSign1Builder, HeaderBuilder, TaggedCborSerializable};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignedError {
    #[error(transparent)]
    Cbor(#[from] CborError),
    #[error("malformed signed document: {0}")]
    Malformed(&'static str),
    #[error("expected a {expected} document")]
    ContentType { expected: &'static str },
    #[error("signed by an unknown key")]
    UnknownKey,
    #[error("bad signature")]
    BadSignature,
}

/// A key's identifier: the first 16 bytes of SHA-256 of the public key, so
/// that key ids in envelopes, receipts and directories never collide across
/// nodes and change when a key is rotated.
pub fn key_id(public_key: &[u8]) -> [u8; 16] {
    let digest = Sha256::digest(public_key);
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

/// Signs `payload` (already CBOR) as a tagged `COSE_Sign1`.
pub fn sign(key: &SigningKey, content_type: &str, payload: Vec<u8>) -> Vec<u8> {
    let protected = HeaderBuilder::new()
        .algorithm(coset::iana::Algorithm::Ed25519)
        .key_id(key_id(key.verifying_key().as_bytes()).to_vec())
        .content_type(content_type.to_owned())
        .build();
    let sign1 = CoseSign1Builder::new()
        .protected(protected)
        .payload(payload)
        .create_signature(b"", |data| key.sign(data).to_bytes().to_vec())
        .build();
    // Serialising a structure built in memory does not fail.
    sign1.to_tagged_vec().unwrap_or_default()
}

/// Checks the signature with the key `lookup` returns for the document's
/// key id, and returns that lookup's answer with the payload.
pub fn verify<K>(
    bytes: &[u8],
    max: usize,
    content_type: &'static str,
    lookup: impl Fn(&[u8]) -> Option<(K, VerifyingKey)>,
) -> Result<(K, Vec<u8>), SignedError> {
    let sign1: CoseSign1 = cbor::parse_tagged(bytes, max)?;
    if !sign1.unprotected.is_empty() {
        return Err(SignedError::Malformed("unprotected header must be empty"));
    }
    let header = &sign1.protected.header;
    if header.alg != Some(coset::Algorithm::Assigned(coset::iana::Algorithm::Ed25519)) {
        return Err(SignedError::Malformed("signature algorithm"));
    }
    if header.content_type != Some(coset::ContentType::Text(content_type.to_owned())) {
        return Err(SignedError::ContentType {
            expected: content_type,
        });
    }
    let (who, key) = lookup(&header.key_id).ok_or(SignedError::UnknownKey)?;
    sign1.verify_signature(b"", |sig, data| {
        let sig = Signature::from_slice(sig).map_err(|_| SignedError::BadSignature)?;
        key.verify_strict(data, &sig)
            .map_err(|_| SignedError::BadSignature)
    })?;
    let payload = sign1
        .payload
        .ok_or(SignedError::Malformed("detached payload"))?;
    Ok((who, payload))
}

/// A signed document parsed and its key looked up, its signature not yet
/// checked: for verifying many at once ([`verify_all`]).
pub struct Unchecked<K> {
    pub who: K,
    key: VerifyingKey,
    tbs: Vec<u8>,
    signature: Signature,
    pub payload: Vec<u8>,
}

/// Parses a signed document and looks up its key, without checking the
/// signature.
pub fn parse<K>(
    bytes: &[u8],
    max: usize,
    content_type: &'static str,
    lookup: impl Fn(&[u8]) -> Option<(K, VerifyingKey)>,
) -> Result<Unchecked<K>, SignedError> {
    let sign1: CoseSign1 = cbor::parse_tagged(bytes, max)?;
    if !sign1.unprotected.is_empty() {
        return Err(SignedError::Malformed("unprotected header must be empty"));
    }
    let header = &sign1.protected.header;
    if header.alg != Some(coset::Algorithm::Assigned(coset::iana::Algorithm::Ed25519)) {
        return Err(SignedError::Malformed("signature algorithm"));
    }
    if header.content_type != Some(coset::ContentType::Text(content_type.to_owned())) {
        return Err(SignedError::ContentType {
            expected: content_type,
        });
    }
    let (who, key) = lookup(&header.key_id).ok_or(SignedError::UnknownKey)?;
    let signature =
        Signature::from_slice(&sign1.signature).map_err(|_| SignedError::BadSignature)?;
    let tbs = sign1.tbs_data(b"");
    let payload = sign1
        .payload
        .ok_or(SignedError::Malformed("detached payload"))?;
    Ok(Unchecked {
        who,
        key,
        tbs,
        signature,
        payload,
    })
}

/// Checks many signatures at once (Ed25519 batch verification, about twice
/// as fast per signature); if the batch fails, each is checked on its own
/// (strictly) to find which.
pub fn verify_all<K>(docs: Vec<Unchecked<K>>) -> Vec<Result<(K, Vec<u8>), SignedError>> {
    let messages: Vec<&[u8]> = docs.iter().map(|d| d.tbs.as_slice()).collect();
    let signatures: Vec<Signature> = docs.iter().map(|d| d.signature).collect();
    let keys: Vec<VerifyingKey> = docs.iter().map(|d| d.key).collect();
    let all_good =
        !docs.is_empty() && ed25519_dalek::verify_batch(&messages, &signatures, &keys).is_ok();
    docs.into_iter()
        .map(|d| {
            if all_good || d.key.verify_strict(&d.tbs, &d.signature).is_ok() {
                Ok((d.who, d.payload))
            } else {
                Err(SignedError::BadSignature)
            }
        })
        .collect()
}

/// The key id a signed document claims, before any check: to pick the
/// authority or node that should have signed it.
pub fn claimed_key_id(bytes: &[u8], max: usize) -> Result<Vec<u8>, SignedError> {
    let sign1: CoseSign1 = cbor::parse_tagged(bytes, max)?;
    Ok(sign1.protected.header.key_id)
}

/// Decodes a CBOR payload into a serde type with the parser's limits.
pub fn decode<T: serde::de::DeserializeOwned>(
    payload: &[u8],
    max: usize,
) -> Result<T, SignedError> {
    if payload.len() > max {
        return Err(CborError::TooLarge { max }.into());
    }
    let mut rest = payload;
    let value: T = ciborium::de::from_reader_with_recursion_limit(&mut rest, cbor::MAX_DEPTH)
        .map_err(|_| SignedError::Malformed("payload does not match its schema"))?;
    if !rest.is_empty() {
        return Err(CborError::Trailing.into());
    }
    Ok(value)
}

/// Encodes a serde type as CBOR.
pub fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    // Writing to a Vec does not fail; our types always serialise.
    let _ = ciborium::ser::into_writer(value, &mut out);
    out
}

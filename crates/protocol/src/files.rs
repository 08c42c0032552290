//! Large files as a sequence of `COSE_Encrypt0` chunks under one per-file
//! AES-256-GCM key (ADR 0004). The key travels as a `COSE_Key` inside the
//! signed, encrypted message, so it reaches exactly the message's
//! recipients; chunks are stored as received, so files stay encrypted at
//! rest.
//!
//! Chunk `i`: nonce = base IV XOR partial IV `i` (RFC 9052 §3.1); external
//! AAD = `[file_id, i, last]`. The reader supplies the index and whether it
//! expects the last chunk (from the signed manifest), so reordering,
//! truncation and splicing chunks between files are all detected.

use crate::cbor::{self, CborError};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use ciborium::Value;
use coset::{
    AsCborValue, CborSerializable, CoseEncrypt0, CoseEncrypt0Builder, CoseKey, CoseKeyBuilder,
    HeaderBuilder, TaggedCborSerializable, iana,
};
use rand::RngCore;
use rand::rngs::OsRng;

/// Plaintext bytes per chunk written.
pub const CHUNK_SIZE: usize = 1 << 20;
/// Largest chunk accepted.
pub const MAX_CHUNK: usize = 4 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChunkError {
    #[error(transparent)]
    Cbor(#[from] CborError),
    #[error("chunk {expected} expected, another one found")]
    OutOfOrder { expected: u64 },
    #[error("chunk larger than {MAX_CHUNK} bytes")]
    TooLarge,
    #[error("the chunk was altered, is from another file, or the file was cut short")]
    Decrypt,
    #[error("not a file key")]
    BadKey,
}

/// The key of one file.
pub struct FileKey {
    aead: Aes256Gcm,
    base_iv: [u8; 12],
    pub file_id: [u8; 16],
}

impl FileKey {
    /// A fresh key, and its `COSE_Key` to put in the message.
    pub fn generate(file_id: [u8; 16]) -> (FileKey, Vec<u8>) {
        let mut k = [0u8; 32];
        let mut base_iv = [0u8; 12];
        OsRng.fill_bytes(&mut k);
        OsRng.fill_bytes(&mut base_iv);
        let mut key = CoseKeyBuilder::new_symmetric_key(k.to_vec())
            .algorithm(iana::Algorithm::A256GCM)
            .build();
        key.base_iv = base_iv.to_vec();
        // A COSE_Key built here always encodes.
        let encoded = key.to_vec().unwrap_or_default();
        (
            FileKey {
                aead: Aes256Gcm::new(&k.into()),
                base_iv,
                file_id,
            },
            encoded,
        )
    }

    /// The key from the `COSE_Key` found in a verified, decrypted message.
    pub fn from_cose_key(bytes: &[u8], file_id: [u8; 16]) -> Result<FileKey, ChunkError> {
        let value = cbor::parse_value(bytes, 1024)?;
        let key = CoseKey::from_cbor_value(value).map_err(|_| ChunkError::BadKey)?;
        let k = key
            .params
            .iter()
            .find_map(|(l, v)| match (l, v) {
                (coset::Label::Int(-1), Value::Bytes(b)) if b.len() == 32 => Some(b.clone()),
                _ => None,
            })
            .ok_or(ChunkError::BadKey)?;
        let base_iv: [u8; 12] = key
            .base_iv
            .as_slice()
            .try_into()
            .map_err(|_| ChunkError::BadKey)?;
        Ok(FileKey {
            aead: Aes256Gcm::new_from_slice(&k).map_err(|_| ChunkError::BadKey)?,
            base_iv,
            file_id,
        })
    }

    fn nonce(&self, index: u64) -> [u8; 12] {
        let mut n = self.base_iv;
        for (a, b) in n[4..].iter_mut().zip(index.to_be_bytes()) {
            *a ^= b;
        }
        n
    }

    fn aad(&self, index: u64, last: bool) -> Vec<u8> {
        cbor::to_vec(&Value::Array(vec![
            Value::Bytes(self.file_id.to_vec()),
            Value::from(index),
            Value::Bool(last),
        ]))
    }

    /// Encrypts chunk `index` (`last` for the file's final chunk).
    pub fn seal_chunk(
        &self,
        index: u64,
        last: bool,
        plaintext: &[u8],
    ) -> Result<Vec<u8>, ChunkError> {
        if plaintext.len() > MAX_CHUNK {
            return Err(ChunkError::TooLarge);
        }
        let nonce = self.nonce(index);
        let mut failed = false;
        let chunk = CoseEncrypt0Builder::new()
            .protected(
                HeaderBuilder::new()
                    .algorithm(iana::Algorithm::A256GCM)
                    .build(),
            )
            .unprotected(
                HeaderBuilder::new()
                    .partial_iv(index.to_be_bytes().to_vec())
                    .build(),
            )
            .create_ciphertext(plaintext, &self.aad(index, last), |pt, aad| {
                self.aead
                    .encrypt(Nonce::from_slice(&nonce), Payload { msg: pt, aad })
                    .unwrap_or_else(|_| {
                        failed = true;
                        vec![]
                    })
            })
            .build();
        if failed {
            return Err(ChunkError::TooLarge);
        }
        chunk
            .to_tagged_vec()
            .map_err(|e| ChunkError::Cbor(CborError::Cose(e.to_string())))
    }

    /// Decrypts chunk `index`, which the reader expects to be the last one
    /// or not.
    pub fn open_chunk(&self, index: u64, last: bool, bytes: &[u8]) -> Result<Vec<u8>, ChunkError> {
        let chunk: CoseEncrypt0 = cbor::parse_tagged(bytes, MAX_CHUNK + 1024)?;
        if chunk.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::A256GCM))
        {
            return Err(ChunkError::Decrypt);
        }
        if chunk.unprotected.partial_iv != index.to_be_bytes() {
            return Err(ChunkError::OutOfOrder { expected: index });
        }
        let nonce = self.nonce(index);
        chunk.decrypt_ciphertext(
            &self.aad(index, last),
            || ChunkError::Decrypt,
            |ct, aad| {
                self.aead
                    .decrypt(Nonce::from_slice(&nonce), Payload { msg: ct, aad })
                    .map_err(|_| ChunkError::Decrypt)
            },
        )
    }
}

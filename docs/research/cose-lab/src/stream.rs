//! Large files: a sequence of COSE_Encrypt0 chunks under one per-file key (STREAM-style, RFC 9052 only).
//!
//! * per-file key = COSE_Key { kty: Symmetric, alg: A256GCM, k, base_iv (label 5) } -- travels *inside* the
//!   encrypted payload of the signed message (its manifest), so it reaches exactly the message's recipients;
//!   stored as-is, the chunks stay encrypted at rest.
//! * chunk i  = COSE_Encrypt0_Tagged { prot {1: 3}, unprot {6: partial IV = i (u64 BE)}, ct }
//!   nonce    = base_iv XOR left-pad(partial IV)       (RFC 9052 §3.1 Partial IV semantics)
//!   ext. AAD = CBOR [file_id, i, last?]               (order, truncation and cross-file splicing are detected)
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use ciborium::Value;
use coset::{CborSerializable, CoseEncrypt0, CoseEncrypt0Builder, CoseKey, CoseKeyBuilder, HeaderBuilder, TaggedCborSerializable, iana};
use rand::{RngCore, rngs::OsRng};

pub const MAX_CHUNK: usize = 4 << 20;

pub struct FileKey {
    aead: Aes256Gcm,
    base_iv: [u8; 12],
    pub file_id: [u8; 16],
}

impl FileKey {
    pub fn generate(file_id: [u8; 16]) -> (Self, CoseKey) {
        let mut k = [0u8; 32];
        let mut iv = [0u8; 12];
        OsRng.fill_bytes(&mut k);
        OsRng.fill_bytes(&mut iv);
        let mut ck = CoseKeyBuilder::new_symmetric_key(k.to_vec()).algorithm(iana::Algorithm::A256GCM).build();
        ck.base_iv = iv.to_vec();
        (FileKey { aead: Aes256Gcm::new(&k.into()), base_iv: iv, file_id }, ck)
    }
    /// Rebuild from the COSE_Key found in the (decrypted, signature-checked) manifest.
    pub fn from_cose_key(ck: &CoseKey, file_id: [u8; 16]) -> Option<Self> {
        let k = ck.params.iter().find_map(|(l, v)| match (l, v) {
            (coset::Label::Int(-1), Value::Bytes(b)) if b.len() == 32 => Some(b.clone()),
            _ => None,
        })?;
        let base_iv: [u8; 12] = ck.base_iv.as_slice().try_into().ok()?;
        Some(FileKey { aead: Aes256Gcm::new_from_slice(&k).ok()?, base_iv, file_id })
    }
    fn nonce(&self, idx: u64) -> [u8; 12] {
        let mut n = self.base_iv;
        for (a, b) in n[4..].iter_mut().zip(idx.to_be_bytes()) {
            *a ^= b;
        }
        n
    }
    fn aad(&self, idx: u64, last: bool) -> Vec<u8> {
        let mut out = Vec::with_capacity(32);
        ciborium::ser::into_writer(
            &Value::Array(vec![Value::Bytes(self.file_id.to_vec()), Value::from(idx), Value::Bool(last)]),
            &mut out,
        )
        .unwrap();
        out
    }
    pub fn seal_chunk(&self, idx: u64, last: bool, pt: &[u8]) -> Vec<u8> {
        assert!(pt.len() <= MAX_CHUNK);
        let nonce = self.nonce(idx);
        CoseEncrypt0Builder::new()
            .protected(HeaderBuilder::new().algorithm(iana::Algorithm::A256GCM).build())
            .unprotected(HeaderBuilder::new().partial_iv(idx.to_be_bytes().to_vec()).build())
            .create_ciphertext(pt, &self.aad(idx, last), |pt, aad| {
                self.aead.encrypt(Nonce::from_slice(&nonce), Payload { msg: pt, aad }).expect("gcm")
            })
            .build()
            .to_tagged_vec()
            .expect("encodes")
    }
    /// The reader supplies the index it expects and whether it expects the last chunk
    /// (from the signed manifest's chunk count) -- the chunk cannot choose them.
    pub fn open_chunk(&self, idx: u64, last: bool, bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
        if bytes.len() > MAX_CHUNK + 1024 {
            return Err("chunk too large");
        }
        let c: CoseEncrypt0 = crate::parse_tagged(bytes).map_err(|_| "cbor")?;
        if c.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::A256GCM)) {
            return Err("alg");
        }
        if c.unprotected.partial_iv != idx.to_be_bytes() {
            return Err("chunk out of order");
        }
        let nonce = self.nonce(idx);
        c.decrypt_ciphertext(&self.aad(idx, last), || "no ciphertext", |ct, aad| {
            self.aead.decrypt(Nonce::from_slice(&nonce), Payload { msg: ct, aad }).map_err(|_| "gcm")
        })
    }
}

/// The per-file COSE_Key is serialized into the message manifest like any other CBOR item.
pub fn key_bytes(ck: CoseKey) -> Vec<u8> {
    ck.to_vec().unwrap()
}

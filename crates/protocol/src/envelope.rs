//! Message envelopes: encrypt-then-sign in COSE (RFC 9052/9053).
//!
//! ```text
//! COSE_Sign1_Tagged(
//!   protected = { 1: -19 (Ed25519), 4: sender key id, 3: 96 (cose-encrypt), 2: crit,
//!                 -65537..-65546: the Liaison routing header },
//!   payload   = COSE_Encrypt_Tagged(
//!     protected = { 1: 3 (A256GCM), 3: content type }, unprotected = { 5: iv },
//!     ciphertext = AES-256-GCM(CEK; external_aad = the outer protected header bytes),
//!     recipients = [ ECDH-ES+A256KW (X25519, HKDF-SHA256, COSE_KDF_Context) per node ]))
//! ```
//!
//! Relays and receivers check origin before decrypting, without a key.
//! Binding the ciphertext to the signed header means that stripping the
//! signature and re-signing (or moving the ciphertext under another header:
//! other recipients, other expiry) gives a message nobody can decrypt. The
//! header also commits to the content key, so a sender cannot show
//! different recipients different content under one signature.

use crate::cbor::{self, CborError};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use ciborium::Value;
use coset::{
    AsCborValue, CborSerializable, CoseEncrypt, CoseEncryptBuilder, CoseKdfContextBuilder, CoseKey,
    CoseRecipient, CoseRecipientBuilder, CoseSign1, Header, HeaderBuilder, KeyType, Label,
    ProtectedHeader, RegisteredLabelWithPrivate, SuppPubInfo, TaggedCborSerializable, iana,
};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use hkdf::Hkdf;
use rand::RngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use x25519_dalek::{EphemeralSecret, PublicKey, StaticSecret};

/// The protocol version this code writes and reads.
pub const PROTOCOL_VERSION: u64 = 1;
/// Largest envelope accepted (files travel as separate chunks).
pub const MAX_ENVELOPE: usize = 16 << 20;
/// Most recipients of one message.
pub const MAX_RECIPIENTS: usize = 256;

// Private-use header labels (RFC 9052 §3.1: below -65536).
const MESSAGE_ID: i64 = -65537;
const SENDER: i64 = -65538;
const RECIPIENTS: i64 = -65539;
const THREAD: i64 = -65540;
const HANDLING_CODE: i64 = -65541;
const EVALUATION: i64 = -65542;
const CREATED: i64 = -65543;
const EXPIRES: i64 = -65544;
const VERSION: i64 = -65545;
const KEY_COMMITMENT: i64 = -65546;
const LABELS: [i64; 10] = [
    MESSAGE_ID,
    SENDER,
    RECIPIENTS,
    THREAD,
    HANDLING_CODE,
    EVALUATION,
    CREATED,
    EXPIRES,
    VERSION,
    KEY_COMMITMENT,
];

/// The routing header: signed, readable without a decryption key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvelopeHeader {
    /// UUIDv7 bytes.
    pub message_id: [u8; 16],
    /// Sender node name.
    pub sender: String,
    /// Recipient node names.
    pub recipients: Vec<String>,
    /// The thread (case) the message belongs to (UUID bytes).
    pub thread: [u8; 16],
    /// `h0`–`h3`.
    pub handling_code: String,
    /// 4x4 evaluation, e.g. `B2`.
    pub evaluation: String,
    /// Unix milliseconds.
    pub created_ms: i64,
    /// Unix milliseconds; an envelope past it is refused.
    pub expires_ms: i64,
    pub protocol_version: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error(transparent)]
    Cbor(#[from] CborError),
    #[error("malformed envelope: {0}")]
    Malformed(&'static str),
    #[error("unsupported protocol version {0}")]
    Version(u64),
    #[error("the sender key is not in the directory")]
    UnknownSender,
    #[error("the signing key does not belong to the sender named in the header")]
    SenderMismatch,
    #[error("bad signature")]
    BadSignature,
    #[error("this node is not a recipient of the message")]
    NotARecipient,
    #[error("cannot decrypt: the envelope was altered or is not for this key")]
    Decrypt,
    #[error("a message needs at least one and at most {MAX_RECIPIENTS} recipients")]
    Recipients,
    #[error("a recipient's encryption key is unusable")]
    BadRecipientKey,
}

impl From<coset::CoseError> for EnvelopeError {
    fn from(e: coset::CoseError) -> Self {
        EnvelopeError::Cbor(CborError::Cose(e.to_string()))
    }
}

/// The sender's signing key and its key id (as in the directory).
pub struct SenderKey<'a> {
    pub key_id: &'a [u8],
    pub key: &'a SigningKey,
}

/// A recipient node's encryption key and its key id.
pub struct RecipientKey<'a> {
    pub key_id: &'a [u8],
    pub public: &'a PublicKey,
}

/// The sender's static X25519 key, for ECDH-SS+A256KW (RFC 9053 §6.3.1):
/// the shared secret with each partner is computed once and cached, and a
/// fresh nonce per message and recipient makes each key-encryption key
/// unique. ECDH-ES (an ephemeral key per message) costs two more X25519
/// operations per message and recipient, a third of the work of a message;
/// the node already keeps the plaintext of what it sent, so the sender's
/// static key protects nothing more by being thrown away.
pub struct StaticAgreement<'a> {
    pub key_id: &'a [u8],
    pub secret: &'a StaticSecret,
    pub cache: &'a SharedSecrets,
}

/// (own public key, partner public key).
type KeyPair = ([u8; 32], [u8; 32]);

/// Shared X25519 secrets by key pair.
#[derive(Debug, Default)]
pub struct SharedSecrets {
    map: std::sync::Mutex<std::collections::HashMap<KeyPair, [u8; 32]>>,
}

/// Partners a node keeps secrets for before the cache starts over.
const MAX_SHARED_SECRETS: usize = 100_000;

impl SharedSecrets {
    fn get(&self, own: &StaticSecret, theirs: &PublicKey) -> Result<[u8; 32], EnvelopeError> {
        let key = (*PublicKey::from(own).as_bytes(), *theirs.as_bytes());
        if let Some(s) = self.map.lock().ok().and_then(|m| m.get(&key).copied()) {
            return Ok(s);
        }
        let shared = own.diffie_hellman(theirs);
        if !shared.was_contributory() {
            return Err(EnvelopeError::BadRecipientKey);
        }
        let bytes = *shared.as_bytes();
        if let Ok(mut m) = self.map.lock() {
            if m.len() >= MAX_SHARED_SECRETS {
                m.clear();
            }
            m.insert(key, bytes);
        }
        Ok(bytes)
    }
}

/// What the directory says about a signing key id.
pub struct KnownSender {
    pub node: String,
    pub key: VerifyingKey,
}

fn sign_alg() -> iana::Algorithm {
    // RFC 9864 registered Ed25519 (-19) and deprecated polymorphic EdDSA (-8).
    iana::Algorithm::Ed25519
}

fn key_commitment(cek: &[u8; 32]) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"liaison-cek");
    h.update(cek);
    h.finalize().to_vec()
}

fn outer_header(h: &EnvelopeHeader, sender_key_id: &[u8], commitment: Vec<u8>) -> Header {
    let mut b = HeaderBuilder::new()
        .algorithm(sign_alg())
        .key_id(sender_key_id.to_vec())
        .content_format(iana::CoapContentFormat::CoseEncrypt);
    for l in LABELS {
        b = b.add_critical_label(RegisteredLabelWithPrivate::PrivateUse(l));
    }
    b.value(MESSAGE_ID, Value::Bytes(h.message_id.to_vec()))
        .value(SENDER, Value::Text(h.sender.clone()))
        .value(
            RECIPIENTS,
            Value::Array(h.recipients.iter().cloned().map(Value::Text).collect()),
        )
        .value(THREAD, Value::Bytes(h.thread.to_vec()))
        .value(HANDLING_CODE, Value::Text(h.handling_code.clone()))
        .value(EVALUATION, Value::Text(h.evaluation.clone()))
        .value(CREATED, Value::from(h.created_ms))
        .value(EXPIRES, Value::from(h.expires_ms))
        .value(VERSION, Value::from(h.protocol_version))
        .value(KEY_COMMITMENT, Value::Bytes(commitment))
        .build()
}

fn bytes16(v: &Value) -> Result<[u8; 16], EnvelopeError> {
    match v {
        Value::Bytes(b) => b
            .as_slice()
            .try_into()
            .map_err(|_| EnvelopeError::Malformed("expected 16 bytes")),
        _ => Err(EnvelopeError::Malformed("expected 16 bytes")),
    }
}

fn short_text(v: &Value) -> Result<String, EnvelopeError> {
    match v {
        Value::Text(t) if !t.is_empty() && t.len() <= 256 => Ok(t.clone()),
        _ => Err(EnvelopeError::Malformed("expected a short text")),
    }
}

fn int(v: &Value) -> Result<i64, EnvelopeError> {
    match v {
        Value::Integer(i) => {
            i64::try_from(*i).map_err(|_| EnvelopeError::Malformed("integer range"))
        }
        _ => Err(EnvelopeError::Malformed("expected an integer")),
    }
}

/// The routing header and the content-key commitment, strictly: every field
/// present, nothing unknown.
fn parse_header(h: &Header) -> Result<(EnvelopeHeader, Vec<u8>), EnvelopeError> {
    for (k, _) in &h.rest {
        match k {
            Label::Int(l) if LABELS.contains(l) => {}
            _ => return Err(EnvelopeError::Malformed("unknown header field")),
        }
    }
    let get = |l: i64| {
        h.rest
            .iter()
            .find(|(k, _)| *k == Label::Int(l))
            .map(|(_, v)| v)
            .ok_or(EnvelopeError::Malformed("missing header field"))
    };
    let version = u64::try_from(int(get(VERSION)?)?)
        .map_err(|_| EnvelopeError::Malformed("protocol version"))?;
    if version != PROTOCOL_VERSION {
        return Err(EnvelopeError::Version(version));
    }
    let recipients = match get(RECIPIENTS)? {
        Value::Array(a) if !a.is_empty() && a.len() <= MAX_RECIPIENTS => {
            a.iter().map(short_text).collect::<Result<Vec<_>, _>>()?
        }
        _ => return Err(EnvelopeError::Malformed("recipients")),
    };
    let commitment = match get(KEY_COMMITMENT)? {
        Value::Bytes(b) if b.len() == 32 => b.clone(),
        _ => return Err(EnvelopeError::Malformed("key commitment")),
    };
    Ok((
        EnvelopeHeader {
            message_id: bytes16(get(MESSAGE_ID)?)?,
            sender: short_text(get(SENDER)?)?,
            recipients,
            thread: bytes16(get(THREAD)?)?,
            handling_code: short_text(get(HANDLING_CODE)?)?,
            evaluation: short_text(get(EVALUATION)?)?,
            created_ms: int(get(CREATED)?)?,
            expires_ms: int(get(EXPIRES)?)?,
            protocol_version: version,
        },
        commitment,
    ))
}

/// COSE_KDF_Context for ECDH-ES+A256KW (RFC 9053 §5.2): AlgorithmID is the
/// key-wrap algorithm, SuppPubInfo the recipient's protected header.
pub fn kdf_context(recipient_protected: ProtectedHeader) -> Result<Vec<u8>, EnvelopeError> {
    kdf_context_with_nonce(recipient_protected, None)
}

/// The same, with PartyU's nonce (RFC 9053 §5.2): what makes each ECDH-SS
/// key-encryption key unique although the shared secret is not.
fn kdf_context_with_nonce(
    recipient_protected: ProtectedHeader,
    nonce: Option<Vec<u8>>,
) -> Result<Vec<u8>, EnvelopeError> {
    let mut b = CoseKdfContextBuilder::new();
    if let Some(n) = nonce {
        b = b.party_u_info(coset::PartyInfo {
            identity: None,
            nonce: Some(coset::Nonce::Bytes(n)),
            other: None,
        });
    }
    Ok(b.algorithm(iana::Algorithm::A256KW)
        .supp_pub_info(SuppPubInfo {
            key_data_length: 256,
            protected: recipient_protected,
            other: None,
        })
        .build()
        .to_vec()?)
}

pub fn key_encryption_key(shared: &[u8], context: &[u8]) -> Result<[u8; 32], EnvelopeError> {
    let mut kek = [0u8; 32];
    Hkdf::<Sha256>::new(None, shared)
        .expand(context, &mut kek)
        .map_err(|_| EnvelopeError::Decrypt)?;
    Ok(kek)
}

fn recipient_for(cek: &[u8; 32], r: &RecipientKey) -> Result<CoseRecipient, EnvelopeError> {
    let ephemeral = EphemeralSecret::random_from_rng(OsRng);
    let epk = PublicKey::from(&ephemeral);
    let shared = ephemeral.diffie_hellman(r.public);
    if !shared.was_contributory() {
        return Err(EnvelopeError::BadRecipientKey);
    }
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::ECDH_ES_A256KW)
        .build();
    let context = kdf_context(ProtectedHeader {
        original_data: None,
        header: protected.clone(),
    })?;
    let kek = key_encryption_key(shared.as_bytes(), &context)?;
    let wrapped = aes_kw::KekAes256::from(kek)
        .wrap_vec(cek)
        .map_err(|_| EnvelopeError::BadRecipientKey)?;
    let epk_key = CoseKey {
        kty: KeyType::Assigned(iana::KeyType::OKP),
        params: vec![
            (
                Label::Int(iana::OkpKeyParameter::Crv as i64),
                Value::from(iana::EllipticCurve::X25519 as i64),
            ),
            (
                Label::Int(iana::OkpKeyParameter::X as i64),
                Value::Bytes(epk.as_bytes().to_vec()),
            ),
        ],
        ..Default::default()
    };
    Ok(CoseRecipientBuilder::new()
        .protected(protected)
        .unprotected(
            HeaderBuilder::new()
                .key_id(r.key_id.to_vec())
                .value(
                    iana::HeaderAlgorithmParameter::EphemeralKey as i64,
                    epk_key.to_cbor_value()?,
                )
                .build(),
        )
        .ciphertext(wrapped)
        .build())
}

fn recipient_for_static(
    cek: &[u8; 32],
    r: &RecipientKey,
    sender: &StaticAgreement,
) -> Result<CoseRecipient, EnvelopeError> {
    let shared = sender.cache.get(sender.secret, r.public)?;
    let mut nonce = vec![0u8; 16];
    OsRng.fill_bytes(&mut nonce);
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::ECDH_SS_A256KW)
        .build();
    let context = kdf_context_with_nonce(
        ProtectedHeader {
            original_data: None,
            header: protected.clone(),
        },
        Some(nonce.clone()),
    )?;
    let kek = key_encryption_key(&shared, &context)?;
    let wrapped = aes_kw::KekAes256::from(kek)
        .wrap_vec(cek)
        .map_err(|_| EnvelopeError::BadRecipientKey)?;
    Ok(CoseRecipientBuilder::new()
        .protected(protected)
        .unprotected(
            HeaderBuilder::new()
                .key_id(r.key_id.to_vec())
                .value(
                    iana::HeaderAlgorithmParameter::StaticKeyId as i64,
                    Value::Bytes(sender.key_id.to_vec()),
                )
                .value(
                    iana::HeaderAlgorithmParameter::PartyUNonce as i64,
                    Value::Bytes(nonce),
                )
                .build(),
        )
        .ciphertext(wrapped)
        .build())
}

/// The sender's static key for an ECDH-SS recipient: its key id, and the
/// lookup that maps it to a public key (the directory).
pub struct SenderStatic<'a> {
    pub lookup: &'a dyn Fn(&[u8]) -> Option<PublicKey>,
    pub cache: &'a SharedSecrets,
}

fn unwrap_static(
    r: &CoseRecipient,
    key: &StaticSecret,
    sender: Option<&SenderStatic>,
) -> Result<[u8; 32], EnvelopeError> {
    let sender = sender.ok_or(EnvelopeError::Malformed("static-static recipient"))?;
    let param = |label: iana::HeaderAlgorithmParameter| {
        r.unprotected
            .rest
            .iter()
            .find(|(l, _)| *l == Label::Int(label as i64))
            .map(|(_, v)| v)
    };
    for (l, _) in &r.unprotected.rest {
        match l {
            Label::Int(x)
                if *x == iana::HeaderAlgorithmParameter::StaticKeyId as i64
                    || *x == iana::HeaderAlgorithmParameter::PartyUNonce as i64 => {}
            _ => return Err(EnvelopeError::Malformed("recipient parameter")),
        }
    }
    let Some(Value::Bytes(static_kid)) = param(iana::HeaderAlgorithmParameter::StaticKeyId) else {
        return Err(EnvelopeError::Malformed("static key id"));
    };
    let nonce = match param(iana::HeaderAlgorithmParameter::PartyUNonce) {
        Some(Value::Bytes(n)) if n.len() >= 16 && n.len() <= 64 => n.clone(),
        _ => return Err(EnvelopeError::Malformed("nonce")),
    };
    let public = (sender.lookup)(static_kid).ok_or(EnvelopeError::UnknownSender)?;
    let shared = sender
        .cache
        .get(key, &public)
        .map_err(|_| EnvelopeError::Decrypt)?;
    let kek = key_encryption_key(
        &shared,
        &kdf_context_with_nonce(r.protected.clone(), Some(nonce))?,
    )?;
    let wrapped = r
        .ciphertext
        .as_deref()
        .filter(|w| w.len() == 40)
        .ok_or(EnvelopeError::Malformed("wrapped key"))?;
    let mut cek = [0u8; 32];
    aes_kw::KekAes256::from(kek)
        .unwrap(wrapped, &mut cek)
        .map_err(|_| EnvelopeError::Decrypt)?;
    Ok(cek)
}

fn unwrap_content_key(
    r: &CoseRecipient,
    key: &StaticSecret,
    sender: Option<&SenderStatic>,
) -> Result<[u8; 32], EnvelopeError> {
    if r.protected.header.alg == Some(coset::Algorithm::Assigned(iana::Algorithm::ECDH_SS_A256KW)) {
        return unwrap_static(r, key, sender);
    }
    if r.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::ECDH_ES_A256KW)) {
        return Err(EnvelopeError::Malformed("recipient algorithm"));
    }
    let epk = r
        .unprotected
        .rest
        .iter()
        .find(|(l, _)| *l == Label::Int(iana::HeaderAlgorithmParameter::EphemeralKey as i64))
        .ok_or(EnvelopeError::Malformed("no ephemeral key"))?;
    let epk = CoseKey::from_cbor_value(epk.1.clone())?;
    if epk.kty != KeyType::Assigned(iana::KeyType::OKP) {
        return Err(EnvelopeError::Malformed("ephemeral key type"));
    }
    let (mut curve_ok, mut x) = (false, None::<[u8; 32]>);
    for (l, v) in &epk.params {
        match (l, v) {
            (Label::Int(-1), Value::Integer(c)) => {
                curve_ok = i64::try_from(*c).ok() == Some(iana::EllipticCurve::X25519 as i64)
            }
            (Label::Int(-2), Value::Bytes(b)) => x = b.as_slice().try_into().ok(),
            _ => return Err(EnvelopeError::Malformed("ephemeral key parameter")),
        }
    }
    let x = x
        .filter(|_| curve_ok)
        .ok_or(EnvelopeError::Malformed("ephemeral key"))?;
    let shared = key.diffie_hellman(&PublicKey::from(x));
    if !shared.was_contributory() {
        return Err(EnvelopeError::Decrypt);
    }
    // The context uses the recipient's protected header as received.
    let kek = key_encryption_key(shared.as_bytes(), &kdf_context(r.protected.clone())?)?;
    let wrapped = r
        .ciphertext
        .as_deref()
        .filter(|w| w.len() == 40)
        .ok_or(EnvelopeError::Malformed("wrapped key"))?;
    let mut cek = [0u8; 32];
    aes_kw::KekAes256::from(kek)
        .unwrap(wrapped, &mut cek)
        .map_err(|_| EnvelopeError::Decrypt)?;
    Ok(cek)
}

/// Signs and encrypts `plaintext` to every recipient (ECDH-ES: an
/// ephemeral key per recipient).
pub fn seal(
    sender: &SenderKey,
    header: &EnvelopeHeader,
    content_type: &str,
    plaintext: &[u8],
    recipients: &[RecipientKey],
) -> Result<Vec<u8>, EnvelopeError> {
    seal_with(sender, header, content_type, plaintext, recipients, None)
}

/// As [`seal`]; with `agreement`, the content key is wrapped with ECDH-SS
/// (the sender's static key, cached shared secrets).
pub fn seal_with(
    sender: &SenderKey,
    header: &EnvelopeHeader,
    content_type: &str,
    plaintext: &[u8],
    recipients: &[RecipientKey],
    agreement: Option<&StaticAgreement>,
) -> Result<Vec<u8>, EnvelopeError> {
    if recipients.is_empty() || recipients.len() > MAX_RECIPIENTS {
        return Err(EnvelopeError::Recipients);
    }
    let mut cek = [0u8; 32];
    let mut iv = [0u8; 12];
    OsRng.fill_bytes(&mut cek);
    OsRng.fill_bytes(&mut iv);
    let outer = outer_header(header, sender.key_id, key_commitment(&cek));
    let outer_bytes = outer.clone().to_vec()?;
    let aead = Aes256Gcm::new(&cek.into());
    let mut failed = false;
    let mut inner = CoseEncryptBuilder::new()
        .protected(
            HeaderBuilder::new()
                .algorithm(iana::Algorithm::A256GCM)
                .content_type(content_type.to_owned())
                .build(),
        )
        .unprotected(HeaderBuilder::new().iv(iv.to_vec()).build())
        .create_ciphertext(plaintext, &outer_bytes, |pt, aad| {
            aead.encrypt(Nonce::from_slice(&iv), Payload { msg: pt, aad })
                .unwrap_or_else(|_| {
                    failed = true;
                    vec![]
                })
        });
    if failed {
        return Err(EnvelopeError::Malformed("content too large to encrypt"));
    }
    for r in recipients {
        inner = inner.add_recipient(match agreement {
            Some(a) => recipient_for_static(&cek, r, a)?,
            None => recipient_for(&cek, r)?,
        });
    }
    let inner = inner.build().to_tagged_vec()?;
    let unsigned = CoseSign1 {
        protected: ProtectedHeader {
            original_data: Some(outer_bytes),
            header: outer,
        },
        payload: Some(inner),
        ..Default::default()
    };
    let signature = sender.key.sign(&unsigned.tbs_data(b"")).to_bytes().to_vec();
    Ok(CoseSign1 {
        signature,
        ..unsigned
    }
    .to_tagged_vec()?)
}

/// An envelope whose origin is proven: parsed, header checked, signature
/// verified against the directory's key for the sender named in it.
#[derive(Debug)]
pub struct Verified {
    pub header: EnvelopeHeader,
    sign1: CoseSign1,
    commitment: Vec<u8>,
}

/// A decrypted message.
#[derive(Debug, PartialEq, Eq)]
pub struct Opened {
    pub content_type: String,
    pub plaintext: Vec<u8>,
}

/// What a relay or receiver does first, without any decryption key.
/// `directory` maps a signing key id to its node and key.
pub fn verify(
    bytes: &[u8],
    directory: impl Fn(&[u8]) -> Option<KnownSender>,
) -> Result<Verified, EnvelopeError> {
    let p = prepare(bytes, &directory)?;
    p.key
        .verify_strict(&p.tbs, &p.signature)
        .map_err(|_| EnvelopeError::BadSignature)?;
    Ok(p.verified)
}

/// Verifies many envelopes, their signatures in one Ed25519 batch (about
/// twice as fast per signature); when the batch fails, each is checked on
/// its own to find which. Each result is what [`verify`] says of it.
pub fn verify_many(
    items: &[&[u8]],
    directory: impl Fn(&[u8]) -> Option<KnownSender>,
) -> Vec<Result<Verified, EnvelopeError>> {
    let prepared: Vec<Result<Prepared, EnvelopeError>> =
        items.iter().map(|b| prepare(b, &directory)).collect();
    let ok: Vec<&Prepared> = prepared.iter().filter_map(|p| p.as_ref().ok()).collect();
    let messages: Vec<&[u8]> = ok.iter().map(|p| p.tbs.as_slice()).collect();
    let signatures: Vec<Signature> = ok.iter().map(|p| p.signature).collect();
    let keys: Vec<VerifyingKey> = ok.iter().map(|p| p.key).collect();
    let all_good =
        !ok.is_empty() && ed25519_dalek::verify_batch(&messages, &signatures, &keys).is_ok();
    prepared
        .into_iter()
        .map(|p| {
            let p = p?;
            if all_good || p.key.verify_strict(&p.tbs, &p.signature).is_ok() {
                Ok(p.verified)
            } else {
                Err(EnvelopeError::BadSignature)
            }
        })
        .collect()
}

/// An envelope parsed, its header checked and its sender's key found; the
/// signature not yet checked.
struct Prepared {
    verified: Verified,
    key: VerifyingKey,
    tbs: Vec<u8>,
    signature: Signature,
}

fn prepare(
    bytes: &[u8],
    directory: &impl Fn(&[u8]) -> Option<KnownSender>,
) -> Result<Prepared, EnvelopeError> {
    let sign1: CoseSign1 = cbor::parse_tagged(bytes, MAX_ENVELOPE)?;
    // Nothing unauthenticated rides along.
    if !sign1.unprotected.is_empty() {
        return Err(EnvelopeError::Malformed("unprotected header must be empty"));
    }
    if sign1.protected.header.alg != Some(coset::Algorithm::Assigned(sign_alg())) {
        return Err(EnvelopeError::Malformed("signature algorithm"));
    }
    let (header, commitment) = parse_header(&sign1.protected.header)?;
    let known = directory(&sign1.protected.header.key_id).ok_or(EnvelopeError::UnknownSender)?;
    if known.node != header.sender {
        return Err(EnvelopeError::SenderMismatch);
    }
    let signature =
        Signature::from_slice(&sign1.signature).map_err(|_| EnvelopeError::BadSignature)?;
    let tbs = sign1.tbs_data(b"");
    Ok(Prepared {
        key: known.key,
        tbs,
        signature,
        verified: Verified {
            header,
            sign1,
            commitment,
        },
    })
}

impl Verified {
    /// Decrypts with this node's encryption key.
    pub fn open(&self, key_id: &[u8], key: &StaticSecret) -> Result<Opened, EnvelopeError> {
        self.open_with(key_id, key, None)
    }

    /// Decrypts; `sender` resolves the sender's static key when the
    /// envelope uses ECDH-SS.
    pub fn open_with(
        &self,
        key_id: &[u8],
        key: &StaticSecret,
        sender: Option<&SenderStatic>,
    ) -> Result<Opened, EnvelopeError> {
        let outer_bytes = self
            .sign1
            .protected
            .original_data
            .as_deref()
            .ok_or(EnvelopeError::Malformed("protected header"))?;
        let payload = self
            .sign1
            .payload
            .as_deref()
            .ok_or(EnvelopeError::Malformed("detached payload"))?;
        let inner: CoseEncrypt = cbor::parse_tagged(payload, MAX_ENVELOPE)?;
        if inner.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::A256GCM))
        {
            return Err(EnvelopeError::Malformed("content algorithm"));
        }
        let content_type = match &inner.protected.header.content_type {
            Some(coset::ContentType::Text(t)) => t.clone(),
            _ => return Err(EnvelopeError::Malformed("content type")),
        };
        let iv: [u8; 12] = inner
            .unprotected
            .iv
            .as_slice()
            .try_into()
            .map_err(|_| EnvelopeError::Malformed("iv"))?;
        let recipient = inner
            .recipients
            .iter()
            .find(|r| r.unprotected.key_id == key_id)
            .ok_or(EnvelopeError::NotARecipient)?;
        let cek = unwrap_content_key(recipient, key, sender)?;
        // The same content key the sender committed to in the signed header.
        if key_commitment(&cek) != self.commitment {
            return Err(EnvelopeError::Decrypt);
        }
        let aead = Aes256Gcm::new(&cek.into());
        let plaintext = inner.decrypt_ciphertext(
            outer_bytes,
            || EnvelopeError::Malformed("no ciphertext"),
            |c, aad| {
                aead.decrypt(Nonce::from_slice(&iv), Payload { msg: c, aad })
                    .map_err(|_| EnvelopeError::Decrypt)
            },
        )?;
        Ok(Opened {
            content_type,
            plaintext,
        })
    }
}

//! C2SP signed notes (<https://c2sp.org/signed-note>): a text ending in a
//! newline, a blank line, then one line per signature,
//! `— <key name> base64(key id || signature)`. Keys are named and known to
//! the verifier in advance; a key id is the first four bytes of
//! SHA-256(name || "\n" || signature type || public key). Signatures by
//! keys the verifier does not know are kept, not checked, so a note can
//! carry the log's signature and any number of witnesses' cosignatures.
//!
//! Keys are written as in `golang.org/x/mod/sumdb/note`: a verifier key
//! `name+hash+base64(0x01 || public key)`, a signer key
//! `PRIVATE+KEY+name+hash+base64(0x01 || seed)`, `hash` being the key id in
//! eight lower-case hex digits.
//!
//! Parsing is strict (as `note.Open` in Go, with size limits): UTF-8 with no
//! control characters but newlines, canonical padded base64, valid key
//! names; anything else is [`NoteError::Malformed`].

use base64::Engine;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The largest note accepted: room for the C2SP minimum of 16 signatures
/// even of post-quantum size, far above any checkpoint.
pub const MAX_NOTE_LEN: usize = 256 * 1024;
/// The most signature lines in one note (as `golang.org/x/mod/sumdb/note`).
pub const MAX_SIGNATURES: usize = 100;

/// Signature type of plain Ed25519 note signatures (C2SP signed-note).
pub const SIG_TYPE_ED25519: u8 = 0x01;

const SIG_PREFIX: &str = "\u{2014} ";

/// Standard base64 with padding, canonical only: one text per byte string,
/// so a parsed note is written back byte for byte.
pub(crate) const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoteError {
    #[error("the note is larger than {MAX_NOTE_LEN} bytes")]
    TooLarge,
    #[error("the note has more than {MAX_SIGNATURES} signatures")]
    TooManySignatures,
    #[error("malformed note: {0}")]
    Malformed(&'static str),
    #[error("two known keys are {name}+{key_id:08x}")]
    AmbiguousKey { name: String, key_id: u32 },
    #[error("invalid signature by the known key {name}+{key_id:08x}")]
    BadSignature { name: String, key_id: u32 },
    #[error("no known key signed the note")]
    NoKnownSignature,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("malformed key: {0}")]
    Malformed(&'static str),
    #[error("the key's hash does not match its name and public key")]
    KeyIdMismatch,
    #[error("unsupported signature type {0:#04x}")]
    UnsupportedType(u8),
}

/// The key id of a key: the first four bytes (big-endian) of
/// SHA-256(name || 0x0A || signature type || public key).
pub fn key_id(name: &str, sig_type: u8, public_key: &[u8]) -> u32 {
    let digest = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update([b'\n', sig_type])
        .chain_update(public_key)
        .finalize();
    u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
}

/// A key name: non-empty, no Unicode space, no `+` (which separates the
/// parts of key strings).
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && !name.chars().any(|c| c.is_whitespace() || c == '+')
}

/// One signature line of a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSignature {
    name: String,
    key_id: u32,
    signature: Vec<u8>,
}

impl NoteSignature {
    /// `signature` is what follows the key id (at least one byte).
    pub fn new(name: &str, key_id: u32, signature: Vec<u8>) -> Result<Self, NoteError> {
        if !is_valid_name(name) {
            return Err(NoteError::Malformed("signature key name"));
        }
        if signature.is_empty() {
            return Err(NoteError::Malformed("empty signature"));
        }
        Ok(NoteSignature {
            name: name.to_owned(),
            key_id,
            signature,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The signature bytes after the key id.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }

    fn parse_line(line: &str) -> Result<Self, NoteError> {
        let rest = line
            .strip_prefix(SIG_PREFIX)
            .ok_or(NoteError::Malformed("signature line without em dash"))?;
        let (name, b64) = rest
            .split_once(' ')
            .ok_or(NoteError::Malformed("signature line without signature"))?;
        let raw = BASE64
            .decode(b64)
            .map_err(|_| NoteError::Malformed("signature base64"))?;
        if raw.len() < 5 {
            return Err(NoteError::Malformed("signature too short"));
        }
        let key_id = u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]]);
        NoteSignature::new(name, key_id, raw[4..].to_vec())
    }

    fn write_line(&self, out: &mut String) {
        let mut raw = Vec::with_capacity(4 + self.signature.len());
        raw.extend_from_slice(&self.key_id.to_be_bytes());
        raw.extend_from_slice(&self.signature);
        out.push_str(SIG_PREFIX);
        out.push_str(&self.name);
        out.push(' ');
        BASE64.encode_string(&raw, out);
        out.push('\n');
    }
}

/// A key that signs notes.
pub trait NoteSigner {
    fn name(&self) -> &str;
    fn key_id(&self) -> u32;
    /// The signature of the note text (without the key id).
    fn sign(&self, text: &[u8]) -> Vec<u8>;
}

/// A known key that checks note signatures.
pub trait NoteVerifier {
    fn name(&self) -> &str;
    fn key_id(&self) -> u32;
    /// Whether `signature` (without the key id) signs the note text.
    fn verify(&self, text: &[u8], signature: &[u8]) -> bool;
}

/// A signed note: its text and its signature lines, verified or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    text: String,
    signatures: Vec<NoteSignature>,
}

impl Note {
    /// An unsigned note. The text must end in a newline and hold no control
    /// characters but newlines.
    pub fn new(text: impl Into<String>) -> Result<Self, NoteError> {
        let text = text.into();
        if text.len() > MAX_NOTE_LEN {
            return Err(NoteError::TooLarge);
        }
        check_chars(&text)?;
        if !text.ends_with('\n') {
            return Err(NoteError::Malformed("text does not end in a newline"));
        }
        Ok(Note {
            text,
            signatures: Vec::new(),
        })
    }

    /// Parses a signed note without checking any signature. Identical
    /// signature lines are kept once.
    pub fn parse(msg: &[u8]) -> Result<Self, NoteError> {
        if msg.len() > MAX_NOTE_LEN {
            return Err(NoteError::TooLarge);
        }
        let msg = std::str::from_utf8(msg).map_err(|_| NoteError::Malformed("not UTF-8"))?;
        check_chars(msg)?;
        // The text ends at the last blank line; signature lines hold none.
        let split = msg
            .rfind("\n\n")
            .ok_or(NoteError::Malformed("no blank line before signatures"))?;
        let (text, sigs) = (&msg[..split + 1], &msg[split + 2..]);
        let Some(sigs) = sigs.strip_suffix('\n') else {
            return Err(NoteError::Malformed("no signature or no final newline"));
        };
        let mut signatures: Vec<NoteSignature> = Vec::new();
        for (n, line) in sigs.split('\n').enumerate() {
            if n >= MAX_SIGNATURES {
                return Err(NoteError::TooManySignatures);
            }
            let sig = NoteSignature::parse_line(line)?;
            if !signatures.contains(&sig) {
                signatures.push(sig);
            }
        }
        Ok(Note {
            text: text.to_owned(),
            signatures,
        })
    }

    /// The signed text, final newline included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Every signature line, known keys' and others', in note order.
    pub fn signatures(&self) -> &[NoteSignature] {
        &self.signatures
    }

    /// Adds a signature, replacing any by the same name and key id (a key
    /// re-signing, a witness cosigning again).
    pub fn add_signature(&mut self, sig: NoteSignature) -> Result<(), NoteError> {
        self.signatures
            .retain(|s| s.name != sig.name || s.key_id != sig.key_id);
        if self.signatures.len() >= MAX_SIGNATURES {
            return Err(NoteError::TooManySignatures);
        }
        self.signatures.push(sig);
        if self.encoded_len() > MAX_NOTE_LEN {
            self.signatures.pop();
            return Err(NoteError::TooLarge);
        }
        Ok(())
    }

    /// Signs the text with `signer` (replacing its earlier signature).
    pub fn sign(&mut self, signer: &dyn NoteSigner) -> Result<(), NoteError> {
        let sig = NoteSignature::new(
            signer.name(),
            signer.key_id(),
            signer.sign(self.text.as_bytes()),
        )?;
        self.add_signature(sig)
    }

    /// The note as sent: text, blank line, signature lines.
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.encoded_len());
        out.push_str(&self.text);
        out.push('\n');
        for sig in &self.signatures {
            sig.write_line(&mut out);
        }
        out
    }

    /// Checks the signatures of `known` keys (C2SP signed-note §Signatures):
    /// every signature by a known key must verify, or the whole note is
    /// rejected; at least one must be there; others are ignored. Returns the
    /// indices into [`Self::signatures`] of those verified.
    pub fn verify(&self, known: &[&dyn NoteVerifier]) -> Result<Vec<usize>, NoteError> {
        for (i, a) in known.iter().enumerate() {
            if known[..i]
                .iter()
                .any(|b| a.name() == b.name() && a.key_id() == b.key_id())
            {
                return Err(NoteError::AmbiguousKey {
                    name: a.name().to_owned(),
                    key_id: a.key_id(),
                });
            }
        }
        let mut verified = Vec::new();
        for (i, sig) in self.signatures.iter().enumerate() {
            let Some(key) = known
                .iter()
                .find(|k| k.name() == sig.name && k.key_id() == sig.key_id)
            else {
                continue;
            };
            if !key.verify(self.text.as_bytes(), &sig.signature) {
                return Err(NoteError::BadSignature {
                    name: sig.name.clone(),
                    key_id: sig.key_id,
                });
            }
            verified.push(i);
        }
        if verified.is_empty() {
            return Err(NoteError::NoKnownSignature);
        }
        Ok(verified)
    }

    fn encoded_len(&self) -> usize {
        let sigs: usize = self
            .signatures
            .iter()
            .map(|s| SIG_PREFIX.len() + s.name.len() + 2 + (4 + s.signature.len()).div_ceil(3) * 4)
            .sum();
        self.text.len() + 1 + sigs
    }
}

fn check_chars(s: &str) -> Result<(), NoteError> {
    if s.chars().any(|c| c < ' ' && c != '\n') {
        return Err(NoteError::Malformed("control character"));
    }
    Ok(())
}

/// The parts of a verifier key `name+hash+base64(type || key)`, the hash
/// checked against the name and key.
pub(crate) fn parse_vkey(vkey: &str) -> Result<(&str, u8, Vec<u8>), KeyError> {
    let (name, rest) = vkey
        .split_once('+')
        .ok_or(KeyError::Malformed("no key hash"))?;
    let (hash, b64) = rest.split_once('+').ok_or(KeyError::Malformed("no key"))?;
    let (id, typ, key) = parse_key_parts(name, hash, b64)?;
    if id != key_id(name, typ, &key) {
        return Err(KeyError::KeyIdMismatch);
    }
    Ok((name, typ, key))
}

fn parse_key_parts(name: &str, hash: &str, b64: &str) -> Result<(u32, u8, Vec<u8>), KeyError> {
    if !is_valid_name(name) {
        return Err(KeyError::Malformed("key name"));
    }
    if hash.len() != 8 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(KeyError::Malformed("key hash"));
    }
    let id = u32::from_str_radix(hash, 16).map_err(|_| KeyError::Malformed("key hash"))?;
    let raw = BASE64
        .decode(b64)
        .map_err(|_| KeyError::Malformed("key base64"))?;
    let (&typ, key) = raw.split_first().ok_or(KeyError::Malformed("empty key"))?;
    Ok((id, typ, key.to_vec()))
}

pub(crate) fn format_vkey(name: &str, sig_type: u8, key: &[u8]) -> String {
    let mut raw = Vec::with_capacity(1 + key.len());
    raw.push(sig_type);
    raw.extend_from_slice(key);
    format!(
        "{name}+{:08x}+{}",
        key_id(name, sig_type, key),
        BASE64.encode(raw)
    )
}

pub(crate) fn ed25519_public(key: &[u8]) -> Result<VerifyingKey, KeyError> {
    let bytes: [u8; 32] = key
        .try_into()
        .map_err(|_| KeyError::Malformed("Ed25519 key length"))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| KeyError::Malformed("Ed25519 public key"))
}

pub(crate) fn ed25519_verify(key: &VerifyingKey, msg: &[u8], sig: &[u8]) -> bool {
    Signature::from_slice(sig).is_ok_and(|sig| key.verify_strict(msg, &sig).is_ok())
}

/// A known Ed25519 note key (signature type 0x01).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ed25519Verifier {
    name: String,
    key_id: u32,
    key: VerifyingKey,
}

impl Ed25519Verifier {
    pub fn new(name: &str, key: VerifyingKey) -> Result<Self, KeyError> {
        if !is_valid_name(name) {
            return Err(KeyError::Malformed("key name"));
        }
        Ok(Ed25519Verifier {
            name: name.to_owned(),
            key_id: key_id(name, SIG_TYPE_ED25519, key.as_bytes()),
            key,
        })
    }

    /// From a verifier key `name+hash+base64(0x01 || public key)`.
    pub fn from_vkey(vkey: &str) -> Result<Self, KeyError> {
        let (name, typ, key) = parse_vkey(vkey)?;
        if typ != SIG_TYPE_ED25519 {
            return Err(KeyError::UnsupportedType(typ));
        }
        Ed25519Verifier::new(name, ed25519_public(&key)?)
    }

    /// The verifier key string, as published.
    pub fn vkey(&self) -> String {
        format_vkey(&self.name, SIG_TYPE_ED25519, self.key.as_bytes())
    }

    pub fn public_key(&self) -> &VerifyingKey {
        &self.key
    }
}

impl NoteVerifier for Ed25519Verifier {
    fn name(&self) -> &str {
        &self.name
    }
    fn key_id(&self) -> u32 {
        self.key_id
    }
    fn verify(&self, text: &[u8], signature: &[u8]) -> bool {
        ed25519_verify(&self.key, text, signature)
    }
}

/// An Ed25519 note signing key (signature type 0x01).
pub struct Ed25519Signer {
    name: String,
    key_id: u32,
    key: SigningKey,
}

impl std::fmt::Debug for Ed25519Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the private key.
        write!(f, "Ed25519Signer({}+{:08x})", self.name, self.key_id)
    }
}

impl Ed25519Signer {
    pub fn new(name: &str, key: SigningKey) -> Result<Self, KeyError> {
        if !is_valid_name(name) {
            return Err(KeyError::Malformed("key name"));
        }
        Ok(Ed25519Signer {
            name: name.to_owned(),
            key_id: key_id(name, SIG_TYPE_ED25519, key.verifying_key().as_bytes()),
            key,
        })
    }

    /// From a signer key `PRIVATE+KEY+name+hash+base64(0x01 || seed)`; the
    /// hash is checked against the public key derived from the seed.
    pub fn from_skey(skey: &str) -> Result<Self, KeyError> {
        let rest = skey
            .strip_prefix("PRIVATE+KEY+")
            .ok_or(KeyError::Malformed("no PRIVATE+KEY+ prefix"))?;
        let (name, rest) = rest
            .split_once('+')
            .ok_or(KeyError::Malformed("no key hash"))?;
        let (hash, b64) = rest.split_once('+').ok_or(KeyError::Malformed("no key"))?;
        let (id, typ, seed) = parse_key_parts(name, hash, b64)?;
        if typ != SIG_TYPE_ED25519 {
            return Err(KeyError::UnsupportedType(typ));
        }
        let seed: [u8; 32] = seed
            .as_slice()
            .try_into()
            .map_err(|_| KeyError::Malformed("Ed25519 seed length"))?;
        let signer = Ed25519Signer::new(name, SigningKey::from_bytes(&seed))?;
        if signer.key_id != id {
            return Err(KeyError::KeyIdMismatch);
        }
        Ok(signer)
    }

    /// The signer key string. It holds the private key: keep it secret.
    pub fn skey(&self) -> String {
        let mut raw = Vec::with_capacity(33);
        raw.push(SIG_TYPE_ED25519);
        raw.extend_from_slice(self.key.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.key_id,
            BASE64.encode(raw)
        )
    }

    /// The matching verifier.
    pub fn verifier(&self) -> Ed25519Verifier {
        Ed25519Verifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key: self.key.verifying_key(),
        }
    }
}

impl NoteSigner for Ed25519Signer {
    fn name(&self) -> &str {
        &self.name
    }
    fn key_id(&self) -> u32 {
        self.key_id
    }
    fn sign(&self, text: &[u8]) -> Vec<u8> {
        self.key.sign(text).to_bytes().to_vec()
    }
}

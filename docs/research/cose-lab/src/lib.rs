//! Throwaway experiment: a Liaison-style envelope built only from RFC 9052/9053 COSE structures.
//!
//! envelope = COSE_Sign1_Tagged(                       -- Ed25519, sender node key
//!     protected = { 1: alg, 4: kid(sender), 3: 96 (application/cose; cose-type=cose-encrypt),
//!                   private-use labels -65537..-65545: Liaison routing header },
//!     payload   = COSE_Encrypt_Tagged(
//!         protected = { 1: 3 (A256GCM), 3: "<inner content type>" }, unprotected = { 5: iv },
//!         ciphertext = AES-256-GCM(CEK, iv, pt, Enc_structure("Encrypt", prot, external_aad = OUTER PROTECTED HEADER BYTES)),
//!         recipients = [ per recipient: ECDH-ES+A256KW (X25519, HKDF-SHA256, COSE_KDF_Context)  -- RFC 9053
//!                        or COSE-HPKE key-encryption mode (draft-ietf-cose-hpke)                  -- for comparison ]))
//!
//! Binding the inner ciphertext to the outer signed header through external_aad means that an attacker
//! who strips the outer signature and re-signs the COSE_Encrypt under its own identity (or swaps the
//! header: other sender, other recipients, other expiry) produces a message that no recipient can decrypt.

pub mod stream;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use ciborium::Value;
use coset::{
    AsCborValue, CborSerializable, CoseEncrypt, CoseEncryptBuilder, CoseKdfContextBuilder, CoseKey, CoseRecipient,
    CoseRecipientBuilder, CoseSign1, EncryptionContext, Header, HeaderBuilder, KeyType, Label,
    ProtectedHeader, RegisteredLabelWithPrivate, SuppPubInfo, TaggedCborSerializable, iana,
};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use hkdf::Hkdf;
use rand::RngCore;
use rand::rngs::OsRng;
use sha2::Sha256;
use x25519_dalek::{EphemeralSecret, PublicKey as XPublic, StaticSecret};

// ---- Liaison header: private-use COSE header labels (RFC 9052 §3.1: labels < -65536 are private use)
pub const L_MSG_ID: i64 = -65537; // bstr .size 16 (UUIDv7)
pub const L_SENDER: i64 = -65538; // tstr node id
pub const L_RECIPIENTS: i64 = -65539; // [+ tstr]
pub const L_THREAD: i64 = -65540; // bstr .size 16
pub const L_HANDLING: i64 = -65541; // tstr handling code
pub const L_EVAL: i64 = -65542; // tstr 4x4 evaluation e.g. "B2"
pub const L_CREATED: i64 = -65543; // int, unix ms
pub const L_EXPIRES: i64 = -65544; // int, unix ms
pub const L_PROTO: i64 = -65545; // uint protocol version
const LIAISON_LABELS: [i64; 9] = [
    L_MSG_ID, L_SENDER, L_RECIPIENTS, L_THREAD, L_HANDLING, L_EVAL, L_CREATED, L_EXPIRES, L_PROTO,
];

/// COSE-HPKE "ek" header parameter (draft-ietf-cose-hpke, *assumed* value -4, not yet IANA-assigned).
pub const HPKE_EK: i64 = -4;
/// HPKE-4-KE: DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305, key-encryption mode.
/// The draft only *assumes* 50; coset 0.4.2 refuses to parse any alg integer that is neither in its
/// IANA table nor private-use (< -65536), so the experiment has to carry it under a private-use id.
pub const HPKE_4_KE_DRAFT: i64 = 50;
pub const HPKE_4_KE: i64 = -65600;

#[derive(Clone, Debug, PartialEq)]
pub struct LiaisonHeader {
    pub msg_id: [u8; 16],
    pub sender: String,
    pub recipients: Vec<String>,
    pub thread: [u8; 16],
    pub handling: String,
    pub eval: String,
    pub created_ms: i64,
    pub expires_ms: i64,
    pub proto: u64,
}

#[derive(Debug)]
pub enum Error {
    Cose(coset::CoseError),
    Header(&'static str),
    BadSignature,
    NotARecipient,
    Crypto(&'static str),
}
impl From<coset::CoseError> for Error {
    fn from(e: coset::CoseError) -> Self {
        Error::Cose(e)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyMgmt {
    /// RFC 9053 ECDH-ES + HKDF-256 + AES-KW-256 (alg -31), X25519, fresh ephemeral per recipient.
    EcdhEsA256Kw,
    /// Same wire format, but one ephemeral X25519 key per *message* reused for all its recipients
    /// (as CMS KeyAgreeRecipientInfo does): saves one fixed-base mult per extra recipient.
    EcdhEsA256KwSharedEph,
    /// draft-ietf-cose-hpke key-encryption mode, HPKE-4-KE (assumed 50).
    HpkeKe,
}

pub struct Recipient<'a> {
    pub kid: &'a [u8],
    pub x25519: &'a XPublic,
}

fn sign_alg() -> iana::Algorithm {
    // RFC 9864 registered Ed25519 (-19) and deprecated the polymorphic EdDSA (-8).
    // -8 is what most deployed COSE libraries still emit; the code accepts exactly one.
    iana::Algorithm::EdDSA
}

pub fn build_outer_header(h: &LiaisonHeader, sender_kid: &[u8]) -> Header {
    let mut b = HeaderBuilder::new()
        .algorithm(sign_alg())
        .key_id(sender_kid.to_vec())
        .content_format(iana::CoapContentFormat::CoseEncrypt);
    for l in LIAISON_LABELS {
        b = b.add_critical_label(RegisteredLabelWithPrivate::PrivateUse(l));
    }
    b.value(L_MSG_ID, Value::Bytes(h.msg_id.to_vec()))
        .value(L_SENDER, Value::Text(h.sender.clone()))
        .value(
            L_RECIPIENTS,
            Value::Array(h.recipients.iter().cloned().map(Value::Text).collect()),
        )
        .value(L_THREAD, Value::Bytes(h.thread.to_vec()))
        .value(L_HANDLING, Value::Text(h.handling.clone()))
        .value(L_EVAL, Value::Text(h.eval.clone()))
        .value(L_CREATED, Value::from(h.created_ms))
        .value(L_EXPIRES, Value::from(h.expires_ms))
        .value(L_PROTO, Value::from(h.proto))
        .build()
}

fn b16(v: &Value) -> Result<[u8; 16], Error> {
    match v {
        Value::Bytes(b) if b.len() == 16 => Ok(b.as_slice().try_into().unwrap()),
        _ => Err(Error::Header("expected bstr .size 16")),
    }
}
fn text(v: &Value) -> Result<String, Error> {
    match v {
        Value::Text(t) if t.len() <= 256 => Ok(t.clone()),
        _ => Err(Error::Header("expected short tstr")),
    }
}
fn int(v: &Value) -> Result<i64, Error> {
    match v {
        Value::Integer(i) => i64::try_from(*i).map_err(|_| Error::Header("int range")),
        _ => Err(Error::Header("expected int")),
    }
}

pub fn parse_outer_header(h: &Header) -> Result<LiaisonHeader, Error> {
    let get = |l: i64| {
        h.rest
            .iter()
            .find(|(k, _)| *k == Label::Int(l))
            .map(|(_, v)| v)
            .ok_or(Error::Header("missing Liaison header field"))
    };
    // Unknown private labels are refused: a strict profile is easier to fuzz and to reason about.
    for (k, _) in &h.rest {
        match k {
            Label::Int(l) if LIAISON_LABELS.contains(l) => {}
            _ => return Err(Error::Header("unexpected header label")),
        }
    }
    let recipients = match get(L_RECIPIENTS)? {
        Value::Array(a) if !a.is_empty() && a.len() <= 1024 => {
            a.iter().map(text).collect::<Result<Vec<_>, _>>()?
        }
        _ => return Err(Error::Header("recipients")),
    };
    Ok(LiaisonHeader {
        msg_id: b16(get(L_MSG_ID)?)?,
        sender: text(get(L_SENDER)?)?,
        recipients,
        thread: b16(get(L_THREAD)?)?,
        handling: text(get(L_HANDLING)?)?,
        eval: text(get(L_EVAL)?)?,
        created_ms: int(get(L_CREATED)?)?,
        expires_ms: int(get(L_EXPIRES)?)?,
        proto: u64::try_from(int(get(L_PROTO)?)?).map_err(|_| Error::Header("proto"))?,
    })
}

// ---------------------------------------------------------------- RFC 9053 ECDH-ES + A256KW

/// COSE_KDF_Context for ECDH-ES+A256KW: AlgorithmID = A256KW (-5, the algorithm the derived key is
/// used with), PartyU/PartyV = [nil,nil,nil], SuppPubInfo = [256, recipient protected bstr].
pub fn kdf_context(alg_for_key: iana::Algorithm, key_bits: u64, recipient_protected: ProtectedHeader) -> Vec<u8> {
    CoseKdfContextBuilder::new()
        .algorithm(alg_for_key)
        .supp_pub_info(SuppPubInfo { key_data_length: key_bits, protected: recipient_protected, other: None })
        .build()
        .to_vec()
        .expect("kdf context encodes")
}

pub fn derive_kek(shared: &[u8], ctx: &[u8]) -> [u8; 32] {
    let mut kek = [0u8; 32];
    Hkdf::<Sha256>::new(None, shared).expand(ctx, &mut kek).expect("32 <= 255*32");
    kek
}

fn ecdh_es_recipient(cek: &[u8; 32], r: &Recipient, shared: Option<&(x25519_dalek::ReusableSecret, XPublic)>) -> CoseRecipient {
    let (epk, ss) = match shared {
        None => {
            let eph = EphemeralSecret::random_from_rng(OsRng);
            (XPublic::from(&eph), eph.diffie_hellman(r.x25519))
        }
        Some((eph, epk)) => (*epk, eph.diffie_hellman(r.x25519)),
    };
    assert!(ss.was_contributory(), "recipient key is a low-order point");
    let prot = HeaderBuilder::new().algorithm(iana::Algorithm::ECDH_ES_A256KW).build();
    let ctx = kdf_context(
        iana::Algorithm::A256KW,
        256,
        ProtectedHeader { original_data: None, header: prot.clone() },
    );
    let kek = derive_kek(ss.as_bytes(), &ctx);
    let wrapped = aes_kw::KekAes256::from(kek).wrap_vec(cek).expect("wrap 32 bytes");
    let epk_key = CoseKey {
        kty: KeyType::Assigned(iana::KeyType::OKP),
        params: vec![
            (Label::Int(iana::OkpKeyParameter::Crv as i64), Value::from(iana::EllipticCurve::X25519 as i64)),
            (Label::Int(iana::OkpKeyParameter::X as i64), Value::Bytes(epk.as_bytes().to_vec())),
        ],
        ..Default::default()
    };
    CoseRecipientBuilder::new()
        .protected(prot)
        .unprotected(
            HeaderBuilder::new()
                .key_id(r.kid.to_vec())
                .value(iana::HeaderAlgorithmParameter::EphemeralKey as i64, epk_key.to_cbor_value().unwrap())
                .build(),
        )
        .ciphertext(wrapped)
        .build()
}

fn ecdh_es_unwrap(rcpt: &CoseRecipient, my: &StaticSecret) -> Result<[u8; 32], Error> {
    if rcpt.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::ECDH_ES_A256KW)) {
        return Err(Error::Header("recipient alg"));
    }
    let epk = rcpt
        .unprotected
        .rest
        .iter()
        .find(|(l, _)| *l == Label::Int(iana::HeaderAlgorithmParameter::EphemeralKey as i64))
        .ok_or(Error::Header("no ephemeral key"))?;
    let key = CoseKey::from_cbor_value(epk.1.clone())?;
    if key.kty != KeyType::Assigned(iana::KeyType::OKP) {
        return Err(Error::Header("epk kty"));
    }
    let mut crv_ok = false;
    let mut x: Option<[u8; 32]> = None;
    for (l, v) in &key.params {
        match (l, v) {
            (Label::Int(-1), Value::Integer(c)) => crv_ok = i64::try_from(c.clone()).ok() == Some(iana::EllipticCurve::X25519 as i64),
            (Label::Int(-2), Value::Bytes(b)) if b.len() == 32 => x = Some(b.as_slice().try_into().unwrap()),
            _ => return Err(Error::Header("epk param")),
        }
    }
    let x = x.filter(|_| crv_ok).ok_or(Error::Header("epk"))?;
    let ss = my.diffie_hellman(&XPublic::from(x));
    if !ss.was_contributory() {
        return Err(Error::Crypto("low-order ephemeral key"));
    }
    // rcpt.protected keeps original_data, so the context uses the bytes as received.
    let kek = derive_kek(ss.as_bytes(), &kdf_context(iana::Algorithm::A256KW, 256, rcpt.protected.clone()));
    let wrapped = rcpt.ciphertext.as_deref().ok_or(Error::Header("no wrapped key"))?;
    if wrapped.len() != 40 {
        return Err(Error::Header("wrapped key length"));
    }
    let mut cek = [0u8; 32];
    aes_kw::KekAes256::from(kek).unwrap(wrapped, &mut cek).map_err(|_| Error::Crypto("key unwrap"))?;
    Ok(cek)
}

// ---------------------------------------------------------------- COSE-HPKE key encryption (draft)

type HKem = hpke::kem::X25519HkdfSha256;
type HKdf = hpke::kdf::HkdfSha256;
type HAead = hpke::aead::ChaCha20Poly1305;

/// Recipient_structure = ["HPKE Recipient", next_layer_alg, recipient_protected_header, recipient_extra_info]
fn hpke_info(next_layer_alg: i64, rp: ProtectedHeader) -> Vec<u8> {
    let v = Value::Array(vec![
        Value::Text("HPKE Recipient".into()),
        Value::from(next_layer_alg),
        rp.cbor_bstr().unwrap(),
        Value::Bytes(vec![]),
    ]);
    let mut out = Vec::with_capacity(64);
    ciborium::ser::into_writer(&v, &mut out).unwrap();
    out
}

fn hpke_recipient(cek: &[u8; 32], r: &Recipient, rng: &mut impl hpke::rand_core::CryptoRng) -> CoseRecipient {
    use hpke::Deserializable;
    let pk = <HKem as hpke::Kem>::PublicKey::from_bytes(r.x25519.as_bytes()).unwrap();
    let prot = HeaderBuilder::new()
        .algorithm_label(RegisteredLabelWithPrivate::PrivateUse(HPKE_4_KE)) // placeholder id (not IANA yet)
        .key_id(r.kid.to_vec())
        .build();
    let info = hpke_info(iana::Algorithm::A256GCM as i64, ProtectedHeader { original_data: None, header: prot.clone() });
    let (enc, ct) = hpke::single_shot_seal::<HAead, HKdf, HKem, _>(&hpke::OpModeS::Base, &pk, &info, cek, b"", rng)
        .expect("hpke seal");
    use hpke::Serializable;
    CoseRecipientBuilder::new()
        .protected(prot)
        .unprotected(HeaderBuilder::new().value(HPKE_EK, Value::Bytes(enc.to_bytes().to_vec())).build())
        .ciphertext(ct)
        .build()
}

fn hpke_unwrap(rcpt: &CoseRecipient, my: &StaticSecret) -> Result<[u8; 32], Error> {
    use hpke::Deserializable;
    let sk = <HKem as hpke::Kem>::PrivateKey::from_bytes(&my.to_bytes()).map_err(|_| Error::Crypto("sk"))?;
    let enc = match rcpt.unprotected.rest.iter().find(|(l, _)| *l == Label::Int(HPKE_EK)) {
        Some((_, Value::Bytes(b))) => <HKem as hpke::Kem>::EncappedKey::from_bytes(b).map_err(|_| Error::Header("ek"))?,
        _ => return Err(Error::Header("no ek")),
    };
    let info = hpke_info(iana::Algorithm::A256GCM as i64, rcpt.protected.clone());
    let ct = rcpt.ciphertext.as_deref().ok_or(Error::Header("no ct"))?;
    let pt = hpke::single_shot_open::<HAead, HKdf, HKem>(&hpke::OpModeR::Base, &sk, &enc, &info, ct, b"")
        .map_err(|_| Error::Crypto("hpke open"))?;
    pt.as_slice().try_into().map_err(|_| Error::Crypto("cek len"))
}

// ---------------------------------------------------------------- envelope

pub struct Sender<'a> {
    pub kid: &'a [u8],
    pub key: &'a SigningKey,
}

pub fn seal(
    sender: &Sender,
    hdr: &LiaisonHeader,
    content_type: &str,
    plaintext: &[u8],
    recipients: &[Recipient],
    km: KeyMgmt,
) -> Vec<u8> {
    // 1. outer protected header, serialized once; its bytes are the external_aad of the inner layer.
    let outer = build_outer_header(hdr, sender.kid);
    let outer_bytes = outer.clone().to_vec().expect("header encodes");

    // 2. content layer: AES-256-GCM under a fresh CEK.
    let mut cek = [0u8; 32];
    let mut iv = [0u8; 12];
    OsRng.fill_bytes(&mut cek);
    OsRng.fill_bytes(&mut iv);
    let aead = Aes256Gcm::new(&cek.into());
    let mut b = CoseEncryptBuilder::new()
        .protected(
            HeaderBuilder::new()
                .algorithm(iana::Algorithm::A256GCM)
                .content_type(content_type.to_owned())
                .build(),
        )
        .unprotected(HeaderBuilder::new().iv(iv.to_vec()).build())
        .create_ciphertext(plaintext, &outer_bytes, |pt, aad| {
            aead.encrypt(Nonce::from_slice(&iv), Payload { msg: pt, aad }).expect("gcm")
        });
    // 3. one COSE_Recipient per recipient node.
    let mut rng09 = rand09::rng();
    let shared = (km == KeyMgmt::EcdhEsA256KwSharedEph)
        .then(|| {
            let e = x25519_dalek::ReusableSecret::random_from_rng(OsRng);
            let p = XPublic::from(&e);
            (e, p)
        });
    for r in recipients {
        b = b.add_recipient(match km {
            KeyMgmt::EcdhEsA256Kw | KeyMgmt::EcdhEsA256KwSharedEph => ecdh_es_recipient(&cek, r, shared.as_ref()),
            KeyMgmt::HpkeKe => hpke_recipient(&cek, r, &mut rng09),
        });
    }
    let inner = b.build().to_tagged_vec().expect("encrypt encodes");

    // 4. sign: COSE_Sign1 over (outer protected header, inner COSE_Encrypt).
    let sign1 = CoseSign1 {
        protected: ProtectedHeader { original_data: Some(outer_bytes), header: outer },
        payload: Some(inner),
        ..Default::default()
    };
    let tbs = sign1.tbs_data(b"");
    let sig = sender.key.sign(&tbs).to_bytes().to_vec();
    CoseSign1 { signature: sig, ..sign1 }.to_tagged_vec().expect("sign1 encodes")
}

pub const MAX_ENVELOPE: usize = 1 << 20;
/// Liaison envelopes nest ~6 levels (Sign1 > Encrypt > recipients > recipient > header > COSE_Key);
/// ciborium's default limit is 256, which at opt-level 0 needs ~0.5-1 MiB of stack.
pub const MAX_DEPTH: usize = 16;

/// Parse untrusted CBOR with a tight nesting limit and no trailing bytes, then hand the Value to coset.
pub fn parse_tagged<T: coset::TaggedCborSerializable>(bytes: &[u8]) -> Result<T, Error> {
    let mut rd = bytes;
    let v: Value = ciborium::de::from_reader_with_recursion_limit(&mut rd, MAX_DEPTH)
        .map_err(|_| Error::Header("malformed or too deeply nested CBOR"))?;
    if !rd.is_empty() {
        return Err(Error::Header("trailing bytes"));
    }
    match v {
        Value::Tag(t, inner) if t == T::TAG => Ok(T::from_cbor_value(*inner)?),
        _ => Err(Error::Header("wrong or missing CBOR tag")),
    }
}

/// What a relay can do without any decryption key: parse, read the routing header, verify origin.
pub fn verify(bytes: &[u8], lookup: impl Fn(&[u8]) -> Option<VerifyingKey>) -> Result<(CoseSign1, LiaisonHeader), Error> {
    if bytes.len() > MAX_ENVELOPE {
        return Err(Error::Header("too large"));
    }
    let s: CoseSign1 = parse_tagged(bytes)?;
    // Nothing unauthenticated rides along: the outer unprotected bucket must be empty.
    if !s.unprotected.is_empty() {
        return Err(Error::Header("outer unprotected header must be empty"));
    }
    if s.protected.header.alg != Some(coset::Algorithm::Assigned(sign_alg())) {
        return Err(Error::Header("sign alg"));
    }
    let hdr = parse_outer_header(&s.protected.header)?;
    let vk = lookup(&s.protected.header.key_id).ok_or(Error::Header("unknown sender kid"))?;
    s.verify_signature(b"", |sig, data| {
        let sig = Signature::from_slice(sig).map_err(|_| Error::BadSignature)?;
        vk.verify_strict(data, &sig).map_err(|_| Error::BadSignature)
    })?;
    Ok((s, hdr))
}

pub fn open(
    bytes: &[u8],
    lookup: impl Fn(&[u8]) -> Option<VerifyingKey>,
    my_kid: &[u8],
    my_key: &StaticSecret,
) -> Result<(LiaisonHeader, String, Vec<u8>), Error> {
    let (s, hdr) = verify(bytes, lookup)?;
    let outer_bytes = s.protected.original_data.as_deref().ok_or(Error::Header("protected"))?;
    let enc: CoseEncrypt = parse_tagged(s.payload.as_deref().ok_or(Error::Header("detached"))?)?;
    if enc.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::A256GCM)) {
        return Err(Error::Header("content alg"));
    }
    let ct = match &enc.protected.header.content_type {
        Some(coset::ContentType::Text(t)) => t.clone(),
        _ => return Err(Error::Header("content type")),
    };
    let iv: [u8; 12] = enc.unprotected.iv.as_slice().try_into().map_err(|_| Error::Header("iv"))?;
    // Recipient selection by kid (unprotected for ECDH-ES, protected for HPKE).
    let rcpt = enc
        .recipients
        .iter()
        .find(|r| r.unprotected.key_id == my_kid || r.protected.header.key_id == my_kid)
        .ok_or(Error::NotARecipient)?;
    let cek = if rcpt.unprotected.rest.iter().any(|(l, _)| *l == Label::Int(HPKE_EK)) {
        hpke_unwrap(rcpt, my_key)?
    } else {
        ecdh_es_unwrap(rcpt, my_key)?
    };
    let aead = Aes256Gcm::new(&cek.into());
    let pt = enc.decrypt_ciphertext(
        outer_bytes,
        || Error::Header("no ciphertext"),
        |c, aad| aead.decrypt(Nonce::from_slice(&iv), Payload { msg: c, aad }).map_err(|_| Error::Crypto("gcm")),
    )?;
    Ok((hdr, ct, pt))
}

// keep the EncryptionContext import meaningful for readers of the sketch
#[allow(dead_code)]
const _CTX: EncryptionContext = EncryptionContext::CoseEncrypt;

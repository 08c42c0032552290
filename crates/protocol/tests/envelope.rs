//! Envelopes: round trip, and every way of altering, forging or misrouting
//! one is refused without a panic.

use coset::{
    CborSerializable, CoseSign1, HeaderBuilder, ProtectedHeader, TaggedCborSerializable, iana,
};
use ed25519_dalek::{Signer, SigningKey};
use liaison_protocol::envelope::*;
use liaison_protocol::files::FileKey;
use rand::RngCore;
use rand::rngs::OsRng;
use x25519_dalek::{PublicKey, StaticSecret};

struct World {
    sender: SigningKey,
    mallory: SigningKey,
    recipients: Vec<(Vec<u8>, StaticSecret, PublicKey)>,
}

fn world() -> World {
    World {
        sender: SigningKey::generate(&mut OsRng),
        mallory: SigningKey::generate(&mut OsRng),
        recipients: (1..=3)
            .map(|i| {
                let s = StaticSecret::random_from_rng(OsRng);
                let p = PublicKey::from(&s);
                (format!("node-{i}#enc").into_bytes(), s, p)
            })
            .collect(),
    }
}

fn header() -> EnvelopeHeader {
    EnvelopeHeader {
        message_id: *uuid::Uuid::now_v7().as_bytes(),
        sender: "de-bka".into(),
        recipients: vec!["fr-dcpj".into(), "nl-klpd".into(), "es-cgpj".into()],
        thread: *uuid::Uuid::now_v7().as_bytes(),
        handling_code: "h2".into(),
        evaluation: "B2".into(),
        created_ms: 1_790_000_000_000,
        expires_ms: 1_790_086_400_000,
        protocol_version: PROTOCOL_VERSION,
    }
}

fn seal_for(w: &World, h: &EnvelopeHeader, body: &[u8]) -> Vec<u8> {
    let rs: Vec<RecipientKey> = w
        .recipients
        .iter()
        .map(|(k, _, p)| RecipientKey {
            key_id: k,
            public: p,
        })
        .collect();
    seal(
        &SenderKey {
            key_id: b"de-bka#sig",
            key: &w.sender,
        },
        h,
        "text/plain; charset=utf-8",
        body,
        &rs,
    )
    .unwrap()
}

fn directory(w: &World) -> impl Fn(&[u8]) -> Option<KnownSender> + '_ {
    move |kid| match kid {
        b"de-bka#sig" => Some(KnownSender {
            node: "de-bka".into(),
            key: w.sender.verifying_key(),
        }),
        b"mallory#sig" => Some(KnownSender {
            node: "mallory".into(),
            key: w.mallory.verifying_key(),
        }),
        _ => None,
    }
}

#[test]
fn every_recipient_opens_what_was_sealed() {
    let w = world();
    let h = header();
    let mut body = vec![0u8; 1024];
    OsRng.fill_bytes(&mut body);
    let msg = seal_for(&w, &h, &body);
    let v = verify(&msg, directory(&w)).unwrap();
    assert_eq!(v.header, h);
    for (kid, key, _) in &w.recipients {
        let o = v.open(kid, key).unwrap();
        assert_eq!(o.plaintext, body);
        assert_eq!(o.content_type, "text/plain; charset=utf-8");
    }
    let stranger = StaticSecret::random_from_rng(OsRng);
    assert_eq!(
        v.open(b"it-dcsa#enc", &stranger).unwrap_err(),
        EnvelopeError::NotARecipient
    );
    // The right key id with the wrong key does not decrypt.
    assert_eq!(
        v.open(&w.recipients[0].0, &stranger).unwrap_err(),
        EnvelopeError::Decrypt
    );
}

#[test]
fn every_altered_byte_and_every_truncation_is_refused() {
    let w = world();
    let msg = seal_for(&w, &header(), &[7u8; 300]);
    let (kid, key, _) = &w.recipients[1];
    let open = |bytes: &[u8]| verify(bytes, directory(&w)).and_then(|v| v.open(kid, key));
    assert!(open(&msg).is_ok());
    for i in 0..msg.len() {
        let mut bad = msg.clone();
        bad[i] ^= 0x01;
        // Already the key-less check (a relay's) refuses it.
        assert!(verify(&bad, directory(&w)).is_err(), "flip at {i} verified");
    }
    for n in 0..msg.len() {
        assert!(open(&msg[..n]).is_err(), "truncation at {n} accepted");
    }
}

/// Mallory strips the signature and signs the same ciphertext as hers: the
/// signature is valid, but the ciphertext is bound to the original header,
/// so nobody can read it as coming from her.
#[test]
fn a_stolen_ciphertext_cannot_be_re_signed() {
    let w = world();
    let msg = seal_for(&w, &header(), b"secret report");
    let original = CoseSign1::from_tagged_slice(&msg).unwrap();
    let mut protected = original.protected.header.clone();
    protected.key_id = b"mallory#sig".to_vec();
    protected
        .rest
        .retain(|(l, _)| *l != coset::Label::Int(-65538));
    protected.rest.push((
        coset::Label::Int(-65538),
        ciborium::Value::Text("mallory".into()),
    ));
    let bytes = protected.clone().to_vec().unwrap();
    let forged = CoseSign1 {
        protected: ProtectedHeader {
            original_data: Some(bytes),
            header: protected,
        },
        payload: original.payload.clone(),
        ..Default::default()
    };
    let signature = w.mallory.sign(&forged.tbs_data(b"")).to_bytes().to_vec();
    let forged = CoseSign1 {
        signature,
        ..forged
    }
    .to_tagged_vec()
    .unwrap();
    let v = verify(&forged, directory(&w)).expect("Mallory's signature itself is valid");
    assert_eq!(v.header.sender, "mallory");
    let (kid, key, _) = &w.recipients[0];
    assert_eq!(v.open(kid, key).unwrap_err(), EnvelopeError::Decrypt);
}

#[test]
fn the_key_must_belong_to_the_sender_named() {
    let w = world();
    let mut h = header();
    h.sender = "fr-dcpj".into(); // signed with de-bka's key
    let msg = seal_for(&w, &h, b"x");
    assert_eq!(
        verify(&msg, directory(&w)).unwrap_err(),
        EnvelopeError::SenderMismatch
    );
    let msg = seal_for(&w, &header(), b"x");
    assert_eq!(
        verify(&msg, |_: &[u8]| None).unwrap_err(),
        EnvelopeError::UnknownSender
    );
}

#[test]
fn another_protocol_version_is_named() {
    let w = world();
    let mut h = header();
    h.protocol_version = 9;
    let msg = seal_for(&w, &h, b"x");
    assert_eq!(
        verify(&msg, directory(&w)).unwrap_err(),
        EnvelopeError::Version(9)
    );
}

/// Our COSE_KDF_Context, HKDF and AES key wrap against the cose-wg example
/// ecdh-wrap-examples/p256-wrap-256-01.json (only the curve differs).
#[test]
fn key_derivation_matches_the_cose_wg_example() {
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::ECDH_ES_A256KW)
        .build();
    let context = kdf_context(ProtectedHeader {
        original_data: None,
        header: protected,
    })
    .unwrap();
    assert_eq!(
        hex::encode_upper(&context),
        "842483F6F6F683F6F6F68219010044A101381E"
    );
    let shared =
        hex::decode("8BED545F07A7F39BD7179403C94E7D9862D0A5630217C289B8B4D953490D6D9E").unwrap();
    let kek = key_encryption_key(&shared, &context).unwrap();
    assert_eq!(
        hex::encode_upper(kek),
        "185E6208B1E0ABEE41FCD0890318FFE5320B5FB2D66B4976F7A51A9493E5B502"
    );
    let cek = hex::decode("B2353161740AACF1F7163647984B522A").unwrap();
    let wrapped = aes_kw::KekAes256::from(kek).wrap_vec(&cek).unwrap();
    assert_eq!(
        hex::encode_upper(wrapped),
        "E00E25B58AEADDE5A475F1D69D2A2C199E5C1F231C5B164A"
    );
}

#[test]
fn garbage_never_panics() {
    let w = world();
    let key = StaticSecret::random_from_rng(OsRng);
    let mut buf = vec![0u8; 2048];
    for i in 0..5_000usize {
        let n = i % 2048;
        OsRng.fill_bytes(&mut buf[..n]);
        if n > 0 {
            buf[0] = 0xd2; // COSE_Sign1 tag, to get past the first check
        }
        let _ = verify(&buf[..n], directory(&w)).and_then(|v| v.open(b"node-1#enc", &key));
    }
    let mut deep = vec![0xd2u8];
    deep.extend(std::iter::repeat_n(0x81u8, 100_000));
    assert!(verify(&deep, directory(&w)).is_err());
    let huge = [
        0xd2u8, 0x84, 0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xf0,
    ];
    assert!(verify(&huge, directory(&w)).is_err());
}

#[test]
fn file_chunks_detect_reordering_truncation_and_splicing() {
    let chunk = 64 * 1024;
    let mut file = vec![0u8; 5 * chunk + 123];
    OsRng.fill_bytes(&mut file);
    let file_id = *uuid::Uuid::now_v7().as_bytes();
    let (key, cose_key) = FileKey::generate(file_id);
    let n = file.len().div_ceil(chunk) as u64;
    let chunks: Vec<Vec<u8>> = file
        .chunks(chunk)
        .enumerate()
        .map(|(i, c)| key.seal_chunk(i as u64, i as u64 == n - 1, c).unwrap())
        .collect();
    let reader = FileKey::from_cose_key(&cose_key, file_id).unwrap();
    let mut out = vec![];
    for (i, c) in chunks.iter().enumerate() {
        out.extend(reader.open_chunk(i as u64, i as u64 == n - 1, c).unwrap());
    }
    assert_eq!(out, file);
    assert!(
        reader.open_chunk(1, false, &chunks[0]).is_err(),
        "reordered"
    );
    assert!(reader.open_chunk(4, true, &chunks[4]).is_err(), "cut short");
    // The same key under another file id: a chunk cannot move between files.
    let other = FileKey::from_cose_key(&cose_key, *uuid::Uuid::now_v7().as_bytes()).unwrap();
    assert!(other.open_chunk(0, false, &chunks[0]).is_err(), "spliced");
    let mut bad = chunks[2].clone();
    let middle = bad.len() / 2;
    bad[middle] ^= 1;
    assert!(reader.open_chunk(2, false, &bad).is_err(), "altered");
}

/// ECDH-SS+A256KW: the sender's static key, a cached shared secret per
/// partner and a fresh nonce per message; each recipient opens it only with
/// the sender's static key from the directory, and a changed nonce, a wrong
/// sender key or no sender lookup at all does not decrypt.
#[test]
fn static_static_envelopes_open_only_with_the_senders_static_key() {
    let w = world();
    let h = header();
    let sender_static = StaticSecret::random_from_rng(OsRng);
    let sender_public = PublicKey::from(&sender_static);
    let sender_cache = SharedSecrets::default();
    let rs: Vec<RecipientKey> = w
        .recipients
        .iter()
        .map(|(k, _, p)| RecipientKey {
            key_id: k,
            public: p,
        })
        .collect();
    let seal_one = |body: &[u8]| {
        seal_with(
            &SenderKey {
                key_id: b"de-bka#sig",
                key: &w.sender,
            },
            &h,
            "text/plain",
            body,
            &rs,
            Some(&StaticAgreement {
                key_id: b"de-bka#enc",
                secret: &sender_static,
                cache: &sender_cache,
            }),
        )
        .unwrap()
    };
    let first = seal_one(b"first");
    let second = seal_one(b"second");
    let receiver_cache = SharedSecrets::default();
    let lookup = |kid: &[u8]| (kid == b"de-bka#enc").then_some(sender_public);
    let good = SenderStatic {
        lookup: &lookup,
        cache: &receiver_cache,
    };
    for (msg, body) in [(&first, &b"first"[..]), (&second, &b"second"[..])] {
        let v = verify(msg, directory(&w)).unwrap();
        for (kid, key, _) in &w.recipients {
            assert_eq!(v.open_with(kid, key, Some(&good)).unwrap().plaintext, body);
        }
        // Without the directory's static key, or with another one: no.
        assert!(v.open(&w.recipients[0].0, &w.recipients[0].1).is_err());
        let other = PublicKey::from(&StaticSecret::random_from_rng(OsRng));
        let wrong_lookup = |_: &[u8]| Some(other);
        let wrong = SenderStatic {
            lookup: &wrong_lookup,
            cache: &SharedSecrets::default(),
        };
        assert_eq!(
            v.open_with(&w.recipients[0].0, &w.recipients[0].1, Some(&wrong))
                .unwrap_err(),
            EnvelopeError::Decrypt
        );
    }
    // Two messages to the same recipients never share a key-encryption key:
    // the wrapped keys differ (fresh content key and nonce).
    assert_ne!(first, second);
    // Any altered byte is refused (signature), as with ECDH-ES.
    for i in (0..first.len()).step_by(7) {
        let mut altered = first.clone();
        altered[i] ^= 0x01;
        let ok = verify(&altered, directory(&w))
            .and_then(|v| v.open_with(&w.recipients[0].0, &w.recipients[0].1, Some(&good)));
        assert!(ok.is_err(), "byte {i} altered but accepted");
    }
}

/// Envelopes verified in one batch get the same answers as one by one.
#[test]
fn envelopes_verified_in_a_batch_agree_with_single_checks() {
    let w = world();
    let mut items: Vec<Vec<u8>> = (0..12).map(|i| seal_for(&w, &header(), &[i; 64])).collect();
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    assert!(verify_many(&refs, directory(&w)).iter().all(Result::is_ok));
    let n = items[3].len();
    items[3][n - 10] ^= 0x01; // inside the signature
    let n = items[8].len();
    items[8][n / 2] ^= 0x01; // inside the signed payload
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    let batch = verify_many(&refs, directory(&w));
    for (i, r) in batch.iter().enumerate() {
        let single = verify(&items[i], directory(&w));
        assert_eq!(r.is_ok(), single.is_ok(), "envelope {i}");
        assert_eq!(r.is_ok(), i != 3 && i != 8, "envelope {i}");
    }
}

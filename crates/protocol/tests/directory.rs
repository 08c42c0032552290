//! Directories and receipts: only the authority's signature and a newer
//! version are accepted; receipts name their true signer.

use ed25519_dalek::SigningKey;
use liaison_protocol::directory::{self, Directory, DirectoryError, Member};
use liaison_protocol::envelope::KnownSender;
use liaison_protocol::receipt::{self, Receipt, ReceiptError, ReceiptKind};
use liaison_protocol::signed;
use rand::rngs::OsRng;

fn member(name: &str, key: &SigningKey) -> Member {
    Member {
        name: name.into(),
        country: "DE".into(),
        agency: "Test agency".into(),
        endpoint: "https://127.0.0.1:8441".into(),
        certificate: vec![0x30, 0x00],
        signing_key: key.verifying_key().as_bytes().to_vec(),
        encryption_key: vec![9; 32],
        capabilities: vec![directory::CAPABILITY_MESSAGES.into()],
        not_before_ms: 0,
        not_after_ms: i64::MAX,
    }
}

fn directory(authority: &SigningKey, version: u64, members: Vec<Member>) -> Directory {
    Directory {
        format: directory::FORMAT,
        network: "eu-test".into(),
        version,
        issued_ms: 1_790_000_000_000,
        ca_certificate: vec![0x30, 0x00],
        authority_key: authority.verifying_key().as_bytes().to_vec(),
        members,
    }
}

#[test]
fn a_directory_is_accepted_only_from_its_authority_and_only_when_newer() {
    let authority = SigningKey::generate(&mut OsRng);
    let node = SigningKey::generate(&mut OsRng);
    let v1 = directory(&authority, 1, vec![member("de-bka", &node)]);
    let bytes = v1.sign(&authority);
    assert_eq!(directory::verify_self_signed(&bytes).unwrap(), v1);
    assert_eq!(
        directory::verify(&bytes, &authority.verifying_key()).unwrap(),
        v1
    );

    // Another authority's directory, even a well-formed one, is refused.
    let mallory = SigningKey::generate(&mut OsRng);
    let forged = directory(&mallory, 2, vec![]).sign(&mallory);
    assert_eq!(
        directory::verify_update(&forged, &v1),
        Err(DirectoryError::WrongAuthority)
    );
    // Nor may one re-sign the authority's payload naming the real authority.
    let mut claims_real = directory(&authority, 3, vec![]);
    claims_real.authority_key = authority.verifying_key().as_bytes().to_vec();
    let resigned = signed::sign(
        &mallory,
        directory::CONTENT_TYPE,
        signed::encode(&claims_real),
    );
    assert!(directory::verify_update(&resigned, &v1).is_err());
    assert!(directory::verify_self_signed(&resigned).is_err());

    // Same or older version: refused; newer: accepted.
    assert_eq!(
        directory::verify_update(&bytes, &v1),
        Err(DirectoryError::NotNewer {
            offered: 1,
            installed: 1
        })
    );
    let v2 = directory(&authority, 2, vec![]);
    assert_eq!(
        directory::verify_update(&v2.sign(&authority), &v1).unwrap(),
        v2
    );

    // Any altered byte breaks it.
    for i in 0..bytes.len() {
        let mut altered = bytes.clone();
        altered[i] ^= 0x01;
        assert!(
            directory::verify(&altered, &authority.verifying_key()).is_err(),
            "byte {i} altered but accepted"
        );
    }
}

#[test]
fn duplicate_members_and_bad_keys_are_refused() {
    let authority = SigningKey::generate(&mut OsRng);
    let node = SigningKey::generate(&mut OsRng);
    let twice = directory(
        &authority,
        1,
        vec![member("de-bka", &node), member("de-bka", &node)],
    );
    assert!(matches!(
        directory::verify(&twice.sign(&authority), &authority.verifying_key()),
        Err(DirectoryError::Invalid(_))
    ));
    let mut short_key = member("fr-dcpj", &node);
    short_key.encryption_key = vec![1; 31];
    let bad = directory(&authority, 1, vec![short_key]);
    assert!(matches!(
        directory::verify(&bad.sign(&authority), &authority.verifying_key()),
        Err(DirectoryError::Invalid(_))
    ));
}

#[test]
fn receipts_verify_against_the_receiver_named() {
    let fr = SigningKey::generate(&mut OsRng);
    let nl = SigningKey::generate(&mut OsRng);
    let lookup = |kid: &[u8]| {
        [("fr-dcpj", &fr), ("nl-klpd", &nl)]
            .into_iter()
            .find(|(_, k)| signed::key_id(k.verifying_key().as_bytes()) == kid)
            .map(|(n, k)| KnownSender {
                node: n.into(),
                key: k.verifying_key(),
            })
    };
    let r = Receipt {
        message_id: vec![7; 16],
        receiver: "fr-dcpj".into(),
        kind: ReceiptKind::Delivered,
        at_ms: 1,
        envelope_sha256: receipt::envelope_digest(b"envelope"),
    };
    assert_eq!(receipt::verify(&r.sign(&fr), lookup).unwrap(), r);
    // NL cannot issue a receipt in FR's name.
    assert!(matches!(
        receipt::verify(&r.sign(&nl), lookup),
        Err(ReceiptError::SignerMismatch { .. })
    ));
    let stranger = SigningKey::generate(&mut OsRng);
    assert!(receipt::verify(&r.sign(&stranger), lookup).is_err());
}

/// Many receipts checked in one batch say what one-by-one checks say: a
/// forged or altered one among good ones is found, the others pass.
#[test]
fn receipts_verified_in_a_batch_agree_with_single_checks() {
    let fr = SigningKey::generate(&mut OsRng);
    let mallory = SigningKey::generate(&mut OsRng);
    let lookup = |kid: &[u8]| {
        (signed::key_id(fr.verifying_key().as_bytes()) == kid).then(|| KnownSender {
            node: "fr-dcpj".into(),
            key: fr.verifying_key(),
        })
    };
    let receipt = |i: u8| Receipt {
        message_id: vec![i; 16],
        receiver: "fr-dcpj".into(),
        kind: ReceiptKind::Delivered,
        at_ms: i64::from(i),
        envelope_sha256: receipt::envelope_digest(&[i]),
    };
    let mut items: Vec<Vec<u8>> = (0..40).map(|i| receipt(i).sign(&fr)).collect();
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    assert!(
        receipt::verify_many(&refs, lookup)
            .iter()
            .all(Result::is_ok)
    );

    // One signed by a stranger with FR's key id claimed is impossible to
    // build; one whose signature bytes were altered, and one by an unknown
    // key, are refused, and only they.
    let last = items[7].len() - 1;
    items[7][last] ^= 0x01;
    items[20] = receipt(20).sign(&mallory);
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    let results = receipt::verify_many(&refs, lookup);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r.is_ok(), i != 7 && i != 20, "receipt {i}: {r:?}");
        assert_eq!(
            r.is_ok(),
            receipt::verify(&items[i], lookup).is_ok(),
            "batch and single checks disagree on {i}"
        );
    }
    assert!(receipt::verify_many(&[], lookup).is_empty());
}

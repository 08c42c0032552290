//! What the fuzz targets (`fuzz_targets/`) and the seed generator
//! (`examples/seeds.rs`) share: fixed keys, so that the seed corpus holds
//! genuine envelopes and chunks that the targets can verify and open, and
//! the way a target turns its first input byte into an import kind.
//!
//! The keys are constants, public in this repository: they are test keys
//! and nothing else.

use coset::{CborSerializable, CoseKeyBuilder, iana};
use ed25519_dalek::SigningKey;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::{DataSubjectCategory, RecordKind};
use liaison_core::node::NodeName;
use liaison_formats::import::{self, ImportBatch, InputFormat};
use liaison_formats::rows::{Defaults, ImportKind, RowError};
use liaison_protocol::envelope::{self, KnownSender};
use liaison_protocol::files::FileKey;
use std::sync::LazyLock;
use x25519_dalek::StaticSecret;

// --- Envelopes --------------------------------------------------------------

/// The one signing key the fuzzing directory knows, and its node.
pub const SENDER_KEY_ID: &[u8] = b"fuzz-sender#sig";
pub const SENDER_NODE: &str = "fuzz-sender";
/// This node's encryption key id, under which `envelope_verify` opens.
pub const RECIPIENT_KEY_ID: &[u8] = b"fuzz-recipient#enc";
/// Another recipient's key id (the seeds also hold envelopes for several
/// nodes, and some not for this one).
pub const OTHER_KEY_ID: &[u8] = b"fuzz-other#enc";

static SIGNING: LazyLock<SigningKey> = LazyLock::new(|| SigningKey::from_bytes(&[0x5a; 32]));
static RECIPIENT: LazyLock<StaticSecret> = LazyLock::new(|| StaticSecret::from([0x3c; 32]));
static OTHER: LazyLock<StaticSecret> = LazyLock::new(|| StaticSecret::from([0x7e; 32]));

pub fn signing_key() -> &'static SigningKey {
    &SIGNING
}
pub fn recipient_secret() -> &'static StaticSecret {
    &RECIPIENT
}
pub fn other_secret() -> &'static StaticSecret {
    &OTHER
}

/// The directory of `envelope_verify`: one sender, one key.
pub fn directory(key_id: &[u8]) -> Option<KnownSender> {
    (key_id == SENDER_KEY_ID).then(|| KnownSender {
        node: SENDER_NODE.into(),
        key: SIGNING.verifying_key(),
    })
}

/// Verifies `bytes` against [`directory`] and, if that succeeds, opens the
/// envelope with this node's key. Any error is fine; a panic is not.
pub fn verify_and_open(bytes: &[u8]) {
    if let Ok(v) = envelope::verify(bytes, directory) {
        let _ = v.open(RECIPIENT_KEY_ID, recipient_secret());
    }
}

// --- File chunks --------------------------------------------------------------

pub const FILE_ID: [u8; 16] = [0x0f; 16];

/// The fixed file key as the `COSE_Key` a message would carry.
pub fn file_cose_key() -> Vec<u8> {
    let mut key = CoseKeyBuilder::new_symmetric_key(vec![0xa5; 32])
        .algorithm(iana::Algorithm::A256GCM)
        .build();
    key.base_iv = vec![0x96; 12];
    key.to_vec().expect("a COSE_Key built here encodes")
}

static FILE_KEY: LazyLock<FileKey> = LazyLock::new(|| {
    FileKey::from_cose_key(&file_cose_key(), FILE_ID).expect("the fixed file key is valid")
});

pub fn file_key() -> &'static FileKey {
    &FILE_KEY
}

/// `file_chunk` opens its input as chunk `index`, `last` or not, as its
/// first byte says: bit 7 clear means the rest is a `COSE_Key` instead.
pub fn chunk_selector(index: u8, last: bool) -> u8 {
    0x80 | (index & 0x0f) | if last { 0x10 } else { 0 }
}

/// The chunk index and `last` flag of a selector byte (bit 7 set): bits
/// 0–3 the low bits of the index, bit 6 sets all the high bits (indices
/// near `u64::MAX`), bit 4 `last`.
pub fn chunk_position(selector: u8) -> (u64, bool) {
    let mut index = u64::from(selector & 0x0f);
    if selector & 0x40 != 0 {
        index |= u64::MAX << 4;
    }
    (index, selector & 0x10 != 0)
}

// --- Imports ------------------------------------------------------------------

/// Every kind an import reads: the ten record kinds, then relations.
pub fn import_kinds() -> [ImportKind; 11] {
    let mut kinds = [ImportKind::Relation; 11];
    for (slot, k) in kinds.iter_mut().zip(RecordKind::ALL) {
        *slot = ImportKind::Record(k);
    }
    kinds
}

/// The first byte of an `import_csv`/`import_jsonl` input: bits 0–6 pick
/// the kind (modulo 11), bit 7 set means no import defaults, so that every
/// record column must come from the file.
pub fn import_selector(kind: ImportKind, with_defaults: bool) -> u8 {
    let i = import_kinds()
        .iter()
        .position(|k| *k == kind)
        .expect("every kind is listed") as u8;
    if with_defaults { i } else { i | 0x80 }
}

static WITH_DEFAULTS: LazyLock<Defaults> = LazyLock::new(|| Defaults {
    owner_node: NodeName::parse("fuzz-node").expect("valid node name"),
    owner_unit: None,
    handling_code: Some(HandlingCode::H1),
    handling_restriction: None,
    data_subject_category: Some(DataSubjectCategory::Suspect),
    evaluation: Evaluation::parse("B2"),
    case_reference: Some("FUZZ-1".into()),
    purpose: Some("fuzzing".into()),
    review_after: time_date(2027),
    delete_after: time_date(2030),
});

static NO_DEFAULTS: LazyLock<Defaults> = LazyLock::new(|| Defaults {
    owner_node: NodeName::parse("fuzz-node").expect("valid node name"),
    owner_unit: None,
    handling_code: None,
    handling_restriction: None,
    data_subject_category: None,
    evaluation: None,
    case_reference: None,
    purpose: None,
    review_after: None,
    delete_after: None,
});

fn time_date(year: i32) -> Option<time::Date> {
    time::Date::from_calendar_date(year, time::Month::January, 1).ok()
}

/// Reads `data` (selector byte, then the file) as `liaison import` would.
pub fn read_import(format: InputFormat, data: &[u8]) -> Option<Result<ImportBatch, Vec<RowError>>> {
    let (&selector, file) = data.split_first()?;
    let kind = import_kinds()[usize::from(selector & 0x7f) % 11];
    let defaults = if selector & 0x80 == 0 {
        &*WITH_DEFAULTS
    } else {
        &*NO_DEFAULTS
    };
    Some(import::read(kind, format, file, defaults, |_| {}))
}

// --- Directories, receipts, batches ----------------------------------------

/// The network authority key of `directory_verify` (a test key).
static AUTHORITY: LazyLock<SigningKey> = LazyLock::new(|| SigningKey::from_bytes(&[0x44; 32]));

pub fn authority_key() -> &'static SigningKey {
    &AUTHORITY
}

/// A small valid directory signed by the fuzzing authority, version 1, as
/// the directory a node holds when offered another.
pub fn installed_directory() -> liaison_protocol::directory::Directory {
    use liaison_protocol::directory::{self, Directory, Member};
    Directory {
        format: directory::FORMAT,
        network: "fuzz-net".into(),
        version: 1,
        issued_ms: 1_790_000_000_000,
        ca_certificate: vec![0x30, 0x03, 0x02, 0x01, 0x00],
        authority_key: AUTHORITY.verifying_key().as_bytes().to_vec(),
        members: vec![Member {
            name: SENDER_NODE.into(),
            country: "DE".into(),
            agency: "Fuzz agency".into(),
            endpoint: "https://127.0.0.1:8441".into(),
            certificate: vec![0x30, 0x03, 0x02, 0x01, 0x01],
            signing_key: SIGNING.verifying_key().as_bytes().to_vec(),
            encryption_key: x25519_dalek::PublicKey::from(&*RECIPIENT)
                .as_bytes()
                .to_vec(),
            capabilities: vec![directory::CAPABILITY_MESSAGES.into()],
            not_before_ms: 0,
            not_after_ms: i64::MAX,
        }],
    }
}

/// Every way a node reads a directory: as a first installation, against
/// the authority it trusts, and as an update of the one it holds.
pub fn read_directory(bytes: &[u8]) {
    use liaison_protocol::directory;
    let _ = directory::verify_self_signed(bytes);
    let _ = directory::verify(bytes, &AUTHORITY.verifying_key());
    if let Ok(d) = directory::verify_update(bytes, &installed_directory()) {
        // An accepted directory is usable: lookups must not panic.
        let _ = d.member(SENDER_NODE);
        let _ = d.member_by_signing_key_id(&[0; 16]);
    }
}

/// The receipt lookup: the fuzzing sender's key, by its real key id.
pub fn receipt_directory(key_id: &[u8]) -> Option<KnownSender> {
    (key_id == liaison_protocol::signed::key_id(SIGNING.verifying_key().as_bytes())).then(|| {
        KnownSender {
            node: SENDER_NODE.into(),
            key: SIGNING.verifying_key(),
        }
    })
}

// --- Ledger checkpoints -------------------------------------------------------

/// The origin of the fuzzing log; its key signs under the same name.
pub const LOG_ORIGIN: &str = "fuzz.example/log";
pub const WITNESS_NAME: &str = "fuzz.example/witness";
/// The time the fuzzing witness cosigns at.
pub const COSIGN_TIME: u64 = 1_700_000_000;

static LOG_SIGNER: LazyLock<liaison_ledger::Ed25519Signer> = LazyLock::new(|| {
    liaison_ledger::Ed25519Signer::new(LOG_ORIGIN, SigningKey::from_bytes(&[0x4c; 32]))
        .expect("a valid key name")
});
static WITNESS: LazyLock<liaison_ledger::cosignature::CosignatureSigner> = LazyLock::new(|| {
    liaison_ledger::cosignature::CosignatureSigner::new(
        WITNESS_NAME,
        SigningKey::from_bytes(&[0x57; 32]),
    )
    .expect("a valid key name")
});

pub fn log_signer() -> &'static liaison_ledger::Ed25519Signer {
    &LOG_SIGNER
}
pub fn witness_signer() -> &'static liaison_ledger::cosignature::CosignatureSigner {
    &WITNESS
}

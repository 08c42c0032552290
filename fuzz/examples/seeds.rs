//! Writes the seed corpus, `fuzz/corpus/<target>/`: small, genuine inputs
//! that reach deep into each parser (a sealed envelope the fuzzing key can
//! open, chunks of a file under the fixed file key, a few rows of every
//! import kind from `liaison demo-data`'s generator and tests/data).
//!
//!     cargo run --manifest-path fuzz/Cargo.toml --example seeds
//!
//! Seeds are named `<what>.<ext>`; libFuzzer names what it adds by a hash,
//! without an extension, and .gitignore keeps those out of the repository.
//! Envelopes are sealed with fresh randomness, so running this again
//! changes their bytes (not what they are); everything else is identical.

use ciborium::Value;
use liaison_core::model::RecordKind;
use liaison_formats::import::InputFormat;
use liaison_formats::rows::ImportKind;
use liaison_formats::sample;
use liaison_fuzz::*;
use liaison_protocol::envelope::{
    self, EnvelopeError, EnvelopeHeader, PROTOCOL_VERSION, RecipientKey, SenderKey,
};
use liaison_protocol::files::FileKey;
use std::path::{Path, PathBuf};
use x25519_dalek::PublicKey;

/// Data rows per import seed: enough for links and duplicates, few enough
/// to keep seeds small (libFuzzer mutates small inputs faster).
const ROWS: usize = 3;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("corpus");
    envelopes(&corpus.join("envelope_verify"));
    directories(&corpus.join("directory_verify"));
    federation_batches(&corpus.join("federation_batch"));
    chunks(&corpus.join("file_chunk"));
    imports(&corpus, &root.join("../tests/data"));
    cbor(&corpus.join("cbor_value"));
    screening(&corpus, &root.join("../tests/data/screening"));
    checkpoints(&corpus.join("checkpoint_parse"));
    let total: u64 = walk(&corpus)
        .iter()
        .map(|p| p.metadata().unwrap().len())
        .sum();
    println!("seed corpus: {} files, {total} bytes", walk(&corpus).len());
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn header(recipients: &[&str]) -> EnvelopeHeader {
    EnvelopeHeader {
        message_id: [0x01; 16],
        sender: SENDER_NODE.into(),
        recipients: recipients.iter().map(|r| r.to_string()).collect(),
        thread: [0x02; 16],
        handling_code: "h2".into(),
        evaluation: "B2".into(),
        created_ms: 1_790_000_000_000,
        expires_ms: 1_790_086_400_000,
        protocol_version: PROTOCOL_VERSION,
    }
}

fn seal(h: &EnvelopeHeader, content_type: &str, body: &[u8], to: &[(&[u8], PublicKey)]) -> Vec<u8> {
    let recipients: Vec<RecipientKey> = to
        .iter()
        .map(|(key_id, public)| RecipientKey { key_id, public })
        .collect();
    let sender = SenderKey {
        key_id: SENDER_KEY_ID,
        key: signing_key(),
    };
    envelope::seal(&sender, h, content_type, body, &recipients).unwrap()
}

fn envelopes(dir: &Path) {
    let me = (RECIPIENT_KEY_ID, PublicKey::from(recipient_secret()));
    let other = (OTHER_KEY_ID, PublicKey::from(other_secret()));
    let seeds = [
        (
            "to-me.cose",
            seal(
                &header(&["fuzz-node"]),
                "text/plain; charset=utf-8",
                b"Hit on P-1: see the attached report.",
                &[me],
            ),
        ),
        (
            "to-two.cose",
            seal(
                &header(&["fuzz-other", "fuzz-node"]),
                "application/json",
                br#"{"query":"hit-no-hit","ref":"P-1"}"#,
                &[other, me],
            ),
        ),
        (
            "empty-body.cose",
            seal(
                &header(&["fuzz-node"]),
                "application/octet-stream",
                b"",
                &[me],
            ),
        ),
        // Verifies, but this node is not a recipient.
        (
            "not-for-me.cose",
            seal(
                &header(&["fuzz-other"]),
                "text/plain",
                b"not for you",
                &[other],
            ),
        ),
        // Another protocol version: refused after parsing the header.
        (
            "version-2.cose",
            seal(
                &EnvelopeHeader {
                    protocol_version: 2,
                    ..header(&["fuzz-node"])
                },
                "text/plain",
                b"v2",
                &[me],
            ),
        ),
    ];
    for (name, bytes) in &seeds {
        // Genuine: each gets as far as it should.
        let opened = envelope::verify(bytes, directory)
            .and_then(|v| v.open(RECIPIENT_KEY_ID, recipient_secret()));
        match *name {
            "not-for-me.cose" => assert_eq!(opened, Err(EnvelopeError::NotARecipient)),
            "version-2.cose" => assert_eq!(opened, Err(EnvelopeError::Version(2))),
            _ => assert!(opened.is_ok(), "{name}: {opened:?}"),
        }
        write(dir, name, bytes);
    }
}

fn chunks(dir: &Path) {
    let key = file_key();
    let cose_key = file_cose_key();
    // Bit 7 clear: the rest is a COSE_Key.
    write(dir, "key.cbor", &[&[0x00][..], &cose_key].concat());
    let (_, generated) = FileKey::generate(FILE_ID);
    write(
        dir,
        "key-generated.cbor",
        &[&[0x00][..], &generated].concat(),
    );
    let text = b"Seizure report, page 1 of 2. ".repeat(4);
    for (index, last, body) in [
        (0u8, false, &text[..]),
        (1, true, b"page 2 of 2"),
        (0, true, b""),
    ] {
        let chunk = key.seal_chunk(u64::from(index), last, body).unwrap();
        let selector = chunk_selector(index, last);
        assert_eq!(chunk_position(selector), (u64::from(index), last));
        assert_eq!(
            key.open_chunk(u64::from(index), last, &chunk).unwrap(),
            body
        );
        let name = format!("chunk-{index}{}.cose", if last { "-last" } else { "" });
        write(dir, &name, &[&[selector][..], &chunk].concat());
    }
}

fn imports(corpus: &Path, test_data: &Path) {
    let csv_dir = corpus.join("import_csv");
    let jsonl_dir = corpus.join("import_jsonl");
    let seed = |format: InputFormat, name: &str, selector: u8, file: &[u8], valid: bool| {
        let bytes = [&[selector][..], file].concat();
        if valid {
            check_import(format, &bytes);
        }
        let (dir, ext) = match format {
            InputFormat::Csv => (&csv_dir, "csv"),
            InputFormat::Jsonl => (&jsonl_dir, "jsonl"),
        };
        write(dir, &format!("{name}.{ext}"), &bytes);
    };
    // A few rows of each kind from the demo-data generator. Every record
    // column is filled, so they import without defaults too.
    let set = sample::generate(7, 4);
    for file in &set.files {
        let mut all = vec![];
        file.write_csv(&mut all, |_| {}).unwrap();
        let name = sample::kind_name(file.kind);
        let (csv, jsonl) = first_rows(&all, ROWS);
        let selector = import_selector(file.kind, false);
        seed(InputFormat::Csv, name, selector, &csv, true);
        seed(InputFormat::Jsonl, name, selector, &jsonl, true);
    }
    // Firearms are not in the demo set.
    let firearm =
        b"external_ref,owner_ref,serial_number,make,model,calibre,category,handling_code\n\
                   F-1,P-1,AB12345,Glock,17,9x19mm,b,h2\n\
                   F-2,,CZ-88-1990,CZ,75,9 mm Luger,A,\n";
    let selector = import_selector(ImportKind::Record(RecordKind::Firearm), true);
    let (_, jsonl) = first_rows(firearm, ROWS);
    seed(InputFormat::Csv, "firearm", selector, firearm, true);
    seed(InputFormat::Jsonl, "firearm", selector, &jsonl, true);
    // The hand-written files of tests/data, with import defaults (they
    // leave record columns empty); bad_persons.csv is rejected row by row.
    for (file, kind) in [
        ("persons.csv", "person"),
        ("bad_persons.csv", "person"),
        ("documents.csv", "document"),
        ("accounts.csv", "account"),
        ("phones.csv", "phone"),
        ("organisations.csv", "organisation"),
        ("events.csv", "event"),
        ("relations.csv", "relation"),
        ("vehicles.jsonl", "vehicle"),
    ] {
        let bytes = std::fs::read(test_data.join(file)).unwrap();
        let kind: ImportKind = kind.parse().unwrap();
        let (stem, ext) = file.rsplit_once('.').unwrap();
        let format = if ext == "jsonl" {
            InputFormat::Jsonl
        } else {
            InputFormat::Csv
        };
        let name = format!("tests-data-{stem}");
        seed(
            format,
            &name,
            import_selector(kind, true),
            &bytes,
            !stem.starts_with("bad"),
        );
    }
    // JSON Lines with list fields as arrays, numbers and nulls.
    let person = br#"{"external_ref":"P-9","given_names":"Anna","surname":"Berg","nationalities":["SE","FIN"],"aliases":["BERG, A.","Bergh"],"gender":null,"evaluation":"A1"}

{"external_ref":"P-10","surname":"Nowak","date_of_birth":"1980","identifying_marks":["tattoo; left arm","scar"]}
"#;
    let selector = import_selector(ImportKind::Record(RecordKind::Person), true);
    seed(InputFormat::Jsonl, "person-arrays", selector, person, true);
    let location = br#"{"external_ref":"L-1","city":"Lyon","country":"FRA","latitude":45.76,"longitude":4.84}"#;
    let selector = import_selector(ImportKind::Record(RecordKind::Location), true);
    seed(
        InputFormat::Jsonl,
        "location-numbers",
        selector,
        location,
        true,
    );
}

/// The header and the first `n` rows of a CSV file, as CSV and as JSON
/// Lines (empty cells left out, like `liaison export`).
fn first_rows(csv_bytes: &[u8], n: usize) -> (Vec<u8>, Vec<u8>) {
    let mut r = csv::Reader::from_reader(csv_bytes);
    let headers = r.headers().unwrap().clone();
    let mut csv_out = csv::Writer::from_writer(vec![]);
    csv_out.write_record(&headers).unwrap();
    let mut jsonl = vec![];
    for record in r.records().take(n) {
        let record = record.unwrap();
        csv_out.write_record(&record).unwrap();
        let obj: serde_json::Map<String, serde_json::Value> = headers
            .iter()
            .zip(record.iter())
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v.to_owned())))
            .collect();
        serde_json::to_writer(&mut jsonl, &obj).unwrap();
        jsonl.push(b'\n');
    }
    (csv_out.into_inner().unwrap(), jsonl)
}

/// A seed of valid rows (selector byte, then the file) must import.
fn check_import(format: InputFormat, seed: &[u8]) {
    if let Some(Err(e)) = read_import(format, seed) {
        panic!("a seed does not import ({format:?}): {e:?}");
    }
}

fn cbor(dir: &Path) {
    let mut seeds: Vec<(&str, Vec<u8>)> = vec![
        ("cose-key.cbor", file_cose_key()),
        (
            "chunk.cbor",
            file_key().seal_chunk(0, true, b"chunk").unwrap(),
        ),
        (
            "envelope.cbor",
            seal(
                &header(&["fuzz-node"]),
                "text/plain",
                b"hello",
                &[(RECIPIENT_KEY_ID, PublicKey::from(recipient_secret()))],
            ),
        ),
    ];
    let map = Value::Map(vec![
        (Value::from(1), Value::from(-7)),
        (Value::from(-65537), Value::Bytes(vec![0; 16])),
        (
            Value::Text("ü".into()),
            Value::Array(vec![
                Value::Null,
                Value::Bool(true),
                Value::Float(1.5),
                Value::Float(1e300),
            ]),
        ),
        (
            Value::from(u64::MAX),
            Value::Tag(1, Box::new(Value::from(-1i64 << 40))),
        ),
    ]);
    seeds.push(("map.cbor", liaison_protocol::cbor::to_vec(&map)));
    let mut nested = Value::from(0);
    for _ in 0..10 {
        nested = Value::Array(vec![nested]);
    }
    seeds.push(("nested.cbor", liaison_protocol::cbor::to_vec(&nested)));
    // Indefinite-length byte string, text and array (ciborium writes none).
    seeds.push((
        "indefinite.cbor",
        vec![
            0x9f, 0x5f, 0x41, 0x61, 0xff, 0x7f, 0x61, 0x62, 0xff, 0xf9, 0x3c, 0x00, 0xff,
        ],
    ));
    for (name, bytes) in &seeds {
        liaison_protocol::cbor::parse_value(bytes, usize::MAX).unwrap();
        write(dir, name, bytes);
    }
}

fn directories(dir: &Path) {
    use liaison_protocol::directory;
    let installed = installed_directory();
    write(dir, "installed-v1.cose", &installed.sign(authority_key()));
    let mut v2 = installed.clone();
    v2.version = 2;
    v2.members.clear();
    let update = v2.sign(authority_key());
    assert!(directory::verify_update(&update, &installed).is_ok());
    write(dir, "revocation-v2.cose", &update);
    // Signed by another key: refused.
    write(dir, "other-authority.cose", &v2.sign(signing_key()));
}

fn federation_batches(dir: &Path) {
    use liaison_protocol::receipt::{Receipt, ReceiptKind, envelope_digest};
    use liaison_protocol::transfer::{self, Outcome};
    let r = Receipt {
        message_id: vec![0x01; 16],
        receiver: SENDER_NODE.into(),
        kind: ReceiptKind::Delivered,
        at_ms: 1_790_000_000_000,
        envelope_sha256: envelope_digest(b"envelope"),
    }
    .sign(signing_key());
    assert!(liaison_protocol::receipt::verify(&r, receipt_directory).is_ok());
    let mut items = vec![0u8];
    items.extend(transfer::encode_items(&[
        r.clone(),
        b"not a receipt".to_vec(),
    ]));
    write(dir, "batch.cbor", &items);
    let mut outcomes = vec![1u8];
    outcomes.extend(transfer::encode_outcomes(&[
        Outcome::Receipt(r.clone()),
        Outcome::Accepted,
        Outcome::Rejected("expired".into()),
    ]));
    write(dir, "outcomes.cbor", &outcomes);
    let mut receipt = vec![2u8];
    receipt.extend(&r);
    write(dir, "receipt.cose", &receipt);
}

/// Screening lists and a PAXLST message from tests/data/screening, and each
/// cut short.
fn screening(corpus: &Path, data: &Path) {
    for (target, file) in [
        ("screening_csv", "watchlist.csv"),
        ("screening_csv", "travellers.csv"),
        ("paxlst", "flight.edi"),
    ] {
        let bytes = std::fs::read(data.join(file)).unwrap();
        let dir = corpus.join(target);
        write(&dir, file, &bytes);
        write(&dir, &format!("cut-{file}"), &bytes[..bytes.len() / 2]);
    }
}

/// Signed checkpoints: the fuzzing log's, cosigned or with an extension line
/// and a stranger's signature; a published one of the Go checksum database
/// (transparency-dev/formats, log/note_test.go) and a plain signed note
/// (golang/mod, sumdb/note/note_test.go). Ed25519 is deterministic, so the
/// seeds are the same on every run.
fn checkpoints(dir: &Path) {
    use liaison_ledger::checkpoint::Checkpoint;
    use liaison_ledger::{Frontier, leaf_hash};
    let mut frontier = Frontier::new();
    let leaves: Vec<_> = (0u8..5).map(|i| leaf_hash(&[i])).collect();
    let root = frontier.append(&leaves).unwrap().1;
    let cp = Checkpoint::new(LOG_ORIGIN, 5, root);
    let mut note = cp.sign(log_signer()).unwrap();
    write(dir, "signed.txt", note.encode().as_bytes());
    note.add_signature(witness_signer().cosign(note.text(), COSIGN_TIME).unwrap())
        .unwrap();
    write(dir, "cosigned.txt", note.encode().as_bytes());
    let mut ext = cp.clone();
    ext.extensions.push("extension line".into());
    let mut note = ext.sign(log_signer()).unwrap();
    let stranger = liaison_ledger::Ed25519Signer::new(
        "stranger.example",
        ed25519_dalek::SigningKey::from_bytes(&[0x11; 32]),
    )
    .unwrap();
    note.sign(&stranger).unwrap();
    write(dir, "extension.txt", note.encode().as_bytes());
    write(
        dir,
        "sumdb.txt",
        "go.sum database tree\n6476701\nmb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=\n\n\
         \u{2014} sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n"
            .as_bytes(),
    );
    write(
        dir,
        "go-note.txt",
        "If you think cryptography is the answer to your problem,\n\
         then you don't know what your problem is.\n\n\
         \u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
            .as_bytes(),
    );
}

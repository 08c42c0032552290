//! A signed checkpoint as a node receives it from a partner's log or a
//! witness: C2SP signed-note parsing, tlog-checkpoint parsing, and opening
//! with the fixed log and witness keys. Any error is fine; a panic is a bug,
//! and so is a note or checkpoint that does not write back as it was read,
//! or a well-signed checkpoint that does not open.
#![no_main]

use liaison_fuzz::{COSIGN_TIME, LOG_ORIGIN, log_signer, witness_signer};
use liaison_ledger::checkpoint::{self, Checkpoint};
use liaison_ledger::note::Note;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let log = log_signer().verifier();
    let witness = witness_signer().verifier();
    // As received.
    let _ = checkpoint::open(data, LOG_ORIGIN, &log, &[&witness]);
    let Ok(note) = Note::parse(data) else {
        return;
    };
    // Parsing is strict enough that writing back gives the same note.
    let encoded = note.encode();
    assert_eq!(Note::parse(encoded.as_bytes()).as_ref(), Ok(&note));
    let parsed = Checkpoint::parse_text(note.text());
    if let Ok(cp) = &parsed {
        assert_eq!(cp.text(), note.text());
    }
    // The log and the witness sign whatever the text is (replacing their
    // lines, if any): it opens if and only if it is a checkpoint of the log.
    let mut signed = note.clone();
    if signed.sign(log_signer()).is_err() {
        return;
    }
    let Ok(cosig) = witness_signer().cosign(signed.text(), COSIGN_TIME) else {
        return;
    };
    if signed.add_signature(cosig).is_err() {
        return;
    }
    let opened = checkpoint::open(signed.encode().as_bytes(), LOG_ORIGIN, &log, &[&witness]);
    match parsed {
        Ok(cp) if cp.origin == LOG_ORIGIN => {
            let opened = opened.expect("a checkpoint signed by the log opens");
            assert_eq!(opened.checkpoint, cp);
            assert!(opened.signed_by(&witness).is_some());
        }
        _ => assert!(opened.is_err()),
    }
});

//! `liaison_protocol::envelope::verify` on any bytes, against a directory
//! that knows one Ed25519 key; whatever verifies is opened with a fixed
//! X25519 key. Any error is fine; a panic is a bug.
#![no_main]

use coset::{CoseSign1, TaggedCborSerializable};
use ed25519_dalek::Signer;
use liaison_fuzz::{signing_key, verify_and_open};
use liaison_protocol::cbor;
use liaison_protocol::envelope::MAX_ENVELOPE;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // What a relay or receiver gets from the network.
    verify_and_open(data);

    // A node in the directory can sign anything, so the header checks and
    // `open` must also hold against a malformed envelope with a valid
    // signature. A mutated input almost never keeps one: whatever parses
    // as a COSE_Sign1 is signed again with the directory's key (its
    // protected header bytes as received) and verified and opened too.
    if let Ok(mut sign1) = cbor::parse_tagged::<CoseSign1>(data, MAX_ENVELOPE) {
        let tbs = sign1.tbs_data(b"");
        sign1.signature = signing_key().sign(&tbs).to_bytes().to_vec();
        if let Ok(bytes) = sign1.to_tagged_vec() {
            verify_and_open(&bytes);
        }
    }
});

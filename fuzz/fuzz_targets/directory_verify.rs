//! The member directory as a node receives it, from an operator or a peer:
//! first installation, verification against the trusted authority, and
//! update of the installed version. Any error is fine; a panic is a bug.
#![no_main]

use coset::{CoseSign1, TaggedCborSerializable};
use ed25519_dalek::Signer;
use liaison_fuzz::{authority_key, read_directory};
use liaison_protocol::cbor;
use liaison_protocol::directory::MAX_DIRECTORY;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    read_directory(data);
    // The authority signs whatever it signs: the payload checks must hold
    // for a well-signed malformed directory too (re-signed here, as
    // envelope_verify does).
    if let Ok(mut sign1) = cbor::parse_tagged::<CoseSign1>(data, MAX_DIRECTORY) {
        let tbs = sign1.tbs_data(b"");
        sign1.signature = authority_key().sign(&tbs).to_bytes().to_vec();
        if let Ok(bytes) = sign1.to_tagged_vec() {
            read_directory(&bytes);
        }
    }
});

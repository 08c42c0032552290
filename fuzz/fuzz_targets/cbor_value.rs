//! `liaison_protocol::cbor::parse_value`, the size-, depth- and
//! trailing-byte-checked CBOR reader every protocol parser goes through,
//! then the COSE structures built from its value. Any error is fine; a
//! panic is a bug.
#![no_main]

use coset::{AsCborValue, CoseEncrypt, CoseEncrypt0, CoseKey, CoseSign1};
use liaison_protocol::cbor;
use liaison_protocol::envelope::MAX_ENVELOPE;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = cbor::parse_value(data, MAX_ENVELOPE) else {
        return;
    };
    // `cbor::to_vec` is infallible and its output reads back. (Not always
    // to the same value: ciborium reads a tag-2/3 bignum that fits in an
    // integer as that integer. Liaison never re-encodes what it received:
    // signatures and AAD are checked over the bytes as received.)
    let encoded = cbor::to_vec(&value);
    cbor::parse_value(&encoded, usize::MAX).expect("re-encoded CBOR parses");
    // What the protocol makes of a parsed value (tagged structures without
    // their tag, as `parse_tagged` hands them over).
    let untagged = match &value {
        ciborium::Value::Tag(_, inner) => (**inner).clone(),
        v => v.clone(),
    };
    let _ = CoseKey::from_cbor_value(value.clone());
    let _ = CoseSign1::from_cbor_value(untagged.clone());
    let _ = CoseEncrypt::from_cbor_value(untagged.clone());
    let _ = CoseEncrypt0::from_cbor_value(untagged);
});

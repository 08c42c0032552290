//! File keys and chunks (`liaison_protocol::files`). The first byte picks:
//! bit 7 clear, the rest is a `COSE_Key` for `FileKey::from_cose_key`;
//! set, the rest is a chunk that `FileKey::open_chunk` opens with a fixed
//! key at the index and `last` flag the byte gives
//! (`liaison_fuzz::chunk_position`). Any error is fine; a panic is a bug.
#![no_main]

use liaison_fuzz::{FILE_ID, chunk_position, file_key};
use liaison_protocol::files::FileKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    if selector & 0x80 == 0 {
        // Whatever key is accepted must work: a chunk it seals, it opens.
        if let Ok(key) = FileKey::from_cose_key(rest, FILE_ID) {
            let chunk = key
                .seal_chunk(3, true, b"round trip")
                .expect("an accepted key seals");
            assert_eq!(
                key.open_chunk(3, true, &chunk).as_deref(),
                Ok(&b"round trip"[..])
            );
        }
    } else {
        let (index, last) = chunk_position(selector);
        let _ = file_key().open_chunk(index, last, rest);
    }
});

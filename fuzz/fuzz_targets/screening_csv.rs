//! `liaison screen --watchlist/--travellers`: a screening list as CSV
//! (`liaison_formats::screening::read`). Any error is fine; a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = liaison_formats::screening::read(data);
});

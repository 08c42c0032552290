//! `liaison screen --paxlst` and the passenger-list endpoints: a UN/EDIFACT
//! PAXLST message (`liaison_formats::paxlst::read`). Any error is fine; a
//! panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(rows) = liaison_formats::paxlst::read(&text, 2026) {
        // Every person read has a name and an id.
        assert!(rows.iter().all(|r| !r.id.is_empty()));
    }
});

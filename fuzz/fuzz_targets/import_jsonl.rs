//! `liaison import` of a JSON Lines file (`liaison_formats::import::read`,
//! which streams through `RowReader`). The first byte picks the record kind
//! and whether import defaults are given (`liaison_fuzz::import_selector`).
//! Any report of bad rows is fine; a panic is a bug.
#![no_main]

use liaison_formats::import::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Any report of bad rows is fine.
    let _ = liaison_fuzz::read_import(InputFormat::Jsonl, data);
});

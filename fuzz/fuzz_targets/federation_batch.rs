//! What else a node reads from a peer: batches of envelopes or receipts,
//! the answers to its own batches, and signed receipts. The first byte
//! chooses. Any error is fine; a panic is a bug.
#![no_main]

use liaison_fuzz::receipt_directory;
use liaison_protocol::{receipt, transfer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    match selector % 3 {
        0 => {
            if let Ok(items) = transfer::decode_items(rest) {
                // What the receiver does next with each item.
                for i in items.iter().take(8) {
                    let _ = receipt::verify(i, receipt_directory);
                }
                let _ = transfer::encode_items(&items);
            }
        }
        1 => {
            if let Ok(outcomes) = transfer::decode_outcomes(rest) {
                let again = transfer::encode_outcomes(&outcomes);
                assert!(transfer::decode_outcomes(&again).is_ok());
            }
        }
        _ => {
            let _ = receipt::verify(rest, receipt_directory);
        }
    }
});

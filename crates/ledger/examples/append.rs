//! Times appending a million leaves to an empty log in one batch, against
//! the bare SHA-256 work it needs (one leaf hash and about one node hash per
//! leaf), so the appender's own overhead shows.
//!
//!     cargo run --release -p liaison-ledger --example append

use liaison_ledger::{Frontier, leaf_hash, node_hash};
use std::time::Instant;

fn main() {
    const N: u64 = 1_000_000;
    let leaves: Vec<_> = (0..N).map(|i| leaf_hash(&i.to_be_bytes())).collect();

    let start = Instant::now();
    let mut rows = 0u64;
    let mut f = Frontier::new();
    let root = f
        .append_with(&leaves, |_, _| rows += 1)
        .expect("the log is not full");
    let append = start.elapsed();

    // The same number of node hashes, nothing else.
    let start = Instant::now();
    let mut h = leaves[0];
    for leaf in &leaves[1..] {
        h = node_hash(&h, leaf);
    }
    let bare = start.elapsed();

    println!(
        "{N} leaves: {rows} rows, root {:02x?}…, append {append:?}; \
         {} bare node hashes {bare:?}",
        &root[..4],
        N - 1
    );
    assert_ne!(h, root);
}

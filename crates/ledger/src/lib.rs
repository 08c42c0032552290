//! Liaison's tamper-evident, append-only log: the Merkle tree of RFC 6962 /
//! RFC 9162 (as used by Certificate Transparency and the Go checksum
//! database), its proofs, and the C2SP formats that carry its signed heads,
//! so that partners and witnesses can check the log with off-the-shelf tools.
//!
//! * [`hash`]: leaf and interior hashes, the empty tree's root;
//! * [`node`]: ids of perfect subtrees `(level, index)`, the rows a store keeps;
//! * [`compact`]: the tree's right border ([`compact::Frontier`]): appending
//!   leaves in batches yields the new node rows and the new root without
//!   reading the tree;
//! * [`proof`]: which node rows an inclusion or consistency proof needs, the
//!   proof assembled from them, and the RFC 9162 verification algorithms;
//! * [`note`]: C2SP signed notes with Ed25519 keys in the format of
//!   `golang.org/x/mod/sumdb/note`;
//! * [`checkpoint`]: C2SP tlog-checkpoint, the signed tree head;
//! * [`cosignature`]: C2SP tlog-cosignature v1 (Ed25519), a witness's
//!   timestamped statement that it saw the checkpoint consistent with
//!   everything before.
//!
//! No I/O and no clock: callers fetch node rows, pass times in, and store
//! what comes back. The parsers here read outside input and are fuzzed
//! (`fuzz/fuzz_targets/checkpoint_parse.rs`). See `docs/ledger.md`.
//!
//! ```
//! use liaison_ledger::{checkpoint, proof, Checkpoint, Ed25519Signer, Frontier, leaf_hash};
//! use std::collections::HashMap;
//!
//! // Append: the store writes every reported row, keeps nothing else.
//! let mut rows = HashMap::new();
//! let mut frontier = Frontier::new();
//! let leaves: Vec<_> = (0u8..7).map(|i| leaf_hash(&[i])).collect();
//! let root = frontier.append_with(&leaves, |id, h| { rows.insert(id, *h); }).unwrap();
//!
//! // Sign the head; a partner opens it with the log's public key.
//! let key = ed25519_dalek::SigningKey::from_bytes(&[1; 32]);
//! let log = Ed25519Signer::new("example.org/log", key).unwrap();
//! let note = Checkpoint::new("example.org/log", 7, root).sign(&log).unwrap().encode();
//! let head = checkpoint::open(note.as_bytes(), "example.org/log", &log.verifier(), &[]).unwrap();
//!
//! // Prove leaf 2: fetch the rows the plan names, assemble, verify.
//! let plan = proof::inclusion_plan(2, 7).unwrap();
//! let hashes: Vec<_> = plan.nodes().iter().map(|id| rows[id]).collect();
//! let p = plan.assemble(&hashes).unwrap();
//! let cp = &head.checkpoint;
//! proof::verify_inclusion(2, cp.size, &leaves[2], &p, &cp.root).unwrap();
//! ```
#![forbid(unsafe_code)]

pub mod checkpoint;
pub mod compact;
pub mod cosignature;
pub mod hash;
pub mod node;
pub mod note;
pub mod proof;

pub use checkpoint::{Checkpoint, CheckpointError, OpenedCheckpoint};
pub use compact::Frontier;
pub use hash::{Hash, empty_root, leaf_hash, node_hash};
pub use node::NodeId;
pub use note::{
    Ed25519Signer, Ed25519Verifier, Note, NoteError, NoteSignature, NoteSigner, NoteVerifier,
};
pub use proof::{ProofError, ProofPlan};

//! The federation wire format (ADR 0004): what one node sends another.
//!
//! * [`envelope`]: a message is a `COSE_Sign1` (Ed25519, the sender node's
//!   key) whose payload is a `COSE_Encrypt` (AES-256-GCM) with one
//!   ECDH-ES+A256KW recipient per recipient node (X25519), RFC 9052/9053.
//!   The routing header (message id, sender, recipients, thread, handling
//!   code, evaluation, times, protocol version) is the signed protected
//!   header, readable without a key; the ciphertext is bound to it.
//! * [`files`]: large files as a sequence of `COSE_Encrypt0` chunks under a
//!   per-file key carried inside the signed, encrypted message.
//! * [`directory`]: the network's signed, versioned member directory.
//! * [`receipt`]: signed delivered / read receipts.
//! * [`signed`]: the `COSE_Sign1` documents both use.
//! * [`transfer`]: batches of envelopes or receipts in one request.
//! * [`cbor`]: parsing untrusted CBOR with size and nesting limits.
//!
//! No I/O: bytes in, bytes out. Every parser here is fuzzed.
#![forbid(unsafe_code)]

pub mod cbor;
pub mod directory;
pub mod envelope;
pub mod files;
pub mod query;
pub mod receipt;
pub mod signed;
pub mod transfer;

pub use envelope::{EnvelopeError, EnvelopeHeader};

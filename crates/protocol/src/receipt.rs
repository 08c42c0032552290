//! Receipts: the receiving node's signed statement that it stored a message
//! (`delivered`) or that one of its users opened it (`read`). The sender
//! keeps them as proof of delivery.

use crate::envelope::KnownSender;
use crate::signed::{self, SignedError};
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const CONTENT_TYPE: &str = "application/vnd.liaison.receipt+cbor";
pub const MAX_RECEIPT: usize = 4096;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReceiptKind {
    Delivered,
    Read,
}

impl ReceiptKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReceiptKind::Delivered => "delivered",
            ReceiptKind::Read => "read",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    #[serde(with = "serde_bytes")]
    pub message_id: Vec<u8>,
    /// The receiving node.
    pub receiver: String,
    pub kind: ReceiptKind,
    /// Unix milliseconds.
    pub at_ms: i64,
    /// SHA-256 of the envelope as received: the receipt is for these bytes.
    #[serde(with = "serde_bytes")]
    pub envelope_sha256: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error(transparent)]
    Signed(#[from] SignedError),
    #[error("receipt signed by {signer}, not by the receiver it names ({receiver})")]
    SignerMismatch { signer: String, receiver: String },
    #[error("malformed receipt")]
    Malformed,
}

pub fn envelope_digest(envelope: &[u8]) -> Vec<u8> {
    Sha256::digest(envelope).to_vec()
}

impl Receipt {
    pub fn sign(&self, key: &SigningKey) -> Vec<u8> {
        signed::sign(key, CONTENT_TYPE, signed::encode(self))
    }
}

/// Checks a receipt's signature against the directory (`lookup` maps a
/// signing key id to its node) and that the signer is the receiver named.
pub fn verify(
    bytes: &[u8],
    lookup: impl Fn(&[u8]) -> Option<KnownSender>,
) -> Result<Receipt, ReceiptError> {
    let (signer, payload) = signed::verify(bytes, MAX_RECEIPT, CONTENT_TYPE, |kid| {
        lookup(kid).map(|k| (k.node, k.key))
    })?;
    let receipt: Receipt = signed::decode(&payload, MAX_RECEIPT)?;
    if receipt.message_id.len() != 16 || receipt.envelope_sha256.len() != 32 {
        return Err(ReceiptError::Malformed);
    }
    if receipt.receiver != signer {
        return Err(ReceiptError::SignerMismatch {
            signer,
            receiver: receipt.receiver,
        });
    }
    Ok(receipt)
}

/// Verifies many receipts at once (one batch signature check); each result
/// is what [`verify`] would say of that receipt.
pub fn verify_many(
    items: &[&[u8]],
    lookup: impl Fn(&[u8]) -> Option<KnownSender>,
) -> Vec<Result<Receipt, ReceiptError>> {
    let parsed: Vec<Result<signed::Unchecked<String>, SignedError>> = items
        .iter()
        .map(|b| {
            signed::parse(b, MAX_RECEIPT, CONTENT_TYPE, |kid| {
                lookup(kid).map(|k| (k.node, k.key))
            })
        })
        .collect();
    let mut ok_docs = vec![];
    let mut slots: Vec<Option<Result<Receipt, ReceiptError>>> = Vec::with_capacity(items.len());
    for p in parsed {
        match p {
            Ok(d) => {
                ok_docs.push(d);
                slots.push(None);
            }
            Err(e) => slots.push(Some(Err(e.into()))),
        }
    }
    let mut checked = signed::verify_all(ok_docs).into_iter();
    slots
        .into_iter()
        .map(|slot| match slot {
            Some(done) => done,
            None => match checked.next() {
                Some(Ok((signer, payload))) => receipt_of(signer, &payload),
                Some(Err(e)) => Err(e.into()),
                None => Err(ReceiptError::Malformed),
            },
        })
        .collect()
}

fn receipt_of(signer: String, payload: &[u8]) -> Result<Receipt, ReceiptError> {
    let receipt: Receipt = signed::decode(payload, MAX_RECEIPT)?;
    if receipt.message_id.len() != 16 || receipt.envelope_sha256.len() != 32 {
        return Err(ReceiptError::Malformed);
    }
    if receipt.receiver != signer {
        return Err(ReceiptError::SignerMismatch {
            signer,
            receiver: receipt.receiver,
        });
    }
    Ok(receipt)
}

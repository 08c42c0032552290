//! What travels in one federation request: a batch of envelopes (or of
//! receipts) as a CBOR array of byte strings, and the answer, one outcome
//! per item in the same order. Batching is what lets a node group-commit
//! thousands of messages a second.

use crate::cbor::{self, CborError};
use ciborium::Value;

pub const CONTENT_TYPE: &str = "application/cbor";
/// Most items in one batch.
pub const MAX_BATCH_ITEMS: usize = 1024;
/// Largest batch body.
pub const MAX_BATCH: usize = 64 << 20;

/// The receiver's answer to one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored (or already stored): the signed `delivered` receipt.
    Receipt(Vec<u8>),
    /// Accepted (used for receipts sent back, which need no receipt).
    Accepted,
    /// Refused, with a reason a person can read.
    Rejected(String),
}

pub fn encode_items<T: AsRef<[u8]>>(items: &[T]) -> Vec<u8> {
    cbor::to_vec(&Value::Array(
        items
            .iter()
            .map(|i| Value::Bytes(i.as_ref().to_vec()))
            .collect(),
    ))
}

pub fn decode_items(bytes: &[u8]) -> Result<Vec<Vec<u8>>, CborError> {
    match cbor::parse_value(bytes, MAX_BATCH)? {
        Value::Array(items) if items.len() <= MAX_BATCH_ITEMS => items
            .into_iter()
            .map(|v| match v {
                Value::Bytes(b) => Ok(b),
                _ => Err(CborError::Malformed),
            })
            .collect(),
        _ => Err(CborError::Malformed),
    }
}

pub fn encode_outcomes(outcomes: &[Outcome]) -> Vec<u8> {
    cbor::to_vec(&Value::Array(
        outcomes
            .iter()
            .map(|o| match o {
                Outcome::Receipt(r) => Value::Map(vec![(
                    Value::Text("receipt".into()),
                    Value::Bytes(r.clone()),
                )]),
                Outcome::Accepted => {
                    Value::Map(vec![(Value::Text("accepted".into()), Value::Bool(true))])
                }
                Outcome::Rejected(reason) => Value::Map(vec![(
                    Value::Text("rejected".into()),
                    Value::Text(reason.clone()),
                )]),
            })
            .collect(),
    ))
}

pub fn decode_outcomes(bytes: &[u8]) -> Result<Vec<Outcome>, CborError> {
    let Value::Array(items) = cbor::parse_value(bytes, MAX_BATCH)? else {
        return Err(CborError::Malformed);
    };
    items
        .into_iter()
        .map(|v| match v {
            Value::Map(mut m) if m.len() == 1 => match m.pop() {
                Some((Value::Text(k), Value::Bytes(r))) if k == "receipt" => {
                    Ok(Outcome::Receipt(r))
                }
                Some((Value::Text(k), Value::Bool(true))) if k == "accepted" => {
                    Ok(Outcome::Accepted)
                }
                Some((Value::Text(k), Value::Text(reason))) if k == "rejected" => {
                    Ok(Outcome::Rejected(reason.chars().take(500).collect()))
                }
                _ => Err(CborError::Malformed),
            },
            _ => Err(CborError::Malformed),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_and_outcomes_round_trip() {
        let items = vec![b"one".to_vec(), vec![], vec![0u8; 1000]];
        assert_eq!(decode_items(&encode_items(&items)).unwrap(), items);
        let outcomes = vec![
            Outcome::Receipt(vec![1, 2, 3]),
            Outcome::Accepted,
            Outcome::Rejected("expired".into()),
        ];
        assert_eq!(
            decode_outcomes(&encode_outcomes(&outcomes)).unwrap(),
            outcomes
        );
        assert!(decode_items(&[0x01]).is_err());
        assert!(decode_outcomes(&encode_items(&items)).is_err());
    }
}

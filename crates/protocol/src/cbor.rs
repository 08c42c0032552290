//! Untrusted CBOR in: a size cap, a tight nesting limit and no trailing
//! bytes, before `coset` sees it. ciborium's default nesting limit (256)
//! would let a hostile peer overflow the stack of an unoptimised build.

use ciborium::Value;

/// Liaison structures nest about six levels (Sign1 > Encrypt > recipients >
/// recipient > header > COSE_Key).
pub const MAX_DEPTH: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    #[error("larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("malformed or too deeply nested CBOR")]
    Malformed,
    #[error("trailing bytes after the CBOR item")]
    Trailing,
    #[error("expected CBOR tag {expected}")]
    WrongTag { expected: u64 },
    #[error("not a valid COSE structure: {0}")]
    Cose(String),
}

/// One CBOR item of at most `max` bytes.
pub fn parse_value(bytes: &[u8], max: usize) -> Result<Value, CborError> {
    if bytes.len() > max {
        return Err(CborError::TooLarge { max });
    }
    let mut rest = bytes;
    let v: Value = ciborium::de::from_reader_with_recursion_limit(&mut rest, MAX_DEPTH)
        .map_err(|_| CborError::Malformed)?;
    if !rest.is_empty() {
        return Err(CborError::Trailing);
    }
    Ok(v)
}

/// A tagged COSE structure (`COSE_Sign1_Tagged`, `COSE_Encrypt_Tagged`…).
pub fn parse_tagged<T: coset::TaggedCborSerializable>(
    bytes: &[u8],
    max: usize,
) -> Result<T, CborError> {
    match parse_value(bytes, max)? {
        Value::Tag(t, inner) if t == T::TAG => {
            T::from_cbor_value(*inner).map_err(|e| CborError::Cose(e.to_string()))
        }
        _ => Err(CborError::WrongTag { expected: T::TAG }),
    }
}

/// Encodes a CBOR value (infallible for values built in memory).
pub fn to_vec(v: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    // Writing to a Vec cannot fail, and a Value always serialises.
    let _ = ciborium::ser::into_writer(v, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let mut bytes = vec![0x81u8; 100_000]; // 100,000 nested one-element arrays
        bytes.push(0x00);
        assert_eq!(parse_value(&bytes, 1 << 20), Err(CborError::Malformed));
    }

    #[test]
    fn trailing_bytes_and_size_are_checked() {
        assert_eq!(parse_value(&[0x00, 0x00], 10), Err(CborError::Trailing));
        assert_eq!(
            parse_value(&[0x00; 11], 10),
            Err(CborError::TooLarge { max: 10 })
        );
        assert_eq!(parse_value(&[0x00], 10), Ok(Value::Integer(0.into())));
    }
}

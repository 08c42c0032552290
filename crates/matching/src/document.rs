//! Document numbers as read by machines and typed by people: characters
//! that OCR and MRZ readers confuse are folded into one, so that a misread
//! number still meets the real one.

/// Upper case, letters and digits only, with 0/O/Q/D, 1/I/L, 5/S, 8/B,
/// 2/Z and 6/G each folded to one character.
pub fn fold(number: &str) -> String {
    number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' | 'Q' | 'D' => '0',
            'I' | 'L' => '1',
            'S' => '5',
            'B' => '8',
            'Z' => '2',
            'G' => '6',
            c => c,
        })
        .collect()
}

/// How two document numbers relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentAgreement {
    /// The same characters.
    Exact,
    /// The same once OCR confusions are folded.
    Confusable,
    /// One character more, less or different.
    OneEdit,
    Different,
}

/// Compares two numbers already in upper-case alphanumeric form, with
/// their folded forms.
pub fn agreement(a: &str, a_folded: &str, b: &str, b_folded: &str) -> DocumentAgreement {
    if a == b {
        DocumentAgreement::Exact
    } else if a_folded == b_folded {
        DocumentAgreement::Confusable
    } else if a_folded.len() >= 6 && one_edit_apart(a_folded.as_bytes(), b_folded.as_bytes()) {
        DocumentAgreement::OneEdit
    } else {
        DocumentAgreement::Different
    }
}

/// Whether one substitution, insertion or deletion turns `a` into `b`
/// (without allocating: this runs for every candidate pair).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        prefix < short.len() && short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Upper-case letters and digits of a number as written.
pub fn clean(number: &str) -> String {
    number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_confusions_fold_together() {
        assert_eq!(fold("C01X5B8I2"), fold("CO1X5B8I2"));
        assert_eq!(fold("AB-123 456"), fold("A8123456"));
        let (a, b) = ("P1234567", "P1234568");
        assert_eq!(
            agreement(a, &fold(a), b, &fold(b)),
            DocumentAgreement::OneEdit
        );
        let (a, b) = ("P1234567", "X9876543");
        assert_eq!(
            agreement(a, &fold(a), b, &fold(b)),
            DocumentAgreement::Different
        );
        let (a, b) = ("P1234567", "P123457");
        assert_eq!(
            agreement(a, &fold(a), b, &fold(b)),
            DocumentAgreement::OneEdit
        );
        assert!(
            !one_edit_apart(b"P1234567", b"P1243567"),
            "a transposition is two edits"
        );
        let (a, b) = ("C0I5", "COI5");
        assert_eq!(
            agreement(a, &fold(a), b, &fold(b)),
            DocumentAgreement::Confusable
        );
    }
}

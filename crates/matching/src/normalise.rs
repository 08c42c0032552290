//! Names as Latin tokens, whatever their marks, case and punctuation.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Titles and forms of address that are not part of anyone's name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "mme", "mlle",
    "m", "sr", "sra", "srta", "don", "dona", "sig", "sigra",
];

/// Letters that decomposition does not reduce to a base letter and a mark.
fn spell_out(c: char, out: &mut String) -> bool {
    let s = match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        'ŀ' => "l",
        'ŋ' => "ng",
        'ĸ' => "k",
        'ſ' => "s",
        _ => return false,
    };
    out.push_str(s);
    true
}

/// Lower-case Latin text: compatibility forms folded (NFKC/NFKD), marks
/// dropped, special letters spelled out; letters of other scripts
/// transliterated character by character (`any_ascii`), so that a Latin
/// field that holds a native spelling still yields something comparable.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !decomposes(c) {
            // Scripts whose vowels are combining signs (Devanagari, Thai…):
            // the signs are letters, not accents to drop.
            if c.is_alphabetic() || is_combining_mark(c) {
                out.push_str(&any_ascii::any_ascii_char(c).to_ascii_lowercase());
            } else {
                out.push(' ');
            }
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Characters whose combining marks are accents: Latin, Greek, Cyrillic
/// (and compatibility forms, punctuation, symbols).
fn decomposes(c: char) -> bool {
    matches!(c as u32, 0..=0x58F | 0x1D00..=0x1FFF | 0x2000..=0x2BFF | 0xFB00..=0xFB06 | 0xFF00..=0xFFEF)
}

fn fold_char(c: char, out: &mut String) {
    for c in std::iter::once(c).nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_ascii() {
                out.push(l);
            } else if !spell_out(l, out) {
                if l.is_alphabetic() {
                    out.push_str(&any_ascii::any_ascii_char(l).to_ascii_lowercase());
                } else {
                    out.push(' ');
                }
            }
        }
    }
}

/// Greek in lower case without its accents and diaeresis (Γεώργιος →
/// γεωργιος), final sigma as σ; other letters left as they are.
pub fn fold_greek(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ς' { 'σ' } else { c })
        .collect()
}

/// The tokens of a name: folded, split at anything but letters and digits,
/// apostrophes joined (O'Brien → obrien), honorifics left out.
pub fn latin_tokens(s: &str) -> Vec<String> {
    let folded = fold(s);
    let joined: String = folded
        .chars()
        .filter(|c| !matches!(c, '\'' | '`' | '\u{2019}'))
        .collect();
    joined
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty() && !HONORIFICS.contains(t))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_to_latin_tokens() {
        assert_eq!(
            latin_tokens("Müller-Lüdenscheidt"),
            ["muller", "ludenscheidt"]
        );
        assert_eq!(latin_tokens("Dr. Seán O'Brien"), ["sean", "obrien"]);
        assert_eq!(latin_tokens("Łukasz Straße"), ["lukasz", "strasse"]);
        assert_eq!(latin_tokens("ŞAHİN Çağlar"), ["sahin", "caglar"]);
        assert_eq!(latin_tokens("Ｊｏｈｎ"), ["john"], "full-width forms");
        assert_eq!(latin_tokens("Nguyễn Văn"), ["nguyen", "van"]);
        assert!(latin_tokens(" ,. ").is_empty());
        assert_eq!(
            latin_tokens("नेहा"),
            ["neha"],
            "vowel signs of Indic scripts are letters, not accents"
        );
    }
}

//! Latin letters with diacritics, as a system without them writes them.
//!
//! Two conventions: ICAO Doc 9303 Part 3 section 6.A (machine-readable
//! zones: `Ä` is `AE`, `Å` is `AA`, `Ø` is `OE`, `ß` is `SS`), and plain
//! stripping, what a keyboard without the letter or a careless system does
//! (`Müller` to `Muller`, `Łukasz` to `Lukasz`, `Şahin` to `Sahin`).

use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    Icao,
    Strip,
}

/// Letters that do not decompose into a base letter and a mark.
fn special(c: char, fold: Fold) -> Option<&'static str> {
    Some(match (c, fold) {
        ('ä', Fold::Icao) => "ae",
        ('ö', Fold::Icao) => "oe",
        ('ü', Fold::Icao) => "ue",
        ('å', Fold::Icao) => "aa",
        ('ø', Fold::Icao) => "oe",
        ('ø', Fold::Strip) => "o",
        ('æ', _) => "ae",
        ('œ', _) => "oe",
        ('ß', _) => "ss",
        ('þ', _) => "th",
        ('ð' | 'đ', _) => "d",
        ('ł', _) => "l",
        ('ı', _) => "i",
        ('ħ', _) => "h",
        _ => return None,
    })
}

/// `s` with every letter in ASCII, keeping each letter's case.
pub(crate) fn fold(s: &str, fold: Fold) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let upper = c.is_uppercase();
        let lower = c.to_lowercase().next().unwrap_or(c);
        let folded: String = match special(lower, fold) {
            Some(x) => x.to_owned(),
            None => lower.to_string().nfd().filter(|m| m.is_ascii()).collect(),
        };
        if upper {
            let mut cs = folded.chars();
            if let Some(f) = cs.next() {
                out.push(f.to_ascii_uppercase());
                out.extend(cs);
            }
        } else {
            out.push_str(&folded);
        }
    }
    out
}

/// Whether ICAO and stripping would write `s` differently (`ü`, `å`, `ø`…).
pub(crate) fn has_icao_expansion(s: &str) -> bool {
    s.chars()
        .flat_map(char::to_lowercase)
        .any(|c| matches!(c, 'ä' | 'ö' | 'ü' | 'å' | 'ø'))
}

/// A key for comparing names: lower case, ASCII, letters only.
pub(crate) fn key(s: &str) -> String {
    fold(s, Fold::Strip)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        assert_eq!(fold("Müller", Fold::Icao), "Mueller");
        assert_eq!(fold("Müller", Fold::Strip), "Muller");
        assert_eq!(fold("Øster Ålund", Fold::Icao), "Oester Aalund");
        assert_eq!(fold("Łukasz Wiśniewski", Fold::Strip), "Lukasz Wisniewski");
        assert_eq!(fold("Şahin Yılmaz", Fold::Strip), "Sahin Yilmaz");
        assert_eq!(fold("Nguyễn Đức", Fold::Strip), "Nguyen Duc");
        assert_eq!(fold("Groß", Fold::Strip), "Gross");
        assert_eq!(fold("İbrahim", Fold::Strip), "Ibrahim");
        assert_eq!(key("van 't Hof"), "vanthof");
    }
}

//! Normalisation and checks of identifiers. Each `normalise_*` returns the
//! canonical form stored and searched, or the reason the value is invalid.
//! Real libraries where they exist: IBAN (`iban_validate`, ISO 13616),
//! phone numbers (`phonenumber`, Google's libphonenumber metadata), e-mail
//! (`email_address`, RFC 5322); our own code where none does: ICAO 9303 MRZ
//! check digits, ISO 3779 VIN, ISO 9362 BIC.

use unicode_normalization::UnicodeNormalization;

/// Names and free text: Unicode NFC, trimmed, inner whitespace collapsed.
pub fn normalise_text(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Search tokens of a name: decomposed, accents removed, lower case, split
/// at anything that is not a letter or digit. `Müller-Lüdenscheidt` gives
/// `muller`, `ludenscheidt`. Other scripts keep their letters (transliteration
/// belongs to the matching engine).
pub fn name_tokens(name: &str) -> Vec<String> {
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let mut tokens: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Document numbers: upper case, without spaces, dashes or MRZ fillers.
pub fn normalise_document_number(s: &str) -> Result<String, &'static str> {
    let n: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '<' | '.' | '/'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if n.is_empty() {
        return Err("document number is empty");
    }
    if n.len() > 30 || !n.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("document numbers have up to 30 Latin letters and digits");
    }
    Ok(n)
}

/// ICAO 9303 check digit: weights 7, 3, 1 over digits, letters A=10…Z=35, `<`=0.
pub fn mrz_check_digit(field: &str) -> Option<u8> {
    let mut sum = 0u32;
    for (i, c) in field.chars().enumerate() {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            '<' => 0,
            _ => return None,
        };
        sum += v * [7, 3, 1][i % 3];
    }
    Some((sum % 10) as u8)
}

/// What an MRZ says, once its check digits hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MrzData {
    pub format: &'static str,
    pub document_code: String,
    pub issuing_state: String,
    pub document_number: String,
    /// YYMMDD, as printed.
    pub birth_date: String,
    pub expiry_date: String,
}

fn digit_ok(field: &str, check: char) -> bool {
    match (mrz_check_digit(field), check.to_digit(10)) {
        (Some(d), Some(c)) => u32::from(d) == c,
        // An unavailable date may be filled with `<`, and then so is its check digit.
        (Some(_), None) => check == '<' && field.chars().all(|c| c == '<'),
        _ => false,
    }
}

/// Checks a machine-readable zone (TD1 3×30, TD2 2×36, TD3 2×44; lines
/// separated by newlines or given concatenated) and returns its data.
pub fn check_mrz(mrz: &str) -> Result<MrzData, String> {
    let text: String = mrz
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if !text
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '<')
    {
        return Err("an MRZ has only A–Z, 0–9 and `<`".into());
    }
    let c: Vec<char> = text.chars().collect();
    let s = |a: usize, b: usize| c[a..b].iter().collect::<String>();
    let (
        format,
        number,
        number_check,
        birth,
        birth_check,
        expiry,
        expiry_check,
        composite,
        composite_check,
    ) = match c.len() {
        90 => {
            // TD1: composite over line 1 [5..30] and line 2 [0..7], [8..15],
            // [18..29]; its digit ends line 2 (line 3 is the name).
            let composite = format!("{}{}{}{}", s(5, 30), s(30, 37), s(38, 45), s(48, 59));
            (
                "TD1",
                s(5, 14),
                c[14],
                s(30, 36),
                c[36],
                s(38, 44),
                c[44],
                composite,
                c[59],
            )
        }
        72 => {
            let composite = format!("{}{}{}", s(36, 46), s(49, 56), s(57, 71));
            (
                "TD2",
                s(36, 45),
                c[45],
                s(49, 55),
                c[55],
                s(57, 63),
                c[63],
                composite,
                c[71],
            )
        }
        88 => {
            let composite = format!("{}{}{}", s(44, 54), s(57, 64), s(65, 87));
            (
                "TD3",
                s(44, 53),
                c[53],
                s(57, 63),
                c[63],
                s(65, 71),
                c[71],
                composite,
                c[87],
            )
        }
        n => {
            return Err(format!(
                "an MRZ has 90 (TD1), 72 (TD2) or 88 (TD3) characters, not {n}"
            ));
        }
    };
    if !digit_ok(&number, number_check) {
        return Err("document number check digit is wrong".into());
    }
    if !digit_ok(&birth, birth_check) {
        return Err("date of birth check digit is wrong".into());
    }
    if !digit_ok(&expiry, expiry_check) {
        return Err("expiry date check digit is wrong".into());
    }
    if !digit_ok(&composite, composite_check) {
        return Err("composite check digit is wrong".into());
    }
    Ok(MrzData {
        format,
        document_code: s(0, 2).trim_end_matches('<').to_owned(),
        issuing_state: s(2, 5).trim_end_matches('<').to_owned(),
        document_number: number.trim_end_matches('<').to_owned(),
        birth_date: birth,
        expiry_date: expiry,
    })
}

/// VINs (ISO 3779): 17 characters, no I, O or Q. The check digit (position 9)
/// is mandatory only in North America (first character 1–5); European VINs
/// often do not have one, so it is checked only there.
pub fn normalise_vin(s: &str) -> Result<String, &'static str> {
    let v: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if v.len() != 17 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("a VIN has exactly 17 letters and digits");
    }
    if v.contains(['I', 'O', 'Q']) {
        return Err("a VIN never contains I, O or Q (often a misread 1 or 0)");
    }
    if v.starts_with(['1', '2', '3', '4', '5']) && vin_check_digit(&v) != v.chars().nth(8) {
        return Err("VIN check digit (9th character) is wrong");
    }
    Ok(v)
}

fn vin_check_digit(vin: &str) -> Option<char> {
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let mut sum = 0;
    for (c, w) in vin.chars().zip(WEIGHTS) {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A' | 'J' => 1,
            'B' | 'K' | 'S' => 2,
            'C' | 'L' | 'T' => 3,
            'D' | 'M' | 'U' => 4,
            'E' | 'N' | 'V' => 5,
            'F' | 'W' => 6,
            'G' | 'P' | 'X' => 7,
            'H' | 'Y' => 8,
            'R' | 'Z' => 9,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match sum % 11 {
        10 => 'X',
        d => char::from_digit(d, 10)?,
    })
}

/// Number plates: upper case, spaces and dashes removed for searching.
pub fn normalise_plate(s: &str) -> Result<String, &'static str> {
    let p: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    if p.is_empty() || p.chars().count() > 15 {
        return Err("a number plate has 1 to 15 letters and digits");
    }
    Ok(p)
}

/// IBAN in its electronic form (no spaces, upper case), with country format
/// and ISO 7064 mod-97 checksum verified.
pub fn normalise_iban(s: &str) -> Result<String, String> {
    let compact: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    use iban::{IbanLike, ParseBaseIbanError, ParseIbanError};
    match compact.parse::<iban::Iban>() {
        Ok(iban) => Ok(iban.electronic_str().to_owned()),
        Err(e) => Err(match e {
            ParseIbanError::InvalidBaseIban {
                source: ParseBaseIbanError::InvalidChecksum,
            } => "IBAN checksum is wrong (a digit is mistyped)".to_owned(),
            ParseIbanError::InvalidBban(_) => {
                "IBAN does not match its country's account format".to_owned()
            }
            ParseIbanError::UnknownCountry(_) => {
                "IBAN country code is not an IBAN country".to_owned()
            }
            _ => "not an IBAN".to_owned(),
        }),
    }
}

/// BIC (ISO 9362): 4 letters bank, 2 letters country, 2 location, optional 3 branch.
pub fn normalise_bic(s: &str) -> Result<String, &'static str> {
    let b: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let ok = b.is_ascii()
        && (b.len() == 8 || b.len() == 11)
        && b[..6].chars().all(|c| c.is_ascii_uppercase())
        && b[6..].chars().all(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(b)
    } else {
        Err(
            "a BIC has 8 or 11 characters: bank (4 letters), country (2), location (2), branch (3, optional)",
        )
    }
}

/// Phone numbers in E.164 (`+4930123456`), checked against the numbering
/// plan of their country. A number must be given in international form.
pub fn normalise_phone(s: &str) -> Result<String, &'static str> {
    let t = s.trim();
    let t = t
        .strip_prefix("00")
        .map(|r| format!("+{r}"))
        .unwrap_or_else(|| t.to_owned());
    if !t.starts_with('+') {
        return Err(
            "give phone numbers in international form, starting with + and the country code",
        );
    }
    let n = phonenumber::parse(None, &t).map_err(|_| "not a phone number")?;
    if !phonenumber::is_valid(&n) {
        return Err("not a valid number in its country's numbering plan");
    }
    Ok(n.format().mode(phonenumber::Mode::E164).to_string())
}

/// E-mail addresses (RFC 5322 syntax), with the domain in lower case.
pub fn normalise_email(s: &str) -> Result<String, &'static str> {
    let t = s.trim();
    let addr: email_address::EmailAddress = t.parse().map_err(|_| "not an e-mail address")?;
    Ok(format!(
        "{}@{}",
        addr.local_part(),
        addr.domain().to_ascii_lowercase()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// ICAO Doc 9303 Part 4, Appendix A: the specimen passport of Utopia.
    const TD3_SPECIMEN: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /// ICAO Doc 9303 Part 5, Appendix A: the TD1 specimen.
    const TD1_SPECIMEN: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    #[test]
    fn icao_specimens_pass() {
        let td3 = check_mrz(TD3_SPECIMEN).unwrap();
        assert_eq!(
            (
                td3.format,
                td3.document_number.as_str(),
                td3.issuing_state.as_str()
            ),
            ("TD3", "L898902C3", "UTO")
        );
        assert_eq!(td3.birth_date, "740812");
        let td1 = check_mrz(TD1_SPECIMEN).unwrap();
        assert_eq!(
            (td1.format, td1.document_number.as_str()),
            ("TD1", "D23145890")
        );
    }

    #[test]
    fn a_changed_character_breaks_the_mrz() {
        let tampered = TD3_SPECIMEN.replace("L898902C3", "L898902C4");
        assert!(
            check_mrz(&tampered)
                .unwrap_err()
                .contains("document number")
        );
        let tampered = TD3_SPECIMEN.replace("7408122", "7408132");
        assert!(check_mrz(&tampered).unwrap_err().contains("birth"));
        assert!(check_mrz("P<UTO").unwrap_err().contains("characters"));
        assert!(check_mrz(&TD3_SPECIMEN.replace('<', "*")).is_err());
    }

    #[test]
    fn check_digit_examples_from_doc_9303() {
        assert_eq!(mrz_check_digit("520727"), Some(3));
        assert_eq!(mrz_check_digit("AB2134<<<"), Some(5));
    }

    #[test]
    fn vins() {
        // North American VIN with a valid check digit.
        assert_eq!(
            normalise_vin("1m8gdm9a_kp042788".replace('_', "X").as_str()),
            Ok("1M8GDM9AXKP042788".into())
        );
        assert!(
            normalise_vin("1M8GDM9A1KP042788")
                .unwrap_err()
                .contains("check digit")
        );
        // A European VIN without a check digit is accepted.
        assert!(normalise_vin("WVWZZZ1JZXW000001").is_ok());
        assert!(
            normalise_vin("WVWZZZ1JZXW00000I")
                .unwrap_err()
                .contains("I, O or Q")
        );
        assert!(normalise_vin("WVWZZZ1JZ").is_err());
    }

    #[test]
    fn ibans_bics_phones_emails() {
        assert_eq!(
            normalise_iban("de89 3704 0044 0532 0130 00"),
            Ok("DE89370400440532013000".into())
        );
        assert!(
            normalise_iban("DE89370400440532013001")
                .unwrap_err()
                .contains("checksum")
        );
        assert!(normalise_iban("XX89370400440532013000").is_err());
        assert_eq!(normalise_bic("deut de ff"), Ok("DEUTDEFF".into()));
        assert!(normalise_bic("DEUT").is_err());
        assert_eq!(
            normalise_phone("+33 1 42 75 80 00"),
            Ok("+33142758000".into())
        );
        assert_eq!(
            normalise_phone("0049 30 18 681 0"),
            Ok("+4930186810".into())
        );
        assert!(normalise_phone("030 1234567").is_err());
        assert!(normalise_phone("+49 1").is_err());
        assert_eq!(
            normalise_email(" Anna.Berg@BKA.Bund.DE "),
            Ok("Anna.Berg@bka.bund.de".into())
        );
        assert!(normalise_email("anna@").is_err());
    }

    #[test]
    fn name_tokens_fold_accents_and_case() {
        assert_eq!(
            name_tokens("Müller-Lüdenscheidt, José"),
            vec!["jose", "ludenscheidt", "muller"]
        );
        assert_eq!(name_tokens("Иванов Иван"), vec!["иван", "иванов"]);
        assert!(name_tokens(" - ").is_empty());
    }

    #[test]
    fn text_is_nfc_and_collapsed() {
        // "é" as e + combining acute becomes one code point.
        assert_eq!(
            normalise_text("  Jose\u{301}   Garci\u{301}a "),
            "José García"
        );
        assert_eq!(
            normalise_document_number("l898 902-c3"),
            Ok("L898902C3".into())
        );
        assert_eq!(normalise_plate("B-MW 1234"), Ok("BMW1234".into()));
    }

    proptest! {
        #[test]
        fn identifier_checks_never_panic(s in "\\PC{0,100}") {
            let _ = check_mrz(&s);
            let _ = normalise_vin(&s);
            let _ = normalise_iban(&s);
            let _ = normalise_bic(&s);
            let _ = normalise_phone(&s);
            let _ = normalise_email(&s);
            let _ = normalise_document_number(&s);
            let _ = normalise_plate(&s);
        }

        /// Changing one digit of the document number always breaks the MRZ:
        /// the weights 7, 3, 1 are coprime to 10. (A letter can collide:
        /// `0` → `K` adds 20, invisible modulo 10; that is ICAO's scheme.)
        #[test]
        fn single_digit_substitutions_in_the_number_are_caught(pos in 44usize..53, c in "[0-9]") {
            let flat: String = TD3_SPECIMEN.chars().filter(|c| *c != '\n').collect();
            let mut chars: Vec<char> = flat.chars().collect();
            let new = c.chars().next().unwrap();
            prop_assume!(chars[pos] != new && chars[pos].is_ascii_digit());
            chars[pos] = new;
            let changed: String = chars.into_iter().collect();
            prop_assert!(check_mrz(&changed).is_err());
        }
    }
}

//! Names in other scripts to the Latin forms documents use. Where one
//! romanisation is what documents show, `any_ascii` does the job (Greek,
//! Thai, Devanagari, kana, and the syllables of Chinese and Korean). Where
//! documents use several, our own tables give each: Russian and Ukrainian
//! Cyrillic in ICAO 9303 (passports), BGN/PCGN, French and German
//! transcription; Arabic and Hebrew given names, whose vowels the script
//! does not write, from a table of the Latin spellings in use (other words
//! fall back to `any_ascii`'s consonants, which [`crate::phonetic`] compares).

use crate::normalise;

/// Scripts told apart because they romanise differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Hangul,
    Kana,
    Other,
}

fn script_of(c: char) -> Option<Script> {
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F => Script::Cyrillic,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x590..=0x5FF => Script::Hebrew,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF => Script::Han,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0x3040..=0x30FF => Script::Kana,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// The script most letters of `s` are written in.
pub fn detect(s: &str) -> Script {
    let mut counts = [0usize; 9];
    for sc in s.chars().filter_map(script_of) {
        counts[sc as usize] += 1;
    }
    let all = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Arabic,
        Script::Hebrew,
        Script::Han,
        Script::Hangul,
        Script::Kana,
        Script::Other,
    ];
    all.into_iter()
        .max_by_key(|s| counts[*s as usize])
        .filter(|s| counts[*s as usize] > 0)
        .unwrap_or(Script::Latin)
}

/// The romanisations of a name written in its own script, each as Latin
/// tokens, the most common first; for Chinese and Korean names the surname
/// (the first syllable) comes first.
pub fn romanisations(native: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = match detect(native) {
        Script::Latin => vec![normalise::latin_tokens(native)],
        Script::Cyrillic => CYRILLIC
            .iter()
            .map(|system| words(native).map(|w| cyrillic(w, system)).collect())
            .collect(),
        Script::Arabic => vec![words(native).flat_map(arabic_word).collect()],
        Script::Hebrew => vec![words(native).map(hebrew_word).collect()],
        Script::Han | Script::Hangul => vec![syllabic(native)],
        Script::Greek | Script::Kana | Script::Other => vec![normalise::latin_tokens(native)],
    };
    for tokens in &mut out {
        tokens.retain(|t| !t.is_empty());
    }
    out.retain(|t| !t.is_empty());
    out.dedup();
    out
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '·' | '・' | '.' | ','))
        .filter(|w| !w.is_empty())
}

/// One Cyrillic transcription system: a letter's Latin form.
type System = fn(char) -> &'static str;

const CYRILLIC: [System; 5] = [icao, bgn, french, german, ukrainian];

/// ICAO Doc 9303 Part 3 (machine-readable passports since 2013).
fn icao(c: char) -> &'static str {
    match c {
        'й' => "i",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ю' => "iu",
        'я' => "ia",
        'ж' => "zh",
        _ => common_cyrillic(c),
    }
}

/// BGN/PCGN 1947 (gazetteers, English-language press).
fn bgn(c: char) -> &'static str {
    match c {
        'й' => "y",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ю' => "yu",
        'я' => "ya",
        'ё' => "yo",
        'ж' => "zh",
        'є' => "ye",
        'ї' => "yi",
        _ => common_cyrillic(c),
    }
}

/// French transcription (older French, Belgian and Swiss documents).
fn french(c: char) -> &'static str {
    match c {
        'й' => "i",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "tch",
        'ш' => "ch",
        'щ' => "chtch",
        'ъ' => "",
        'у' => "ou",
        'ю' => "iou",
        'я' => "ia",
        'ж' => "j",
        _ => common_cyrillic(c),
    }
}

/// German transcription (Duden).
fn german(c: char) -> &'static str {
    match c {
        'й' => "j",
        'х' => "ch",
        'ц' => "z",
        'ч' => "tsch",
        'ш' => "sch",
        'щ' => "schtsch",
        'ъ' => "",
        'ю' => "ju",
        'я' => "ja",
        'ж' => "sch",
        'в' => "w",
        'з' => "s",
        _ => common_cyrillic(c),
    }
}

/// Ukrainian national system (KMU 2010, Ukrainian passports): г is h, и is
/// y (Богдан Шевченко → Bohdan Shevchenko, Сергій → Serhii).
fn ukrainian(c: char) -> &'static str {
    match c {
        'г' => "h",
        'и' => "y",
        'й' => "i",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "iu",
        'я' => "ia",
        'є' => "ie",
        'ї' => "i",
        'ж' => "zh",
        _ => common_cyrillic(c),
    }
}

/// The letters all the systems write alike.
fn common_cyrillic(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'ы' => "y",
        'ь' => "",
        'ґ' => "g",
        'ў' => "u",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'ђ' => "dj",
        'џ' => "dz",
        _ => "",
    }
}

fn cyrillic(word: &str, system: &System) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            let s = system(c);
            if s.is_empty() && c.is_ascii_alphabetic() {
                // A Latin letter inside a Cyrillic word stays itself.
                return c.to_string();
            }
            s.to_owned()
        })
        .collect()
}

/// Arabic and Persian names and name parts with the spelling documents use
/// most; the phonetic key meets the other spellings.
const ARABIC: &[(&str, &str)] = &[
    ("محمد", "mohammed"),
    ("أحمد", "ahmed"),
    ("احمد", "ahmed"),
    ("محمود", "mahmoud"),
    ("مصطفى", "mustafa"),
    ("علي", "ali"),
    ("عمر", "omar"),
    ("عثمان", "othman"),
    ("حسن", "hassan"),
    ("حسين", "hussein"),
    ("خالد", "khaled"),
    ("يوسف", "youssef"),
    ("إبراهيم", "ibrahim"),
    ("ابراهيم", "ibrahim"),
    ("إسماعيل", "ismail"),
    ("اسماعيل", "ismail"),
    ("عبد", "abd"),
    ("عبدالله", "abdullah"),
    ("الله", "allah"),
    ("رحمن", "rahman"),
    ("رحيم", "rahim"),
    ("عزيز", "aziz"),
    ("فاطمة", "fatima"),
    ("عائشة", "aisha"),
    ("مريم", "maryam"),
    ("زينب", "zainab"),
    ("خديجة", "khadija"),
    ("سعيد", "said"),
    ("سعد", "saad"),
    ("صالح", "saleh"),
    ("طارق", "tarek"),
    ("وليد", "walid"),
    ("ياسر", "yasser"),
    ("أسامة", "osama"),
    ("اسامة", "osama"),
    ("كريم", "karim"),
    ("جمال", "jamal"),
    ("ناصر", "nasser"),
    ("سليمان", "suleiman"),
    ("منصور", "mansour"),
    ("رشيد", "rashid"),
    ("حمزة", "hamza"),
    ("بن", "bin"),
    ("ابن", "ibn"),
    ("أبو", "abu"),
    ("ابو", "abu"),
    ("نور", "nour"),
    ("ليلى", "layla"),
    ("سارة", "sara"),
    ("أمين", "amin"),
    ("امين", "amin"),
    ("جعفر", "jafar"),
    ("قاسم", "qasim"),
    ("عباس", "abbas"),
    ("رضا", "reza"),
    ("مهدي", "mahdi"),
    ("زكريا", "zakaria"),
    ("هشام", "hisham"),
    ("عادل", "adel"),
    ("فيصل", "faisal"),
    ("بشير", "bashir"),
];

/// An Arabic word as tokens: the article (ال) on its own (al-Rahman), the
/// word from the table, or `any_ascii`'s consonants.
fn arabic_word(word: &str) -> Vec<String> {
    if let Some((_, latin)) = ARABIC.iter().find(|(a, _)| *a == word) {
        return vec![(*latin).to_owned()];
    }
    if let Some(rest) = word.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
        let mut out = vec!["al".to_owned()];
        out.extend(arabic_word(rest));
        return out;
    }
    if let Some(rest) = word.strip_prefix("عبد").filter(|r| r.chars().count() >= 2) {
        let mut out = vec!["abd".to_owned()];
        out.extend(arabic_word(rest));
        return out;
    }
    normalise::latin_tokens(&any_ascii::any_ascii(word))
}

/// Hebrew names with the spelling documents use most.
const HEBREW: &[(&str, &str)] = &[
    ("דוד", "david"),
    ("משה", "moshe"),
    ("יוסף", "yosef"),
    ("אברהם", "avraham"),
    ("יצחק", "yitzhak"),
    ("יעקב", "yaakov"),
    ("שרה", "sarah"),
    ("רחל", "rachel"),
    ("לאה", "leah"),
    ("רבקה", "rivka"),
    ("לוי", "levi"),
    ("כהן", "cohen"),
    ("מזרחי", "mizrahi"),
    ("פרץ", "peretz"),
    ("ביטון", "biton"),
    ("דהן", "dahan"),
    ("אברמוב", "abramov"),
    ("פרידמן", "friedman"),
    ("שמעון", "shimon"),
    ("אליהו", "eliyahu"),
    ("מיכאל", "michael"),
    ("דניאל", "daniel"),
    ("נועה", "noa"),
    ("תמר", "tamar"),
    ("אורי", "ori"),
    ("חיים", "haim"),
];

fn hebrew_word(word: &str) -> String {
    HEBREW
        .iter()
        .find(|(h, _)| *h == word)
        .map(|(_, l)| (*l).to_owned())
        .unwrap_or_else(|| normalise::fold(&any_ascii::any_ascii(word)))
}

/// Chinese surnames of two characters.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
];

/// Chinese and Korean names: the surname (first syllable, or a known
/// two-character surname), then the given name's syllables as one token,
/// as passports write them (Zhang Xiaoming, Kim Minjun). Names written with
/// spaces keep their own division.
fn syllabic(native: &str) -> Vec<String> {
    let parts: Vec<&str> = words(native).collect();
    if parts.len() > 1 {
        return parts.iter().map(|p| syllables(p)).collect();
    }
    let chars: Vec<char> = native.chars().filter(|c| script_of(*c).is_some()).collect();
    if chars.is_empty() {
        return vec![];
    }
    let two: String = chars.iter().take(2).collect();
    let split = if chars.len() > 2 && COMPOUND_SURNAMES.contains(&two.as_str()) {
        2
    } else {
        1
    };
    let surname: String = chars[..split].iter().collect();
    let given: String = chars[split..].iter().collect();
    vec![syllables(&surname), syllables(&given)]
}

fn syllables(s: &str) -> String {
    s.chars()
        .map(|c| any_ascii::any_ascii_char(c).to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_recognised() {
        assert_eq!(detect("Юрий"), Script::Cyrillic);
        assert_eq!(detect("محمد علي"), Script::Arabic);
        assert_eq!(detect("张伟"), Script::Han);
        assert_eq!(detect("김민준"), Script::Hangul);
        assert_eq!(detect("Γιώργος"), Script::Greek);
        assert_eq!(detect("Müller"), Script::Latin);
    }

    #[test]
    fn cyrillic_names_have_the_romanisations_documents_use() {
        let r = romanisations("Юрий Чайковский");
        assert_eq!(r[0], ["iurii", "chaikovskii"], "ICAO 9303");
        assert!(
            r.contains(&vec!["yuriy".into(), "chaykovskiy".into()]),
            "BGN: {r:?}"
        );
        assert!(
            r.contains(&vec!["iourii".into(), "tchaikovskii".into()]),
            "French: {r:?}"
        );
        assert!(
            r.contains(&vec!["jurij".into(), "tschajkowskij".into()]),
            "German: {r:?}"
        );
    }

    #[test]
    fn arabic_hebrew_chinese_and_korean_names() {
        assert_eq!(romanisations("محمد علي"), [["mohammed", "ali"]]);
        assert_eq!(
            romanisations("عبد الرحمن"),
            [["abd", "al", "rahman"]],
            "the article on its own"
        );
        assert_eq!(romanisations("דוד כהן"), [["david", "cohen"]]);
        assert_eq!(romanisations("张小明"), [["zhang", "xiaoming"]]);
        assert_eq!(romanisations("欧阳修"), [["ouyang", "xiu"]]);
        assert_eq!(romanisations("김민준"), [["gim", "minjun"]]);
    }
}

//! Names in other scripts to the Latin forms documents use. Where one
//! romanisation is what documents show and `any_ascii` gets it right, it
//! does the job (kana, the syllables of Chinese); Korean (Revised
//! Romanization), Greek (ELOT 743 and BGN/PCGN), Hindi (Hunterian) and Thai
//! (RTGS) have our own converters, as `any_ascii` drops their vowel signs
//! or spells them other than documents do. Where
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
    Devanagari,
    Thai,
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
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// The script most letters of `s` are written in.
pub fn detect(s: &str) -> Script {
    let mut counts = [0usize; 11];
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
        Script::Devanagari,
        Script::Thai,
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
        Script::Greek => vec![
            words(native).map(|w| greek(w, false)).collect(),
            words(native).map(|w| greek(w, true)).collect(),
        ],
        Script::Devanagari => vec![words(native).map(devanagari).collect()],
        Script::Thai => vec![words(native).map(thai).collect()],
        Script::Kana | Script::Other => vec![normalise::latin_tokens(native)],
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
    vec![arabic_letters(word)]
}

/// An Arabic word letter by letter, as UNGEGN / ALA-LC romanise the
/// consonants (without their diacritics: ṣ → s, ḥ → h, ʿ and ʾ left out).
/// The short vowels are not written; the letters that also write long
/// vowels are vowels between consonants and consonants elsewhere: و is u
/// in بوزيد (Bouzid) and w in وليد (Walid), ي is i in سعيد (Said) and y in
/// ياسين (Yasin).
fn arabic_letters(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let is_vowel_letter = |c: char| matches!(c, 'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'و' | 'ي');
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let semivowel = |consonant: &'static str, vowel: &'static str| {
            // At the start, after a vowel letter or before one: a consonant.
            if before.is_none_or(is_vowel_letter) || after.is_some_and(is_vowel_letter) {
                consonant
            } else {
                vowel
            }
        };
        out.push_str(match c {
            'ا' | 'أ' | 'آ' | 'ى' => "a",
            'إ' => "i",
            'ب' => "b",
            'ت' | 'ط' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' | 'ض' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' | 'ظ' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' | 'ک' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ة' => "a",
            'پ' => "p",
            'چ' => "ch",
            'ژ' => "zh",
            'گ' => "g",
            'ی' | 'ي' => semivowel("y", "i"),
            'و' => semivowel("w", "u"),
            _ => "",
        });
    }
    out
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
        .unwrap_or_else(|| hebrew_letters(word))
}

/// A Hebrew word letter by letter, as Israeli documents spell names
/// (the Academy of the Hebrew Language's 2006 simple rules): בּ כּ פּ at
/// the start of a word are b k p, elsewhere v kh f; ו and י between
/// letters are the vowels o and i, at the start and doubled the consonants
/// v and y; א and ע are not written; צ is tz.
fn hebrew_letters(word: &str) -> String {
    let chars: Vec<char> = word
        .chars()
        .filter(|c| !('\u{591}'..='\u{5C7}').contains(c))
        .collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let first = i == 0;
        let doubled = chars.get(i + 1) == Some(&c);
        out.push_str(match c {
            'ו' if doubled => {
                i += 1;
                "v"
            }
            'ו' if first => "v",
            'ו' => "o",
            'י' if doubled => {
                i += 1;
                "y"
            }
            'י' if first => "y",
            'י' => "i",
            'ב' if first => "b",
            'ב' => "v",
            'כ' if first => "k",
            'כ' | 'ך' => "kh",
            'פ' if first => "p",
            'פ' | 'ף' => "f",
            'א' | 'ע' => "",
            'ג' => "g",
            'ד' => "d",
            'ה' => "h",
            'ז' => "z",
            'ח' => "ch",
            'ט' | 'ת' => "t",
            'ל' => "l",
            'מ' | 'ם' => "m",
            'נ' | 'ן' => "n",
            'ס' => "s",
            'צ' | 'ץ' => "tz",
            'ק' => "k",
            'ר' => "r",
            'ש' => "sh",
            _ => "",
        });
        i += 1;
    }
    if out.is_empty() {
        normalise::fold(&any_ascii::any_ascii(word))
    } else {
        out
    }
}

/// A Greek word in ELOT 743 (ISO 843 type 2; Greek passports), or with
/// `bgn` in BGN/PCGN 1962 as older documents and the English-language
/// press spell names: γ before e and i sounds is y (Γεώργιος → Georgios /
/// Yeoryios, Γιάννης → Giannis / Yiannis), δ dh, χ kh, υ i.
fn greek(word: &str, bgn: bool) -> String {
    let lower: Vec<char> = normalise::fold_greek(word).chars().collect();
    let front = |i: usize| -> bool {
        // The vowel after position i sounds e or i.
        matches!(
            (lower.get(i), lower.get(i + 1)),
            (Some('α' | 'ο'), Some('ι')) | (Some('ε' | 'η' | 'ι' | 'υ'), _)
        )
    };
    let vowel = |c: Option<&char>| matches!(c, Some('α' | 'ε' | 'η' | 'ι' | 'ο' | 'υ' | 'ω'));
    let voiceless = |c: Option<&char>| {
        matches!(
            c,
            None | Some('θ' | 'κ' | 'ξ' | 'π' | 'σ' | 'ς' | 'τ' | 'φ' | 'χ' | 'ψ')
        )
    };
    let mut out = String::new();
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        let next = lower.get(i + 1);
        let (text, used): (&str, usize) = match (c, next) {
            ('ο', Some('υ')) => ("ou", 2),
            ('α' | 'ε' | 'η', Some('υ')) => {
                let after = lower.get(i + 2);
                let v = if vowel(after) || !voiceless(after) {
                    "v"
                } else {
                    "f"
                };
                out.push_str(match c {
                    'α' => "a",
                    'ε' => "e",
                    _ => "i",
                });
                out.push_str(v);
                i += 2;
                continue;
            }
            ('α', Some('ι')) if bgn => ("e", 2),
            ('ε' | 'ο', Some('ι')) if bgn => ("i", 2),
            ('μ', Some('π')) if i == 0 => ("b", 2),
            ('μ', Some('π')) => ("mb", 2),
            ('ν', Some('τ')) if i == 0 => ("d", 2),
            ('ν', Some('τ')) => ("nd", 2),
            ('γ', Some('κ')) if i == 0 => ("g", 2),
            ('γ', Some('γ' | 'κ' | 'ξ' | 'χ')) => ("n", 1),
            ('γ', _) if bgn && front(i + 1) => ("y", 1),
            ('δ', _) if bgn => ("dh", 1),
            ('χ', _) if bgn => ("kh", 1),
            ('υ', _) if bgn => ("i", 1),
            _ => (
                match c {
                    'α' => "a",
                    'β' => "v",
                    'γ' => "g",
                    'δ' => "d",
                    'ε' => "e",
                    'ζ' => "z",
                    'η' | 'ι' => "i",
                    'θ' => "th",
                    'κ' => "k",
                    'λ' => "l",
                    'μ' => "m",
                    'ν' => "n",
                    'ξ' => "x",
                    'ο' | 'ω' => "o",
                    'π' => "p",
                    'ρ' => "r",
                    'σ' | 'ς' => "s",
                    'τ' => "t",
                    'υ' => "y",
                    'φ' => "f",
                    'χ' => "ch",
                    'ψ' => "ps",
                    c if c.is_ascii_alphanumeric() => {
                        out.push(c);
                        ""
                    }
                    _ => "",
                },
                1,
            ),
        };
        out.push_str(text);
        i += used;
    }
    out
}

fn thai_consonant(c: char) -> bool {
    ('\u{E01}'..='\u{E2E}').contains(&c)
}

/// Vowel signs written after (above, below) the consonant.
fn thai_vowel_sign(c: char) -> bool {
    matches!(c as u32, 0xE30..=0xE39 | 0xE47)
}

fn thai_initial(c: char) -> &'static str {
    match c {
        'ก' => "k",
        'ข' | 'ฃ' | 'ค' | 'ฅ' | 'ฆ' => "kh",
        'ง' => "ng",
        'จ' | 'ฉ' | 'ช' | 'ฌ' => "ch",
        'ซ' | 'ศ' | 'ษ' | 'ส' => "s",
        'ญ' | 'ย' => "y",
        'ฎ' | 'ด' => "d",
        'ฏ' | 'ต' => "t",
        'ฐ' | 'ฑ' | 'ฒ' | 'ถ' | 'ท' | 'ธ' => "th",
        'ณ' | 'น' => "n",
        'บ' => "b",
        'ป' => "p",
        'ผ' | 'พ' | 'ภ' => "ph",
        'ฝ' | 'ฟ' => "f",
        'ม' => "m",
        'ร' => "r",
        'ล' | 'ฬ' => "l",
        'ว' => "w",
        'ห' | 'ฮ' => "h",
        _ => "",
    }
}

fn thai_final(c: char) -> &'static str {
    match c {
        'ก' | 'ข' | 'ฃ' | 'ค' | 'ฅ' | 'ฆ' => "k",
        'ง' => "ng",
        'ญ' | 'ณ' | 'น' | 'ร' | 'ล' | 'ฬ' => "n",
        'บ' | 'ป' | 'พ' | 'ฟ' | 'ภ' | 'ผ' | 'ฝ' => "p",
        'ม' => "m",
        'ย' => "i",
        'ว' => "o",
        'อ' | 'ห' | 'ฮ' => "",
        _ => "t",
    }
}

/// A Thai word in the Royal Thai General System of Transcription (RTGS,
/// Thai passports and road signs), syllable by syllable: vowels written
/// before the consonant (เ แ โ ใ ไ) read after it, a consonant without a
/// written vowel carries o before a final consonant and a otherwise,
/// final consonants as they sound (ญ ร ล → n, ด ศ ส → t, พ → p), letters
/// under the silencer (์) and the leading ห of a sonorant not written,
/// tone marks left out (สมชาย → somchai, วงศ์สวัสดิ์ → wongsawat).
fn thai(word: &str) -> String {
    let c: Vec<char> = word
        .chars()
        .filter(|c| !matches!(*c as u32, 0xE48..=0xE4B))
        .collect();
    let silenced = |i: usize| {
        c.get(i + 1) == Some(&'\u{E4C}')
            || (c.get(i + 1).is_some_and(|v| thai_vowel_sign(*v))
                && c.get(i + 2) == Some(&'\u{E4C}'))
    };
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        let lead = matches!(c[i] as u32, 0xE40..=0xE44).then(|| c[i]);
        if lead.is_some() {
            i += 1;
        }
        let Some(&first) = c.get(i).filter(|x| thai_consonant(**x)) else {
            if lead.is_none() {
                i += 1;
            }
            continue;
        };
        if silenced(i) {
            i += if c.get(i + 1) == Some(&'\u{E4C}') {
                2
            } else {
                3
            };
            continue;
        }
        let mut initial = thai_initial(first).to_owned();
        i += 1;
        // ห before a sonorant only marks the tone (หญิง → ying).
        if first == 'ห' && c.get(i).is_some_and(|x| "งญนมยรลว".contains(*x)) {
            initial = thai_initial(c[i]).to_owned();
            i += 1;
        }
        // A cluster (ปร, กล, คว, ศร…) before a written vowel.
        if "กขคตปพผศส".contains(first)
            && c.get(i).is_some_and(|x| "รลว".contains(*x))
            && (first != 'ต' || c[i] == 'ร')
            && (!"ศส".contains(first) || c[i] == 'ร')
            && c.get(i + 1).is_some_and(|x| thai_vowel_sign(*x))
        {
            initial.push_str(thai_initial(c[i]));
            i += 1;
        }
        let mut vowel = String::new();
        while let Some(&v) = c.get(i).filter(|x| thai_vowel_sign(**x)) {
            vowel.push_str(match v {
                'ะ' | 'ั' | 'า' => "a",
                'ำ' => "am",
                'ิ' | 'ี' => "i",
                'ึ' | 'ื' => "ue",
                'ุ' | 'ู' => "u",
                _ => "",
            });
            i += 1;
        }
        let next_is_final = |i: usize| {
            c.get(i).is_some_and(|x| thai_consonant(*x))
                && !c.get(i + 1).is_some_and(|x| thai_vowel_sign(*x))
        };
        // อ and ว after a consonant without a vowel: the vowels o and ua.
        if vowel.is_empty()
            && lead.is_none()
            && c.get(i) == Some(&'อ')
            && (i + 1 >= c.len()
                || next_is_final(i + 1)
                || c.get(i + 1).is_some_and(|x| thai_consonant(*x)))
        {
            vowel.push('o');
            i += 1;
        } else if vowel.is_empty()
            && lead.is_none()
            && c.get(i) == Some(&'ว')
            && next_is_final(i + 1)
        {
            vowel.push_str("ua");
            i += 1;
        }
        let vowel = match (lead, vowel.as_str()) {
            (Some('เ'), "a") => "ao".to_owned(),
            (Some('เ'), "i") if c.get(i) == Some(&'ย') => {
                i += 1;
                "ia".to_owned()
            }
            (Some('เ'), "ue") if c.get(i) == Some(&'อ') => {
                i += 1;
                "uea".to_owned()
            }
            (Some('เ'), "") if c.get(i) == Some(&'อ') => {
                i += 1;
                "oe".to_owned()
            }
            (Some('เ'), "i") => "oe".to_owned(),
            (Some('เ'), v) => format!("e{v}"),
            (Some('แ'), _) => "ae".to_owned(),
            (Some('โ'), _) => "o".to_owned(),
            (Some(_), _) => "ai".to_owned(),
            (None, v) => v.to_owned(),
        };
        let has_final = next_is_final(i) && !silenced(i);
        let mut syllable = initial;
        if vowel.is_empty() {
            syllable.push(if has_final { 'o' } else { 'a' });
        } else {
            syllable.push_str(&vowel);
        }
        if has_final {
            let f = c[i];
            syllable.push_str(match f {
                'ว' if syllable.ends_with('i') => "u",
                'ย' if syllable.ends_with('i') => "",
                _ => thai_final(f),
            });
            i += 1;
        }
        out.push_str(&syllable);
    }
    out
}

/// A Hindi (Devanagari) word as Indian passports spell names (Hunterian
/// transliteration without its marks): each consonant carries an a unless
/// a vowel sign or a virama follows, the a at the end of a word is not
/// spoken and not written (विजय → vijay, सुनील → sunil), the anusvara is n
/// (ng before h: सिंह → singh, m before p b m).
fn devanagari(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    let mut pending_a = false;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let consonant = match c {
            'क' => Some("k"),
            'ख' => Some("kh"),
            'ग' => Some("g"),
            'घ' => Some("gh"),
            'ङ' | 'ञ' | 'ण' | 'न' => Some("n"),
            'च' => Some("ch"),
            'छ' => Some("chh"),
            'ज' => Some("j"),
            'झ' => Some("jh"),
            'ट' | 'त' => Some("t"),
            'ठ' | 'थ' => Some("th"),
            'ड' | 'द' => Some("d"),
            'ढ' | 'ध' => Some("dh"),
            'प' => Some("p"),
            'फ' => Some("ph"),
            'ब' => Some("b"),
            'भ' => Some("bh"),
            'म' => Some("m"),
            'य' => Some("y"),
            'र' | '\u{95C}' => Some("r"),
            'ल' => Some("l"),
            'व' => Some("v"),
            'श' | 'ष' => Some("sh"),
            'स' => Some("s"),
            'ह' => Some("h"),
            '\u{958}' => Some("q"),
            '\u{959}' => Some("kh"),
            '\u{95A}' => Some("gh"),
            '\u{95B}' => Some("z"),
            '\u{95E}' => Some("f"),
            _ => None,
        };
        if let Some(text) = consonant {
            if pending_a {
                out.push('a');
            }
            out.push_str(text);
            pending_a = true;
            continue;
        }
        let vowel_sign = match c {
            'ा' => Some("a"),
            'ि' | 'ी' => Some("i"),
            'ु' | 'ू' => Some("u"),
            'ृ' => Some("ri"),
            'े' | 'ॅ' => Some("e"),
            'ै' => Some("ai"),
            'ो' | 'ॉ' => Some("o"),
            'ौ' => Some("au"),
            _ => None,
        };
        if let Some(text) = vowel_sign {
            out.push_str(text);
            pending_a = false;
            continue;
        }
        match c {
            '्' => pending_a = false,
            '़' => {}
            'ं' | 'ँ' => {
                if pending_a {
                    out.push('a');
                    pending_a = false;
                }
                out.push_str(match next {
                    Some('ह') => "ng",
                    Some('प' | 'फ' | 'ब' | 'भ' | 'म') => "m",
                    _ => "n",
                });
            }
            'ः' => {
                if pending_a {
                    out.push('a');
                    pending_a = false;
                }
                out.push('h');
            }
            _ => {
                if pending_a {
                    out.push('a');
                    pending_a = false;
                }
                out.push_str(match c {
                    'अ' | 'आ' => "a",
                    'इ' | 'ई' => "i",
                    'उ' | 'ऊ' => "u",
                    'ऋ' => "ri",
                    'ए' | 'ऍ' => "e",
                    'ऐ' => "ai",
                    'ओ' | 'ऑ' => "o",
                    'औ' => "au",
                    _ => "",
                });
            }
        }
    }
    // The inherent a at the end of a word of more than one syllable is
    // silent in Hindi; a one-consonant word keeps it.
    if pending_a && out.len() <= 2 {
        out.push('a');
    }
    out
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
        .map(|c| match hangul(c) {
            Some(latin) => latin,
            None => any_ascii::any_ascii_char(c).to_ascii_lowercase(),
        })
        .collect()
}

/// A Hangul syllable in the Revised Romanization of Korean (2000, South
/// Korean passports), syllable by syllable as names are written: the
/// final consonant as it sounds at the end (박 → bak, 숙 → suk, 길 → gil).
fn hangul(c: char) -> Option<String> {
    const INITIAL: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const MEDIAL: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    const FINAL: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let index = (c as u32).checked_sub(0xAC00).filter(|i| *i < 11172)? as usize;
    let (initial, medial, fin) = (index / (21 * 28), index / 28 % 21, index % 28);
    Some(format!(
        "{}{}{}",
        INITIAL[initial], MEDIAL[medial], FINAL[fin]
    ))
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

    #[test]
    fn arabic_and_hebrew_letters_that_write_vowels() {
        assert_eq!(
            romanisations("بوزيد"),
            [["buzid"]],
            "و and ي between consonants"
        );
        assert_eq!(romanisations("ياسين"), [["yasin"]], "ي at the start");
        assert_eq!(romanisations("نادية"), [["nadia"]]);
        assert_eq!(romanisations("כץ"), [["ktz"]], "כ at the start is k");
        assert_eq!(romanisations("עומר"), [["omr"]], "ע silent, ו a vowel");
    }

    #[test]
    fn greek_in_elot_743_and_bgn_pcgn() {
        let r = romanisations("Γεώργιος Παπαδόπουλος");
        assert_eq!(r[0], ["georgios", "papadopoulos"], "ELOT 743: ου is ou");
        assert_eq!(r[1], ["yeoryios", "papadhopoulos"], "BGN/PCGN 1962");
        assert_eq!(
            romanisations("Ευάγγελος Μπακογιάννης")[0],
            ["evangelos", "bakogiannis"]
        );
    }

    #[test]
    fn hindi_vowel_signs_and_the_silent_final_a() {
        assert_eq!(romanisations("नेहा सिंह"), [["neha", "singh"]]);
        assert_eq!(romanisations("विजय अग्रवाल"), [["vijay", "agraval"]]);
        assert_eq!(romanisations("सुनील"), [["sunil"]]);
    }

    #[test]
    fn thai_in_rtgs() {
        assert_eq!(romanisations("สมชาย ปัญญาดี"), [["somchai", "panyadi"]]);
        assert_eq!(
            romanisations("วันเพ็ญ แสงทอง"),
            [["wanphen", "saengthong"]],
            "leading vowels read after the consonant"
        );
        assert_eq!(
            romanisations("สมศักดิ์ วงศ์สวัสดิ์"),
            [["somsak", "wongsawat"]],
            "silenced letters"
        );
        assert_eq!(romanisations("สมหญิง"), [["somying"]], "leading ห");
    }

    #[test]
    fn korean_final_consonants_in_revised_romanization() {
        assert_eq!(romanisations("박지훈"), [["bak", "jihun"]]);
        assert_eq!(romanisations("강정숙"), [["gang", "jeongsuk"]]);
    }
}

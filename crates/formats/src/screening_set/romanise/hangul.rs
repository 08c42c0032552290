//! Korean names, from the jamo of each Hangul syllable.
//!
//! Sources: the Revised Romanization of Korean (Ministry of Culture and
//! Tourism notice 2000-8), names romanised syllable by syllable as its
//! rules for personal names allow; McCune-Reischauer (1939) with breves and
//! aspiration apostrophes dropped, as on pre-2000 passports, initials voiced
//! inside a given name; and the spelling most Koreans choose for their
//! passports, with the traditional surnames (`Lee`, `Park`, `Choi`) and the
//! usual syllables (`Hyun`, `Hoon`, `Soo`), given names hyphenated.

use super::{Role, System};

const RR_INITIAL: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const MR_INITIAL: [&str; 19] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t",
    "p", "h",
];
/// MR voiced forms of ㄱ ㄷ ㅂ ㅈ between voiced sounds.
fn mr_voiced(initial: usize) -> Option<&'static str> {
    match initial {
        0 => Some("g"),
        3 => Some("d"),
        7 => Some("b"),
        12 => Some("j"),
        _ => None,
    }
}
const RR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
const MR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i",
];
/// Final consonants as both systems write them at the end of a syllable.
const FINAL: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

struct Jamo {
    initial: usize,
    vowel: usize,
    last: usize,
}

fn decompose(c: char) -> Option<Jamo> {
    let s = (c as u32).checked_sub(0xAC00)?;
    if s >= 11172 {
        return None;
    }
    let s = s as usize;
    Some(Jamo {
        initial: s / 588,
        vowel: (s % 588) / 28,
        last: s % 28,
    })
}

/// The usual passport spelling of frequent surnames.
const COMMON_SURNAMES: &[(char, &str)] = &[
    ('김', "Kim"),
    ('이', "Lee"),
    ('박', "Park"),
    ('최', "Choi"),
    ('정', "Jung"),
    ('강', "Kang"),
    ('조', "Cho"),
    ('윤', "Yoon"),
    ('장', "Jang"),
    ('임', "Lim"),
    ('한', "Han"),
    ('오', "Oh"),
    ('서', "Seo"),
    ('신', "Shin"),
    ('권', "Kwon"),
    ('황', "Hwang"),
    ('안', "Ahn"),
    ('송', "Song"),
    ('류', "Ryu"),
    ('홍', "Hong"),
];

/// The usual passport spelling of frequent given-name syllables.
const COMMON_SYLLABLES: &[(char, &str)] = &[
    ('현', "hyun"),
    ('훈', "hoon"),
    ('수', "soo"),
    ('영', "young"),
    ('우', "woo"),
    ('성', "sung"),
    ('정', "jung"),
    ('철', "chul"),
    ('경', "kyung"),
    ('주', "joo"),
    ('숙', "sook"),
    ('희', "hee"),
    ('석', "suk"),
    ('윤', "yoon"),
    ('순', "soon"),
    ('유', "yoo"),
    ('광', "kwang"),
    ('근', "keun"),
];

pub(super) fn romanise(text: &str, role: Role, system: System) -> String {
    let chars: Vec<char> = text.chars().collect();
    if role == Role::Surname
        && let [c] = chars[..]
    {
        match (system, c) {
            // 이 is `I` by the letter of both systems; nobody writes that.
            (System::Revised | System::McCuneReischauer, '이' | '리') => {
                return "Yi".to_owned();
            }
            (System::Common, _) => {
                if let Some((_, s)) = COMMON_SURNAMES.iter().find(|(h, _)| *h == c) {
                    return (*s).to_owned();
                }
            }
            _ => {}
        }
    }
    let mut syllables = Vec::with_capacity(chars.len());
    let mut prev_final: Option<usize> = None;
    for &c in &chars {
        let Some(j) = decompose(c) else {
            syllables.push(c.to_string());
            prev_final = None;
            continue;
        };
        let s = match system {
            System::McCuneReischauer => {
                // Voiced after a vowel, ㄴ, ㄹ, ㅁ or ㅇ inside the name.
                let voiced = matches!(prev_final, Some(0 | 4 | 8 | 16 | 21));
                let initial = match mr_voiced(j.initial) {
                    Some(v) if voiced => v,
                    _ => MR_INITIAL[j.initial],
                };
                let initial = if j.initial == 9 && matches!(j.vowel, 16 | 20) {
                    "sh"
                } else {
                    initial
                };
                format!("{initial}{}{}", MR_VOWEL[j.vowel], FINAL[j.last])
            }
            System::Common => COMMON_SYLLABLES
                .iter()
                .find(|(h, _)| *h == c)
                .map(|(_, s)| (*s).to_owned())
                .unwrap_or_else(|| rr(&j)),
            _ => rr(&j),
        };
        prev_final = Some(j.last);
        syllables.push(s);
    }
    let joined = if system == System::Common && role == Role::Given {
        syllables.join("-")
    } else {
        syllables.concat()
    };
    let mut cs = joined.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => joined,
    }
}

fn rr(j: &Jamo) -> String {
    format!(
        "{}{}{}",
        RR_INITIAL[j.initial], RR_VOWEL[j.vowel], FINAL[j.last]
    )
}

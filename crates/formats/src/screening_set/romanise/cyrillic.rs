//! Cyrillic, letter by letter with the context each system looks at: the
//! start of a word, a preceding vowel or soft sign, the end of a word.
//!
//! Sources: ICAO Doc 9303 Part 3 (7th ed., 2015), section 6.4 (the table
//! Russian passports have followed since 2013); BGN/PCGN Romanization of
//! Russian (1947), Ukrainian (1965) and Bulgarian (1952); Ukrainian Cabinet
//! of Ministers resolution 55 of 27 January 2010; Bulgarian Transliteration
//! Act 2009 (the Streamlined System); the French transcription of the
//! Russian alphabet used by the French press and civil status (`Tchaikovski`,
//! `Iouri`); the German Duden transcription (`Tschaikowski`, `Juri`).

use super::{Lang, System, title_case};

const VOWELS: &[char] = &[
    'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є',
];

struct Ctx<'a> {
    s: &'a [char],
    i: usize,
}

impl Ctx<'_> {
    fn at(&self, k: isize) -> Option<char> {
        let j = self.i as isize + k;
        if j < 0 {
            None
        } else {
            self.s.get(j as usize).copied()
        }
    }
    fn is_letter(c: Option<char>) -> bool {
        c.is_some_and(char::is_alphabetic)
    }
    fn initial(&self) -> bool {
        !Self::is_letter(self.at(-1))
    }
    /// Whether the word ends right after the letter `k` places on.
    fn ends_after(&self, k: isize) -> bool {
        !Self::is_letter(self.at(k + 1))
    }
    fn prev_in(&self, set: &[char]) -> bool {
        self.at(-1).is_some_and(|c| set.contains(&c))
    }
    fn next_is(&self, c: char) -> bool {
        self.at(1) == Some(c)
    }
    fn after_vowel_or_sign(&self) -> bool {
        self.prev_in(VOWELS) || self.prev_in(&['ь', 'ъ', 'й'])
    }
    fn between_vowels(&self) -> bool {
        self.prev_in(VOWELS) && self.at(1).is_some_and(|c| VOWELS.contains(&c))
    }
    fn next_vowel(&self) -> bool {
        self.at(1).is_some_and(|c| VOWELS.contains(&c))
    }
}

pub(super) fn romanise(lang: Lang, text: &str, system: System) -> String {
    let s: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(s.len() * 2);
    let mut i = 0;
    while i < s.len() {
        let ctx = Ctx { s: &s, i };
        let used = match lang {
            Lang::Ukrainian => ukrainian(system, &ctx, &mut out),
            Lang::Bulgarian => bulgarian(system, &ctx, &mut out),
            _ => russian(system, &ctx, &mut out),
        };
        i += used.max(1);
    }
    title_case(&out)
}

/// The letters every system writes alike; others pass through.
fn common(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
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
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'э' => "e",
        'ь' | 'ъ' | '\'' | '’' => "",
        _ => return None,
    })
}

fn push_common(c: char, out: &mut String) -> usize {
    match common(c) {
        Some(s) => out.push_str(s),
        None => out.push(c),
    }
    1
}

fn russian(system: System, x: &Ctx, out: &mut String) -> usize {
    let Some(c) = x.at(0) else { return 1 };
    match system {
        System::BgnPcgn => {
            let s = match c {
                'е' | 'ё' if x.initial() || x.after_vowel_or_sign() => "ye",
                'ё' => "e",
                'й' => "y",
                'ю' => "yu",
                'я' => "ya",
                _ => return push_common(c, out),
            };
            out.push_str(s);
            1
        }
        System::French => {
            let (s, n) = match c {
                'и' if x.next_is('й') && x.ends_after(1) => ("i", 2),
                'ы' if x.next_is('й') && x.ends_after(1) => ("y", 2),
                'к' if x.next_is('с') => ("x", 2),
                'е' if !x.initial() && x.after_vowel_or_sign() => ("ie", 1),
                'ё' if x.prev_in(&['ж', 'ч', 'ш', 'щ']) => ("o", 1),
                'ё' => ("io", 1),
                'г' if x.at(1).is_some_and(|n| ['е', 'и', 'ы', 'э'].contains(&n)) => ("gu", 1),
                'с' if x.between_vowels() => ("ss", 1),
                'й' => ("i", 1),
                'у' => ("ou", 1),
                'я' if x.prev_in(&['и']) => ("a", 1),
                'ю' => ("iou", 1),
                'я' => ("ia", 1),
                'ж' => ("j", 1),
                'ч' => ("tch", 1),
                'ш' => ("ch", 1),
                'щ' => ("chtch", 1),
                _ => return push_common(c, out),
            };
            out.push_str(s);
            n
        }
        System::German => {
            let (s, n) = match c {
                'и' if x.next_is('й') && x.ends_after(1) => ("i", 2),
                'ы' if x.next_is('й') && x.ends_after(1) => ("y", 2),
                'к' if x.next_is('с') => ("x", 2),
                'е' if x.initial() || x.after_vowel_or_sign() => ("je", 1),
                'ё' if x.prev_in(&['ж', 'ч', 'ш', 'щ']) => ("o", 1),
                'ё' => ("jo", 1),
                'й' if x.next_vowel() => ("j", 1),
                'й' => ("i", 1),
                'с' if x.between_vowels() => ("ss", 1),
                'в' => ("w", 1),
                'ж' => ("sh", 1),
                'з' => ("s", 1),
                'х' => ("ch", 1),
                'ц' => ("z", 1),
                'ч' => ("tsch", 1),
                'ш' => ("sch", 1),
                'щ' => ("schtsch", 1),
                'ю' => ("ju", 1),
                'я' => ("ja", 1),
                _ => return push_common(c, out),
            };
            out.push_str(s);
            n
        }
        // ICAO 9303 is the default: it is what a Russian passport prints.
        _ => {
            let s = match c {
                'ё' => "e",
                'й' => "i",
                'ъ' => "ie",
                'ю' => "iu",
                'я' => "ia",
                _ => return push_common(c, out),
            };
            out.push_str(s);
            1
        }
    }
}

fn ukrainian(system: System, x: &Ctx, out: &mut String) -> usize {
    let Some(c) = x.at(0) else { return 1 };
    let (s, n) = match system {
        System::BgnPcgn => match c {
            'г' => ("h", 1),
            'ґ' => ("g", 1),
            'є' => ("ye", 1),
            'и' => ("y", 1),
            'і' => ("i", 1),
            'ї' => ("yi", 1),
            'й' => ("y", 1),
            'ю' => ("yu", 1),
            'я' => ("ya", 1),
            _ => return push_common(c, out),
        },
        System::German => match c {
            'в' => ("w", 1),
            'г' => ("h", 1),
            'ґ' => ("g", 1),
            'є' => ("je", 1),
            'ж' => ("sh", 1),
            'з' => ("s", 1),
            'и' => ("y", 1),
            'і' => ("i", 1),
            'ї' => ("ji", 1),
            'й' => ("j", 1),
            'с' if x.between_vowels() => ("ss", 1),
            'х' => ("ch", 1),
            'ц' => ("z", 1),
            'ч' => ("tsch", 1),
            'ш' => ("sch", 1),
            'щ' => ("schtsch", 1),
            'ю' => ("ju", 1),
            'я' => ("ja", 1),
            _ => return push_common(c, out),
        },
        // KMU 2010: the first letter of a word keeps its `y`.
        _ => match c {
            'з' if x.next_is('г') => ("zgh", 2),
            'г' => ("h", 1),
            'ґ' => ("g", 1),
            'и' => ("y", 1),
            'і' => ("i", 1),
            'є' if x.initial() => ("ye", 1),
            'є' => ("ie", 1),
            'ї' if x.initial() => ("yi", 1),
            'ї' => ("i", 1),
            'й' if x.initial() => ("y", 1),
            'й' => ("i", 1),
            'ю' if x.initial() => ("yu", 1),
            'ю' => ("iu", 1),
            'я' if x.initial() => ("ya", 1),
            'я' => ("ia", 1),
            _ => return push_common(c, out),
        },
    };
    out.push_str(s);
    n
}

fn bulgarian(system: System, x: &Ctx, out: &mut String) -> usize {
    let Some(c) = x.at(0) else { return 1 };
    let (s, n) = match system {
        System::BgnPcgn => match c {
            'й' => ("y", 1),
            'щ' => ("sht", 1),
            'ъ' => ("u", 1),
            'ю' => ("yu", 1),
            'я' => ("ya", 1),
            _ => return push_common(c, out),
        },
        System::German => match c {
            'в' => ("w", 1),
            'ж' => ("sh", 1),
            'з' => ("s", 1),
            'й' => ("j", 1),
            'с' if x.between_vowels() => ("ss", 1),
            'х' => ("ch", 1),
            'ц' => ("z", 1),
            'ч' => ("tsch", 1),
            'ш' => ("sch", 1),
            'щ' => ("scht", 1),
            'ъ' => ("a", 1),
            'ю' => ("ju", 1),
            'я' => ("ja", 1),
            _ => return push_common(c, out),
        },
        // The Streamlined System of the 2009 Transliteration Act.
        _ => match c {
            'и' if x.next_is('я') && x.ends_after(1) => ("ia", 2),
            'й' => ("y", 1),
            'х' => ("h", 1),
            'щ' => ("sht", 1),
            'ъ' => ("a", 1),
            'ь' => ("y", 1),
            'ю' => ("yu", 1),
            'я' => ("ya", 1),
            _ => return push_common(c, out),
        },
    };
    out.push_str(s);
    n
}

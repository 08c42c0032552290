//! Greek, with the digraphs each system reads as one sound.
//!
//! Sources: ELOT 743:2001 (the transcription of Greek passports, identical to
//! the UN-adopted 1987 system for names); ISO 843:1997 transliteration, with
//! macrons dropped; BGN/PCGN Romanization of Greek (1962), the phonetic
//! system of older maps and British and American lists (`Yeoryios`).

use super::{System, title_case};

/// Lower-case letters without their accent; `true` where a diaeresis says
/// the vowel does not form a digraph with the one before.
fn prepare(text: &str) -> Vec<(char, bool)> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ά' => ('α', false),
            'έ' => ('ε', false),
            'ή' => ('η', false),
            'ί' => ('ι', false),
            'ό' => ('ο', false),
            'ύ' => ('υ', false),
            'ώ' => ('ω', false),
            'ϊ' | 'ΐ' => ('ι', true),
            'ϋ' | 'ΰ' => ('υ', true),
            'ς' => ('σ', false),
            c => (c, false),
        })
        .collect()
}

const VOICELESS: &[char] = &['θ', 'κ', 'ξ', 'π', 'σ', 'τ', 'φ', 'χ', 'ψ'];

struct Ctx<'a> {
    s: &'a [(char, bool)],
    i: usize,
}

impl Ctx<'_> {
    fn at(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).map(|x| x.0)
    }
    /// The letter `k` on, when it has no diaeresis (so it can join a digraph).
    fn plain(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).filter(|x| !x.1).map(|x| x.0)
    }
    fn initial(&self) -> bool {
        self.i == 0 || !self.s[self.i - 1].0.is_alphabetic()
    }
    fn end_after(&self, k: usize) -> bool {
        !self.at(k + 1).is_some_and(char::is_alphabetic)
    }
    /// `υ` after α, ε, η is a consonant: `f` before a voiceless one or at the end.
    fn upsilon_consonant(&self) -> &'static str {
        if self.end_after(1) || self.at(2).is_some_and(|c| VOICELESS.contains(&c)) {
            "f"
        } else {
            "v"
        }
    }
}

fn single(c: char, system: System) -> Option<&'static str> {
    Some(match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' if system == System::BgnPcgn => "dh",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' => "s",
        'τ' => "t",
        'υ' if system == System::BgnPcgn => "i",
        'υ' => "y",
        'φ' => "f",
        'χ' if system == System::BgnPcgn => "kh",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => return None,
    })
}

pub(super) fn romanise(text: &str, system: System) -> String {
    let s = prepare(text);
    let mut out = String::with_capacity(s.len() * 2);
    let mut i = 0;
    while i < s.len() {
        let x = Ctx { s: &s, i };
        let c = s[i].0;
        let (piece, used): (String, usize) = match system {
            System::Iso843 => iso843(&x, c),
            System::BgnPcgn => bgn(&x, c),
            _ => elot743(&x, c),
        };
        out.push_str(&piece);
        i += used;
    }
    title_case(&out)
}

fn fallback(c: char, system: System) -> (String, usize) {
    match single(c, system) {
        Some(s) => (s.to_owned(), 1),
        None => (c.to_string(), 1),
    }
}

fn elot743(x: &Ctx, c: char) -> (String, usize) {
    let n = x.plain(1);
    let two = |s: &str| (s.to_owned(), 2);
    match (c, n) {
        ('α', Some('υ')) => (format!("a{}", x.upsilon_consonant()), 2),
        ('ε', Some('υ')) => (format!("e{}", x.upsilon_consonant()), 2),
        ('η', Some('υ')) => (format!("i{}", x.upsilon_consonant()), 2),
        ('ο', Some('υ')) => two("ou"),
        ('γ', Some('γ')) => two("ng"),
        ('γ', Some('κ')) => two("gk"),
        ('γ', Some('ξ')) => two("nx"),
        ('γ', Some('χ')) => two("nch"),
        ('μ', Some('π')) if x.initial() || x.end_after(1) => two("b"),
        _ => fallback(c, System::Elot743),
    }
}

fn iso843(x: &Ctx, c: char) -> (String, usize) {
    match (c, x.plain(1)) {
        ('α' | 'ε' | 'η' | 'ο' | 'ω', Some('υ')) => {
            let v = single(c, System::Iso843).unwrap_or("");
            (format!("{v}u"), 2)
        }
        ('γ', Some('γ' | 'κ' | 'ξ' | 'χ')) => ("n".to_owned(), 1),
        _ => fallback(c, System::Iso843),
    }
}

fn bgn(x: &Ctx, c: char) -> (String, usize) {
    let n = x.plain(1);
    let two = |s: &str| (s.to_owned(), 2);
    // γ is `y` before the front vowels, including the digraphs αι, ει, οι.
    let front = match x.at(1) {
        Some('ε' | 'ι' | 'η' | 'υ') => true,
        Some('α' | 'ο') => x.plain(2) == Some('ι'),
        _ => false,
    };
    match (c, n) {
        ('α', Some('ι')) => two("e"),
        ('ε' | 'ο' | 'υ', Some('ι')) => two("i"),
        ('ο', Some('υ')) => two("ou"),
        ('α', Some('υ')) => (format!("a{}", x.upsilon_consonant()), 2),
        ('ε', Some('υ')) => (format!("e{}", x.upsilon_consonant()), 2),
        ('η', Some('υ')) => (format!("i{}", x.upsilon_consonant()), 2),
        ('γ', Some('γ')) => two("ng"),
        ('γ', Some('κ')) if x.initial() => two("g"),
        ('γ', Some('κ')) => two("ng"),
        ('γ', Some('ξ')) => two("nx"),
        ('γ', Some('χ')) => two("nkh"),
        ('γ', _) if front => ("y".to_owned(), 1),
        ('μ', Some('π')) if x.initial() => two("b"),
        ('μ', Some('π')) => two("mb"),
        ('ν', Some('τ')) if x.initial() => two("d"),
        ('ν', Some('τ')) => two("nd"),
        _ => fallback(c, System::BgnPcgn),
    }
}

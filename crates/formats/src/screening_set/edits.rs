//! String edits a person, a keyboard or a document reader makes: one keying
//! error, a misread document character, a compound surname written another
//! way. Each returns `None` when it cannot change its input, so a caller
//! never labels an unchanged string as changed.

use super::rng::Draw;

const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];

/// Keys next to `c` on a QWERTY keyboard (same row, and the staggered rows
/// above and below).
fn neighbours(c: char) -> Vec<char> {
    let lower = c.to_ascii_lowercase() as u8;
    let Some((r, i)) = ROWS
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.iter().position(|k| *k == lower).map(|i| (r, i)))
    else {
        return vec![];
    };
    let mut out = Vec::new();
    let mut add = |row: usize, i: isize| {
        if i >= 0
            && let Some(k) = ROWS[row].get(i as usize)
        {
            out.push(*k as char);
        }
    };
    let i = i as isize;
    add(r, i - 1);
    add(r, i + 1);
    if r > 0 {
        add(r - 1, i);
        add(r - 1, i + 1);
    }
    if r < 2 {
        add(r + 1, i - 1);
        add(r + 1, i);
    }
    if c.is_ascii_uppercase() {
        out.iter_mut().for_each(|k| *k = k.to_ascii_uppercase());
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Typo {
    Substitution,
    Transposition,
    Deletion,
    Insertion,
}

/// One keying error in `word`, never in its first letter (people get that
/// one right, and blocking keys in matchers often rely on it).
pub(crate) fn typo(word: &str, g: &mut Draw) -> Option<(Typo, String)> {
    let cs: Vec<char> = word.chars().collect();
    let letters: Vec<usize> = (1..cs.len())
        .filter(|&i| cs[i].is_ascii_alphabetic())
        .collect();
    if cs.iter().filter(|c| c.is_alphabetic()).count() < 4 || letters.is_empty() {
        return None;
    }
    for _ in 0..8 {
        let kind = *g.pick(&[
            Typo::Substitution,
            Typo::Substitution,
            Typo::Transposition,
            Typo::Deletion,
            Typo::Insertion,
        ]);
        let i = *g.pick(&letters);
        let mut out = cs.clone();
        match kind {
            Typo::Substitution => {
                let n = neighbours(cs[i]);
                if n.is_empty() {
                    continue;
                }
                out[i] = *g.pick(&n);
            }
            Typo::Transposition => {
                if i + 1 >= cs.len() || !cs[i + 1].is_alphabetic() || cs[i] == cs[i + 1] {
                    continue;
                }
                out.swap(i, i + 1);
            }
            Typo::Deletion => {
                out.remove(i);
            }
            Typo::Insertion => {
                let n = neighbours(cs[i]);
                let c = if n.is_empty() || g.chance(0.4) {
                    cs[i]
                } else {
                    *g.pick(&n)
                };
                out.insert(i + 1, c.to_ascii_lowercase());
            }
        }
        let out: String = out.into_iter().collect();
        if out != word {
            return Some((kind, out));
        }
    }
    None
}

/// The character an OCR engine reads for `c` on a worn document.
pub(crate) fn ocr_confusion(c: char) -> Option<char> {
    Some(match c {
        '0' => 'O',
        'O' => '0',
        '1' => 'I',
        'I' => '1',
        '5' => 'S',
        'S' => '5',
        '8' => 'B',
        'B' => '8',
        '2' => 'Z',
        'Z' => '2',
        _ => return None,
    })
}

/// One or two misread characters, same length.
pub(crate) fn ocr(doc: &str, g: &mut Draw) -> Option<String> {
    let mut cs: Vec<char> = doc.chars().collect();
    let mut at: Vec<usize> = (0..cs.len())
        .filter(|&i| ocr_confusion(cs[i]).is_some())
        .collect();
    if at.is_empty() {
        return None;
    }
    let n = if at.len() > 1 && g.chance(0.3) { 2 } else { 1 };
    for _ in 0..n {
        let k = g.below(at.len());
        let i = at.swap_remove(k);
        cs[i] = ocr_confusion(cs[i])?;
    }
    Some(cs.into_iter().collect())
}

/// Words that mark a surname's particle rather than a part of its own.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du", "la",
    "le", "ten", "ter", "zu", "'t", "al", "el", "ben", "bin", "ibn", "abu", "abou", "bu",
];

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w.to_lowercase().as_str())
}

fn parts(surname: &str) -> Vec<&str> {
    surname
        .split([' ', '-'])
        .filter(|p| !p.is_empty())
        .collect()
}

pub(crate) fn is_compound(surname: &str) -> bool {
    parts(surname).len() >= 2
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Compound {
    Dropped,
    Hyphenated,
    Joined,
}

/// The ways a compound surname gets written by systems that cannot keep it.
pub(crate) fn compound_forms(surname: &str, g: &mut Draw) -> Vec<(Compound, String)> {
    let ps = parts(surname);
    if ps.len() < 2 {
        return vec![];
    }
    let mut out = Vec::new();
    let lead = ps.iter().take_while(|p| is_particle(p)).count();
    let dropped = if lead > 0 && lead < ps.len() {
        // `van der Meer` is filed as `Meer`, `Al-Tamimi` as `Tamimi`.
        ps[lead..].join(" ")
    } else if surname.contains('-') && !surname.contains(' ') {
        (*g.pick(&ps)).to_owned()
    } else if g.chance(0.75) {
        // Spanish and Portuguese: the first surname alone.
        ps[0].to_owned()
    } else {
        ps[ps.len() - 1].to_owned()
    };
    out.push((Compound::Dropped, dropped));
    if surname.contains(' ') {
        out.push((Compound::Hyphenated, surname.replace(' ', "-")));
    } else {
        out.push((Compound::Hyphenated, surname.replace('-', " ")));
    }
    let joined: String = surname
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\''))
        .flat_map(char::to_lowercase)
        .collect();
    let mut cs = joined.chars();
    if let Some(f) = cs.next() {
        out.push((Compound::Joined, f.to_uppercase().chain(cs).collect()));
    }
    out.retain(|(_, s)| s != surname && !s.is_empty());
    out
}

/// `Ivanovich` to `I.`: the first letter and a full stop.
pub(crate) fn initial(name: &str) -> String {
    name.chars()
        .next()
        .map(|c| format!("{c}."))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_are_on_the_keyboard() {
        assert_eq!(neighbours('s'), ['a', 'd', 'w', 'e', 'z', 'x']);
        assert_eq!(neighbours('P'), ['O', 'L']);
    }

    #[test]
    fn compound_surnames() {
        let mut g = Draw::new(1);
        let f = compound_forms("van der Meer", &mut g);
        assert!(f.contains(&(Compound::Dropped, "Meer".into())));
        assert!(f.contains(&(Compound::Hyphenated, "van-der-Meer".into())));
        assert!(f.contains(&(Compound::Joined, "Vandermeer".into())));
        let f = compound_forms("Müller-Lüdenscheidt", &mut g);
        assert!(f.contains(&(Compound::Hyphenated, "Müller Lüdenscheidt".into())));
        assert!(compound_forms("Schmidt", &mut g).is_empty());
    }

    #[test]
    fn ocr_keeps_length_and_only_touches_confusables() {
        let mut g = Draw::new(2);
        for _ in 0..200 {
            let d = "C01X5B8Z2";
            let o = ocr(d, &mut g).expect("has confusables");
            assert_eq!(o.len(), d.len());
            for (a, b) in d.chars().zip(o.chars()) {
                assert!(a == b || ocr_confusion(a) == Some(b));
            }
            assert_ne!(o, d);
        }
        assert_eq!(ocr("ACDEFGH", &mut g), None);
    }
}

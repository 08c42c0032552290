//! True matches: the traveller is the watchlist person, and exactly one
//! thing about the record differs ([`Variation::Combined`]: two). Fields a
//! watchlist entry lacks are filled from the same person, as a passenger
//! record always has them; they never contradict the entry.

use super::edits::{self, compound_forms, initial, ocr, typo};
use super::identity::{Dob, Subject};
use super::rng::Draw;
use super::romanise::{Lang, System, latin};
use super::variation::Variation;

/// Variations that change the name, in the order they are applied when two
/// are combined (romanising last would undo the others).
pub(crate) const NAME_KINDS: [Variation; 6] = [
    Variation::Romanisation,
    Variation::Diacritics,
    Variation::CompoundSurname,
    Variation::MiddleName,
    Variation::Typo,
    Variation::NameOrder,
];

/// Variations that change the other fields.
pub(crate) const FIELD_KINDS: [Variation; 3] = [
    Variation::DobVariant,
    Variation::DocumentOcr,
    Variation::MissingFields,
];

/// Other systems that spell this person's name differently.
fn other_systems(e: &Subject) -> Vec<System> {
    let Some(n) = &e.native else { return vec![] };
    n.lang
        .systems()
        .iter()
        .copied()
        .filter(|s| *s != n.system)
        .filter(|s| n.latin_given(*s) != e.given || n.latin_surname(*s) != e.surname)
        .collect()
}

fn has_diacritics(e: &Subject) -> bool {
    e.given.iter().any(|x| !x.is_ascii()) || !e.surname.is_ascii()
}

fn typo_targets(e: &Subject) -> bool {
    let long = |s: &str| s.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4;
    long(&e.surname) || e.given.first().is_some_and(|x| long(x))
}

/// What can be left out of a record of `e`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Nationality,
    Gender,
    Document,
    Dob,
}

fn present_fields(e: &Subject) -> Vec<Field> {
    let mut f = Vec::new();
    if e.nationality.is_some() {
        f.push(Field::Nationality);
    }
    if e.shown_gender.is_some() {
        f.push(Field::Gender);
    }
    if e.document.is_some() {
        f.push(Field::Document);
    }
    if e.dob != Dob::Unknown {
        f.push(Field::Dob);
    }
    f
}

/// Whether `kind` can be applied to a traveller who is `e`.
pub(crate) fn eligible(kind: Variation, e: &Subject) -> bool {
    if kind == Variation::CrossScript {
        return e.native.is_some() && e.show_latin != e.show_native;
    }
    if !e.show_latin {
        return false;
    }
    match kind {
        Variation::Exact => true,
        Variation::Romanisation => !other_systems(e).is_empty(),
        Variation::Diacritics => has_diacritics(e),
        Variation::Typo => typo_targets(e),
        Variation::NameOrder => {
            !e.given.is_empty()
                && !e.surname.is_empty()
                && latin::key(&e.given.join(" ")) != latin::key(&e.surname)
        }
        Variation::MiddleName => e.given.len() >= 2,
        Variation::CompoundSurname => edits::is_compound(&e.surname),
        Variation::DobVariant => e.dob != Dob::Unknown,
        Variation::DocumentOcr => e
            .document
            .as_deref()
            .is_some_and(|d| d.chars().any(|c| edits::ocr_confusion(c).is_some())),
        Variation::MissingFields => !present_fields(e).is_empty(),
        _ => false,
    }
}

/// Applies `kind` to `t`, a traveller record of `e`. False when it could
/// not change anything (the caller then picks another entry).
pub(crate) fn apply(kind: Variation, t: &mut Subject, e: &Subject, g: &mut Draw) -> bool {
    match kind {
        Variation::Exact => true,
        Variation::Romanisation => {
            let systems = other_systems(t);
            if systems.is_empty() {
                return false;
            }
            let s = *g.pick(&systems);
            t.respell(s);
            true
        }
        Variation::CrossScript => {
            if e.show_latin {
                t.show_latin = false;
                t.show_native = true;
            } else {
                t.show_latin = true;
                t.show_native = false;
            }
            true
        }
        Variation::Diacritics => {
            let all = format!("{} {}", t.given.join(" "), t.surname);
            let fold = if latin::has_icao_expansion(&all) && g.chance(0.5) {
                latin::Fold::Icao
            } else {
                latin::Fold::Strip
            };
            let given: Vec<String> = t.given.iter().map(|x| latin::fold(x, fold)).collect();
            let surname = latin::fold(&t.surname, fold);
            let changed = given != t.given || surname != t.surname;
            t.given = given;
            t.surname = surname;
            changed
        }
        Variation::Typo => {
            let long = |s: &str| s.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4;
            let surname_ok = long(&t.surname);
            let given_ok = t.given.first().is_some_and(|x| long(x));
            let on_surname = surname_ok && (!given_ok || g.chance(0.6));
            let target = if on_surname {
                &mut t.surname
            } else if let Some(first) = t.given.first_mut() {
                first
            } else {
                return false;
            };
            match typo(target, g) {
                Some((_, s)) => {
                    *target = s;
                    true
                }
                None => false,
            }
        }
        Variation::NameOrder => {
            let given = t.given.join(" ");
            t.given = vec![std::mem::take(&mut t.surname)];
            t.surname = given;
            !t.given.is_empty() && !t.surname.is_empty()
        }
        Variation::MiddleName => {
            if t.given.len() < 2 {
                return false;
            }
            let as_initial = g.chance(0.4);
            if as_initial {
                for x in t.given.iter_mut().skip(1) {
                    *x = initial(x);
                }
            } else {
                t.given.truncate(1);
            }
            // The native name, where printed, says the same.
            if let Some(n) = &mut t.native {
                if as_initial
                    && matches!(
                        n.lang,
                        Lang::Russian | Lang::Ukrainian | Lang::Bulgarian | Lang::Greek
                    )
                {
                    for p in n.given.iter_mut().skip(1) {
                        p.text = initial(&p.text);
                        p.forms = &[];
                    }
                } else {
                    n.given.truncate(1);
                }
            }
            true
        }
        Variation::CompoundSurname => {
            let forms = compound_forms(&t.surname, g);
            if forms.is_empty() {
                return false;
            }
            t.surname = g.pick(&forms).1.clone();
            true
        }
        Variation::DobVariant => {
            let (y, m, d) = t.birth;
            let mut options = vec![(2u8, 25u32)];
            if matches!(e.dob, Dob::Full(..) | Dob::YearMonth(..)) {
                options.push((0, 40));
            }
            if matches!(e.dob, Dob::Full(..)) && d <= 12 && d != m {
                options.push((1, 35));
            }
            t.dob = match g.weighted(&options) {
                0 => Dob::Year(y),
                1 => Dob::Full(y, d, m),
                _ => Dob::Unknown,
            };
            t.dob != e.dob
        }
        Variation::DocumentOcr => {
            let Some(doc) = e.document.as_deref() else {
                return false;
            };
            match ocr(doc, g) {
                Some(d) => {
                    t.document = Some(d);
                    true
                }
                None => false,
            }
        }
        Variation::MissingFields => {
            let mut fields = present_fields(e);
            if fields.is_empty() {
                return false;
            }
            let n = *g.weighted(&[(1usize, 55), (2, 35), (3, 10)]);
            for _ in 0..n.min(fields.len()) {
                let i = g.below(fields.len());
                match fields.swap_remove(i) {
                    Field::Nationality => t.nationality = None,
                    Field::Gender => t.shown_gender = None,
                    Field::Document => t.document = None,
                    Field::Dob => t.dob = Dob::Unknown,
                }
            }
            true
        }
        _ => false,
    }
}

//! Hard negatives: another person who looks like a watchlist entry. Each
//! keeps what its label says is shared and changes the rest, so that on
//! name and date of birth together it never is the entry.

use super::identity::{
    Dob, Population, REFERENCE_YEAR, Subject, document_number, draw_birth, draw_day, rename_given,
};
use super::rng::Draw;
use super::romanise::{Lang, latin};
use super::variation::Variation;

pub(crate) fn eligible(kind: Variation, e: &Subject) -> bool {
    match kind {
        Variation::NegativeSameSurname | Variation::NegativeSibling => !e.surname.is_empty(),
        Variation::NegativeSameNameOtherDob => e.dob != Dob::Unknown,
        Variation::NegativeCommonName => {
            e.dob != Dob::Unknown
                && e.common_name()
                && e.origin.elsewhere.iter().any(|n| *n != e.true_nationality)
        }
        _ => false,
    }
}

/// Whether `t`'s first given name is another name than `e`'s.
fn other_first_name(t: &Subject, e: &Subject) -> bool {
    let latin_differs = match (t.given.first(), e.given.first()) {
        (Some(a), Some(b)) => latin::key(a) != latin::key(b),
        _ => true,
    };
    let native_differs = match (&t.native, &e.native) {
        (Some(a), Some(b)) => a.given.first().map(|p| &p.text) != b.given.first().map(|p| &p.text),
        _ => true,
    };
    latin_differs && native_differs
}

fn new_first_name(t: &mut Subject, e: &Subject, g: &mut Draw) -> bool {
    for _ in 0..12 {
        rename_given(t, g);
        if other_first_name(t, e) {
            return true;
        }
    }
    false
}

/// Russian and Ukrainian patronymics and the Arabic father's name after
/// the first name are the same for brothers and sisters of one father.
fn share_fathers_name(t: &mut Subject, e: &Subject) {
    let (Some(tn), Some(en)) = (&mut t.native, &e.native) else {
        return;
    };
    if !matches!(en.lang, Lang::Russian | Lang::Ukrainian | Lang::Arabic) || en.given.len() < 2 {
        return;
    }
    if en.given[1..].iter().any(|p| p.text == tn.given[0].text) {
        return;
    }
    tn.given.truncate(1);
    tn.given.extend(en.given[1..].iter().cloned());
    t.given = tn.latin_given(tn.system);
}

fn set_birth(t: &mut Subject, birth: (u16, u8, u8)) {
    t.birth = birth;
    t.dob = Dob::Full(birth.0, birth.1, birth.2);
}

/// A birth date at least `gap` years from `year`.
fn birth_apart(year: u16, gap: u16, g: &mut Draw) -> (u16, u8, u8) {
    let delta = g.int(u32::from(gap), u32::from(gap) + 10) as u16;
    let down = year.checked_sub(delta).filter(|y| *y >= 1930);
    let up = Some(year + delta).filter(|y| *y < REFERENCE_YEAR);
    let y = match (down, up) {
        (Some(a), Some(b)) => {
            if g.chance(0.5) {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => year + delta,
    };
    let (m, d) = draw_day(y, g);
    (y, m, d)
}

/// A new person like `e` in the way `kind` says, or `None` if `e` cannot
/// have one.
pub(crate) fn build(kind: Variation, e: &Subject, g: &mut Draw) -> Option<Subject> {
    let mut t = e.as_traveller();
    match kind {
        Variation::NegativeSameSurname => {
            if !new_first_name(&mut t, e, g) {
                return None;
            }
            let mut birth = draw_birth(Population::Travellers, g);
            while birth.0 == e.birth.0 {
                birth = draw_birth(Population::Travellers, g);
            }
            set_birth(&mut t, birth);
        }
        Variation::NegativeSameNameOtherDob => {
            let year = e.dob.year()?;
            set_birth(&mut t, birth_apart(year, 2, g));
        }
        Variation::NegativeCommonName => {
            let others: Vec<&'static str> = e
                .origin
                .elsewhere
                .iter()
                .copied()
                .filter(|n| *n != e.true_nationality)
                .collect();
            if others.is_empty() {
                return None;
            }
            let nat = *g.pick(&others);
            t.true_nationality = nat;
            t.nationality = Some(nat);
            set_birth(&mut t, birth_apart(e.birth.0, 2, g));
        }
        Variation::NegativeSibling => {
            if !new_first_name(&mut t, e, g) {
                return None;
            }
            share_fathers_name(&mut t, e);
            let y = e.birth.0;
            let mut day = draw_day(y, g);
            while day == (e.birth.1, e.birth.2) {
                day = draw_day(y, g);
            }
            set_birth(&mut t, (y, day.0, day.1));
        }
        _ => return None,
    }
    let doc = document_number(t.true_nationality, g);
    t.true_document = doc.clone();
    t.document = Some(doc);
    Some(t)
}

//! Properties of whole sets: each label does what it says, and a seed gives
//! the same bytes.

use super::romanise::latin::{self, Fold};
use super::*;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

const WATCH: usize = 6000;
const TRAVELLERS: usize = 4000;

fn set() -> &'static ScreeningSet {
    static SET: OnceLock<ScreeningSet> = OnceLock::new();
    SET.get_or_init(|| generate(&Config::new(11, WATCH, TRAVELLERS), |_, _| {}))
}

fn bytes(set: &ScreeningSet) -> Vec<u8> {
    let mut out = Vec::new();
    write_records(&set.watchlist, &mut out).unwrap();
    write_records(&set.travellers, &mut out).unwrap();
    write_truth(set, &mut out).unwrap();
    out.extend(readme(set).into_bytes());
    out
}

/// Each truth row with its traveller and watchlist entry.
fn rows(v: Variation) -> Vec<(&'static Record, Option<&'static Record>)> {
    let s = set();
    s.truth
        .iter()
        .filter(|t| t.variation == v)
        .map(|t| {
            (
                &s.travellers[t.traveller],
                t.watchlist.map(|w| &s.watchlist[w]),
            )
        })
        .collect()
}

fn pairs(v: Variation) -> Vec<(&'static Record, &'static Record)> {
    let r: Vec<_> = rows(v)
        .into_iter()
        .map(|(t, w)| (t, w.expect("names an entry")))
        .collect();
    assert!(r.len() > 20, "{} has {} rows", v.name(), r.len());
    r
}

fn same_names(t: &Record, e: &Record) -> bool {
    t.given_names == e.given_names
        && t.surname == e.surname
        && t.full_name_native == e.full_name_native
}

/// Fields the entry has are the traveller's too.
fn other_fields_agree(t: &Record, e: &Record) -> bool {
    (e.date_of_birth == Dob::Unknown
        || super::identity::dob_compatible(e.date_of_birth, t.date_of_birth)
            && t.date_of_birth != Dob::Unknown)
        && (e.nationality.is_empty() || e.nationality == t.nationality)
        && (e.gender.is_none() || e.gender == t.gender)
        && (e.document_number.is_empty() || e.document_number == t.document_number)
}

/// Optimal string alignment distance (Damerau-Levenshtein without
/// repeated edits of one substring).
fn osa(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_set() {
    let a = generate(&Config::new(5, 800, 400), |_, _| {});
    let b = generate(&Config::new(5, 800, 400), |_, _| {});
    let c = generate(&Config::new(6, 800, 400), |_, _| {});
    assert_eq!(bytes(&a), bytes(&b));
    assert_ne!(bytes(&a), bytes(&c));
    assert_ne!(a.watchlist[0], c.watchlist[0]);
}

#[test]
fn headers_and_ids_are_the_contract() {
    let s = set();
    let mut out = Vec::new();
    write_records(&s.watchlist, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with(
        "id,given_names,surname,full_name_native,script,date_of_birth,nationality,gender,document_number\n"
    ));
    let mut out = Vec::new();
    write_truth(s, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("traveller_id,watchlist_id,variation,script")
    );
    let watch_ids: HashSet<&str> = s.watchlist.iter().map(|r| r.id.as_str()).collect();
    let names: HashSet<&str> = Variation::ALL.iter().map(|v| v.name()).collect();
    let mut n = 0;
    for (i, line) in lines.enumerate() {
        let cols: Vec<&str> = line.split(',').collect();
        assert_eq!(cols.len(), 4, "{line}");
        assert_eq!(
            cols[0], s.travellers[i].id,
            "truth rows are in traveller order"
        );
        assert!(names.contains(cols[2]), "{line}");
        if cols[2] == "none" {
            assert_eq!(cols[1], "");
            assert_eq!(cols[3], s.travellers[i].script.name());
        } else {
            assert!(watch_ids.contains(cols[1]), "{line}");
        }
        if cols[2].starts_with("negative_") {
            assert!(!cols[1].is_empty());
        }
        n += 1;
    }
    assert_eq!(n, TRAVELLERS);
    assert_eq!(s.watchlist[0].id, "W000001");
    assert_eq!(s.travellers[0].id, "T000001");
    for r in s.watchlist.iter().chain(&s.travellers) {
        assert!(r.document_number.chars().all(|c| c.is_ascii_alphanumeric()));
        assert!(
            r.nationality.is_empty()
                || (r.nationality.len() == 3
                    && r.nationality.chars().all(|c| c.is_ascii_uppercase()))
        );
        assert!(
            !(r.given_names.is_empty() && r.surname.is_empty() && r.full_name_native.is_empty())
        );
        assert!(r.full_name_native.is_empty() || r.script != Script::Latin);
    }
}

#[test]
fn counts_follow_the_mix() {
    let s = set();
    let mut counts: BTreeMap<Variation, usize> = BTreeMap::new();
    for t in &s.truth {
        *counts.entry(t.variation).or_default() += 1;
    }
    let total: u32 = DEFAULT_MIX.iter().map(|x| x.1).sum();
    for (v, share) in DEFAULT_MIX {
        let expected = share as f64 * TRAVELLERS as f64 / f64::from(total);
        let got = counts.get(&v).copied().unwrap_or(0) as f64;
        assert!(
            (got - expected).abs() <= (expected * 0.05).max(3.0),
            "{}: {got} travellers, expected {expected}",
            v.name()
        );
    }
    let latin = s
        .watchlist
        .iter()
        .filter(|r| r.script == Script::Latin)
        .count() as f64;
    assert!((latin / WATCH as f64 - 0.45).abs() < 0.03);
    let full = s
        .watchlist
        .iter()
        .filter(|r| matches!(r.date_of_birth, Dob::Full(..)))
        .count() as f64;
    assert!((full / WATCH as f64 - 0.70).abs() < 0.03);
    let docs = s
        .watchlist
        .iter()
        .filter(|r| !r.document_number.is_empty())
        .count() as f64;
    assert!((docs / WATCH as f64 - 0.60).abs() < 0.03);
}

#[test]
fn exact_changes_nothing_the_entry_says() {
    for (t, e) in pairs(Variation::Exact) {
        assert!(same_names(t, e) && other_fields_agree(t, e), "{t:?} {e:?}");
    }
}

#[test]
fn romanisation_changes_the_latin_name_and_keeps_the_native_one() {
    for (t, e) in pairs(Variation::Romanisation) {
        assert_ne!(t.script, Script::Latin);
        assert_eq!(t.full_name_native, e.full_name_native);
        assert!(
            (t.given_names.as_str(), t.surname.as_str())
                != (e.given_names.as_str(), e.surname.as_str()),
            "{t:?}"
        );
        assert!(other_fields_agree(t, e));
    }
}

#[test]
fn cross_script_puts_one_side_in_each_script() {
    for (t, e) in pairs(Variation::CrossScript) {
        let native_only = |r: &Record| {
            r.given_names.is_empty() && r.surname.is_empty() && !r.full_name_native.is_empty()
        };
        let latin_only = |r: &Record| !r.surname.is_empty() && r.full_name_native.is_empty();
        assert!(
            (native_only(t) && latin_only(e)) || (latin_only(t) && native_only(e)),
            "{t:?} {e:?}"
        );
    }
}

#[test]
fn diacritics_folds_the_names() {
    for (t, e) in pairs(Variation::Diacritics) {
        let folded = |f| (latin::fold(&e.given_names, f), latin::fold(&e.surname, f));
        let got = (t.given_names.clone(), t.surname.clone());
        assert!(
            got == folded(Fold::Icao) || got == folded(Fold::Strip),
            "{t:?} {e:?}"
        );
        assert_ne!((&t.given_names, &t.surname), (&e.given_names, &e.surname));
    }
}

#[test]
fn typo_is_one_edit() {
    for (t, e) in pairs(Variation::Typo) {
        let a = format!("{}|{}", e.given_names, e.surname);
        let b = format!("{}|{}", t.given_names, t.surname);
        assert_eq!(osa(&a, &b), 1, "{a} / {b}");
        assert!(other_fields_agree(t, e));
    }
}

#[test]
fn name_order_swaps() {
    for (t, e) in pairs(Variation::NameOrder) {
        assert_eq!((&t.given_names, &t.surname), (&e.surname, &e.given_names));
    }
}

#[test]
fn middle_name_drops_or_shortens_the_middle_names() {
    for (t, e) in pairs(Variation::MiddleName) {
        let ew: Vec<&str> = e.given_names.split(' ').collect();
        let tw: Vec<&str> = t.given_names.split(' ').collect();
        let dropped = tw.len() < ew.len() && e.given_names.starts_with(&t.given_names);
        let initials = tw.len() == ew.len()
            && tw.iter().any(|w| w.ends_with('.'))
            && tw
                .iter()
                .zip(&ew)
                .all(|(a, b)| a == b || *a == format!("{}.", b.chars().next().unwrap_or_default()));
        assert!(dropped || initials, "{t:?} {e:?}");
        assert_eq!(t.surname, e.surname);
    }
}

#[test]
fn compound_surname_drops_hyphenates_or_joins() {
    for (t, e) in pairs(Variation::CompoundSurname) {
        assert_eq!(t.given_names, e.given_names);
        assert_ne!(t.surname, e.surname);
        let joined = latin::key(&t.surname) == latin::key(&e.surname);
        let part = e.surname.contains(t.surname.as_str()) && !t.surname.is_empty();
        assert!(joined || part, "{} / {}", e.surname, t.surname);
    }
}

#[test]
fn dob_variant_changes_only_the_date_of_birth() {
    for (t, e) in pairs(Variation::DobVariant) {
        assert!(same_names(t, e));
        assert_ne!(t.date_of_birth, e.date_of_birth);
        let ok = match (e.date_of_birth, t.date_of_birth) {
            (_, Dob::Unknown) => true,
            (Dob::Full(y, ..) | Dob::YearMonth(y, _), Dob::Year(ty)) => y == ty,
            (Dob::Full(y, m, d), Dob::Full(ty, tm, td)) => (y, m, d) == (ty, td, tm),
            _ => false,
        };
        assert!(ok, "{:?} -> {:?}", e.date_of_birth, t.date_of_birth);
        assert!(
            (e.nationality.is_empty() || e.nationality == t.nationality)
                && (e.document_number.is_empty() || e.document_number == t.document_number)
        );
    }
}

#[test]
fn document_ocr_keeps_length_and_changes_only_confusable_characters() {
    for (t, e) in pairs(Variation::DocumentOcr) {
        assert!(same_names(t, e));
        let (a, b) = (&e.document_number, &t.document_number);
        assert_eq!(a.len(), b.len());
        assert_ne!(a, b);
        for (x, y) in a.chars().zip(b.chars()) {
            assert!(
                x == y || super::edits::ocr_confusion(x) == Some(y),
                "{a} {b}"
            );
        }
    }
}

#[test]
fn missing_fields_drops_fields_the_entry_has() {
    for (t, e) in pairs(Variation::MissingFields) {
        assert!(same_names(t, e));
        let dropped = (!e.nationality.is_empty() && t.nationality.is_empty())
            || (e.gender.is_some() && t.gender.is_none())
            || (!e.document_number.is_empty() && t.document_number.is_empty())
            || (e.date_of_birth != Dob::Unknown && t.date_of_birth == Dob::Unknown);
        assert!(dropped, "{t:?} {e:?}");
    }
}

#[test]
fn combined_changes_two_things() {
    let s = set();
    for tr in s
        .truth
        .iter()
        .filter(|t| t.variation == Variation::Combined)
    {
        let [a, b] = tr.combined.expect("two parts");
        assert!(a < b && a.is_match() && b.is_match());
        assert_ne!(
            s.travellers[tr.traveller],
            s.watchlist[tr.watchlist.unwrap()]
        );
    }
}

#[test]
fn negatives_and_unrelated_never_equal_a_watchlist_person_on_name_and_date_of_birth() {
    let s = set();
    let watch: HashSet<(&str, &str, String)> = s
        .watchlist
        .iter()
        .filter(|r| !r.surname.is_empty() && r.date_of_birth != Dob::Unknown)
        .map(|r| {
            (
                r.given_names.as_str(),
                r.surname.as_str(),
                r.date_of_birth.to_string(),
            )
        })
        .collect();
    for t in s.truth.iter().filter(|t| !t.variation.is_match()) {
        let r = &s.travellers[t.traveller];
        let key = (
            r.given_names.as_str(),
            r.surname.as_str(),
            r.date_of_birth.to_string(),
        );
        assert!(!watch.contains(&key), "{r:?} is a watchlist person");
        if let Some(w) = t.watchlist {
            let e = &s.watchlist[w];
            let same_name = r.given_names == e.given_names && r.surname == e.surname;
            assert!(
                !(same_name && super::identity::dob_compatible(e.date_of_birth, r.date_of_birth)),
                "{r:?} {e:?}"
            );
            assert_ne!(r.document_number, e.document_number);
        }
    }
}

#[test]
fn each_negative_shares_what_it_says() {
    let year = |r: &Record| r.date_of_birth.year().unwrap();
    let latin = |v| pairs(v).into_iter().filter(|(_, e)| !e.surname.is_empty());
    for (t, e) in latin(Variation::NegativeSameSurname) {
        assert_eq!(t.surname, e.surname);
        assert_ne!(t.given_names, e.given_names);
        assert_ne!(Some(year(t)), e.date_of_birth.year());
    }
    for (t, e) in pairs(Variation::NegativeSameNameOtherDob) {
        assert_eq!(t.full_name_native, e.full_name_native);
        assert!(e.surname.is_empty() || (t.given_names == e.given_names && t.surname == e.surname));
        assert!(year(t).abs_diff(e.date_of_birth.year().unwrap()) >= 2);
    }
    for (t, e) in pairs(Variation::NegativeCommonName) {
        assert_eq!(t.full_name_native, e.full_name_native);
        assert!(e.surname.is_empty() || (t.given_names == e.given_names && t.surname == e.surname));
        assert_ne!(t.nationality, e.nationality);
        assert!(e.date_of_birth.year().unwrap().abs_diff(year(t)) >= 2);
    }
    for (t, e) in latin(Variation::NegativeSibling) {
        assert_eq!(t.surname, e.surname);
        assert!(e.nationality.is_empty() || e.nationality == t.nationality);
        assert!(e.date_of_birth.year().is_none_or(|y| y == year(t)));
        assert_ne!(t.given_names, e.given_names);
    }
}

#[test]
fn readme_counts_every_variation() {
    let r = readme(set());
    for v in Variation::ALL {
        assert!(r.contains(&format!("| `{}` |", v.name())), "{}", v.name());
    }
    assert!(r.contains("--seed 11 --watchlist 6000 --travellers 4000"));
}

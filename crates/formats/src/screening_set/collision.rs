//! Guards against true matches by accident: a negative or unrelated
//! traveller that another reviewer could not tell from a watchlist person
//! (same name, and nothing on either record that tells them apart) is
//! drawn again.

use super::edits;
use super::identity::{Subject, dob_compatible};
use super::romanise::latin;
use std::collections::{HashMap, HashSet};

/// Keys under which a name is filed: the first given name with the whole
/// surname and with each of its parts, in either order (so `Wang Wei` and
/// `Wei Wang`, `García López` and `García` meet), and the native first
/// name with the native surname, which every romanisation of it shares.
fn name_keys(s: &Subject) -> Vec<String> {
    let mut out = Vec::new();
    let mut firsts = Vec::new();
    if let Some(first) = s.given.first() {
        firsts.push(latin::key(first));
        if let Some(w) = first.split([' ', '-']).next() {
            firsts.push(latin::key(w));
        }
    }
    let mut surnames = vec![latin::key(&s.surname)];
    for p in s.surname.split([' ', '-']) {
        if edits::is_compound(&s.surname) && p.chars().count() > 3 {
            surnames.push(latin::key(p));
        }
    }
    for f in &firsts {
        for sn in &surnames {
            if f.is_empty() || sn.is_empty() {
                continue;
            }
            let (a, b) = if f <= sn { (f, sn) } else { (sn, f) };
            out.push(format!("{a}|{b}"));
        }
    }
    if let Some(n) = &s.native
        && let Some(first) = n.given.first()
    {
        out.push(format!("n:{}|{}", first.text, n.surname.text));
    }
    out.sort();
    out.dedup();
    out
}

pub(crate) struct WatchIndex<'a> {
    entries: &'a [Subject],
    names: HashMap<String, Vec<u32>>,
    documents: HashSet<&'a str>,
}

impl<'a> WatchIndex<'a> {
    pub fn new(entries: &'a [Subject]) -> Self {
        let mut names: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for k in name_keys(e) {
                names.entry(k).or_default().push(i as u32);
            }
        }
        let documents = entries
            .iter()
            .flat_map(|e| [Some(e.true_document.as_str()), e.document.as_deref()])
            .flatten()
            .collect();
        WatchIndex {
            entries,
            names,
            documents,
        }
    }

    /// Whether some entry has `t`'s name and nothing that sets them apart:
    /// dates of birth that could be one, no differing nationality or gender.
    pub fn clashes(&self, t: &Subject) -> bool {
        name_keys(t).iter().any(|k| {
            self.names.get(k).is_some_and(|ids| {
                ids.iter().any(|&i| {
                    let e = &self.entries[i as usize];
                    dob_compatible(e.dob, t.dob)
                        && compatible(e.nationality, t.nationality)
                        && compatible(e.shown_gender, t.shown_gender)
                })
            })
        })
    }

    pub fn document_taken(&self, d: &str) -> bool {
        self.documents.contains(d)
    }
}

fn compatible<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

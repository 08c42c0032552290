//! Puts a set together: the watchlist first, then one traveller per slot of
//! the configured mix, in a shuffled order so that labels do not come in
//! runs.

use super::collision::WatchIndex;
use super::identity::{Dob, Population, Record, Subject, document_number, draw_person};
use super::matches::{self, FIELD_KINDS, NAME_KINDS};
use super::negatives;
use super::rng::Draw;
use super::script::Script;
use super::variation::{DEFAULT_MIX, Variation, quotas};

/// What to generate. The same configuration always gives the same set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub seed: u64,
    pub watchlist: usize,
    pub travellers: usize,
    /// Shares of the travellers (any unit; [`DEFAULT_MIX`] is per mille).
    pub mix: Vec<(Variation, u32)>,
}

impl Config {
    pub fn new(seed: u64, watchlist: usize, travellers: usize) -> Self {
        Config {
            seed,
            watchlist,
            travellers,
            mix: DEFAULT_MIX.to_vec(),
        }
    }
}

/// One row of `truth.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Truth {
    /// Index into [`ScreeningSet::travellers`].
    pub traveller: usize,
    /// Index into [`ScreeningSet::watchlist`]: the person (true matches) or
    /// the person resembled (negatives).
    pub watchlist: Option<usize>,
    pub variation: Variation,
    pub script: Script,
    /// The two changes of a [`Variation::Combined`] traveller.
    pub combined: Option<[Variation; 2]>,
}

pub struct ScreeningSet {
    pub config: Config,
    pub watchlist: Vec<Record>,
    pub travellers: Vec<Record>,
    pub truth: Vec<Truth>,
}

pub fn watchlist_id(i: usize) -> String {
    format!("W{:06}", i + 1)
}

pub fn traveller_id(i: usize) -> String {
    format!("T{:06}", i + 1)
}

/// A watchlist entry: a person and what the list knows of them. About 70 %
/// have a full date of birth, 15 % a year or year and month, 15 % none;
/// 60 % a document number. Of the persons whose names are not Latin, most
/// entries carry both forms, some only the Latin one, a few only the
/// native one (a national list that was never romanised).
fn watch_entry(g: &mut Draw) -> Subject {
    let mut s = draw_person(Population::Watchlist, None, g);
    let (y, m, d) = s.birth;
    s.dob = match g.weighted(&[(0u8, 70), (1, 10), (2, 5), (3, 15)]) {
        0 => Dob::Full(y, m, d),
        1 => Dob::Year(y),
        2 => Dob::YearMonth(y, m),
        _ => Dob::Unknown,
    };
    s.document = g.chance(0.6).then(|| s.true_document.clone());
    if !g.chance(0.92) {
        s.shown_gender = None;
    }
    if !g.chance(0.97) {
        s.nationality = None;
    }
    if s.native.is_some() {
        let (latin, native) =
            *g.weighted(&[((true, true), 80), ((true, false), 12), ((false, true), 8)]);
        s.show_latin = latin;
        s.show_native = native;
    }
    s
}

/// Watchlist entries a variation can be applied to, found once per kind.
struct Pools {
    lists: Vec<Option<Vec<u32>>>,
}

impl Pools {
    fn get(&mut self, kind: Variation, watch: &[Subject]) -> &[u32] {
        self.lists[kind as usize].get_or_insert_with(|| {
            let ok = |e: &Subject| {
                if kind.is_negative() {
                    negatives::eligible(kind, e)
                } else {
                    matches::eligible(kind, e)
                }
            };
            (0..watch.len() as u32)
                .filter(|&i| ok(&watch[i as usize]))
                .collect()
        })
    }
}

struct Made {
    subject: Subject,
    entry: Option<usize>,
    variation: Variation,
    combined: Option<[Variation; 2]>,
}

struct Generator<'a> {
    g: Draw,
    watch: &'a [Subject],
    index: WatchIndex<'a>,
    pools: Pools,
}

impl Generator<'_> {
    fn traveller(&mut self, kind: Variation) -> Made {
        let made = match kind {
            Variation::None => None,
            Variation::Combined => self.combined(),
            k if k.is_negative() => self.negative(k),
            k => self.single(k),
        };
        made.or_else(|| {
            // A small watchlist may have nobody a variation fits.
            if kind.is_match() && kind != Variation::Exact {
                self.single(Variation::Exact)
            } else {
                None
            }
        })
        .unwrap_or_else(|| self.unrelated())
    }

    fn pick_entry(&mut self, kind: Variation) -> Option<usize> {
        let pool = self.pools.get(kind, self.watch);
        if pool.is_empty() {
            return None;
        }
        let i = self.g.below(pool.len());
        Some(pool[i] as usize)
    }

    fn single(&mut self, kind: Variation) -> Option<Made> {
        for _ in 0..32 {
            let i = self.pick_entry(kind)?;
            let e = &self.watch[i];
            let mut t = e.as_traveller();
            if matches::apply(kind, &mut t, e, &mut self.g) {
                return Some(Made {
                    subject: t,
                    entry: Some(i),
                    variation: kind,
                    combined: None,
                });
            }
        }
        None
    }

    /// Mostly a name change with a change of another field, sometimes two
    /// name changes.
    fn combined(&mut self) -> Option<Made> {
        for _ in 0..64 {
            let first = *self.g.pick(&NAME_KINDS);
            let Some(i) = self.pick_entry(first) else {
                continue;
            };
            let e = &self.watch[i];
            let seconds: &[Variation] = if self.g.chance(0.7) {
                &FIELD_KINDS
            } else {
                &NAME_KINDS
            };
            let seconds: Vec<Variation> = seconds
                .iter()
                .copied()
                .filter(|k| *k != first && matches::eligible(*k, e))
                .filter(|k| {
                    // Romanised names have no diacritics left to drop.
                    ![first, *k].contains(&Variation::Romanisation)
                        || ![first, *k].contains(&Variation::Diacritics)
                })
                .collect();
            if seconds.is_empty() {
                continue;
            }
            let second = *self.g.pick(&seconds);
            let (a, b) = if first < second {
                (first, second)
            } else {
                (second, first)
            };
            let mut t = e.as_traveller();
            if matches::apply(a, &mut t, e, &mut self.g)
                && matches::apply(b, &mut t, e, &mut self.g)
            {
                return Some(Made {
                    subject: t,
                    entry: Some(i),
                    variation: Variation::Combined,
                    combined: Some([a, b]),
                });
            }
        }
        None
    }

    fn fresh_document(&mut self, t: &mut Subject) {
        let mut doc = t.true_document.clone();
        while self.index.document_taken(&doc) {
            doc = document_number(t.true_nationality, &mut self.g);
        }
        t.true_document = doc.clone();
        t.document = Some(doc);
    }

    fn negative(&mut self, kind: Variation) -> Option<Made> {
        for _ in 0..48 {
            let i = self.pick_entry(kind)?;
            let Some(mut t) = negatives::build(kind, &self.watch[i], &mut self.g) else {
                continue;
            };
            self.fresh_document(&mut t);
            if self.index.clashes(&t) {
                continue;
            }
            return Some(Made {
                subject: t,
                entry: Some(i),
                variation: kind,
                combined: None,
            });
        }
        None
    }

    /// Somebody else: drawn again while they could pass for a watchlist
    /// person, first from the same origin so that the mix of scripts holds.
    fn unrelated(&mut self) -> Made {
        let mut origin = None;
        let mut t = draw_person(Population::Travellers, None, &mut self.g);
        for attempt in 0..64 {
            if attempt > 0 {
                t = draw_person(Population::Travellers, origin, &mut self.g);
            }
            if attempt == 0 {
                origin = Some(t.origin);
            } else if attempt == 32 {
                origin = None;
            }
            t.show_native = t.native.is_some() && self.g.chance(0.5);
            self.fresh_document(&mut t);
            if !self.index.clashes(&t) {
                break;
            }
        }
        Made {
            subject: t,
            entry: None,
            variation: Variation::None,
            combined: None,
        }
    }
}

/// Generates the set; `progress(done, total)` is called as records are made.
pub fn generate(config: &Config, mut progress: impl FnMut(u64, u64)) -> ScreeningSet {
    let mut g = Draw::new(config.seed);
    let total = (config.watchlist + config.travellers) as u64;
    progress(0, total);
    let mut watch = Vec::with_capacity(config.watchlist);
    for i in 0..config.watchlist {
        watch.push(watch_entry(&mut g));
        if i % 1024 == 1023 {
            progress(i as u64 + 1, total);
        }
    }
    let mut slots: Vec<Variation> = quotas(&config.mix, config.travellers)
        .into_iter()
        .flat_map(|(v, n)| std::iter::repeat_n(v, n))
        .collect();
    g.shuffle(&mut slots);

    let mut maker = Generator {
        g,
        watch: &watch,
        index: WatchIndex::new(&watch),
        pools: Pools {
            lists: vec![None; Variation::ALL.len()],
        },
    };
    let mut travellers = Vec::with_capacity(slots.len());
    let mut truth = Vec::with_capacity(slots.len());
    for (i, kind) in slots.into_iter().enumerate() {
        let made = maker.traveller(kind);
        let script = match made.entry {
            Some(e) => watch[e].script(),
            None => made.subject.script(),
        };
        travellers.push(made.subject.record(traveller_id(i)));
        truth.push(Truth {
            traveller: i,
            watchlist: made.entry,
            variation: made.variation,
            script,
            combined: made.combined,
        });
        if i % 1024 == 1023 {
            progress((config.watchlist + i + 1) as u64, total);
        }
    }
    progress(total, total);
    let watchlist = watch
        .iter()
        .enumerate()
        .map(|(i, s)| s.record(watchlist_id(i)))
        .collect();
    ScreeningSet {
        config: config.clone(),
        watchlist,
        travellers,
        truth,
    }
}

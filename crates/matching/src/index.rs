//! The watchlist in memory, with a candidate index: every entry is filed
//! under keys (its name tokens, their phonetic keys and alias groups, its
//! document number), and a traveller is compared only with the entries
//! that share the most informative keys with them. Screening never scans
//! the whole list.

use crate::person::Person;
use crate::score;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

/// Entries compared at most per traveller, the best-placed first.
const MAX_CANDIDATES: usize = 48;
/// Candidates whose shared keys weigh less than this share of the best
/// candidate's are not compared.
const VOTE_SHARE: f32 = 0.34;
/// A key filed under more entries than this (a common name among a
/// million alerts) only adds weight to entries rarer keys have found,
/// looked up one by one, instead of bringing in its whole list: the cost of
/// screening one person stays bounded however long the watchlist.
const LONG_POSTINGS: usize = 4096;

/// A watchlist entry at or above the threshold, with its explanation.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Position of the entry in the watchlist.
    pub entry: usize,
    pub score: f64,
    /// Each field's part in the score.
    pub contributions: Vec<crate::score::Contribution>,
}

pub struct Watchlist {
    people: Vec<Person>,
    postings: FxHashMap<u64, Vec<u32>>,
    /// How many entries use a name token: rare names weigh more.
    token_counts: FxHashMap<String, u32>,
    /// Per entry, the entries with its name when others have it too.
    namesake_group: Vec<Option<u32>>,
    /// The entries of each name that more than one entry has.
    namesakes: Vec<Vec<u32>>,
}

fn rarity_of(count: u32) -> f64 {
    (1.3 - 0.12 * (1.0 + count as f64).ln()).clamp(0.6, 1.3)
}

fn key(tag: u8, value: impl Hash) -> u64 {
    let mut h = FxHasher::default();
    tag.hash(&mut h);
    value.hash(&mut h);
    h.finish()
}

/// The keys a person is filed and looked up under, each once.
fn keys(p: &Person) -> Vec<u64> {
    let mut out = vec![];
    for form in &p.names {
        for t in form.tokens.iter().filter(|t| !t.particle && !t.initial) {
            out.push(key(b't', t.text.as_str()));
            if t.key.len() >= 2 {
                out.push(key(b'k', t.key.as_str()));
            }
            for g in crate::aliases::groups(&t.text) {
                out.push(key(b'a', g));
            }
        }
    }
    if let Some((_, folded)) = &p.document {
        out.push(key(b'd', folded.as_str()));
    }
    // A full date of birth finds the entry when the name is badly typed.
    if let Some(d) = &p.date_of_birth
        && let (Some(m), Some(day)) = (d.month, d.day)
    {
        out.push(key(b'b', (d.year, m, day)));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Per-thread working memory of a screening run.
pub struct Screener<'w> {
    list: &'w Watchlist,
    /// One slot per entry, all zero between persons; taken from (and given
    /// back to) this thread's spare, so that screening one person against a
    /// million entries does not first clear four megabytes.
    votes: Vec<f32>,
    touched: Vec<u32>,
}

thread_local! {
    /// A zeroed vote array left by this thread's last screener.
    static SPARE_VOTES: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for Screener<'_> {
    fn drop(&mut self) {
        // Every slot touched was reset after each person.
        let votes = std::mem::take(&mut self.votes);
        SPARE_VOTES.with(|spare| {
            let mut spare = spare.borrow_mut();
            if votes.len() >= spare.len() {
                *spare = votes;
            }
        });
    }
}

impl Watchlist {
    pub fn build(mut people: Vec<Person>) -> Watchlist {
        let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut token_counts: FxHashMap<String, u32> = FxHashMap::default();
        for (i, p) in people.iter().enumerate() {
            for k in keys(p) {
                postings.entry(k).or_default().push(i as u32);
            }
            let mut tokens: Vec<&str> = p
                .names
                .iter()
                .flat_map(|f| f.tokens.iter().map(|t| t.text.as_str()))
                .collect();
            tokens.sort_unstable();
            tokens.dedup();
            for t in tokens {
                *token_counts.entry(t.to_owned()).or_default() += 1;
            }
        }
        let rarity = |t: &str| rarity_of(token_counts.get(t).copied().unwrap_or(0));
        let mut names: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (i, p) in people.iter().enumerate() {
            if let Some(k) = p.name_key() {
                names.entry(k).or_default().push(i as u32);
            }
        }
        for p in &mut people {
            p.weigh(rarity);
            p.namesakes = p
                .name_key()
                .and_then(|k| names.get(&k))
                .map_or(1, |n| n.len() as u32);
        }
        let mut namesake_group = vec![None; people.len()];
        let mut namesakes = vec![];
        for entries in names.into_values().filter(|e| e.len() > 1) {
            for &e in &entries {
                namesake_group[e as usize] = Some(namesakes.len() as u32);
            }
            namesakes.push(entries);
        }
        Watchlist {
            people,
            postings,
            token_counts,
            namesake_group,
            namesakes,
        }
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    pub fn entry(&self, i: usize) -> &Person {
        &self.people[i]
    }

    /// How informative a name token is: 1.3 for one nobody on the list
    /// has, down to 0.6 for the commonest.
    pub fn rarity(&self, token: &str) -> f64 {
        rarity_of(self.token_counts.get(token).copied().unwrap_or(0))
    }

    /// A person weighed by this list's name frequencies, ready to compare.
    fn weighed(&self, person: &Person) -> Person {
        let mut p = person.clone();
        p.weigh(|t| self.rarity(t));
        p
    }

    /// How many entries with entry `e`'s name could be `person`: those whose
    /// nationality, gender and date of birth do not contradict theirs.
    /// `seen` keeps, per name group, how many of its entries do not
    /// contradict `person` (the same for every entry of the group).
    fn namesakes_for(&self, person: &Person, e: usize, seen: &mut Vec<(u32, u32)>) -> u32 {
        let entry = &self.people[e];
        let Some(group) = self.namesake_group[e] else {
            return entry.namesakes;
        };
        let confirmable = (person.date_of_birth.is_some() && entry.date_of_birth.is_some())
            || (person.document.is_some() && entry.document.is_some());
        if confirmable {
            // The name need not carry the hit alone: namesakes do not count.
            return entry.namesakes;
        }
        let possible = match seen.iter().find(|(g, _)| *g == group) {
            Some(&(_, n)) => n,
            None => {
                let n = self.namesakes[group as usize]
                    .iter()
                    .filter(|&&i| !person.contradicts(&self.people[i as usize]))
                    .count() as u32;
                seen.push((group, n));
                n
            }
        };
        // The entry itself is compared in any case.
        possible + u32::from(person.contradicts(entry))
    }

    pub fn screener(&self) -> Screener<'_> {
        let n = self.people.len();
        let mut votes = SPARE_VOTES.with(|spare| std::mem::take(&mut *spare.borrow_mut()));
        if votes.len() < n {
            votes = vec![0.0; n];
        }
        Screener {
            list: self,
            votes,
            touched: vec![],
        }
    }

    /// Screens many persons on every core; hits per person, best first.
    pub fn screen_all(&self, persons: &[Person], threshold: f64) -> Vec<Vec<Hit>> {
        // A few persons (a border check, one query) are not worth threads.
        if persons.len() < 64 {
            let mut screener = self.screener();
            return persons
                .iter()
                .map(|p| screener.screen(p, threshold))
                .collect();
        }
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let per = persons.len().div_ceil(workers).max(1);
        std::thread::scope(|s| {
            let parts: Vec<_> = persons
                .chunks(per)
                .map(|chunk| {
                    s.spawn(move || {
                        let mut screener = self.screener();
                        chunk
                            .iter()
                            .map(|p| screener.screen(p, threshold))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            parts
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    }
}

impl Screener<'_> {
    /// The entries this person may be, best first, scored at or above
    /// `threshold`.
    pub fn screen(&mut self, person: &Person, threshold: f64) -> Vec<Hit> {
        let list = self.list;
        let person = &list.weighed(person);
        let n = list.people.len() as f32;
        let mut lists: Vec<&[u32]> = keys(person)
            .into_iter()
            .filter_map(|k| list.postings.get(&k).map(Vec::as_slice))
            .collect();
        // Rarest first, so that long lists find the candidates already in.
        lists.sort_unstable_by_key(|l| l.len());
        for entries in lists {
            // Rare keys say more than common ones.
            let weight = (1.0 + n / entries.len() as f32).ln();
            if entries.len() > LONG_POSTINGS && !self.touched.is_empty() {
                // Postings are in entry order: look the candidates up.
                for &e in &self.touched {
                    if entries.binary_search(&e).is_ok() {
                        self.votes[e as usize] += weight;
                    }
                }
                continue;
            }
            for &e in entries {
                if self.votes[e as usize] == 0.0 {
                    self.touched.push(e);
                }
                self.votes[e as usize] += weight;
            }
        }
        let best = self
            .touched
            .iter()
            .map(|&e| self.votes[e as usize])
            .fold(0.0f32, f32::max);
        let mut candidates: Vec<(f32, u32)> = self
            .touched
            .iter()
            .map(|&e| (self.votes[e as usize], e))
            .filter(|(v, _)| *v >= best * VOTE_SHARE)
            .collect();
        for &e in &self.touched {
            self.votes[e as usize] = 0.0;
        }
        self.touched.clear();
        candidates.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        candidates.truncate(MAX_CANDIDATES);
        let mut seen = vec![];
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .filter_map(|(_, e)| {
                let entry = &list.people[e as usize];
                let namesakes = list.namesakes_for(person, e as usize, &mut seen);
                score::compare_among(person, entry, threshold, namesakes).map(|m| Hit {
                    entry: e as usize,
                    score: m.score,
                    contributions: m.contributions,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::PersonInput;

    fn p(id: &str, given: &str, surname: &str, native: &str, dob: &str) -> Person {
        Person::prepare(&PersonInput {
            id,
            given_names: given,
            surname,
            full_name_native: native,
            date_of_birth: dob,
            ..PersonInput::default()
        })
    }

    #[test]
    fn screening_finds_the_entry_without_scanning_the_list() {
        let mut people: Vec<Person> = (0..5000)
            .map(|i| {
                p(
                    &format!("W{i}"),
                    &format!("Given{i}"),
                    &format!("Family{i}"),
                    "",
                    "1970",
                )
            })
            .collect();
        people.push(p(
            "W-ivan",
            "Yuriy",
            "Chaykovskiy",
            "Юрий Чайковский",
            "1975-03-12",
        ));
        let list = Watchlist::build(people);
        let hits = list
            .screener()
            .screen(&p("T1", "Iouri", "Tchaikovski", "", "1975-03-12"), 0.7);
        assert_eq!(hits.len(), 1);
        assert_eq!(list.entry(hits[0].entry).id, "W-ivan");
        assert!(
            list.screener()
                .screen(&p("T2", "Nobody", "Known", "", ""), 0.7)
                .is_empty()
        );
        let all = list.screen_all(&[p("T1", "Yuri", "Chaikovsky", "", "1975-03-12")], 0.7);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].len(), 1);
    }

    /// A surname shared by more entries than LONG_POSTINGS does not flood
    /// the candidates: the entry a rarer key found still wins; and a
    /// person known by common names alone still gets candidates.
    #[test]
    fn common_names_among_many_entries_do_not_drown_the_rare_one() {
        let mut people: Vec<Person> = (0..LONG_POSTINGS + 500)
            .map(|i| {
                p(
                    &format!("W{i}"),
                    "Mohammed",
                    "Khan",
                    "",
                    &format!("19{:02}", i % 90 + 10),
                )
            })
            .collect();
        people.push(p("W-rare", "Zebulon", "Khan", "", "1981-04-02"));
        let list = Watchlist::build(people);
        let mut screener = list.screener();
        let hits = screener.screen(&p("T1", "Zebulon", "Khan", "", "1981-04-02"), 0.7);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(list.entry(hits[0].entry).id, "W-rare");
        // The same screener (its votes reset) for the next person.
        let hits = screener.screen(&p("T2", "Mohammed", "Khan", "", "1975"), 0.0);
        assert!(!hits.is_empty(), "common names alone still find candidates");
        assert!(hits.len() <= MAX_CANDIDATES);
        drop(screener);
        // A new screener reuses the zeroed votes: same answer again.
        let again = list
            .screener()
            .screen(&p("T1", "Zebulon", "Khan", "", "1981-04-02"), 0.7);
        assert_eq!(again.len(), 1);
    }

    fn entry(id: &str, nationality: &str, gender: &str) -> Person {
        Person::prepare(&PersonInput {
            id,
            given_names: "Lukas",
            surname: "Schmidt",
            nationality,
            gender,
            ..PersonInput::default()
        })
    }

    #[test]
    fn namesakes_that_cannot_be_the_traveller_do_not_dilute_the_name() {
        let traveller = entry("T", "DEU", "M");
        // Four entries of the name, three of which contradict the traveller.
        let ruled_out = Watchlist::build(vec![
            entry("W1", "DEU", "M"),
            entry("W2", "AUT", "M"),
            entry("W3", "CHE", "M"),
            entry("W4", "DEU", "F"),
        ]);
        assert_eq!(
            ruled_out.namesakes_for(&ruled_out.weighed(&traveller), 0, &mut vec![]),
            1
        );
        let all_possible = Watchlist::build(vec![
            entry("W1", "DEU", "M"),
            entry("W2", "DEU", "M"),
            entry("W3", "DEU", "M"),
            entry("W4", "DEU", "M"),
        ]);
        assert_eq!(
            all_possible.namesakes_for(&all_possible.weighed(&traveller), 0, &mut vec![]),
            4
        );
        let score = |list: &Watchlist| {
            list.screener()
                .screen(&traveller, 0.01)
                .iter()
                .find(|h| h.entry == 0)
                .map(|h| h.score)
                .unwrap_or(0.0)
        };
        assert!(score(&ruled_out) > score(&all_possible) + 0.1);
    }
}

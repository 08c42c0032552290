//! Two persons compared field by field. Each field adds evidence for or
//! against being the same person, as a log-odds weight (Fellegi–Sunter
//! style); the sum, through the logistic function, is the score in 0..1.
//! Nationality and gender are evidence like the rest, never filters: a
//! dual national or a mistyped gender still matches on the rest.

use crate::date::{self, DateAgreement};
use crate::document::{self, DocumentAgreement};
use crate::jaro::jaro_winkler;
use crate::person::{MAX_TOKENS, NameForm, NameSource, Person, Token};

/// What one field said about a pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// `name`, `date_of_birth`, `document_number`, `nationality`, `gender`.
    pub field: &'static str,
    /// How the values agreed, in words.
    pub how: String,
    /// Its log-odds weight: positive for, negative against.
    pub weight: f64,
}

/// A comparison: the score and every field's part in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub score: f64,
    pub contributions: Vec<Contribution>,
}

/// The weights, tuned on a labelled set (docs/matching.md).
mod weights {
    /// Prior log-odds of a pair that reached scoring.
    pub const PRIOR: f64 = -0.8;
    /// Name similarity `s` in 0..1 counts `NAME_SLOPE * (s - NAME_PIVOT)`,
    /// clamped.
    pub const NAME_SLOPE: f64 = 18.0;
    pub const NAME_PIVOT: f64 = 0.82;
    pub const NAME_MAX: f64 = 3.5;
    pub const NAME_MIN: f64 = -7.0;
    pub const DOB_EXACT: f64 = 3.0;
    pub const DOB_PARTIAL: f64 = 1.2;
    pub const DOB_SWAPPED: f64 = 1.8;
    pub const DOB_NEAR: f64 = 1.0;
    pub const DOB_DIFFERENT: f64 = -4.0;
    pub const DOC_EXACT: f64 = 4.0;
    pub const DOC_CONFUSABLE: f64 = 3.5;
    pub const DOC_ONE_EDIT: f64 = 1.5;
    pub const DOC_DIFFERENT: f64 = -1.6;
    pub const NATIONALITY_SAME: f64 = 0.4;
    pub const NATIONALITY_DIFFERENT: f64 = -0.8;
    pub const GENDER_SAME: f64 = 0.1;
    pub const GENDER_DIFFERENT: f64 = -1.5;
    /// Neither a date of birth nor a document to compare: the name alone
    /// must carry the hit, which only a rare name can.
    pub const UNCONFIRMED: f64 = -0.6;
    /// And further when the names are not spelled alike.
    pub const UNCONFIRMED_UNLIKE: f64 = -0.6;
}

/// How two name tokens agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TokenAgreement {
    Exact,
    Alias,
    Phonetic,
    Joined,
    Fuzzy,
    Initial,
}

impl TokenAgreement {
    fn word(self) -> &'static str {
        match self {
            TokenAgreement::Exact => "exact",
            TokenAgreement::Alias => "known variant",
            TokenAgreement::Phonetic => "same sound",
            TokenAgreement::Joined => "joined or split",
            TokenAgreement::Fuzzy => "typing error",
            TokenAgreement::Initial => "initial",
        }
    }
}

fn token_similarity(a: &Token, b: &Token) -> (f64, TokenAgreement) {
    if a.text == b.text {
        return (1.0, TokenAgreement::Exact);
    }
    if a.initial || b.initial {
        let same = a.text.as_bytes().first() == b.text.as_bytes().first();
        return (if same { 0.8 } else { 0.0 }, TokenAgreement::Initial);
    }
    if a.alias_of(b) {
        return (0.95, TokenAgreement::Alias);
    }
    let jw = jaro_winkler(&a.text, &b.text);
    if a.key == b.key && !a.key.is_empty() {
        let floor = if a.key.len() >= 2 {
            0.93
        } else if jw >= 0.7 {
            0.88
        } else {
            0.0
        };
        if floor > jw {
            return (floor, TokenAgreement::Phonetic);
        }
    }
    let shorter = a.text.len().min(b.text.len());
    if shorter >= 4 && (a.text.starts_with(&b.text) || b.text.starts_with(&a.text)) && jw < 0.88 {
        // A name cut short (machine-readable zones truncate long names).
        return (0.88, TokenAgreement::Fuzzy);
    }
    (jw, TokenAgreement::Fuzzy)
}

/// The similarity of two ways of writing a name, and how it was reached.
struct NameAgreement {
    similarity: f64,
    worst: TokenAgreement,
    pairs: usize,
    /// How rare the agreeing names are (mean rarity of the paired tokens):
    /// agreeing on a common name proves less than on a rare one.
    rarity: f64,
}

/// Below this two tokens are not paired at all.
const PAIR_FLOOR: f64 = 0.75;

fn name_agreement(a: &NameForm, b: &NameForm) -> NameAgreement {
    let (na, nb) = (a.tokens.len(), b.tokens.len());
    let (mut used_a, mut used_b) = ([false; MAX_TOKENS], [false; MAX_TOKENS]);
    let (mut got_a, mut got_b) = (0.0, 0.0);
    let mut worst = TokenAgreement::Exact;
    let (mut pairs, mut strong) = (0, false);
    let (mut rarity_sum, mut rarity_n) = (0.0, 0.0);
    // Names written together on one side and apart on the other (Min-jun /
    // Minjun, Abdul Rahman / Abdulrahman, de la Cruz / Delacruz), before
    // single tokens pair up with the parts.
    for (i, j, s) in joined_pairs(a, b, &mut used_a, &mut used_b) {
        got_a += s * (a.tokens[i].weight + a.tokens[i + 1].weight);
        got_b += s * b.tokens[j].weight;
        worst = worst.max(TokenAgreement::Joined);
        pairs += 1;
        strong = true;
    }
    for (j, i, s) in joined_pairs(b, a, &mut used_b, &mut used_a) {
        got_b += s * (b.tokens[j].weight + b.tokens[j + 1].weight);
        got_a += s * a.tokens[i].weight;
        worst = worst.max(TokenAgreement::Joined);
        pairs += 1;
        strong = true;
    }
    let mut candidates = [(0.0f64, TokenAgreement::Exact, 0u8, 0u8); MAX_TOKENS * MAX_TOKENS];
    let mut count = 0;
    for (i, ta) in a.tokens.iter().enumerate() {
        if used_a[i] {
            continue;
        }
        for (j, tb) in b.tokens.iter().enumerate() {
            if used_b[j] {
                continue;
            }
            let (s, how) = token_similarity(ta, tb);
            if s >= PAIR_FLOOR {
                candidates[count] = (s, how, i as u8, j as u8);
                count += 1;
            }
        }
    }
    let candidates = &mut candidates[..count];
    candidates.sort_unstable_by(|x, y| y.0.total_cmp(&x.0));
    for &(s, how, i, j) in candidates.iter() {
        let (i, j) = (i as usize, j as usize);
        if used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        got_a += s * a.tokens[i].weight;
        got_b += s * b.tokens[j].weight;
        worst = worst.max(how);
        pairs += 1;
        if !b.tokens[j].particle && !b.tokens[j].initial {
            rarity_sum += b.tokens[j].rarity;
            rarity_n += 1.0;
        }
        strong |= s >= 0.85 && !a.tokens[i].particle && !a.tokens[i].initial;
    }
    let total_a: f64 = a.tokens[..na].iter().map(|t| t.weight).sum();
    let total_b: f64 = b.tokens[..nb].iter().map(|t| t.weight).sum();
    if total_a == 0.0 || total_b == 0.0 {
        return NameAgreement {
            similarity: 0.0,
            worst,
            pairs: 0,
            rarity: 1.0,
        };
    }
    let (cover_a, cover_b) = (got_a / total_a, got_b / total_b);
    // The shorter name should be covered; the longer may have more (a
    // middle name, a second surname).
    let mut similarity = 0.7 * cover_a.max(cover_b) + 0.3 * cover_a.min(cover_b);
    if !strong {
        similarity *= 0.5;
    }
    NameAgreement {
        similarity,
        worst,
        pairs,
        rarity: if rarity_n > 0.0 {
            rarity_sum / rarity_n
        } else {
            1.0
        },
    }
}

/// Two consecutive unpaired tokens of `x` written as one unpaired token of
/// `y`: (first of the two in `x`, the one in `y`, similarity).
fn joined_pairs(
    x: &NameForm,
    y: &NameForm,
    used_x: &mut [bool],
    used_y: &mut [bool],
) -> Vec<(usize, usize, f64)> {
    let mut out = vec![];
    for (i, joined) in x.joined.iter().enumerate() {
        if used_x[i] || used_x[i + 1] {
            continue;
        }
        for (j, t) in y.tokens.iter().enumerate() {
            if used_y[j]
                || t.text.len().abs_diff(joined.len()) > 2
                || t.text.as_bytes().first() != joined.as_bytes().first()
            {
                continue;
            }
            let s = if t.text == *joined {
                1.0
            } else {
                jaro_winkler(&t.text, joined)
            };
            if s >= 0.92 {
                used_x[i] = true;
                used_x[i + 1] = true;
                used_y[j] = true;
                out.push((i, j, s));
                break;
            }
        }
    }
    out
}

fn best_names(a: &Person, b: &Person) -> Option<(NameAgreement, NameSource, NameSource)> {
    let mut best: Option<(NameAgreement, NameSource, NameSource)> = None;
    for fa in &a.names {
        for fb in &b.names {
            let n = name_agreement(fa, fb);
            let perfect = n.similarity >= 0.999;
            if best
                .as_ref()
                .is_none_or(|(b, _, _)| n.similarity > b.similarity)
            {
                best = Some((n, fa.source, fb.source));
            }
            if perfect {
                return best;
            }
        }
    }
    best
}

/// The most a name can say: less for common names (rarity 0.6) than for
/// rare ones (1.3).
fn name_max(rarity: f64) -> f64 {
    weights::NAME_MAX * ((rarity - 0.3) / 0.8).clamp(0.5, 1.1)
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Compares a traveller (or a query) with a watchlist entry. Name tokens
/// count by their weights ([`Person::weigh`]).
pub fn compare(a: &Person, b: &Person) -> Match {
    let mut contributions = vec![];
    let mut spelled_alike = true;
    if let Some((name, alike)) = name_contribution(a, b) {
        contributions.push(name);
        spelled_alike = alike;
    }
    contributions.extend(other_fields(a, b, b.namesakes));
    finish(contributions, spelled_alike)
}

/// [`compare`] when only a score at or above `threshold` matters: the
/// cheap fields are weighed first, and if even a perfect name could not
/// lift the pair to the threshold, the names are not compared at all.
pub fn compare_at_least(a: &Person, b: &Person, threshold: f64) -> Option<Match> {
    compare_among(a, b, threshold, b.namesakes)
}

/// [`compare_at_least`] when only `namesakes` of the entries with `b`'s
/// name could be `a` (the others contradict `a`'s nationality, gender or
/// date of birth): an unconfirmed name is shared by that many candidates,
/// not by every namesake on the list.
pub fn compare_among(a: &Person, b: &Person, threshold: f64, namesakes: u32) -> Option<Match> {
    let others = other_fields(a, b, namesakes);
    let best_case: f64 =
        weights::PRIOR + name_max(1.3) + others.iter().map(|c| c.weight).sum::<f64>();
    if logistic(best_case) < threshold {
        return None;
    }
    let mut contributions = vec![];
    let mut spelled_alike = true;
    if let Some((name, alike)) = name_contribution(a, b) {
        contributions.push(name);
        spelled_alike = alike;
    }
    contributions.extend(others);
    Some(finish(contributions, spelled_alike)).filter(|m| m.score >= threshold)
}

/// Sums the contributions. A name that alone must carry the hit
/// (`unconfirmed`) counts less when it is not spelled alike on both sides
/// (only a similar sound or a typing error joins them): a near name with
/// nothing to confirm it is most often another person's.
fn finish(mut contributions: Vec<Contribution>, spelled_alike: bool) -> Match {
    if !spelled_alike && let Some(c) = contributions.iter_mut().find(|c| c.field == "unconfirmed") {
        c.weight += weights::UNCONFIRMED_UNLIKE;
        c.how.push_str(", and the names are spelled differently");
    }
    let total: f64 = weights::PRIOR + contributions.iter().map(|c| c.weight).sum::<f64>();
    Match {
        score: logistic(total),
        contributions,
    }
}

/// The name's contribution, and whether the names are spelled alike (each
/// token the same or a known variant, nothing left over on the shorter
/// side).
fn name_contribution(a: &Person, b: &Person) -> Option<(Contribution, bool)> {
    let (n, sa, sb) = best_names(a, b)?;
    let weight = (weights::NAME_SLOPE * (n.similarity - weights::NAME_PIVOT))
        .clamp(weights::NAME_MIN, name_max(n.rarity));
    let forms = match (sa, sb) {
        (NameSource::Latin, NameSource::Latin) => "",
        (NameSource::Native, NameSource::Native) => ", both romanised from the native script",
        _ => ", across scripts",
    };
    let how = if n.pairs == 0 {
        "no name part in common".to_owned()
    } else {
        format!(
            "{:.0} % similar ({}{})",
            n.similarity * 100.0,
            n.worst.word(),
            forms
        )
    };
    let alike = n.worst <= TokenAgreement::Alias && n.similarity >= ALIKE;
    Some((
        Contribution {
            field: "name",
            how,
            weight,
        },
        alike,
    ))
}

/// The name similarity from which names spelled alike count as a full name.
const ALIKE: f64 = 0.9;

/// Date of birth, document, nationality and gender, where both sides have
/// them.
fn other_fields(a: &Person, b: &Person, namesakes: u32) -> Vec<Contribution> {
    let mut contributions = vec![];
    if let (Some(da), Some(db)) = (&a.date_of_birth, &b.date_of_birth) {
        let (how, weight) = match date::agreement(da, db) {
            DateAgreement::Exact => ("same date", weights::DOB_EXACT),
            DateAgreement::Partial => ("same as far as both are known", weights::DOB_PARTIAL),
            DateAgreement::Swapped => ("day and month swapped", weights::DOB_SWAPPED),
            DateAgreement::NearMiss => ("one digit or one year apart", weights::DOB_NEAR),
            DateAgreement::Different => ("different", weights::DOB_DIFFERENT),
        };
        contributions.push(Contribution {
            field: "date_of_birth",
            how: how.to_owned(),
            weight,
        });
    }
    if let (Some((ra, fa)), Some((rb, fb))) = (&a.document, &b.document) {
        let (how, weight) = match document::agreement(ra, fa, rb, fb) {
            DocumentAgreement::Exact => ("same number", weights::DOC_EXACT),
            DocumentAgreement::Confusable => (
                "same number but for characters scanners confuse",
                weights::DOC_CONFUSABLE,
            ),
            DocumentAgreement::OneEdit => ("one character apart", weights::DOC_ONE_EDIT),
            DocumentAgreement::Different => ("different", weights::DOC_DIFFERENT),
        };
        contributions.push(Contribution {
            field: "document_number",
            how: how.to_owned(),
            weight,
        });
    }
    if let (Some(na), Some(nb)) = (&a.nationality, &b.nationality) {
        let same = na == nb;
        contributions.push(Contribution {
            field: "nationality",
            how: if same { "same" } else { "different" }.to_owned(),
            weight: if same {
                weights::NATIONALITY_SAME
            } else {
                weights::NATIONALITY_DIFFERENT
            },
        });
    }
    let confirmable = (a.date_of_birth.is_some() && b.date_of_birth.is_some())
        || (a.document.is_some() && b.document.is_some());
    if !confirmable && a.has_name() && b.has_name() {
        // With n entries of the same name and nothing else to tell them
        // apart, each is the traveller with odds of about 1 in n.
        let namesakes = namesakes.max(1);
        contributions.push(Contribution {
            field: "unconfirmed",
            how: if namesakes > 1 {
                format!(
                    "no date of birth or document on both sides, and {namesakes} entries of this name that could be this person"
                )
            } else {
                "no date of birth or document on both sides: the name alone".to_owned()
            },
            weight: weights::UNCONFIRMED - f64::from(namesakes).ln(),
        });
    }
    if let (Some(ga), Some(gb)) = (a.gender, b.gender) {
        let same = ga == gb;
        contributions.push(Contribution {
            field: "gender",
            how: if same { "same" } else { "different" }.to_owned(),
            weight: if same {
                weights::GENDER_SAME
            } else {
                weights::GENDER_DIFFERENT
            },
        });
    }
    contributions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::PersonInput;

    fn person(given: &str, surname: &str, native: &str, dob: &str, nat: &str, doc: &str) -> Person {
        Person::prepare(&PersonInput {
            id: "x",
            given_names: given,
            surname,
            full_name_native: native,
            date_of_birth: dob,
            nationality: nat,
            gender: "",
            document_number: doc,
        })
    }

    fn score(a: &Person, b: &Person) -> f64 {
        compare(a, b).score
    }

    #[test]
    fn variants_of_one_person_score_high() {
        let entry = person(
            "Yuriy",
            "Chaykovskiy",
            "Юрий Чайковский",
            "1975-03-12",
            "RUS",
            "",
        );
        for traveller in [
            person("Iouri", "Tchaikovski", "", "1975-03-12", "RUS", ""),
            person("Juri", "Tschaikowski", "", "1975-12-03", "RUS", ""),
            person("", "", "Юрий Чайковский", "1975", "", ""),
            person("Chaykovskiy", "Yuriy", "", "1975-03-12", "RUS", ""),
            person("Yuriy", "Chaykovskyi", "", "1975-03-12", "", ""),
        ] {
            let m = compare(&traveller, &entry);
            assert!(m.score >= 0.7, "{traveller:?}: {m:?}");
        }
        let mohammed = person(
            "Mohammed",
            "Al-Hassan",
            "محمد الحسن",
            "1980-01-01",
            "SYR",
            "",
        );
        let m = person("Muhammad", "Alhassan", "", "1980-01-01", "SYR", "");
        assert!(score(&m, &mohammed) >= 0.7, "{:?}", compare(&m, &mohammed));
    }

    #[test]
    fn different_people_with_similar_names_score_low() {
        let entry = person("Ivan", "Petrov", "", "1975-03-12", "RUS", "");
        assert!(
            score(
                &person("Ivan", "Petrov", "", "1988-07-30", "RUS", ""),
                &entry
            ) < 0.5
        );
        assert!(
            score(
                &person("Sergei", "Petrov", "", "1975-08-02", "RUS", ""),
                &entry
            ) < 0.3
        );
        assert!(score(&person("Anna", "Schmidt", "", "", "", ""), &entry) < 0.05);
    }

    #[test]
    fn a_document_number_with_scanner_errors_still_meets() {
        let entry = person("Anna", "Berger", "", "", "AUT", "P1O58I2");
        let t = person("Anna", "Berger", "", "", "AUT", "P105812");
        let m = compare(&t, &entry);
        assert!(m.score > 0.95, "{m:?}");
        assert!(
            m.contributions
                .iter()
                .any(|c| c.field == "document_number" && c.weight > 3.0)
        );
    }

    #[test]
    fn every_field_explains_its_part() {
        let a = person("Ivan", "Petrov", "", "1975-03-12", "RUS", "");
        let m = compare(&a, &a);
        let fields: Vec<&str> = m.contributions.iter().map(|c| c.field).collect();
        assert_eq!(fields, ["name", "date_of_birth", "nationality"]);
        let total: f64 = weights::PRIOR + m.contributions.iter().map(|c| c.weight).sum::<f64>();
        assert!(
            (logistic(total) - m.score).abs() < 1e-12,
            "the parts add up to the score"
        );
    }

    #[test]
    fn a_name_alone_counts_less_when_spelled_differently() {
        let entry = person("Giovanni", "Russo", "", "", "ITA", "");
        let alike = compare(&person("Giovanni", "Russo", "", "1970", "ITA", ""), &entry);
        let unlike = compare(&person("Giovanni", "Rossi", "", "1970", "ITA", ""), &entry);
        let weight = |m: &Match| {
            m.contributions
                .iter()
                .find(|c| c.field == "unconfirmed")
                .map(|c| c.weight)
        };
        assert_eq!(weight(&alike), Some(weights::UNCONFIRMED));
        assert_eq!(
            weight(&unlike),
            Some(weights::UNCONFIRMED + weights::UNCONFIRMED_UNLIKE)
        );
        let total: f64 =
            weights::PRIOR + unlike.contributions.iter().map(|c| c.weight).sum::<f64>();
        assert!(
            (logistic(total) - unlike.score).abs() < 1e-12,
            "still adds up"
        );
    }
}

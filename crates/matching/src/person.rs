//! A person prepared once for comparison: every way their name may be
//! written in Latin letters, each token with its phonetic key and aliases;
//! the date of birth, nationality, gender and document number parsed.

use crate::date::PartialDate;
use crate::{aliases, document, normalise, phonetic, romanise};

/// A person as a list gives it: the fields of the screening CSV files.
#[derive(Clone, Debug, Default)]
pub struct PersonInput<'a> {
    pub id: &'a str,
    pub given_names: &'a str,
    pub surname: &'a str,
    pub full_name_native: &'a str,
    pub date_of_birth: &'a str,
    /// ISO 3166 alpha-3 (or alpha-2).
    pub nationality: &'a str,
    /// `M`, `F`, `male`, `female`, or empty.
    pub gender: &'a str,
    pub document_number: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Name particles: part of a name, weak evidence of identity.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "abd", "van", "von", "der", "den", "de", "del",
    "della", "di", "da", "do", "dos", "das", "du", "la", "le", "y", "e", "ben", "bat", "mac", "mc",
    "ter", "ten", "zu", "st",
];

/// Tokens kept per way of writing a name (longer names are cut: the
/// comparison works on the stack).
pub const MAX_TOKENS: usize = 12;

/// One token of a name.
#[derive(Clone, Debug)]
pub struct Token {
    pub text: String,
    pub key: String,
    pub surname: bool,
    pub particle: bool,
    /// A single letter: an initial.
    pub initial: bool,
    /// The names this spelling may stand for ([`aliases::groups`]).
    pub aliases: &'static [u16],
    /// How much the token says about identity: surnames more than given
    /// names, rare names more than common ones (see [`Person::weigh`]),
    /// particles and initials little.
    pub weight: f64,
    /// How rare the spelling is in the watchlist (1.0 when unknown).
    pub rarity: f64,
}

impl Token {
    fn new(text: String, surname: bool) -> Token {
        let mut t = Token {
            key: phonetic::skeleton(&text),
            particle: PARTICLES.contains(&text.as_str()),
            initial: text.len() == 1,
            surname,
            aliases: aliases::groups(&text),
            text,
            weight: 0.0,
            rarity: 1.0,
        };
        t.weight = t.base_weight(1.0);
        t
    }

    fn base_weight(&self, rarity: f64) -> f64 {
        if self.particle {
            0.25
        } else if self.initial {
            0.4
        } else {
            (if self.surname { 1.0 } else { 0.8 }) * rarity
        }
    }

    /// Whether this token may be the same name as `other` by the alias
    /// table.
    pub fn alias_of(&self, other: &Token) -> bool {
        self.aliases.iter().any(|g| other.aliases.contains(g))
    }
}

/// Where a way of writing the name came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameSource {
    /// The Latin fields (given names, surname).
    Latin,
    /// A romanisation of the native-script name.
    Native,
}

/// One way of writing the person's name.
#[derive(Clone, Debug)]
pub struct NameForm {
    pub tokens: Vec<Token>,
    pub source: NameSource,
    /// Each token joined with the next (Min Jun → minjun), made once.
    pub joined: Vec<String>,
}

impl NameForm {
    fn new(mut tokens: Vec<Token>, source: NameSource) -> NameForm {
        tokens.truncate(MAX_TOKENS);
        let joined = tokens
            .windows(2)
            .map(|w| format!("{}{}", w[0].text, w[1].text))
            .collect();
        NameForm {
            tokens,
            source,
            joined,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Person {
    pub id: String,
    pub names: Vec<NameForm>,
    pub date_of_birth: Option<PartialDate>,
    pub nationality: Option<String>,
    pub gender: Option<Gender>,
    /// Upper-case letters and digits, and the OCR-folded form.
    pub document: Option<(String, String)>,
    /// The name as shown in explanations.
    pub display_name: String,
    /// Watchlist entries with this same name (1 for a traveller, and for an
    /// entry whose name nobody else on the list has).
    pub namesakes: u32,
}

impl Person {
    pub fn prepare(p: &PersonInput<'_>) -> Person {
        let mut names: Vec<NameForm> = vec![];
        let given = normalise::latin_tokens(p.given_names);
        let surname = normalise::latin_tokens(p.surname);
        if !given.is_empty() || !surname.is_empty() {
            let tokens = given
                .into_iter()
                .map(|t| Token::new(t, false))
                .chain(surname.into_iter().map(|t| Token::new(t, true)))
                .collect();
            names.push(NameForm::new(tokens, NameSource::Latin));
        }
        let native = p.full_name_native.trim();
        if !native.is_empty() {
            let script = romanise::detect(native);
            for tokens in romanise::romanisations(native) {
                // Chinese and Korean names put the surname first.
                let surname_first =
                    matches!(script, romanise::Script::Han | romanise::Script::Hangul);
                let last = tokens.len().saturating_sub(1);
                let form = NameForm::new(
                    tokens
                        .into_iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let mut t =
                                Token::new(t, if surname_first { i == 0 } else { i == last });
                            if surname_first && t.initial {
                                // A syllable (이 → I, 오 → O), not an initial.
                                t.initial = false;
                                t.weight = t.base_weight(1.0);
                            }
                            t
                        })
                        .collect(),
                    NameSource::Native,
                );
                if !names.iter().any(|n| same_tokens(n, &form)) {
                    names.push(form);
                }
            }
        }
        let document = Some(document::clean(p.document_number))
            .filter(|d| !d.is_empty())
            .map(|d| {
                let folded = document::fold(&d);
                (d, folded)
            });
        Person {
            id: p.id.to_owned(),
            display_name: display_name(p),
            names,
            date_of_birth: PartialDate::parse(p.date_of_birth),
            nationality: Some(p.nationality.trim().to_ascii_uppercase()).filter(|n| !n.is_empty()),
            gender: match p.gender.trim().to_ascii_lowercase().as_str() {
                "m" | "male" => Some(Gender::Male),
                "f" | "female" => Some(Gender::Female),
                _ => None,
            },
            document,
            namesakes: 1,
        }
    }

    /// The name as a key: the tokens of its first form, sorted (so that
    /// order does not matter).
    pub fn name_key(&self) -> Option<String> {
        let form = self.names.first()?;
        let mut tokens: Vec<&str> = form.tokens.iter().map(|t| t.text.as_str()).collect();
        tokens.sort_unstable();
        Some(tokens.join(" "))
    }

    /// Prepares many persons on every core.
    pub fn prepare_all(inputs: &[PersonInput<'_>]) -> Vec<Person> {
        if inputs.len() < 64 {
            return inputs.iter().map(Person::prepare).collect();
        }
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let per = inputs.len().div_ceil(workers).max(1);
        std::thread::scope(|s| {
            let parts: Vec<_> = inputs
                .chunks(per)
                .map(|chunk| s.spawn(move || chunk.iter().map(Person::prepare).collect::<Vec<_>>()))
                .collect();
            parts
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    }

    /// Sets each name token's weight from how rare the name is (1.0: as
    /// informative as names go).
    pub fn weigh(&mut self, rarity: impl Fn(&str) -> f64) {
        for form in &mut self.names {
            for t in &mut form.tokens {
                t.rarity = rarity(&t.text);
                t.weight = t.base_weight(t.rarity);
            }
        }
    }

    /// Whether `other` cannot be this person by the fields that are not the
    /// name: a different nationality, gender or date of birth where both
    /// give one.
    pub fn contradicts(&self, other: &Person) -> bool {
        let differ =
            |a: Option<&str>, b: Option<&str>| matches!((a, b), (Some(a), Some(b)) if a != b);
        differ(self.nationality.as_deref(), other.nationality.as_deref())
            || matches!((self.gender, other.gender), (Some(a), Some(b)) if a != b)
            || matches!((&self.date_of_birth, &other.date_of_birth),
                (Some(a), Some(b)) if crate::date::agreement(a, b) == crate::date::DateAgreement::Different)
    }

    /// Whether the person has any name to compare.
    pub fn has_name(&self) -> bool {
        self.names.iter().any(|n| !n.tokens.is_empty())
    }
}

fn same_tokens(a: &NameForm, b: &NameForm) -> bool {
    a.tokens.len() == b.tokens.len()
        && a.tokens
            .iter()
            .zip(&b.tokens)
            .all(|(x, y)| x.text == y.text)
}

fn display_name(p: &PersonInput<'_>) -> String {
    let latin = format!("{} {}", p.given_names.trim(), p.surname.trim());
    let latin = latin.trim();
    match (latin.is_empty(), p.full_name_native.trim()) {
        (false, "") => latin.to_owned(),
        (true, native) => native.to_owned(),
        (false, native) => format!("{latin} ({native})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_korean_one_letter_surname_is_not_an_initial() {
        let p = Person::prepare(&PersonInput {
            full_name_native: "이민준",
            ..PersonInput::default()
        });
        let i = &p.names[0].tokens[0];
        assert_eq!(i.text, "i");
        assert!(!i.initial && i.surname);
        assert!(i.alias_of(&Token::new("lee".into(), true)));
    }
}

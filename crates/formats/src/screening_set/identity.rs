//! A person as the generator knows them ([`Subject`]): the whole truth
//! (full date of birth, nationality, document) and what one record of them
//! shows. Variations and negatives are edits of a subject, so what changed
//! is never guessed back from the CSV text.

use super::names::{self, Origin, draw_given, draw_surname, passport_system};
use super::rng::Draw;
use super::romanise::{Lang, NativePart, Role, System, romanise};
use super::script::Script;
use std::fmt;

/// Screening data is read in a fixed year so that a seed gives the same
/// ages whenever it is run.
pub(crate) const REFERENCE_YEAR: u16 = 2025;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    pub fn code(self) -> &'static str {
        match self {
            Gender::Male => "M",
            Gender::Female => "F",
        }
    }
}

/// A date of birth as a record gives it: often only the year, sometimes
/// nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dob {
    Unknown,
    Year(u16),
    YearMonth(u16, u8),
    Full(u16, u8, u8),
}

impl Dob {
    pub fn year(self) -> Option<u16> {
        match self {
            Dob::Unknown => None,
            Dob::Year(y) | Dob::YearMonth(y, _) | Dob::Full(y, _, _) => Some(y),
        }
    }
}

/// ISO 8601, reduced precision for partial dates, empty when unknown.
impl fmt::Display for Dob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dob::Unknown => Ok(()),
            Dob::Year(y) => write!(f, "{y:04}"),
            Dob::YearMonth(y, m) => write!(f, "{y:04}-{m:02}"),
            Dob::Full(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// Whether two recorded dates could belong to one person: equal where both
/// say something, or the day and month swapped (a common keying error).
pub(crate) fn dob_compatible(a: Dob, b: Dob) -> bool {
    use Dob::*;
    match (a, b) {
        (Unknown, _) | (_, Unknown) => true,
        (Full(y1, m1, d1), Full(y2, m2, d2)) => {
            y1 == y2 && ((m1 == m2 && d1 == d2) || (m1 == d2 && d1 == m2))
        }
        (Full(y1, m1, d1), YearMonth(y2, m2)) | (YearMonth(y2, m2), Full(y1, m1, d1)) => {
            y1 == y2 && (m1 == m2 || d1 == m2)
        }
        (YearMonth(y1, m1), YearMonth(y2, m2)) => y1 == y2 && m1 == m2,
        _ => a.year() == b.year(),
    }
}

pub(crate) fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// A random day of year `y`.
pub(crate) fn draw_day(y: u16, g: &mut Draw) -> (u8, u8) {
    let m = g.int(1, 12) as u8;
    let d = g.int(1, days_in_month(y, m) as u32) as u8;
    (m, d)
}

/// A name in its own script, kept even when a record does not print it, so
/// that it can be romanised again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NativeName {
    pub lang: Lang,
    /// The system of the Latin name next to it.
    pub system: System,
    pub given: Vec<NativePart>,
    pub surname: NativePart,
}

impl NativeName {
    /// As the script writes it: `王伟`, `김민준`, `Юрий Чайковский`.
    pub fn full(&self) -> String {
        let given: Vec<&str> = self.given.iter().map(|p| p.text.as_str()).collect();
        if self.lang.surname_first() {
            format!("{}{}", self.surname.text, given.concat())
        } else {
            format!("{} {}", given.join(" "), self.surname.text)
        }
    }

    pub fn latin_given(&self, system: System) -> Vec<String> {
        self.given
            .iter()
            .map(|p| romanise(self.lang, p, Role::Given, system))
            .collect()
    }

    pub fn latin_surname(&self, system: System) -> String {
        romanise(self.lang, &self.surname, Role::Surname, system)
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Subject {
    pub origin: &'static Origin,
    pub gender: Gender,
    pub given: Vec<String>,
    pub surname: String,
    pub native: Option<NativeName>,
    /// Rank of the first given name and the surname in their lists.
    pub ranks: (usize, usize),
    /// The truth behind the record.
    pub birth: (u16, u8, u8),
    pub true_nationality: &'static str,
    pub true_document: String,
    /// What the record shows.
    pub show_latin: bool,
    pub show_native: bool,
    pub dob: Dob,
    pub nationality: Option<&'static str>,
    pub shown_gender: Option<Gender>,
    pub document: Option<String>,
}

/// One row of `watchlist.csv` or `travellers.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub given_names: String,
    pub surname: String,
    pub full_name_native: String,
    pub script: Script,
    pub date_of_birth: Dob,
    pub nationality: String,
    pub gender: Option<Gender>,
    pub document_number: String,
}

impl Subject {
    pub fn script(&self) -> Script {
        self.origin.script
    }

    /// Whether the common full names of the origin are this person's: the
    /// two most frequent first names with the three most frequent surnames.
    pub fn common_name(&self) -> bool {
        self.ranks.0 < 2 && self.ranks.1 < 3
    }

    pub fn record(&self, id: String) -> Record {
        let (given_names, surname) = if self.show_latin {
            (self.given.join(" "), self.surname.clone())
        } else {
            (String::new(), String::new())
        };
        let full_name_native = match (&self.native, self.show_native) {
            (Some(n), true) => n.full(),
            _ => String::new(),
        };
        Record {
            id,
            given_names,
            surname,
            full_name_native,
            script: self.script(),
            date_of_birth: self.dob,
            nationality: self.nationality.unwrap_or_default().to_owned(),
            gender: self.shown_gender,
            document_number: self.document.clone().unwrap_or_default(),
        }
    }

    /// Everything a passenger record carries, all of it true: the starting
    /// point of every traveller who is this person.
    pub fn as_traveller(&self) -> Subject {
        let (y, m, d) = self.birth;
        Subject {
            show_latin: true,
            dob: Dob::Full(y, m, d),
            nationality: Some(self.true_nationality),
            shown_gender: Some(self.gender),
            document: Some(self.true_document.clone()),
            ..self.clone()
        }
    }

    /// Re-spells the Latin name from the native one in `system`.
    pub fn respell(&mut self, system: System) {
        if let Some(n) = &mut self.native {
            n.system = system;
            self.given = n.latin_given(system);
            self.surname = n.latin_surname(system);
        }
    }
}

/// Who the person is drawn for: watchlists are mostly men of working age;
/// passengers are everybody.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Population {
    Watchlist,
    Travellers,
}

pub(crate) fn draw_birth(pop: Population, g: &mut Draw) -> (u16, u8, u8) {
    let age = match pop {
        Population::Watchlist => 18.0 + g.unit() * 32.0 + g.unit() * 22.0,
        Population::Travellers => 1.0 + g.unit() * 50.0 + g.unit() * 35.0,
    };
    let y = REFERENCE_YEAR - age as u16;
    let (m, d) = draw_day(y, g);
    (y, m, d)
}

/// A new person of `origin` (or of a random origin) with the given gender.
pub(crate) fn draw_person(
    pop: Population,
    origin: Option<&'static Origin>,
    g: &mut Draw,
) -> Subject {
    let o = origin.unwrap_or_else(|| names::draw_origin(g));
    let female_share = match pop {
        Population::Watchlist => 0.22,
        Population::Travellers => 0.45,
    };
    let gender = if g.chance(female_share) {
        Gender::Female
    } else {
        Gender::Male
    };
    // One in ten lives under another flag: a Moroccan-born Frenchman, a
    // Russian-born German, spelled by the documents of where they live now.
    let nationality = if !o.elsewhere.is_empty() && g.chance(0.1) {
        *g.pick(o.elsewhere)
    } else {
        o.nationality
    };
    let birth = draw_birth(pop, g);
    let mut s = Subject {
        origin: o,
        gender,
        given: vec![],
        surname: String::new(),
        native: None,
        ranks: (0, 0),
        birth,
        true_nationality: nationality,
        true_document: document_number(nationality, g),
        show_latin: true,
        show_native: false,
        dob: Dob::Full(birth.0, birth.1, birth.2),
        nationality: Some(nationality),
        shown_gender: Some(gender),
        document: None,
    };
    name_person(&mut s, g);
    s
}

/// Draws a whole new name for `s` (keeping its origin, gender, nationality).
pub(crate) fn name_person(s: &mut Subject, g: &mut Draw) {
    let female = s.gender == Gender::Female;
    let given = draw_given(s.origin, female, g);
    let surname = draw_surname(s.origin, female, g);
    s.ranks = (given.rank, surname.rank);
    match (s.origin.lang(), surname.native) {
        (Some(lang), Some(native_surname)) => {
            let system =
                passport_system(s.origin, s.true_nationality, g).unwrap_or(lang.systems()[0]);
            s.native = Some(NativeName {
                lang,
                system,
                given: given.native,
                surname: native_surname,
            });
            s.respell(system);
        }
        _ => {
            s.native = None;
            s.given = given.latin;
            s.surname = surname.latin;
        }
    }
}

/// Replaces the given names of `s` by others of its origin (a sibling, a
/// namesake), spelled in the same system.
pub(crate) fn rename_given(s: &mut Subject, g: &mut Draw) {
    let female = s.gender == Gender::Female;
    let given = draw_given(s.origin, female, g);
    s.ranks.0 = given.rank;
    match &mut s.native {
        Some(n) => {
            n.given = given.native;
            s.given = n.latin_given(n.system);
        }
        None => s.given = given.latin,
    }
}

/// A document number in the format of the issuing state: `9` a digit, `A`
/// a letter, `X` either, `C` one of the letters of German serial numbers.
fn doc_pattern(nationality: &str) -> &'static str {
    match nationality {
        "DEU" => "CXXXXXXXX",
        "FRA" | "BEL" => "99AA99999",
        "GBR" | "IRL" | "USA" | "AUS" | "CAN" => "999999999",
        "ESP" | "MEX" | "ARG" => "AAA999999",
        "ITA" | "POL" | "HUN" | "ALB" | "GRC" | "CYP" | "MAR" | "THA" => "AA9999999",
        "PRT" | "BRA" | "COL" | "UKR" => "AA999999",
        "CZE" | "SWE" | "NOR" | "ROU" | "LTU" | "ISR" | "NPL" => "99999999",
        "DNK" | "RUS" | "BGR" | "DZA" | "SYR" | "TWN" => "999999999",
        "NLD" => "AAXXXXXX9",
        "TUR" => "U99999999",
        "VNM" | "IND" | "TUN" | "SAU" | "JOR" => "A9999999",
        "CHN" => "E99999999",
        "HKG" => "K99999999",
        "KOR" => "M99999999",
        "EGY" | "IRQ" | "NGA" => "A99999999",
        _ => "A9999999",
    }
}

pub(crate) fn document_number(nationality: &str, g: &mut Draw) -> String {
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const GERMAN: &[u8] = b"CFGHJK";
    const ALNUM: &[u8] = b"CFGHJKLMNPRTVWXYZ0123456789";
    doc_pattern(nationality)
        .bytes()
        .map(|p| match p {
            b'9' => char::from(b'0' + g.int(0, 9) as u8),
            b'A' => char::from(*g.pick(LETTERS)),
            b'C' => char::from(*g.pick(GERMAN)),
            b'X' => char::from(*g.pick(ALNUM)),
            other => char::from(other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(Dob::Full(1975, 3, 9).to_string(), "1975-03-09");
        assert_eq!(Dob::YearMonth(1975, 3).to_string(), "1975-03");
        assert_eq!(Dob::Year(1975).to_string(), "1975");
        assert_eq!(Dob::Unknown.to_string(), "");
        assert!(dob_compatible(Dob::Full(1975, 3, 9), Dob::Full(1975, 9, 3)));
        assert!(dob_compatible(Dob::Full(1975, 3, 9), Dob::Year(1975)));
        assert!(!dob_compatible(Dob::Full(1975, 3, 9), Dob::Year(1976)));
        assert!(dob_compatible(Dob::Unknown, Dob::Year(1976)));
    }

    #[test]
    fn documents_are_alphanumeric() {
        let mut g = Draw::new(3);
        for o in names::ORIGINS {
            let d = document_number(o.nationality, &mut g);
            assert!(
                d.len() >= 7 && d.chars().all(|c| c.is_ascii_alphanumeric()),
                "{d}"
            );
        }
    }
}

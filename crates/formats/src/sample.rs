//! Reproducible, realistic, multilingual sample data in the import format
//! (`liaison demo-data`).
//!
//! [`generate`] builds a whole sample set from a seed and a number of persons:
//! persons with their documents, vehicles, bank accounts, phones and e-mail
//! addresses, organisations, locations, events and relations, one CSV file per
//! kind ([`FILES`]), each row with all its record columns filled.
//! [`stream_csv`] writes the same files row by row as they are made, so that
//! a million persons need no more memory than a hundred. The same seed and
//! count give byte-identical files on every platform: the only source of
//! randomness is ChaCha8 seeded from the seed, every integer draw goes
//! through a `u32` range (never `usize`, whose sampling differs on 32-bit
//! targets), and nothing iterates a hash map.
//!
//! Persons belong to cases (drugs, money laundering, migrant smuggling,
//! trafficking in human beings, cybercrime, firearms, excise fraud, forged
//! documents, vehicle crime) whose members know each other, share addresses,
//! phones and cars, own companies, form a group and take part in its events.
//!
//! What makes it realistic:
//! * Persons from about forty countries. Names in their own script (Cyrillic,
//!   Greek, Arabic, Hebrew, Han, Hangul, Japanese, Devanagari, Thai, Georgian,
//!   Armenian) with the Latin form a passport would print: Russian names
//!   transliterated by the ICAO 9303 rules of current Russian passports, by the
//!   older MVD rules (`Yuriy Chaykovskiy`), or as a French or German document
//!   would write them (`Iouri Tchaikovski`, `Juri Tschaikowski`); Ukrainian,
//!   Bulgarian and Serbian by their national rules; Arabic names as spelled in
//!   the Maghreb, Egypt, the Gulf or the Levant (`Mohamed`, `Mohammed`,
//!   `Mohammad`). Latin-script names keep their diacritics; compound
//!   surnames, particles and gendered surname forms are where they belong.
//! * Passports, identity cards and visas with each country's number format
//!   (and the Spanish DNI and Polish and Belgian card check digits), and for
//!   about half of the passports an ICAO 9303 TD3 machine-readable zone whose
//!   check digits are right.
//! * IBANs with each country's BBAN format, national check digits where the
//!   country has one scheme for all banks (Belgium, France, Spain, Italy,
//!   Portugal, Poland, Hungary, the Czech Republic, Norway) and the ISO 7064
//!   mod-97 checksum, with the bank's BIC; domestic account numbers where
//!   there is no IBAN (Morocco, Nigeria with its NUBAN check digit, China…).
//! * Mobile numbers from each country's mobile ranges in libphonenumber's
//!   metadata, the library that checks them on import; VINs with European
//!   manufacturer codes (and North American ones with their check digit);
//!   number plates in each country's format (Cyrillic letters in Russia,
//!   Arabic in Morocco); addresses as each country writes them; company
//!   register numbers (with check digits where they have them); ICCS offence
//!   codes with the national qualification in the original language.
//!
//! Everything is invented: names are common ones, numbers random. Bank codes
//! and BICs are those of real banks, so that the formats are right, but any
//! account, document or phone number that exists is there by chance.

use crate::rows::{self, ImportKind};
use liaison_core::model::RecordKind;
use liaison_core::model::RelationKind;
use liaison_core::model::identifiers::mrz_check_digit;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use time::Date;

/// The files of a sample set, in import order, with the kind each holds.
pub const FILES: [(&str, ImportKind); 10] = [
    ("persons.csv", ImportKind::Record(RecordKind::Person)),
    ("documents.csv", ImportKind::Record(RecordKind::Document)),
    ("vehicles.csv", ImportKind::Record(RecordKind::Vehicle)),
    ("accounts.csv", ImportKind::Record(RecordKind::Account)),
    ("phones.csv", ImportKind::Record(RecordKind::Phone)),
    ("emails.csv", ImportKind::Record(RecordKind::Email)),
    (
        "organisations.csv",
        ImportKind::Record(RecordKind::Organisation),
    ),
    ("locations.csv", ImportKind::Record(RecordKind::Location)),
    ("events.csv", ImportKind::Record(RecordKind::Event)),
    ("relations.csv", ImportKind::Relation),
];

/// The name of an import kind as `liaison import --kind` takes it.
pub fn kind_name(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Relation => "relation",
        ImportKind::Record(k) => k.as_str(),
    }
}

type Row = BTreeMap<&'static str, String>;

/// One file of a sample set: its rows, by column name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SampleFile {
    pub name: &'static str,
    pub kind: ImportKind,
    rows: Vec<Row>,
}

impl SampleFile {
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
    /// The header row: every column of the kind, in export order.
    pub fn columns(&self) -> Vec<&'static str> {
        rows::all_columns(self.kind)
    }
    /// Writes the file as CSV (UTF-8, header row); `progress` is called after
    /// each row with the number written so far.
    pub fn write_csv(
        &self,
        out: impl Write,
        mut progress: impl FnMut(usize),
    ) -> Result<(), csv::Error> {
        let columns = self.columns();
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&columns)?;
        for (i, row) in self.rows.iter().enumerate() {
            write_row(&mut w, &columns, row)?;
            progress(i + 1);
        }
        w.flush()?;
        Ok(())
    }
}

/// A generated sample set: one [`SampleFile`] per entry of [`FILES`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    pub seed: u64,
    pub persons: usize,
    pub files: Vec<SampleFile>,
}

impl Sample {
    /// Rows in all files.
    pub fn total_rows(&self) -> usize {
        self.files.iter().map(SampleFile::len).sum()
    }

    /// README.txt of the set: the seed, the files and how to import them.
    pub fn readme(&self) -> String {
        let rows: Vec<usize> = self.files.iter().map(SampleFile::len).collect();
        readme(self.seed, self.persons, &rows)
    }
}

/// README.txt of a sample set, given the number of rows of each file of
/// [`FILES`].
pub fn readme(seed: u64, persons: usize, rows: &[usize]) -> String {
    let mut s = String::new();
    s.push_str("Liaison sample data\n===================\n\n");
    s.push_str(&format!(
        "Generated by `liaison demo-data --seed {} --persons {}`.\n\
         The same seed and number of persons always give byte-identical files.\n\n",
        seed, persons
    ));
    s.push_str(
        "Everything here is invented. Names are common names of their countries;\n\
         document, account, phone and registration numbers are random, with valid\n\
         formats and check digits. Bank codes and BICs are those of real banks so that\n\
         the IBAN formats are right, but any number that exists is there by chance.\n\n",
    );
    s.push_str("Files (CSV, UTF-8, header row):\n\n");
    for ((name, kind), n) in FILES.iter().zip(rows) {
        s.push_str(&format!(
            "  {:<20} {:>8} rows  (--kind {})\n",
            name,
            n,
            kind_name(*kind)
        ));
    }
    s.push_str(
        "\nImport them into a node in this order: later files name records of earlier\n\
         ones in their *_ref columns (holder_ref, owner_ref, user_ref, involved_refs,\n\
         from_ref/to_ref), and a reference must already be in the node or the file.\n\n",
    );
    for (name, kind) in FILES {
        s.push_str(&format!(
            "  liaison import --data-dir DIR --kind {} {}\n",
            kind_name(kind),
            name
        ));
    }
    s.push_str(
        "\nEvery record row fills its own record columns: handling_code (h0-h2, a few\n\
         h3 with handling_restriction), data_subject_category (persons), evaluation,\n\
         case_reference, purpose, review_after and delete_after. No defaults are\n\
         needed on the command line. relations.csv has no record columns.\n\n",
    );
    s.push_str(&format!(
        "external_ref values are unique across all files and start with S{}-, so\n\
         sets generated from different seeds can be imported into the same node.\n\
         Multi-line cells (the machine-readable zones of passports) are quoted.\n",
        seed
    ));
    s
}

// ---------------------------------------------------------------------------
// Randomness: ChaCha8, every draw through u32 ranges.

struct G(ChaCha8Rng);

impl G {
    fn below(&mut self, n: usize) -> usize {
        assert!(n > 0 && n <= u32::MAX as usize);
        self.0.gen_range(0..n as u32) as usize
    }
    fn int(&mut self, lo: u32, hi: u32) -> u32 {
        self.0.gen_range(lo..=hi)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.0.gen_bool(p)
    }
    fn float(&mut self, lo: f64, hi: f64) -> f64 {
        self.0.gen_range(lo..hi)
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn weighted<'a, T>(&mut self, xs: &'a [(T, u32)]) -> &'a T {
        let total: u32 = xs.iter().map(|x| x.1).sum();
        let mut r = self.0.gen_range(0..total);
        for (x, w) in xs {
            if r < *w {
                return x;
            }
            r -= w;
        }
        &xs[xs.len() - 1].0
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.int(0, 9) as u8))
            .collect()
    }
    /// `n` digits, the first not zero.
    fn number(&mut self, n: usize) -> String {
        let first = char::from(b'0' + self.int(1, 9) as u8);
        format!("{first}{}", self.digits(n - 1))
    }
    fn of(&mut self, alphabet: &str, n: usize) -> String {
        let a: Vec<char> = alphabet.chars().collect();
        (0..n).map(|_| *self.pick(&a)).collect()
    }
    fn upper(&mut self, n: usize) -> String {
        self.of(UPPER, n)
    }
    fn date(&mut self, from: Date, to: Date) -> Date {
        let (a, b) = (from.to_julian_day(), to.to_julian_day());
        let offset = self.int(0, (b - a) as u32);
        Date::from_julian_day(a + offset as i32).unwrap_or(from)
    }
}

const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn ymd(y: i32, m: u8, d: u8) -> Date {
    Date::from_calendar_date(
        y,
        time::Month::try_from(m).unwrap_or(time::Month::January),
        d,
    )
    .unwrap_or(Date::MIN)
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The same day `years` later (28 February for 29 February), minus one day:
/// how validity periods of documents are counted.
fn plus_years_minus_day(d: Date, years: i32) -> Date {
    let m = d.month();
    let day = d.day().min(m.length(d.year() + years));
    Date::from_calendar_date(d.year() + years, m, day)
        .ok()
        .and_then(|x| x.previous_day())
        .unwrap_or(d)
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// Splits a table entry `male/female` and picks the form for `female`.
fn gendered(entry: &str, female: bool) -> &str {
    match entry.split_once('/') {
        Some((m, f)) => {
            if female {
                f
            } else {
                m
            }
        }
        None => entry,
    }
}

/// The spelling variants of a table entry `primary|variant|…`.
fn variants(entry: &str) -> Vec<&str> {
    entry.split('|').collect()
}

// ---------------------------------------------------------------------------
// Countries.

/// ISO 3166-1 alpha-3 of the alpha-2 codes used here.
fn alpha3(a2: &str) -> &'static str {
    match a2 {
        "AE" => "ARE",
        "AL" => "ALB",
        "AM" => "ARM",
        "AT" => "AUT",
        "BE" => "BEL",
        "BG" => "BGR",
        "BR" => "BRA",
        "CH" => "CHE",
        "CN" => "CHN",
        "CO" => "COL",
        "CZ" => "CZE",
        "DE" => "DEU",
        "DZ" => "DZA",
        "EG" => "EGY",
        "ES" => "ESP",
        "FR" => "FRA",
        "GB" => "GBR",
        "GE" => "GEO",
        "GR" => "GRC",
        "HU" => "HUN",
        "IL" => "ISR",
        "IN" => "IND",
        "IQ" => "IRQ",
        "IT" => "ITA",
        "JP" => "JPN",
        "KR" => "KOR",
        "LT" => "LTU",
        "LU" => "LUX",
        "MA" => "MAR",
        "NG" => "NGA",
        "NL" => "NLD",
        "NO" => "NOR",
        "PL" => "POL",
        "PT" => "PRT",
        "RO" => "ROU",
        "RS" => "SRB",
        "RU" => "RUS",
        "SA" => "SAU",
        "SE" => "SWE",
        "SY" => "SYR",
        "TH" => "THA",
        "TN" => "TUN",
        "TR" => "TUR",
        "TW" => "TWN",
        "UA" => "UKR",
        _ => "XXX",
    }
}

/// The code of a state in a machine-readable zone: alpha-3, but `D` for
/// Germany (ICAO 9303 Part 3).
fn mrz_state(a2: &str) -> String {
    match a2 {
        "DE" => "D<<".to_owned(),
        _ => alpha3(a2).to_owned(),
    }
}

/// A country code as a source system would write it: mostly alpha-2,
/// sometimes alpha-3 (both are accepted on import).
fn country_cell(g: &mut G, a2: &str) -> String {
    if g.chance(0.3) {
        alpha3(a2).to_owned()
    } else {
        a2.to_owned()
    }
}

// ---------------------------------------------------------------------------
// Names. Each origin has names in its own script; `Latin` ones only Latin.
// Entries `male/female` give the gendered forms of a surname; `a|b|c` lists
// passport spellings, the first the usual one.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cyr {
    Russian,
    Ukrainian,
    Bulgarian,
    Serbian,
}

pub(crate) struct LatinNames {
    pub(crate) m: &'static [&'static str],
    pub(crate) f: &'static [&'static str],
    pub(crate) s: &'static [&'static str],
    /// Spanish-style: two surnames (father's, mother's).
    pub(crate) two_surnames: f64,
    pub(crate) second_given: f64,
}

pub(crate) struct NativeNames {
    pub(crate) m: &'static [&'static str],
    pub(crate) f: &'static [&'static str],
    pub(crate) s: &'static [&'static str],
}

struct TableNames {
    script: &'static str,
    m: &'static [(&'static str, &'static str)],
    f: &'static [(&'static str, &'static str)],
    s: &'static [(&'static str, &'static str)],
}

enum Names {
    Latin(&'static LatinNames),
    Cyrillic(&'static NativeNames, Cyr),
    Georgian(&'static NativeNames),
    Table(&'static TableNames),
}

struct Origin {
    a2: &'static str,
    weight: u32,
    names: Names,
    births: &'static [&'static str],
}

pub(crate) const DE_NAMES: LatinNames = LatinNames {
    m: &[
        "Thomas",
        "Michael",
        "Andreas",
        "Stefan",
        "Jürgen",
        "Klaus",
        "Uwe",
        "Jörg",
        "Lukas",
        "Jonas",
        "Maximilian",
        "Sören",
        "Björn",
        "Dennis",
        "Kevin",
        "Hans-Peter",
        "Dieter",
    ],
    f: &[
        "Sabine",
        "Susanne",
        "Petra",
        "Jana",
        "Anja",
        "Käthe",
        "Lea",
        "Anna-Lena",
        "Jessica",
        "Sandra",
        "Claudia",
        "Bärbel",
        "Jutta",
        "Ursula",
        "Monika",
    ],
    s: &[
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Krüger",
        "Hartmann",
        "Lange",
        "Groß",
        "von der Heide",
        "Weiß",
        "von Brandt",
        "Müller-Lüdenscheidt",
    ],
    two_surnames: 0.0,
    second_given: 0.12,
};

pub(crate) const FR_NAMES: LatinNames = LatinNames {
    m: &[
        "Jean",
        "Pierre",
        "Michel",
        "Philippe",
        "Nicolas",
        "Julien",
        "Sébastien",
        "Jérôme",
        "François",
        "Stéphane",
        "Thierry",
        "Kévin",
        "Théo",
        "Jean-Pierre",
        "Loïc",
    ],
    f: &[
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sylvie",
        "Céline",
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Hélène",
        "Émilie",
        "Françoise",
        "Aurélie",
        "Marie-Claire",
        "Anaïs",
    ],
    s: &[
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Lefèvre",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Le Goff",
        "Rivière",
        "Gérard",
        "de Villiers",
        "Da Silva",
    ],
    two_surnames: 0.0,
    second_given: 0.15,
};

pub(crate) const ES_NAMES: LatinNames = LatinNames {
    m: &[
        "José",
        "Antonio",
        "Manuel",
        "Francisco",
        "David",
        "Javier",
        "Jesús",
        "Daniel",
        "Carlos",
        "Alejandro",
        "Sergio",
        "Íñigo",
        "Álvaro",
        "José Luis",
        "Juan Carlos",
    ],
    f: &[
        "María",
        "Carmen",
        "Ana",
        "Isabel",
        "Laura",
        "Lucía",
        "Cristina",
        "Marta",
        "Pilar",
        "Nuria",
        "Begoña",
        "Inés",
        "María José",
        "María del Carmen",
        "Rocío",
    ],
    s: &[
        "García",
        "Rodríguez",
        "González",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Núñez",
        "Ibáñez",
        "Castaño",
        "de la Torre",
        "del Río",
        "Peña",
    ],
    two_surnames: 1.0,
    second_given: 0.0,
};

pub(crate) const IT_NAMES: LatinNames = LatinNames {
    m: &[
        "Giuseppe",
        "Giovanni",
        "Antonio",
        "Mario",
        "Luigi",
        "Francesco",
        "Angelo",
        "Vincenzo",
        "Pietro",
        "Salvatore",
        "Niccolò",
        "Andrea",
        "Luca",
        "Gennaro",
        "Domenico",
    ],
    f: &[
        "Maria",
        "Anna",
        "Giuseppina",
        "Rosa",
        "Angela",
        "Giovanna",
        "Teresa",
        "Lucia",
        "Francesca",
        "Chiara",
        "Giulia",
        "Federica",
        "Concetta",
        "Carmela",
    ],
    s: &[
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "D'Angelo",
        "Della Rocca",
        "Lo Bianco",
        "Nicolò",
        "Pellegrino",
    ],
    two_surnames: 0.0,
    second_given: 0.08,
};

pub(crate) const PL_NAMES: LatinNames = LatinNames {
    m: &[
        "Piotr",
        "Krzysztof",
        "Andrzej",
        "Tomasz",
        "Paweł",
        "Łukasz",
        "Michał",
        "Marcin",
        "Grzegorz",
        "Jakub",
        "Wojciech",
        "Mateusz",
        "Bartłomiej",
        "Zbigniew",
    ],
    f: &[
        "Anna",
        "Maria",
        "Katarzyna",
        "Małgorzata",
        "Agnieszka",
        "Barbara",
        "Ewa",
        "Krystyna",
        "Magdalena",
        "Joanna",
        "Aleksandra",
        "Żaneta",
        "Grażyna",
        "Elżbieta",
    ],
    s: &[
        "Nowak",
        "Kowalski/Kowalska",
        "Wiśniewski/Wiśniewska",
        "Wójcik",
        "Kowalczyk",
        "Kamiński/Kamińska",
        "Lewandowski/Lewandowska",
        "Zieliński/Zielińska",
        "Szymański/Szymańska",
        "Woźniak",
        "Dąbrowski/Dąbrowska",
        "Kozłowski/Kozłowska",
        "Jankowski/Jankowska",
        "Mazur",
        "Kwiatkowski/Kwiatkowska",
        "Krawczyk",
        "Grabowski/Grabowska",
        "Piotrowski/Piotrowska",
        "Pawłowski/Pawłowska",
        "Sołtys",
    ],
    two_surnames: 0.0,
    second_given: 0.1,
};

pub(crate) const NL_NAMES: LatinNames = LatinNames {
    m: &[
        "Jan", "Johannes", "Pieter", "Willem", "Hendrik", "Cornelis", "Daan", "Sem", "Bram",
        "Thijs", "Joost", "Maarten", "Ruud", "Gerrit",
    ],
    f: &[
        "Maria", "Johanna", "Anna", "Sanne", "Femke", "Lotte", "Eva", "Anouk", "Fleur", "Inge",
        "Marieke", "Ilse", "Geertje",
    ],
    s: &[
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "van Dijk",
        "Bakker",
        "Janssen",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "van der Meer",
        "van der Linden",
        "van 't Hof",
    ],
    two_surnames: 0.0,
    second_given: 0.3,
};

pub(crate) const PT_NAMES: LatinNames = LatinNames {
    m: &[
        "João",
        "José",
        "António",
        "Francisco",
        "Manuel",
        "Rui",
        "Pedro",
        "Tiago",
        "Gonçalo",
        "Nuno",
        "Luís",
        "Duarte",
        "João Pedro",
    ],
    f: &[
        "Maria",
        "Ana",
        "Joana",
        "Inês",
        "Beatriz",
        "Mariana",
        "Sofia",
        "Leonor",
        "Catarina",
        "Conceição",
        "Fátima",
        "Margarida",
        "Maria João",
    ],
    s: &[
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Jesus",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "dos Santos",
        "da Costa",
        "de Sousa",
    ],
    two_surnames: 0.6,
    second_given: 0.3,
};

pub(crate) const BR_NAMES: LatinNames = LatinNames {
    m: &[
        "Gabriel",
        "Lucas",
        "Matheus",
        "Rafael",
        "Gustavo",
        "Felipe",
        "João Pedro",
        "Thiago",
        "Bruno",
        "Leandro",
        "Anderson",
        "Wellington",
        "Luiz Carlos",
    ],
    f: &[
        "Ana Clara",
        "Júlia",
        "Larissa",
        "Camila",
        "Fernanda",
        "Juliana",
        "Patrícia",
        "Aline",
        "Letícia",
        "Vitória",
        "Bianca",
        "Tatiane",
        "Maria Eduarda",
    ],
    s: &[
        "da Silva",
        "dos Santos",
        "Oliveira",
        "Souza",
        "Rodrigues",
        "Ferreira",
        "Alves",
        "Pereira",
        "Lima",
        "Gomes",
        "Costa",
        "Ribeiro",
        "Martins",
        "Carvalho",
        "Araújo",
        "Rocha",
        "Barbosa",
        "Nascimento",
    ],
    two_surnames: 0.5,
    second_given: 0.0,
};

pub(crate) const RO_NAMES: LatinNames = LatinNames {
    m: &[
        "Ion",
        "Gheorghe",
        "Vasile",
        "Constantin",
        "Ştefan",
        "Mihai",
        "Andrei",
        "Alexandru",
        "Florin",
        "Cătălin",
        "Răzvan",
        "Ionuţ",
        "Marian",
    ],
    f: &[
        "Maria",
        "Elena",
        "Ioana",
        "Ana",
        "Mihaela",
        "Andreea",
        "Cristina",
        "Alexandra",
        "Gabriela",
        "Ştefania",
        "Roxana",
        "Mădălina",
        "Florentina",
    ],
    s: &[
        "Popescu",
        "Ionescu",
        "Popa",
        "Pop",
        "Radu",
        "Dumitru",
        "Stan",
        "Stoica",
        "Gheorghe",
        "Matei",
        "Ciobanu",
        "Munteanu",
        "Constantin",
        "Niţă",
        "Răduţă",
        "Ţurcanu",
        "Şerban",
        "Dobre",
        "Lăcătuş",
    ],
    two_surnames: 0.0,
    second_given: 0.15,
};

pub(crate) const TR_NAMES: LatinNames = LatinNames {
    m: &[
        "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
        "Yusuf", "Murat", "Ömer", "Emre", "Burak", "Serkan",
    ],
    f: &[
        "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Özlem",
        "Gülsüm", "Büşra", "Sevgi",
    ],
    s: &[
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Yıldız",
        "Yıldırım",
        "Öztürk",
        "Aydın",
        "Özdemir",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Aslan",
        "Çetin",
        "Kara",
        "Koç",
        "Kurt",
        "Özkan",
        "Şimşek",
    ],
    two_surnames: 0.0,
    second_given: 0.1,
};

pub(crate) const SE_NAMES: LatinNames = LatinNames {
    m: &[
        "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Mikael", "Björn", "Magnus", "Nils",
        "Oskar", "Håkan",
    ],
    f: &[
        "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Ingrid", "Sara", "Åsa", "Linnéa",
        "Märta", "Elin",
    ],
    s: &[
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Svensson",
        "Gustafsson",
        "Pettersson",
        "Jonsson",
        "Lindberg",
        "Lindström",
        "Åberg",
        "Sjöberg",
        "Öberg",
        "Björk",
        "Lundqvist",
        "Engström",
    ],
    two_surnames: 0.0,
    second_given: 0.3,
};

pub(crate) const NO_NAMES: LatinNames = LatinNames {
    m: &[
        "Ole", "Lars", "Jan", "Per", "Bjørn", "Kjetil", "Ola", "Knut", "Arne", "Håkon", "Øyvind",
        "Sindre",
    ],
    f: &[
        "Kari", "Anne", "Ingrid", "Marit", "Liv", "Solveig", "Ragnhild", "Sigrid", "Åse", "Tone",
        "Hege", "Ingeborg",
    ],
    s: &[
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Pedersen",
        "Nilsen",
        "Kristiansen",
        "Jensen",
        "Karlsen",
        "Berg",
        "Haugen",
        "Hagen",
        "Bakken",
        "Solberg",
        "Strøm",
        "Sæther",
        "Løken",
        "Dahl",
        "Aas",
    ],
    two_surnames: 0.0,
    second_given: 0.2,
};

pub(crate) const CZ_NAMES: LatinNames = LatinNames {
    m: &[
        "Jiří", "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav",
        "Zdeněk", "Lukáš", "Ondřej",
    ],
    f: &[
        "Marie",
        "Jana",
        "Eva",
        "Hana",
        "Anna",
        "Lenka",
        "Kateřina",
        "Lucie",
        "Věra",
        "Alena",
        "Petra",
        "Zuzana",
    ],
    s: &[
        "Novák/Nováková",
        "Svoboda/Svobodová",
        "Novotný/Novotná",
        "Dvořák/Dvořáková",
        "Černý/Černá",
        "Procházka/Procházková",
        "Kučera/Kučerová",
        "Veselý/Veselá",
        "Horák/Horáková",
        "Němec/Němcová",
        "Pokorný/Pokorná",
        "Marek/Marková",
        "Pospíšil/Pospíšilová",
        "Hájek/Hájková",
        "Král/Králová",
        "Jelínek/Jelínková",
    ],
    two_surnames: 0.0,
    second_given: 0.0,
};

pub(crate) const HU_NAMES: LatinNames = LatinNames {
    m: &[
        "László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila",
        "Péter", "Tamás", "Zsolt",
    ],
    f: &[
        "Mária",
        "Erzsébet",
        "Katalin",
        "Ilona",
        "Éva",
        "Anna",
        "Zsuzsanna",
        "Margit",
        "Judit",
        "Ágnes",
        "Andrea",
        "Erika",
    ],
    s: &[
        "Nagy",
        "Kovács",
        "Tóth",
        "Szabó",
        "Horváth",
        "Varga",
        "Kiss",
        "Molnár",
        "Németh",
        "Farkas",
        "Balogh",
        "Papp",
        "Takács",
        "Juhász",
        "Lakatos",
        "Mészáros",
        "Oláh",
        "Simon",
        "Rácz",
        "Fekete",
    ],
    two_surnames: 0.0,
    second_given: 0.1,
};

pub(crate) const LT_NAMES: LatinNames = LatinNames {
    m: &[
        "Jonas",
        "Petras",
        "Antanas",
        "Tomas",
        "Mindaugas",
        "Darius",
        "Andrius",
        "Vytautas",
        "Gediminas",
        "Šarūnas",
        "Žilvinas",
        "Algirdas",
    ],
    f: &[
        "Ona", "Janina", "Irena", "Rūta", "Jurgita", "Rasa", "Daiva", "Kristina", "Laima", "Eglė",
        "Aušra", "Gintarė",
    ],
    s: &[
        "Kazlauskas/Kazlauskienė",
        "Jankauskas/Jankauskienė",
        "Petrauskas/Petrauskienė",
        "Stankevičius/Stankevičienė",
        "Vasiliauskas/Vasiliauskienė",
        "Žukauskas/Žukauskaitė",
        "Butkus/Butkutė",
        "Paulauskas/Paulauskienė",
        "Urbonas/Urbonienė",
        "Kavaliauskas/Kavaliauskienė",
        "Baranauskas/Baranauskaitė",
        "Navickas/Navickienė",
    ],
    two_surnames: 0.0,
    second_given: 0.0,
};

pub(crate) const AL_NAMES: LatinNames = LatinNames {
    m: &[
        "Arben", "Besnik", "Ilir", "Gentian", "Artan", "Erion", "Dritan", "Fatmir", "Agron",
        "Klodian", "Ermal", "Endrit",
    ],
    f: &[
        "Blerina",
        "Mirela",
        "Elona",
        "Anila",
        "Besa",
        "Drita",
        "Rezarta",
        "Alketa",
        "Jonida",
        "Ledia",
        "Klea",
        "Fatbardha",
    ],
    s: &[
        "Hoxha", "Shehu", "Dervishi", "Leka", "Gjoka", "Muça", "Çela", "Kola", "Marku", "Basha",
        "Hysa", "Dushku", "Prifti", "Xhafa", "Bregu", "Lleshi", "Kaçi",
    ],
    two_surnames: 0.0,
    second_given: 0.0,
};

pub(crate) const CO_NAMES: LatinNames = LatinNames {
    m: &[
        "Juan Carlos",
        "Luis Fernando",
        "Andrés",
        "Jhon Jairo",
        "Carlos Alberto",
        "Diego",
        "Julián",
        "Sebastián",
        "Camilo",
        "Óscar",
        "Wilson",
        "Jhonatan",
    ],
    f: &[
        "María Fernanda",
        "Luz Marina",
        "Diana",
        "Paola",
        "Sandra Milena",
        "Valentina",
        "Daniela",
        "Ángela",
        "Yuliana",
        "Leidy",
        "Catalina",
        "Nataly",
    ],
    s: &[
        "Rodríguez",
        "Gómez",
        "González",
        "Martínez",
        "García",
        "López",
        "Hernández",
        "Sánchez",
        "Ramírez",
        "Pérez",
        "Díaz",
        "Muñoz",
        "Rojas",
        "Moreno",
        "Jiménez",
        "Castro",
        "Ospina",
        "Restrepo",
        "Cárdenas",
        "Vargas",
    ],
    two_surnames: 1.0,
    second_given: 0.0,
};

pub(crate) const NG_NAMES: LatinNames = LatinNames {
    m: &[
        "Chinedu",
        "Emeka",
        "Oluwaseun",
        "Adebayo",
        "Ibrahim",
        "Musa",
        "Chukwuemeka",
        "Tunde",
        "Olumide",
        "Obinna",
        "Babatunde",
        "Ikechukwu",
    ],
    f: &[
        "Ngozi",
        "Chiamaka",
        "Adaeze",
        "Funmilayo",
        "Aisha",
        "Blessing",
        "Folake",
        "Oluwakemi",
        "Amina",
        "Chioma",
        "Yetunde",
        "Nkechi",
    ],
    s: &[
        "Okafor", "Okonkwo", "Adeyemi", "Ogunleye", "Eze", "Nwosu", "Bello", "Abubakar", "Adebayo",
        "Okeke", "Olawale", "Ibrahim", "Balogun", "Obi", "Chukwu", "Danjuma", "Akinola",
    ],
    two_surnames: 0.0,
    second_given: 0.35,
};

pub(crate) const GB_NAMES: LatinNames = LatinNames {
    m: &[
        "James", "John", "David", "Daniel", "Liam", "Connor", "Ryan", "Jamie", "Callum", "Oliver",
        "Mohammed", "Darren",
    ],
    f: &[
        "Sarah",
        "Emma",
        "Laura",
        "Rebecca",
        "Charlotte",
        "Sophie",
        "Chloe",
        "Hannah",
        "Gemma",
        "Siobhan",
        "Kelly",
        "Aisha",
    ],
    s: &[
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
        "Johnson", "Roberts", "Walker", "O'Brien", "McDonald", "Patel", "Khan", "Hughes",
    ],
    two_surnames: 0.0,
    second_given: 0.3,
};

pub(crate) const RU_NAMES: NativeNames = NativeNames {
    m: &[
        "Александр",
        "Сергей",
        "Дмитрий",
        "Андрей",
        "Алексей",
        "Максим",
        "Евгений",
        "Иван",
        "Михаил",
        "Николай",
        "Юрий",
        "Владимир",
        "Артём",
        "Павел",
        "Олег",
        "Игорь",
        "Виктор",
        "Вадим",
    ],
    f: &[
        "Елена",
        "Ольга",
        "Наталья",
        "Татьяна",
        "Ирина",
        "Светлана",
        "Анна",
        "Мария",
        "Екатерина",
        "Юлия",
        "Ксения",
        "Анастасия",
        "Людмила",
        "Валентина",
    ],
    s: &[
        "Иванов/Иванова",
        "Смирнов/Смирнова",
        "Кузнецов/Кузнецова",
        "Попов/Попова",
        "Васильев/Васильева",
        "Петров/Петрова",
        "Соколов/Соколова",
        "Михайлов/Михайлова",
        "Новиков/Новикова",
        "Фёдоров/Фёдорова",
        "Морозов/Морозова",
        "Волков/Волкова",
        "Лебедев/Лебедева",
        "Козлов/Козлова",
        "Чайковский/Чайковская",
        "Яковлев/Яковлева",
        "Жуков/Жукова",
        "Щербаков/Щербакова",
        "Орлов/Орлова",
        "Белов/Белова",
        "Григорьев/Григорьева",
        "Зайцев/Зайцева",
        "Соловьёв/Соловьёва",
        "Хабибуллин/Хабибуллина",
    ],
};

pub(crate) const UA_NAMES: NativeNames = NativeNames {
    m: &[
        "Олександр",
        "Сергій",
        "Андрій",
        "Юрій",
        "Дмитро",
        "Володимир",
        "Микола",
        "Тарас",
        "Богдан",
        "Олег",
        "Іван",
        "Василь",
        "Віталій",
        "Максим",
        "Ярослав",
    ],
    f: &[
        "Олена",
        "Ольга",
        "Наталія",
        "Тетяна",
        "Ірина",
        "Оксана",
        "Юлія",
        "Марія",
        "Катерина",
        "Галина",
        "Людмила",
        "Софія",
        "Вікторія",
        "Анастасія",
    ],
    s: &[
        "Шевченко",
        "Коваленко",
        "Бондаренко",
        "Ткаченко",
        "Кравченко",
        "Мельник",
        "Бойко",
        "Ковальчук",
        "Лисенко",
        "Поліщук",
        "Савченко",
        "Олійник",
        "Марченко",
        "Коваль",
        "Гнатюк",
        "Левченко",
        "Захарченко",
        "Ковальський/Ковальська",
        "Козак",
        "Руденко",
    ],
};

pub(crate) const BG_NAMES: NativeNames = NativeNames {
    m: &[
        "Георги",
        "Иван",
        "Димитър",
        "Николай",
        "Петър",
        "Христо",
        "Стоян",
        "Тодор",
        "Васил",
        "Янко",
        "Атанас",
        "Красимир",
    ],
    f: &[
        "Мария",
        "Иванка",
        "Елена",
        "Йорданка",
        "Пенка",
        "Десислава",
        "Гергана",
        "Цветелина",
        "Радка",
        "Виктория",
        "Петя",
        "Ралица",
    ],
    s: &[
        "Иванов/Иванова",
        "Георгиев/Георгиева",
        "Димитров/Димитрова",
        "Петров/Петрова",
        "Николов/Николова",
        "Христов/Христова",
        "Стоянов/Стоянова",
        "Тодоров/Тодорова",
        "Илиев/Илиева",
        "Василев/Василева",
        "Атанасов/Атанасова",
        "Ангелов/Ангелова",
        "Маринов/Маринова",
        "Костадинов/Костадинова",
        "Попов/Попова",
    ],
};

pub(crate) const RS_NAMES: NativeNames = NativeNames {
    m: &[
        "Марко",
        "Никола",
        "Стефан",
        "Лазар",
        "Милош",
        "Душан",
        "Ненад",
        "Драган",
        "Зоран",
        "Александар",
        "Небојша",
        "Горан",
        "Дејан",
        "Бојан",
    ],
    f: &[
        "Милица",
        "Јована",
        "Ана",
        "Марија",
        "Јелена",
        "Драгана",
        "Снежана",
        "Тијана",
        "Ивана",
        "Катарина",
        "Љиљана",
        "Невена",
    ],
    s: &[
        "Јовановић",
        "Петровић",
        "Николић",
        "Марковић",
        "Ђорђевић",
        "Стојановић",
        "Илић",
        "Станковић",
        "Павловић",
        "Милошевић",
        "Ђурић",
        "Симић",
        "Живковић",
        "Тодоровић",
        "Радовановић",
        "Љубичић",
    ],
};

pub(crate) const GE_NAMES: NativeNames = NativeNames {
    m: &[
        "გიორგი",
        "დავით",
        "ლევან",
        "ნიკოლოზ",
        "ირაკლი",
        "ზურაბ",
        "ალექსანდრე",
        "ლაშა",
        "გიგა",
        "თორნიკე",
        "ვახტანგ",
        "შოთა",
    ],
    f: &[
        "ნინო",
        "მარიამ",
        "თამარ",
        "ანა",
        "ეკატერინე",
        "ნათია",
        "სალომე",
        "ქეთევან",
        "მაია",
        "ხათუნა",
        "ლალი",
        "ნანა",
    ],
    s: &[
        "ბერიძე",
        "კაპანაძე",
        "გელაშვილი",
        "მაისურაძე",
        "გიორგაძე",
        "ლომიძე",
        "წიკლაური",
        "ბოლქვაძე",
        "ნოზაძე",
        "ხარაიშვილი",
        "მამულაშვილი",
        "ჯაფარიძე",
        "ქავთარაძე",
        "ჩიქოვანი",
        "ღლონტი",
    ],
};

const GR_NAMES: TableNames = TableNames {
    script: "Grek",
    m: &[
        ("Γεώργιος", "Georgios"),
        ("Ιωάννης", "Ioannis"),
        ("Κωνσταντίνος", "Konstantinos|Constantinos"),
        ("Δημήτριος", "Dimitrios"),
        ("Νικόλαος", "Nikolaos"),
        ("Παναγιώτης", "Panagiotis"),
        ("Βασίλειος", "Vasileios|Vasilios"),
        ("Χρήστος", "Christos|Hristos"),
        ("Αθανάσιος", "Athanasios"),
        ("Μιχαήλ", "Michail|Michael"),
        ("Ευάγγελος", "Evangelos"),
        ("Σπυρίδων", "Spyridon"),
    ],
    f: &[
        ("Μαρία", "Maria"),
        ("Ελένη", "Eleni"),
        ("Αικατερίνη", "Aikaterini|Ekaterini"),
        ("Βασιλική", "Vasiliki"),
        ("Σοφία", "Sofia|Sophia"),
        ("Αγγελική", "Angeliki|Aggeliki"),
        ("Γεωργία", "Georgia"),
        ("Δήμητρα", "Dimitra"),
        ("Κωνσταντίνα", "Konstantina"),
        ("Ευαγγελία", "Evangelia"),
    ],
    s: &[
        ("Παπαδόπουλος/Παπαδοπούλου", "Papadopoulos/Papadopoulou"),
        ("Παπαγεωργίου", "Papageorgiou"),
        ("Οικονόμου", "Oikonomou|Economou"),
        ("Γεωργίου", "Georgiou"),
        ("Νικολάου", "Nikolaou"),
        ("Βασιλείου", "Vasileiou|Vassiliou"),
        ("Καραγιάννης/Καραγιάννη", "Karagiannis/Karagianni"),
        ("Μακρής/Μακρή", "Makris/Makri"),
        ("Αντωνίου", "Antoniou"),
        ("Ιωάννου", "Ioannou"),
        ("Δημητρίου", "Dimitriou"),
        ("Πετρόπουλος/Πετροπούλου", "Petropoulos/Petropoulou"),
        (
            "Κωνσταντινίδης/Κωνσταντινίδου",
            "Konstantinidis/Konstantinidou",
        ),
        ("Αλεξίου", "Alexiou"),
    ],
};

const AM_NAMES: TableNames = TableNames {
    script: "Armn",
    m: &[
        ("Արամ", "Aram"),
        ("Դավիթ", "Davit|David"),
        ("Հայկ", "Hayk|Haik"),
        ("Տիգրան", "Tigran"),
        ("Արմեն", "Armen"),
        ("Գևորգ", "Gevorg|Gevork"),
        ("Նարեկ", "Narek"),
        ("Վահե", "Vahe"),
        ("Սարգիս", "Sargis|Sarkis"),
        ("Կարեն", "Karen"),
        ("Արթուր", "Artur|Arthur"),
        ("Հովհաննես", "Hovhannes|Ovanes"),
    ],
    f: &[
        ("Անի", "Ani"),
        ("Մարիամ", "Mariam"),
        ("Լիլիթ", "Lilit"),
        ("Նարինե", "Narine"),
        ("Անահիտ", "Anahit"),
        ("Գայանե", "Gayane|Gaiane"),
        ("Սոնա", "Sona"),
        ("Արմինե", "Armine"),
        ("Աննա", "Anna"),
        ("Լուսինե", "Lusine"),
    ],
    s: &[
        ("Հովհաննիսյան", "Hovhannisyan|Hovhannisian|Oganesyan"),
        ("Գրիգորյան", "Grigoryan|Grigorian"),
        ("Սարգսյան", "Sargsyan|Sarkissian"),
        ("Պետրոսյան", "Petrosyan|Petrossian"),
        ("Հարությունյան", "Harutyunyan|Arutyunyan"),
        ("Մկրտչյան", "Mkrtchyan|Mkrtchian"),
        ("Խաչատրյան", "Khachatryan|Khatchatrian"),
        ("Կարապետյան", "Karapetyan|Karapetian"),
        ("Ավետիսյան", "Avetisyan|Avetissian"),
        ("Վարդանյան", "Vardanyan|Vardanian"),
        ("Ղազարյան", "Ghazaryan|Kazaryan"),
        ("Մանուկյան", "Manukyan|Manoukian"),
    ],
};

const HE_NAMES: TableNames = TableNames {
    script: "Hebr",
    m: &[
        ("יוסף", "Yosef|Yossef|Joseph"),
        ("דוד", "David"),
        ("משה", "Moshe"),
        ("אברהם", "Avraham|Abraham"),
        ("יעקב", "Yaakov|Yacov"),
        ("אריאל", "Ariel"),
        ("איתן", "Eitan|Etan"),
        ("נועם", "Noam"),
        ("עומר", "Omer"),
        ("דניאל", "Daniel"),
        ("אליהו", "Eliyahu"),
        ("יצחק", "Yitzhak|Itzhak"),
    ],
    f: &[
        ("שרה", "Sarah|Sara"),
        ("רחל", "Rachel|Rahel"),
        ("מיכל", "Michal"),
        ("נועה", "Noa"),
        ("תמר", "Tamar"),
        ("יעל", "Yael"),
        ("אביגיל", "Avigail|Abigail"),
        ("שירה", "Shira"),
        ("אסתר", "Esther|Ester"),
        ("רבקה", "Rivka|Rebecca"),
    ],
    s: &[
        ("כהן", "Cohen|Kohen"),
        ("לוי", "Levi|Levy"),
        ("מזרחי", "Mizrahi|Mizrachi"),
        ("פרץ", "Peretz|Perez"),
        ("ביטון", "Biton"),
        ("דהן", "Dahan"),
        ("אברהם", "Avraham"),
        ("פרידמן", "Friedman"),
        ("שפירא", "Shapira|Shapiro"),
        ("אזולאי", "Azoulay|Azulai"),
        ("גולדברג", "Goldberg"),
        ("בן דוד", "Ben David"),
        ("אוחיון", "Ohayon"),
        ("כץ", "Katz"),
    ],
};

const MAGHREB_M: &[(&str, &str)] = &[
    ("محمد", "Mohamed|Mohammed|Mohamad"),
    ("أحمد", "Ahmed"),
    ("يوسف", "Youssef|Youssouf|Yusuf"),
    ("ياسين", "Yassine|Yacine"),
    ("كريم", "Karim|Kareem"),
    ("رشيد", "Rachid|Rashid"),
    ("سعيد", "Saïd|Said"),
    ("عبد الله", "Abdellah|Abdallah"),
    ("حمزة", "Hamza"),
    ("مصطفى", "Mustapha|Mustafa"),
    ("نور الدين", "Noureddine|Nour-Eddine"),
    ("عبد الرحيم", "Abderrahim|Abderahim"),
    ("محمد أمين", "Mohamed Amine|Mohammed Amine"),
    ("إلياس", "Ilyas|Ilias"),
    ("بلال", "Bilal"),
    ("سفيان", "Soufiane|Sofiane"),
];

const MAGHREB_F: &[(&str, &str)] = &[
    ("فاطمة", "Fatima|Fatma"),
    ("خديجة", "Khadija|Khadidja"),
    ("مريم", "Meriem|Maryam"),
    ("سعاد", "Souad"),
    ("نادية", "Nadia"),
    ("سناء", "Sanaa|Sana"),
    ("هند", "Hind"),
    ("أسماء", "Asmae|Asma"),
    ("زينب", "Zineb|Zaynab"),
    ("إيمان", "Imane|Iman"),
    ("حليمة", "Halima"),
    ("سلمى", "Salma"),
    ("ياسمين", "Yasmine"),
    ("عائشة", "Aïcha|Aicha|Aisha"),
];

const MAGHREB_S: &[(&str, &str)] = &[
    ("العمراني", "El Amrani|Elamrani|Al-Amrani"),
    ("بن علي", "Benali|Ben Ali"),
    ("الإدريسي", "El Idrissi|Idrissi"),
    ("بنموسى", "Benmoussa|Ben Moussa"),
    ("التازي", "Tazi|El Tazi"),
    ("العلوي", "Alaoui|El Alaoui"),
    ("بوزيد", "Bouzid"),
    ("بلقاسم", "Belkacem|Belkassem"),
    ("زياني", "Ziani"),
    ("حداد", "Haddad"),
    ("المنصوري", "Mansouri|El Mansouri"),
    ("الطرابلسي", "Trabelsi"),
    ("الشريف", "Cherif|Chérif"),
    ("بن صالح", "Ben Salah|Bensalah"),
    ("البوعزيزي", "Bouazizi"),
    ("قاسمي", "Kacemi|Kasmi"),
    ("بن يوسف", "Benyoucef|Ben Youssef"),
    ("السعيدي", "Saidi|Essaidi"),
];

const EGYPT_M: &[(&str, &str)] = &[
    ("محمد", "Mohamed|Mohammed"),
    ("أحمد", "Ahmed"),
    ("محمود", "Mahmoud|Mahmud"),
    ("مصطفى", "Mostafa|Moustafa"),
    ("عمرو", "Amr"),
    ("طارق", "Tarek|Tareq"),
    ("كريم", "Karim"),
    ("حسام", "Hossam|Husam"),
    ("شريف", "Sherif|Sharif"),
    ("إبراهيم", "Ibrahim"),
    ("عبد الرحمن", "Abdelrahman|Abdel Rahman"),
    ("هشام", "Hesham|Hisham"),
    ("ياسر", "Yasser|Yasir"),
    ("وليد", "Walid|Waleed"),
];

const EGYPT_F: &[(&str, &str)] = &[
    ("منى", "Mona"),
    ("هبة", "Heba|Hiba"),
    ("نورا", "Noura|Nora"),
    ("دينا", "Dina"),
    ("ياسمين", "Yasmin|Yasmine"),
    ("مروة", "Marwa"),
    ("سارة", "Sara|Sarah"),
    ("رانيا", "Rania"),
    ("أسماء", "Asmaa|Asma"),
    ("فاطمة", "Fatma|Fatima"),
    ("إيمان", "Eman|Iman"),
    ("نهى", "Noha|Nuha"),
];

const EGYPT_S: &[(&str, &str)] = &[
    ("السيد", "El-Sayed|Elsayed|El Sayed"),
    ("عبد الرحمن", "Abdel Rahman|Abdelrahman"),
    ("مصطفى", "Mostafa|Moustafa"),
    ("إبراهيم", "Ibrahim"),
    ("حسن", "Hassan|Hasan"),
    ("فهمي", "Fahmy|Fahmi"),
    ("عبد العزيز", "Abdelaziz|Abdel Aziz"),
    ("المصري", "El Masry|El-Masri"),
    ("سليمان", "Soliman|Suleiman"),
    ("عثمان", "Osman|Othman"),
    ("الشافعي", "El Shafei|Elshafie"),
    ("نصر", "Nasr"),
    ("جمال", "Gamal|Jamal"),
    ("عبد الله", "Abdalla|Abdallah"),
];

const GULF_M: &[(&str, &str)] = &[
    ("محمد", "Mohammed|Muhammad|Mohamed"),
    ("عبد الله", "Abdullah|Abdallah"),
    ("فهد", "Fahad|Fahd"),
    ("خالد", "Khalid|Khaled"),
    ("سلطان", "Sultan"),
    ("فيصل", "Faisal|Faysal"),
    ("سعود", "Saud|Saoud"),
    ("تركي", "Turki"),
    ("نايف", "Nayef|Naif"),
    ("بندر", "Bandar"),
    ("عبد العزيز", "Abdulaziz|Abdelaziz"),
    ("ماجد", "Majed|Majid"),
];

const GULF_F: &[(&str, &str)] = &[
    ("نورة", "Noura|Nourah"),
    ("سارة", "Sarah|Sara"),
    ("ريم", "Reem|Rim"),
    ("هيفاء", "Haifa|Haifaa"),
    ("لطيفة", "Latifa|Latifah"),
    ("منيرة", "Munira|Muneera"),
    ("العنود", "Alanoud|Al Anoud"),
    ("مها", "Maha"),
    ("أمل", "Amal"),
    ("هند", "Hind"),
];

const GULF_S: &[(&str, &str)] = &[
    ("القحطاني", "Al-Qahtani|Alqahtani|Al Qahtani"),
    ("العتيبي", "Al-Otaibi|Alotaibi|Al Otaibi"),
    ("الشمري", "Al-Shammari|Alshammari"),
    ("الحربي", "Al-Harbi|Alharbi"),
    ("الغامدي", "Al-Ghamdi|Alghamdi"),
    ("الزهراني", "Al-Zahrani|Alzahrani"),
    ("الدوسري", "Al-Dosari|Aldossary"),
    ("المطيري", "Al-Mutairi|Almutairi"),
    ("العنزي", "Al-Anazi|Alenezi|Al-Enezi"),
    ("السبيعي", "Al-Subaie|Alsubaie"),
    ("الشهري", "Al-Shehri|Alshehri"),
    ("المالكي", "Al-Malki|Almalki"),
];

const LEVANT_M: &[(&str, &str)] = &[
    ("محمد", "Mohammad|Muhammad|Mohamad"),
    ("أحمد", "Ahmad|Ahmed"),
    ("علي", "Ali"),
    ("حسين", "Hussein|Husain|Hussain"),
    ("عمر", "Omar|Umar"),
    ("خالد", "Khaled|Khalid"),
    ("مصطفى", "Mustafa|Moustafa"),
    ("يوسف", "Yousef|Yusuf|Youssef"),
    ("حيدر", "Haider|Haidar"),
    ("عباس", "Abbas"),
    ("مازن", "Mazen"),
    ("باسل", "Basel|Basil"),
    ("رامي", "Rami"),
    ("زيد", "Zaid|Zeid"),
];

const LEVANT_F: &[(&str, &str)] = &[
    ("فاطمة", "Fatima|Fatema"),
    ("زينب", "Zainab|Zeinab"),
    ("مريم", "Maryam|Mariam"),
    ("رنا", "Rana"),
    ("لينا", "Lina"),
    ("هبة", "Hiba|Heba"),
    ("نور", "Nour|Noor"),
    ("رشا", "Rasha"),
    ("دعاء", "Duaa|Doaa"),
    ("آية", "Aya|Ayah"),
    ("بتول", "Batoul|Batool"),
    ("سوسن", "Sawsan|Sausan"),
];

const SYRIA_S: &[(&str, &str)] = &[
    ("الخطيب", "Al-Khatib|Alkhatib|Al Khatib"),
    ("حداد", "Haddad"),
    ("الحلبي", "Al-Halabi|Halabi"),
    ("قباني", "Kabbani|Qabbani"),
    ("الأحمد", "Al-Ahmad|Alahmad"),
    ("العلي", "Al-Ali|Alali"),
    ("الحمصي", "Al-Homsi|Homsi"),
    ("الشامي", "Al-Shami|Chami"),
    ("درويش", "Darwish|Darwich"),
    ("النجار", "Al-Najjar|Najjar"),
];

const IRAQ_S: &[(&str, &str)] = &[
    ("الجبوري", "Al-Jubouri|Al-Jaburi|Aljubouri"),
    ("التميمي", "Al-Tamimi|Altamimi"),
    ("الدليمي", "Al-Dulaimi|Al-Dulaymi"),
    ("العبيدي", "Al-Obaidi|Al-Ubaidi"),
    ("الربيعي", "Al-Rubaie|Al-Rubaye"),
    ("الساعدي", "Al-Saadi|Alsaadi"),
    ("الموسوي", "Al-Musawi|Al-Mousawi"),
    ("الكعبي", "Al-Kaabi|Alkaabi"),
];

const MAGHREB_NAMES: TableNames = TableNames {
    script: "Arab",
    m: MAGHREB_M,
    f: MAGHREB_F,
    s: MAGHREB_S,
};
const EGYPT_NAMES: TableNames = TableNames {
    script: "Arab",
    m: EGYPT_M,
    f: EGYPT_F,
    s: EGYPT_S,
};
const GULF_NAMES: TableNames = TableNames {
    script: "Arab",
    m: GULF_M,
    f: GULF_F,
    s: GULF_S,
};
const SYRIA_NAMES: TableNames = TableNames {
    script: "Arab",
    m: LEVANT_M,
    f: LEVANT_F,
    s: SYRIA_S,
};
const IRAQ_NAMES: TableNames = TableNames {
    script: "Arab",
    m: LEVANT_M,
    f: LEVANT_F,
    s: IRAQ_S,
};

const CN_NAMES: TableNames = TableNames {
    script: "Hani",
    m: &[
        ("伟", "Wei"),
        ("强", "Qiang"),
        ("磊", "Lei"),
        ("军", "Jun"),
        ("洋", "Yang"),
        ("勇", "Yong"),
        ("杰", "Jie"),
        ("涛", "Tao"),
        ("明", "Ming"),
        ("超", "Chao"),
        ("刚", "Gang"),
        ("建华", "Jianhua"),
        ("志强", "Zhiqiang"),
        ("晓明", "Xiaoming"),
        ("俊杰", "Junjie"),
        ("浩然", "Haoran"),
    ],
    f: &[
        ("芳", "Fang"),
        ("娜", "Na"),
        ("秀英", "Xiuying"),
        ("敏", "Min"),
        ("静", "Jing"),
        ("丽", "Li"),
        ("艳", "Yan"),
        ("娟", "Juan"),
        ("秀兰", "Xiulan"),
        ("霞", "Xia"),
        ("海燕", "Haiyan"),
        ("婷婷", "Tingting"),
        ("雪", "Xue"),
        ("欣怡", "Xinyi"),
    ],
    s: &[
        ("王", "Wang"),
        ("李", "Li"),
        ("张", "Zhang"),
        ("刘", "Liu"),
        ("陈", "Chen"),
        ("杨", "Yang"),
        ("黄", "Huang"),
        ("赵", "Zhao"),
        ("吴", "Wu"),
        ("周", "Zhou"),
        ("徐", "Xu"),
        ("孙", "Sun"),
        ("马", "Ma"),
        ("朱", "Zhu"),
        ("胡", "Hu"),
        ("郭", "Guo"),
        ("林", "Lin"),
        ("何", "He"),
        ("高", "Gao"),
        ("罗", "Luo"),
    ],
};

const TW_NAMES: TableNames = TableNames {
    script: "Hani",
    m: &[
        ("志明", "Chih-Ming|Zhiming"),
        ("家豪", "Chia-Hao|Jiahao"),
        ("俊傑", "Chun-Chieh|Junjie"),
        ("建宏", "Chien-Hung|Jianhong"),
        ("冠宇", "Kuan-Yu|Guanyu"),
        ("宗翰", "Tsung-Han|Zonghan"),
        ("承恩", "Cheng-En|Cheng'en"),
        ("柏翰", "Po-Han|Bohan"),
        ("信宏", "Hsin-Hung|Xinhong"),
        ("文雄", "Wen-Hsiung|Wenxiong"),
    ],
    f: &[
        ("淑芬", "Shu-Fen|Shufen"),
        ("怡君", "Yi-Chun|Yijun"),
        ("雅婷", "Ya-Ting|Yating"),
        ("美玲", "Mei-Ling|Meiling"),
        ("佳穎", "Chia-Ying|Jiaying"),
        ("詩涵", "Shih-Han|Shihan"),
        ("淑惠", "Shu-Hui|Shuhui"),
        ("欣怡", "Hsin-Yi|Xinyi"),
        ("雅雯", "Ya-Wen|Yawen"),
        ("佩君", "Pei-Chun|Peijun"),
    ],
    s: &[
        ("陳", "Chen"),
        ("林", "Lin"),
        ("黃", "Huang|Hwang"),
        ("張", "Chang|Zhang"),
        ("李", "Lee|Li"),
        ("王", "Wang"),
        ("吳", "Wu"),
        ("劉", "Liu"),
        ("蔡", "Tsai|Cai"),
        ("楊", "Yang"),
        ("許", "Hsu|Xu"),
        ("鄭", "Cheng|Zheng"),
        ("謝", "Hsieh|Xie"),
        ("郭", "Kuo|Guo"),
        ("洪", "Hung|Hong"),
        ("曾", "Tseng|Zeng"),
    ],
};

const JP_NAMES: TableNames = TableNames {
    script: "Jpan",
    m: &[
        ("翔太", "Shota|Shouta"),
        ("大輔", "Daisuke"),
        ("健太", "Kenta"),
        ("拓也", "Takuya"),
        ("直樹", "Naoki"),
        ("誠", "Makoto"),
        ("浩", "Hiroshi"),
        ("隆", "Takashi"),
        ("健一", "Kenichi|Ken-ichi"),
        ("亮", "Ryo|Ryoh"),
        ("和也", "Kazuya"),
        ("雄一", "Yuichi|Yuuichi"),
    ],
    f: &[
        ("陽子", "Yoko|Yohko"),
        ("恵子", "Keiko"),
        ("美咲", "Misaki"),
        ("由美", "Yumi"),
        ("直美", "Naomi"),
        ("裕子", "Yuko|Yuuko"),
        ("明美", "Akemi"),
        ("愛", "Ai"),
        ("真由美", "Mayumi"),
        ("千尋", "Chihiro"),
        ("彩", "Aya"),
        ("智子", "Tomoko"),
    ],
    s: &[
        ("佐藤", "Sato|Satoh"),
        ("鈴木", "Suzuki"),
        ("高橋", "Takahashi"),
        ("田中", "Tanaka"),
        ("伊藤", "Ito|Itoh"),
        ("渡辺", "Watanabe"),
        ("山本", "Yamamoto"),
        ("中村", "Nakamura"),
        ("小林", "Kobayashi"),
        ("加藤", "Kato|Katoh"),
        ("吉田", "Yoshida"),
        ("山田", "Yamada"),
        ("佐々木", "Sasaki"),
        ("山口", "Yamaguchi"),
        ("松本", "Matsumoto"),
        ("井上", "Inoue"),
        ("大野", "Ono|Ohno"),
    ],
};

const KR_NAMES: TableNames = TableNames {
    script: "Hang",
    m: &[
        ("민준", "Minjun|Min-Jun"),
        ("서준", "Seojun|Seo-Jun"),
        ("도윤", "Doyun|Do-Yun"),
        ("지훈", "Jihoon|Ji-Hoon|Jihun"),
        ("현우", "Hyunwoo|Hyun-Woo|Hyeonu"),
        ("성민", "Sungmin|Seongmin"),
        ("동현", "Donghyun|Dong-Hyun"),
        ("준호", "Junho|Jun-Ho"),
        ("영수", "Youngsoo|Yeongsu"),
        ("상훈", "Sanghoon|Sanghun"),
    ],
    f: &[
        ("서연", "Seoyeon|Seo-Yeon"),
        ("지우", "Jiwoo|Jiu"),
        ("민지", "Minji|Min-Ji"),
        ("수빈", "Subin|Soo-Bin"),
        ("지영", "Jiyoung|Jiyeong"),
        ("은지", "Eunji|Eun-Ji"),
        ("혜진", "Hyejin|Hye-Jin"),
        ("유진", "Yujin|Yoojin"),
        ("수진", "Sujin|Soo-Jin"),
        ("미경", "Mikyung|Migyeong"),
    ],
    s: &[
        ("김", "Kim|Gim"),
        ("이", "Lee|Yi|Rhee"),
        ("박", "Park|Pak|Bak"),
        ("최", "Choi|Choe"),
        ("정", "Jung|Jeong|Chung"),
        ("강", "Kang|Gang"),
        ("조", "Cho|Jo"),
        ("윤", "Yoon|Yun"),
        ("장", "Jang|Chang"),
        ("임", "Lim|Im"),
        ("한", "Han"),
        ("오", "Oh|O"),
        ("서", "Seo|Suh"),
        ("신", "Shin|Sin"),
        ("권", "Kwon|Gwon"),
        ("황", "Hwang"),
    ],
};

const IN_NAMES: TableNames = TableNames {
    script: "Deva",
    m: &[
        ("राहुल", "Rahul"),
        ("अमित", "Amit"),
        ("विजय", "Vijay"),
        ("सुरेश", "Suresh"),
        ("राजेश", "Rajesh"),
        ("संजय", "Sanjay"),
        ("अनिल", "Anil"),
        ("दीपक", "Deepak|Dipak"),
        ("मनोज", "Manoj"),
        ("रवि", "Ravi"),
        ("अजय", "Ajay"),
        ("सुनील", "Sunil"),
    ],
    f: &[
        ("प्रिया", "Priya"),
        ("पूजा", "Pooja|Puja"),
        ("सुनीता", "Sunita"),
        ("अनीता", "Anita"),
        ("नेहा", "Neha"),
        ("कविता", "Kavita|Kavitha"),
        ("रेखा", "Rekha"),
        ("अंजलि", "Anjali"),
        ("सीमा", "Seema|Sima"),
        ("ममता", "Mamta|Mamata"),
    ],
    s: &[
        ("शर्मा", "Sharma"),
        ("वर्मा", "Verma"),
        ("गुप्ता", "Gupta"),
        ("सिंह", "Singh"),
        ("कुमार", "Kumar"),
        ("यादव", "Yadav"),
        ("पटेल", "Patel"),
        ("मिश्रा", "Mishra"),
        ("जोशी", "Joshi"),
        ("अग्रवाल", "Agarwal|Aggarwal"),
        ("चौहान", "Chauhan"),
        ("तिवारी", "Tiwari"),
        ("पांडे", "Pandey|Pande"),
        ("श्रीवास्तव", "Srivastava"),
    ],
};

const TH_NAMES: TableNames = TableNames {
    script: "Thai",
    m: &[
        ("สมชาย", "Somchai"),
        ("สมศักดิ์", "Somsak"),
        ("ประเสริฐ", "Prasert"),
        ("วิชัย", "Wichai|Vichai"),
        ("สุรชัย", "Surachai"),
        ("อนันต์", "Anan|Anant"),
        ("ธนากร", "Thanakorn"),
        ("กิตติ", "Kitti"),
        ("ณัฐพล", "Nattaphon|Nattapol"),
        ("อภิชาติ", "Aphichat|Apichart"),
    ],
    f: &[
        ("สมหญิง", "Somying"),
        ("มาลี", "Malee|Mali"),
        ("สุดา", "Suda"),
        ("นภา", "Napa|Napha"),
        ("วันเพ็ญ", "Wanphen|Wanpen"),
        ("ปราณี", "Pranee|Prani"),
        ("กัญญา", "Kanya"),
        ("รัตนา", "Rattana|Ratana"),
        ("สุภาพร", "Supaporn|Suphaphon"),
        ("พิมพ์ชนก", "Pimchanok"),
    ],
    s: &[
        ("ศรีสุข", "Srisuk|Sisuk"),
        ("วงศ์สวัสดิ์", "Wongsawat"),
        ("แสงทอง", "Saengthong|Sangthong"),
        ("บุญมา", "Boonma|Bunma"),
        ("สุขสวัสดิ์", "Suksawat"),
        ("ทองดี", "Thongdee|Thongdi"),
        ("จันทร์เพ็ญ", "Chanphen|Janpen"),
        ("ศรีวงศ์", "Sriwong"),
        ("พรหมมา", "Promma|Phromma"),
        ("เจริญสุข", "Charoensuk|Jaroensuk"),
        ("รุ่งเรือง", "Rungruang|Rungrueang"),
        ("สมบูรณ์", "Somboon|Sombun"),
    ],
};

static ORIGINS: &[Origin] = &[
    Origin {
        a2: "DE",
        weight: 12,
        names: Names::Latin(&DE_NAMES),
        births: &[
            "Berlin",
            "Hamburg",
            "München",
            "Köln",
            "Frankfurt am Main",
            "Stuttgart",
            "Düsseldorf",
            "Leipzig",
            "Dresden",
            "Hannover",
            "Nürnberg",
            "Duisburg",
        ],
    },
    Origin {
        a2: "FR",
        weight: 4,
        names: Names::Latin(&FR_NAMES),
        births: &[
            "Paris",
            "Marseille",
            "Lyon",
            "Toulouse",
            "Nice",
            "Lille",
            "Bordeaux",
            "Strasbourg",
            "Saint-Étienne",
            "Le Havre",
        ],
    },
    Origin {
        a2: "ES",
        weight: 4,
        names: Names::Latin(&ES_NAMES),
        births: &[
            "Madrid",
            "Barcelona",
            "Sevilla",
            "Valencia",
            "Málaga",
            "Cádiz",
            "Algeciras",
            "Bilbao",
            "A Coruña",
            "Murcia",
        ],
    },
    Origin {
        a2: "IT",
        weight: 4,
        names: Names::Latin(&IT_NAMES),
        births: &[
            "Roma",
            "Milano",
            "Napoli",
            "Torino",
            "Palermo",
            "Bari",
            "Catania",
            "Reggio Calabria",
            "Genova",
            "Bologna",
        ],
    },
    Origin {
        a2: "PL",
        weight: 6,
        names: Names::Latin(&PL_NAMES),
        births: &[
            "Warszawa",
            "Kraków",
            "Łódź",
            "Wrocław",
            "Poznań",
            "Gdańsk",
            "Szczecin",
            "Białystok",
            "Lublin",
            "Katowice",
        ],
    },
    Origin {
        a2: "NL",
        weight: 5,
        names: Names::Latin(&NL_NAMES),
        births: &[
            "Amsterdam",
            "Rotterdam",
            "Den Haag",
            "Utrecht",
            "Eindhoven",
            "Tilburg",
            "Breda",
            "Groningen",
        ],
    },
    Origin {
        a2: "PT",
        weight: 2,
        names: Names::Latin(&PT_NAMES),
        births: &[
            "Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Faro", "Funchal",
        ],
    },
    Origin {
        a2: "RO",
        weight: 6,
        names: Names::Latin(&RO_NAMES),
        births: &[
            "Bucureşti",
            "Cluj-Napoca",
            "Iaşi",
            "Timişoara",
            "Constanţa",
            "Craiova",
            "Braşov",
            "Galaţi",
        ],
    },
    Origin {
        a2: "TR",
        weight: 7,
        names: Names::Latin(&TR_NAMES),
        births: &[
            "İstanbul",
            "Ankara",
            "İzmir",
            "Bursa",
            "Adana",
            "Gaziantep",
            "Diyarbakır",
            "Trabzon",
            "Kayseri",
            "Mersin",
        ],
    },
    Origin {
        a2: "SE",
        weight: 2,
        names: Names::Latin(&SE_NAMES),
        births: &[
            "Stockholm",
            "Göteborg",
            "Malmö",
            "Uppsala",
            "Västerås",
            "Örebro",
            "Linköping",
        ],
    },
    Origin {
        a2: "NO",
        weight: 1,
        names: Names::Latin(&NO_NAMES),
        births: &[
            "Oslo",
            "Bergen",
            "Trondheim",
            "Stavanger",
            "Drammen",
            "Kristiansand",
            "Tromsø",
        ],
    },
    Origin {
        a2: "CZ",
        weight: 3,
        names: Names::Latin(&CZ_NAMES),
        births: &[
            "Praha",
            "Brno",
            "Ostrava",
            "Plzeň",
            "Liberec",
            "Olomouc",
            "Ústí nad Labem",
            "České Budějovice",
        ],
    },
    Origin {
        a2: "HU",
        weight: 2,
        names: Names::Latin(&HU_NAMES),
        births: &[
            "Budapest",
            "Debrecen",
            "Szeged",
            "Miskolc",
            "Pécs",
            "Győr",
            "Nyíregyháza",
        ],
    },
    Origin {
        a2: "LT",
        weight: 3,
        names: Names::Latin(&LT_NAMES),
        births: &[
            "Vilnius",
            "Kaunas",
            "Klaipėda",
            "Šiauliai",
            "Panevėžys",
            "Alytus",
        ],
    },
    Origin {
        a2: "AL",
        weight: 5,
        names: Names::Latin(&AL_NAMES),
        births: &[
            "Tiranë", "Durrës", "Vlorë", "Shkodër", "Elbasan", "Fier", "Korçë",
        ],
    },
    Origin {
        a2: "BR",
        weight: 2,
        names: Names::Latin(&BR_NAMES),
        births: &[
            "São Paulo",
            "Rio de Janeiro",
            "Belo Horizonte",
            "Salvador",
            "Recife",
            "Fortaleza",
            "Curitiba",
            "Manaus",
        ],
    },
    Origin {
        a2: "CO",
        weight: 3,
        names: Names::Latin(&CO_NAMES),
        births: &[
            "Bogotá",
            "Medellín",
            "Cali",
            "Barranquilla",
            "Cartagena",
            "Pereira",
            "Cúcuta",
        ],
    },
    Origin {
        a2: "NG",
        weight: 3,
        names: Names::Latin(&NG_NAMES),
        births: &[
            "Lagos",
            "Abuja",
            "Kano",
            "Ibadan",
            "Benin City",
            "Port Harcourt",
            "Enugu",
            "Onitsha",
        ],
    },
    Origin {
        a2: "GB",
        weight: 2,
        names: Names::Latin(&GB_NAMES),
        births: &[
            "London",
            "Birmingham",
            "Manchester",
            "Liverpool",
            "Glasgow",
            "Leeds",
            "Bristol",
        ],
    },
    Origin {
        a2: "RU",
        weight: 5,
        names: Names::Cyrillic(&RU_NAMES, Cyr::Russian),
        births: &[
            "Moskva",
            "Sankt-Peterburg",
            "Kaliningrad",
            "Rostov-na-Donu",
            "Novosibirsk",
            "Yekaterinburg",
            "Kazan",
            "Krasnodar",
        ],
    },
    Origin {
        a2: "UA",
        weight: 5,
        names: Names::Cyrillic(&UA_NAMES, Cyr::Ukrainian),
        births: &[
            "Kyiv",
            "Kharkiv",
            "Odesa",
            "Dnipro",
            "Lviv",
            "Zaporizhzhia",
            "Mykolaiv",
        ],
    },
    Origin {
        a2: "BG",
        weight: 3,
        names: Names::Cyrillic(&BG_NAMES, Cyr::Bulgarian),
        births: &[
            "Sofia",
            "Plovdiv",
            "Varna",
            "Burgas",
            "Ruse",
            "Stara Zagora",
        ],
    },
    Origin {
        a2: "RS",
        weight: 4,
        names: Names::Cyrillic(&RS_NAMES, Cyr::Serbian),
        births: &["Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica"],
    },
    Origin {
        a2: "GR",
        weight: 2,
        names: Names::Table(&GR_NAMES),
        births: &[
            "Athina",
            "Thessaloniki",
            "Patra",
            "Irakleio",
            "Larisa",
            "Volos",
            "Peiraias",
        ],
    },
    Origin {
        a2: "MA",
        weight: 5,
        names: Names::Table(&MAGHREB_NAMES),
        births: &[
            "Casablanca",
            "Rabat",
            "Tanger",
            "Fès",
            "Marrakech",
            "Tétouan",
            "Nador",
            "Oujda",
            "Agadir",
        ],
    },
    Origin {
        a2: "DZ",
        weight: 3,
        names: Names::Table(&MAGHREB_NAMES),
        births: &[
            "Alger",
            "Oran",
            "Constantine",
            "Annaba",
            "Blida",
            "Sétif",
            "Tlemcen",
        ],
    },
    Origin {
        a2: "TN",
        weight: 2,
        names: Names::Table(&MAGHREB_NAMES),
        births: &["Tunis", "Sfax", "Sousse", "Kairouan", "Bizerte", "Gabès"],
    },
    Origin {
        a2: "EG",
        weight: 2,
        names: Names::Table(&EGYPT_NAMES),
        births: &[
            "Cairo",
            "Alexandria",
            "Giza",
            "Port Said",
            "Mansoura",
            "Tanta",
        ],
    },
    Origin {
        a2: "SA",
        weight: 1,
        names: Names::Table(&GULF_NAMES),
        births: &["Riyadh", "Jeddah", "Makkah", "Madinah", "Dammam"],
    },
    Origin {
        a2: "SY",
        weight: 3,
        names: Names::Table(&SYRIA_NAMES),
        births: &[
            "Damascus",
            "Aleppo",
            "Homs",
            "Latakia",
            "Hama",
            "Deir ez-Zor",
        ],
    },
    Origin {
        a2: "IQ",
        weight: 3,
        names: Names::Table(&IRAQ_NAMES),
        births: &[
            "Baghdad",
            "Basra",
            "Mosul",
            "Erbil",
            "Kirkuk",
            "Najaf",
            "Sulaymaniyah",
        ],
    },
    Origin {
        a2: "IL",
        weight: 1,
        names: Names::Table(&HE_NAMES),
        births: &[
            "Jerusalem",
            "Tel Aviv-Yafo",
            "Haifa",
            "Ashdod",
            "Netanya",
            "Be'er Sheva",
        ],
    },
    Origin {
        a2: "CN",
        weight: 3,
        names: Names::Table(&CN_NAMES),
        births: &[
            "Beijing",
            "Shanghai",
            "Guangzhou",
            "Shenzhen",
            "Wenzhou",
            "Fuzhou",
            "Qingtian",
            "Ningbo",
        ],
    },
    Origin {
        a2: "TW",
        weight: 1,
        names: Names::Table(&TW_NAMES),
        births: &["Taipei", "Kaohsiung", "Taichung", "Tainan", "Hsinchu"],
    },
    Origin {
        a2: "KR",
        weight: 1,
        names: Names::Table(&KR_NAMES),
        births: &["Seoul", "Busan", "Incheon", "Daegu", "Gwangju"],
    },
    Origin {
        a2: "JP",
        weight: 1,
        names: Names::Table(&JP_NAMES),
        births: &[
            "Tokyo", "Osaka", "Yokohama", "Nagoya", "Kobe", "Fukuoka", "Sapporo",
        ],
    },
    Origin {
        a2: "IN",
        weight: 2,
        names: Names::Table(&IN_NAMES),
        births: &[
            "New Delhi",
            "Mumbai",
            "Kolkata",
            "Lucknow",
            "Jaipur",
            "Kanpur",
            "Patna",
            "Varanasi",
        ],
    },
    Origin {
        a2: "TH",
        weight: 1,
        names: Names::Table(&TH_NAMES),
        births: &[
            "Bangkok",
            "Chiang Mai",
            "Pattaya",
            "Udon Thani",
            "Khon Kaen",
            "Nakhon Ratchasima",
        ],
    },
    Origin {
        a2: "GE",
        weight: 3,
        names: Names::Georgian(&GE_NAMES),
        births: &["Tbilisi", "Kutaisi", "Batumi", "Rustavi", "Zugdidi", "Gori"],
    },
    Origin {
        a2: "AM",
        weight: 2,
        names: Names::Table(&AM_NAMES),
        births: &["Yerevan", "Gyumri", "Vanadzor", "Vagharshapat", "Hrazdan"],
    },
];

fn origin(a2: &str) -> &'static Origin {
    ORIGINS.iter().find(|o| o.a2 == a2).unwrap_or(&ORIGINS[0])
}

// ---------------------------------------------------------------------------
// Transliteration to the Latin forms printed in passports.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scheme {
    /// ICAO 9303 (Russian passports since 2013): Юрий Чайковский → Iurii Chaikovskii.
    Icao,
    /// MVD 1997 (older Russian passports): Yuriy Chaykovskiy.
    Mvd,
    /// As a French document writes a Russian name: Iouri Tchaikovski.
    French,
    /// As a German document writes a Russian name: Juri Tschaikowski.
    German,
    /// Ukrainian national system (2010): Юрій → Yurii.
    Ukrainian,
    /// Bulgarian streamlined system (2009).
    Bulgarian,
    /// Serbian Latin alphabet (Gaj).
    Serbian,
}

fn is_cyr_vowel(c: char) -> bool {
    "аеёиоуыэюяіїє".contains(c)
}

fn translit_word(word: &str, sc: Scheme) -> String {
    let w: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let n = w.len();
    let mut out = String::new();
    let mut i = 0;
    while i < n {
        let c = w[i];
        let prev = if i > 0 { Some(w[i - 1]) } else { None };
        let next = w.get(i + 1).copied();
        let initial = i == 0;
        let after_vowel = prev.is_some_and(is_cyr_vowel);
        let after_sign = prev.is_some_and(|p| p == 'ь' || p == 'ъ');
        let before_vowel = next.is_some_and(is_cyr_vowel);
        // French and German drop the final -й of -ий and -ый.
        if matches!(sc, Scheme::French | Scheme::German)
            && i + 2 == n
            && next == Some('й')
            && (c == 'и' || c == 'ы')
        {
            out.push_str(if c == 'и' { "i" } else { "y" });
            break;
        }
        let s: &str = match sc {
            Scheme::Icao | Scheme::Mvd => {
                let mvd = sc == Scheme::Mvd;
                match c {
                    'а' => "a",
                    'б' => "b",
                    'в' => "v",
                    'г' => "g",
                    'д' => "d",
                    'е' if mvd && after_sign => "ye",
                    'е' | 'ё' | 'э' => "e",
                    'ж' => "zh",
                    'з' => "z",
                    'и' => "i",
                    'й' if mvd => "y",
                    'й' => "i",
                    'к' => "k",
                    'л' => "l",
                    'м' => "m",
                    'н' => "n",
                    'о' => "o",
                    'п' => "p",
                    'р' => "r",
                    'с' => "s",
                    'т' => "t",
                    'у' => "u",
                    'ф' => "f",
                    'х' => "kh",
                    'ц' => "ts",
                    'ч' => "ch",
                    'ш' => "sh",
                    'щ' => "shch",
                    'ъ' if !mvd => "ie",
                    'ъ' | 'ь' => "",
                    'ы' => "y",
                    'ю' if mvd => "yu",
                    'ю' => "iu",
                    'я' if mvd => "ya",
                    'я' => "ia",
                    _ => "",
                }
            }
            Scheme::French => match c {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' if next.is_some_and(|x| "еиыэ".contains(x)) => "gu",
                'г' => "g",
                'д' => "d",
                'е' if after_sign => "ie",
                'е' | 'э' => "e",
                'ё' => "io",
                'ж' => "j",
                'з' => "z",
                'и' | 'й' => "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' if after_vowel && before_vowel => "ss",
                'с' => "s",
                'т' => "t",
                'у' => "ou",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "tch",
                'ш' => "ch",
                'щ' => "chtch",
                'ъ' | 'ь' => "",
                'ы' => "y",
                'ю' => "iou",
                'я' => "ia",
                _ => "",
            },
            Scheme::German => match c {
                'а' => "a",
                'б' => "b",
                'в' => "w",
                'г' => "g",
                'д' => "d",
                'е' if initial || after_vowel || after_sign => "je",
                'е' | 'э' => "e",
                'ё' => "jo",
                'ж' => "sch",
                'з' => "s",
                'и' => "i",
                'й' if next.is_some_and(|x| !is_cyr_vowel(x))
                    || prev.is_some_and(|p| "аоу".contains(p)) =>
                {
                    "i"
                }
                'й' => "j",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' if after_vowel && before_vowel => "ss",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "ch",
                'ц' => "z",
                'ч' => "tsch",
                'ш' => "sch",
                'щ' => "schtsch",
                'ъ' | 'ь' => "",
                'ы' => "y",
                'ю' => "ju",
                'я' => "ja",
                _ => "",
            },
            Scheme::Ukrainian => match c {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' if prev == Some('з') => "gh",
                'г' => "h",
                'ґ' => "g",
                'д' => "d",
                'е' => "e",
                'є' if initial => "ye",
                'є' => "ie",
                'ж' => "zh",
                'з' => "z",
                'и' => "y",
                'і' => "i",
                'ї' if initial => "yi",
                'ї' => "i",
                'й' if initial => "y",
                'й' => "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "shch",
                'ь' | '\'' | '’' => "",
                'ю' if initial => "yu",
                'ю' => "iu",
                'я' if initial => "ya",
                'я' => "ia",
                _ => "",
            },
            Scheme::Bulgarian => match c {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' => "g",
                'д' => "d",
                'е' => "e",
                'ж' => "zh",
                'з' => "z",
                'и' => "i",
                'й' => "y",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "h",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "sht",
                'ъ' => "a",
                'ь' => "y",
                'ю' => "yu",
                // Final -ия is -ia (Мария → Maria).
                'я' if prev == Some('и') && i + 1 == n => "a",
                'я' => "ya",
                _ => "",
            },
            Scheme::Serbian => match c {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' => "g",
                'д' => "d",
                'ђ' => "đ",
                'е' => "e",
                'ж' => "ž",
                'з' => "z",
                'и' => "i",
                'ј' => "j",
                'к' => "k",
                'л' => "l",
                'љ' => "lj",
                'м' => "m",
                'н' => "n",
                'њ' => "nj",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'ћ' => "ć",
                'у' => "u",
                'ф' => "f",
                'х' => "h",
                'ц' => "c",
                'ч' => "č",
                'џ' => "dž",
                'ш' => "š",
                _ => "",
            },
        };
        out.push_str(s);
        i += 1;
    }
    out
}

/// Transliterates a Cyrillic name word by word and capitalises it.
fn translit(s: &str, sc: Scheme) -> String {
    let lower: String = s
        .split(' ')
        .map(|w| {
            w.split('-')
                .map(|p| translit_word(p, sc))
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ");
    title(&lower)
}

/// Georgian national romanisation (2002), as in Georgian passports.
fn georgian_latin(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        out.push_str(match c {
            'ა' => "a",
            'ბ' => "b",
            'გ' => "g",
            'დ' => "d",
            'ე' => "e",
            'ვ' => "v",
            'ზ' => "z",
            'თ' | 'ტ' => "t",
            'ი' => "i",
            'კ' | 'ქ' => "k",
            'ლ' => "l",
            'მ' => "m",
            'ნ' => "n",
            'ო' => "o",
            'პ' | 'ფ' => "p",
            'ჟ' => "zh",
            'რ' => "r",
            'ს' => "s",
            'უ' => "u",
            'ღ' => "gh",
            'ყ' => "q",
            'შ' => "sh",
            'ჩ' | 'ჭ' => "ch",
            'ც' | 'წ' => "ts",
            'ძ' => "dz",
            'ხ' => "kh",
            'ჯ' => "j",
            'ჰ' => "h",
            ' ' => " ",
            '-' => "-",
            _ => "",
        });
    }
    title(&out)
}

/// Countries whose MRZ writes Ä, Ö, Ü, Å, Ø as AE, OE, UE, AA, OE
/// (ICAO 9303 Part 3 allows both).
fn mrz_expands(issuer: &str) -> bool {
    matches!(issuer, "DE" | "AT" | "CH" | "SE" | "NO" | "DK" | "FI")
}

/// The Latin letters of an MRZ for one character of a name, or `None`
/// if the character has no transcription here.
fn mrz_letters(c: char, issuer: &str) -> Option<&'static str> {
    let expand = mrz_expands(issuer);
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'a' => "A",
        'b' => "B",
        'c' => "C",
        'd' => "D",
        'e' => "E",
        'f' => "F",
        'g' => "G",
        'h' => "H",
        'i' => "I",
        'j' => "J",
        'k' => "K",
        'l' => "L",
        'm' => "M",
        'n' => "N",
        'o' => "O",
        'p' => "P",
        'q' => "Q",
        'r' => "R",
        's' => "S",
        't' => "T",
        'u' => "U",
        'v' => "V",
        'w' => "W",
        'x' => "X",
        'y' => "Y",
        'z' => "Z",
        ' ' | '-' => "<",
        '\'' | '’' | '.' => "",
        'à' | 'á' | 'â' | 'ã' | 'ā' | 'ă' | 'ą' => "A",
        'ä' if expand => "AE",
        'ä' => "A",
        'å' if expand => "AA",
        'å' => "A",
        'æ' => "AE",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "C",
        'đ' if issuer == "RS" => "DJ",
        'ď' | 'đ' | 'ð' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "E",
        'ğ' | 'ģ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "I",
        'ķ' => "K",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "L",
        'ñ' | 'ń' | 'ň' | 'ņ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ō' | 'ő' => "O",
        'ö' | 'ø' if expand => "OE",
        'ö' | 'ø' => "O",
        'œ' => "OE",
        'ŕ' | 'ř' => "R",
        'ś' | 'ş' | 'š' | 'ș' => "S",
        'ß' => "SS",
        'ţ' | 'ť' | 'ț' => "T",
        'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' | 'ų' => "U",
        'ü' if expand => "UE",
        'ü' => "U",
        'ý' | 'ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "Z",
        'þ' => "TH",
        _ => return None,
    })
}

/// A name in MRZ letters (`García Núñez` → `GARCIA<NUNEZ`), or `None` if a
/// character has no transcription.
fn mrz_name(s: &str, issuer: &str) -> Option<String> {
    s.chars().map(|c| mrz_letters(c, issuer)).collect()
}

/// A name without diacritics, as many systems store it (`Müller` → `Muller`).
fn ascii_fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(l) = mrz_letters(c, "") {
            if c.is_lowercase() {
                out.push_str(&l.to_ascii_lowercase());
            } else if l.len() > 1 && out.chars().last().is_some_and(char::is_lowercase) {
                out.push_str(&title(&l.to_ascii_lowercase()));
            } else {
                out.push_str(l);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Cases and the record columns.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ThemeKey {
    Drugs,
    Laundering,
    Smuggling,
    Trafficking,
    Cyber,
    Firearms,
    Excise,
    Documents,
    Vehicles,
}

struct Theme {
    key: ThemeKey,
    weight: u32,
    purpose: &'static str,
    offences: &'static [&'static str],
    /// Share of victims among the persons of such a case.
    victims: f64,
    /// Countries, besides Germany, where its events happen.
    countries: &'static [&'static str],
    /// Where its suspects more often come from.
    origins: &'static [&'static str],
}

const THEMES: &[Theme] = &[
    Theme {
        key: ThemeKey::Drugs,
        weight: 30,
        purpose: "Criminal investigation: international cocaine and cannabis trafficking via seaports and road freight",
        offences: &["0601"],
        victims: 0.0,
        countries: &["NL", "BE", "ES", "IT", "FR", "PT"],
        origins: &["CO", "NL", "MA", "AL", "ES", "TR", "BR", "NG"],
    },
    Theme {
        key: ThemeKey::Laundering,
        weight: 14,
        purpose: "Criminal investigation: laundering of proceeds of crime through money service businesses and front companies",
        offences: &["0704"],
        victims: 0.0,
        countries: &["NL", "BE", "AT", "ES", "IT"],
        origins: &["TR", "SY", "IQ", "CN", "RU", "UA", "IL", "GE"],
    },
    Theme {
        key: ThemeKey::Smuggling,
        weight: 14,
        purpose: "Criminal investigation: facilitation of unauthorised entry and residence (migrant smuggling network)",
        offences: &["0805"],
        victims: 0.05,
        countries: &["AT", "PL", "CZ", "IT", "FR"],
        origins: &["SY", "IQ", "TR", "AL", "RS", "EG", "MA", "DZ"],
    },
    Theme {
        key: ThemeKey::Trafficking,
        weight: 8,
        purpose: "Criminal investigation: trafficking in human beings for sexual and labour exploitation",
        offences: &["0204", "0302"],
        victims: 0.3,
        countries: &["NL", "BE", "AT", "ES", "PL"],
        origins: &["RO", "BG", "NG", "TH", "UA", "CN", "HU"],
    },
    Theme {
        key: ThemeKey::Cyber,
        weight: 8,
        purpose: "Criminal investigation: ransomware attacks and phishing fraud against companies and bank customers",
        offences: &["0903", "0701"],
        victims: 0.2,
        countries: &["NL", "FR", "SE", "PL"],
        origins: &["RU", "UA", "CN", "KR", "IN", "NG", "JP", "IL"],
    },
    Theme {
        key: ThemeKey::Firearms,
        weight: 6,
        purpose: "Criminal investigation: illicit trafficking in firearms, converted weapons and ammunition",
        offences: &["0901"],
        victims: 0.0,
        countries: &["BE", "NL", "SE", "AT", "CZ"],
        origins: &["RS", "AL", "UA", "BG", "CZ", "SE"],
    },
    Theme {
        key: ThemeKey::Excise,
        weight: 6,
        purpose: "Criminal investigation: cigarette smuggling and excise fraud",
        offences: &["0602", "0804"],
        victims: 0.0,
        countries: &["PL", "BE", "NL", "CZ"],
        origins: &["PL", "LT", "UA", "BG", "RU", "GE"],
    },
    Theme {
        key: ThemeKey::Documents,
        weight: 6,
        purpose: "Criminal investigation: production and sale of forged identity and travel documents",
        offences: &["0702", "0805"],
        victims: 0.0,
        countries: &["FR", "IT", "ES", "BE", "SE"],
        origins: &["GR", "AL", "UA", "CN", "TH", "AM", "GE"],
    },
    Theme {
        key: ThemeKey::Vehicles,
        weight: 6,
        purpose: "Criminal investigation: organised theft of high-value vehicles and their export",
        offences: &["0502", "0905"],
        victims: 0.1,
        countries: &["PL", "NL", "BE", "CZ", "FR"],
        origins: &["PL", "LT", "RO", "UA", "BG", "GE", "AM"],
    },
];

struct Case {
    reference: String,
    year: i32,
    theme: &'static Theme,
    countries: Vec<&'static str>,
    /// Numbers of its persons, and of their vehicles, phones and addresses
    /// (with the country): the links between them are made once every
    /// person is written, from these numbers alone.
    members: Vec<u32>,
    vehicles: Vec<u32>,
    phones: Vec<u32>,
    addresses: Vec<(&'static str, u32)>,
}

const RESTRICTIONS: &[&str] = &[
    "Not to be disseminated further without the prior consent of the originator (BKA)",
    "For intelligence purposes only; not to be used as evidence without the originator's consent",
    "Covert investigation: do not contact the data subject or disclose outside the receiving unit",
    "Release to third countries only with the written consent of the public prosecutor",
];

/// The record columns of one record.
#[derive(Clone, Debug)]
struct Meta {
    handling: &'static str,
    restriction: Option<&'static str>,
    evaluation: &'static str,
    case_ref: String,
    purpose: &'static str,
    review: Date,
    delete: Date,
}

impl Meta {
    fn new(g: &mut G, case: &Case, protect: bool) -> Meta {
        let handling = if protect {
            *g.weighted(&[("h2", 80), ("h3", 20)])
        } else {
            *g.weighted(&[("h0", 12), ("h1", 33), ("h2", 50), ("h3", 5)])
        };
        let restriction = (handling == "h3").then(|| *g.pick(RESTRICTIONS));
        let evaluation = *g.weighted(&[
            ("A1", 3),
            ("A2", 6),
            ("B1", 6),
            ("B2", 40),
            ("B3", 15),
            ("C2", 10),
            ("C3", 12),
            ("X3", 4),
            ("X4", 4),
        ]);
        let review = g.date(ymd(2027, 1, 1), ymd(2029, 12, 31));
        let delete = Date::from_julian_day(review.to_julian_day() + g.int(365, 1826) as i32)
            .unwrap_or(review);
        Meta {
            handling,
            restriction,
            evaluation,
            case_ref: case.reference.clone(),
            purpose: case.theme.purpose,
            review,
            delete,
        }
    }

    /// The same case and dates, with the record's own evaluation.
    fn derived(&self, g: &mut G) -> Meta {
        let mut m = self.clone();
        if g.chance(0.3) {
            m.evaluation = *g.pick(&["A1", "B1", "B2", "B3", "C2"]);
        }
        m
    }

    fn row(&self, external_ref: &str) -> Row {
        let mut r = Row::new();
        r.insert("external_ref", external_ref.to_owned());
        r.insert("handling_code", self.handling.to_owned());
        if let Some(x) = self.restriction {
            r.insert("handling_restriction", x.to_owned());
        }
        r.insert("evaluation", self.evaluation.to_owned());
        r.insert("case_reference", self.case_ref.clone());
        r.insert("purpose", self.purpose.to_owned());
        r.insert("review_after", iso(self.review));
        r.insert("delete_after", iso(self.delete));
        r
    }
}

fn make_cases(g: &mut G, persons: usize) -> Vec<Case> {
    let n = (persons / 20).clamp(1, 100_000);
    let themes: Vec<(&'static Theme, u32)> = THEMES.iter().map(|t| (t, t.weight)).collect();
    let max = (n as u32 * 4).max(9999);
    let mut used = BTreeSet::new();
    let mut cases = Vec::with_capacity(n);
    for _ in 0..n {
        let year = *g.weighted(&[(2023, 1), (2024, 2), (2025, 4), (2026, 4)]);
        let reference = loop {
            let r = format!("DE-{year}-{:04}", g.int(1, max));
            if used.insert(r.clone()) {
                break r;
            }
        };
        let theme = *g.weighted(&themes);
        let mut countries = vec!["DE"];
        for _ in 0..g.int(0, 2) {
            let c = *g.pick(theme.countries);
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
        cases.push(Case {
            reference,
            year,
            theme,
            countries,
            members: vec![],
            vehicles: vec![],
            phones: vec![],
            addresses: vec![],
        });
    }
    cases
}

// ---------------------------------------------------------------------------
// Persons.

/// Countries where persons live: addresses, banks, phones and plates.
const RESIDENCES: &[(&str, u32)] = &[
    ("DE", 45),
    ("NL", 8),
    ("BE", 6),
    ("FR", 7),
    ("ES", 7),
    ("IT", 6),
    ("PL", 6),
    ("AT", 5),
    ("CZ", 3),
    ("SE", 3),
    ("PT", 3),
];

struct Name {
    given: String,
    surname: String,
    native: Option<(String, String, &'static str)>,
    /// Other Latin spellings (given, surname) found in other systems.
    spellings: Vec<(String, String)>,
}

struct PersonData {
    ext: String,
    origin: &'static Origin,
    female: bool,
    gender: &'static str,
    name: Name,
    dob: Date,
    /// 3 = full date, 2 = year and month, 1 = year.
    dob_precision: u8,
    nationalities: Vec<&'static str>,
    residence: &'static str,
    dsc: &'static str,
    meta: Meta,
}

impl PersonData {
    fn dob_full(&self) -> Option<Date> {
        (self.dob_precision == 3).then_some(self.dob)
    }
    fn holder_name(&self) -> String {
        format!("{} {}", self.name.given, self.name.surname)
    }
}

fn expand_umlauts(s: &str) -> String {
    s.replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .replace('Ä', "Ae")
        .replace('Ö', "Oe")
        .replace('Ü', "Ue")
}

fn pick_distinct<'a>(g: &mut G, xs: &'a [&'a str], not: &str) -> &'a str {
    for _ in 0..8 {
        let x = *g.pick(xs);
        if x != not {
            return x;
        }
    }
    xs[0]
}

fn make_name(g: &mut G, o: &'static Origin, female: bool, nationalities: &[&str]) -> Name {
    match &o.names {
        Names::Latin(t) => {
            let first = *g.pick(if female { t.f } else { t.m });
            let mut given = first.to_owned();
            if g.chance(t.second_given) {
                let second = pick_distinct(g, if female { t.f } else { t.m }, first);
                if !second.contains(' ') && !first.contains(' ') {
                    given = format!("{first} {second}");
                }
            }
            let s1 = gendered(g.pick::<&str>(t.s), female);
            let mut surname = s1.to_owned();
            if g.chance(t.two_surnames) {
                let s2 = gendered(pick_distinct(g, t.s, s1), female);
                surname = format!("{s1} {s2}");
            }
            let mut spellings = vec![];
            let folded = (ascii_fold(&given), ascii_fold(&surname));
            if o.a2 == "DE"
                && (given.contains(['ä', 'ö', 'ü', 'ß'])
                    || surname.contains(['ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü']))
            {
                spellings.push((expand_umlauts(&given), expand_umlauts(&surname)));
            }
            if folded != (given.clone(), surname.clone()) {
                spellings.push(folded);
            }
            if surname.contains(' ') && t.two_surnames > 0.0 {
                spellings.push((given.clone(), s1.to_owned()));
            }
            Name {
                given,
                surname,
                native: None,
                spellings,
            }
        }
        Names::Cyrillic(t, lang) => {
            let ng = (*g.pick(if female { t.f } else { t.m })).to_owned();
            let ns = gendered(g.pick::<&str>(t.s), female).to_owned();
            let (scheme, others): (Scheme, &[Scheme]) = match lang {
                Cyr::Russian => {
                    if nationalities.contains(&"DE") {
                        (Scheme::German, &[Scheme::Icao, Scheme::Mvd])
                    } else if nationalities.contains(&"FR") {
                        (Scheme::French, &[Scheme::Icao, Scheme::Mvd])
                    } else if g.chance(0.7) {
                        (Scheme::Icao, &[Scheme::Mvd, Scheme::German, Scheme::French])
                    } else {
                        (Scheme::Mvd, &[Scheme::Icao, Scheme::German])
                    }
                }
                Cyr::Ukrainian => (Scheme::Ukrainian, &[]),
                Cyr::Bulgarian => (Scheme::Bulgarian, &[]),
                Cyr::Serbian => (Scheme::Serbian, &[]),
            };
            let given = translit(&ng, scheme);
            let surname = translit(&ns, scheme);
            let mut spellings: Vec<(String, String)> = others
                .iter()
                .map(|s| (translit(&ng, *s), translit(&ns, *s)))
                .filter(|x| *x != (given.clone(), surname.clone()))
                .collect();
            match lang {
                // Ukrainian passports before 2010: Serhiy, Nataliya.
                Cyr::Ukrainian => {
                    let old = |s: &str| {
                        let s = s.replace("iia", "iya");
                        match s.strip_suffix("ii") {
                            Some(stem) => format!("{stem}iy"),
                            None => s,
                        }
                    };
                    let v = (old(&given), old(&surname));
                    if v != (given.clone(), surname.clone()) {
                        spellings.push(v);
                    }
                }
                Cyr::Serbian => {
                    let v = (ascii_fold(&given), ascii_fold(&surname));
                    if v != (given.clone(), surname.clone()) {
                        spellings.push(v);
                    }
                }
                _ => {}
            }
            Name {
                given,
                surname,
                native: Some((ng, ns, "Cyrl")),
                spellings,
            }
        }
        Names::Georgian(t) => {
            let ng = (*g.pick(if female { t.f } else { t.m })).to_owned();
            let ns = (*g.pick(t.s)).to_owned();
            Name {
                given: georgian_latin(&ng),
                surname: georgian_latin(&ns),
                native: Some((ng, ns, "Geor")),
                spellings: vec![],
            }
        }
        Names::Table(t) => {
            let (ng, lg) = *g.pick(if female { t.f } else { t.m });
            let (ns, ls) = *g.pick(t.s);
            let ns = gendered(ns, female);
            let gv = variants(gendered(lg, female));
            let sv = variants(gendered(ls, female));
            let gi = if gv.len() > 1 && g.chance(0.25) {
                g.below(gv.len())
            } else {
                0
            };
            let si = if sv.len() > 1 && g.chance(0.25) {
                g.below(sv.len())
            } else {
                0
            };
            let (given, surname) = (gv[gi].to_owned(), sv[si].to_owned());
            let mut spellings = vec![];
            for (i, v) in sv.iter().enumerate() {
                if i != si {
                    spellings.push((given.clone(), (*v).to_owned()));
                }
            }
            for (i, v) in gv.iter().enumerate() {
                if i != gi {
                    spellings.push(((*v).to_owned(), surname.clone()));
                }
            }
            if matches!(t.script, "Hani" | "Hang" | "Jpan") {
                // Family name first, as at home: swapped in many foreign records.
                spellings.push((surname.clone(), given.clone()));
            }
            Name {
                given,
                surname,
                native: Some((ng.to_owned(), ns.to_owned(), t.script)),
                spellings,
            }
        }
    }
}

const NICKNAMES: &[&str] = &[
    "EL FLACO",
    "EL GORDO",
    "EL PAISA",
    "CHINO",
    "DER LANGE",
    "IL BIONDO",
    "TONY",
    "SASHA",
    "MISHA",
    "BOSS",
    "DOKTOR",
    "KAPITAN",
    "BABA",
    "ZIZOU",
    "LE GRAND",
    "DE KAPPER",
];

const MARKS: &[&str] = &[
    "tattoo of a rose on the left forearm",
    "scar above the right eyebrow",
    "tattoo of a scorpion on the right hand",
    "tattoo reading 'FAMILIA' on the neck",
    "gold crown on an upper front tooth",
    "burn scar on the back of the left hand",
    "tattoo of an eight-pointed star on both knees",
    "missing tip of the left index finger",
    "birthmark on the right side of the neck",
    "tattoo of a tiger covering the upper back",
    "scar from the left ear to the chin",
    "tattoo of a spider web on the right elbow",
    "tattoo of Arabic script on the left wrist",
    "pierced left eyebrow",
];

fn alias_of(surname: &str, given: &str) -> String {
    format!("{}, {}", surname.to_uppercase(), given)
}

fn aliases(g: &mut G, p: &PersonData) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for _ in 0..g.int(1, 2) {
        let roll = g.int(0, 9);
        let a = if roll < 6 && !p.name.spellings.is_empty() {
            let (gv, sv) = g.pick(&p.name.spellings).clone();
            alias_of(&sv, &gv)
        } else if roll < 8 && p.female {
            let Names::Latin(t) = &p.origin.names else {
                continue;
            };
            let maiden = gendered(pick_distinct(g, t.s, &p.name.surname), true);
            alias_of(maiden, &p.name.given)
        } else {
            (*g.pick(NICKNAMES)).to_owned()
        };
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

fn make_person(g: &mut G, ext: String, o: &'static Origin, case: &Case) -> PersonData {
    let residence = if RESIDENCES.iter().any(|r| r.0 == o.a2) && g.chance(0.7) {
        o.a2
    } else {
        *g.weighted(RESIDENCES)
    };
    let mut nationalities = vec![o.a2];
    if g.chance(0.12) {
        let second = if residence != o.a2 {
            residence
        } else {
            *g.pick(&["DE", "FR", "NL", "ES", "IT", "BE", "GB", "TR", "PL"])
        };
        if second != o.a2 {
            nationalities.push(second);
        }
    }
    let gender = *g.weighted(&[("M", 72), ("F", 27), ("X", 1)]);
    let female = match gender {
        "F" => true,
        "M" => false,
        _ => g.chance(0.5),
    };
    let name = make_name(g, o, female, &nationalities);
    let year = 1950 + ((g.int(0, 56) + g.int(0, 56)) / 2) as i32;
    let dob = g.date(ymd(year, 1, 1), ymd(year, 12, 31));
    let dob_precision = *g.weighted(&[(3u8, 80), (2, 12), (1, 8)]);
    let theme = case.theme;
    let victim = g.chance(theme.victims);
    let dsc = if victim {
        "victim"
    } else {
        *g.weighted(&[
            ("suspect", 74),
            ("contact_or_associate", 14),
            ("witness", 8),
            ("victim", 2),
            ("convicted_person", 2),
        ])
    };
    let meta = Meta::new(g, case, matches!(dsc, "victim" | "witness"));
    PersonData {
        ext,
        origin: o,
        female,
        gender,
        name,
        dob,
        dob_precision,
        nationalities,
        residence,
        dsc,
        meta,
    }
}

fn person_row(g: &mut G, p: &PersonData) -> Row {
    let mut r = p.meta.row(&p.ext);
    r.insert("data_subject_category", p.dsc.to_owned());
    r.insert("given_names", p.name.given.clone());
    r.insert("surname", p.name.surname.clone());
    if let Some((ng, ns, script)) = &p.name.native {
        r.insert("native_given_names", ng.clone());
        r.insert("native_surname", ns.clone());
        r.insert("native_script", (*script).to_owned());
    }
    let d = p.dob;
    r.insert(
        "date_of_birth",
        match p.dob_precision {
            3 => iso(d),
            2 => format!("{:04}-{:02}", d.year(), u8::from(d.month())),
            _ => format!("{:04}", d.year()),
        },
    );
    if g.chance(0.85) {
        let born_abroad = p.nationalities.len() > 1
            && ORIGINS.iter().any(|o| o.a2 == p.nationalities[1])
            && g.chance(0.5);
        let country = if born_abroad {
            p.nationalities[1]
        } else {
            p.origin.a2
        };
        r.insert(
            "place_of_birth",
            (*g.pick(origin(country).births)).to_owned(),
        );
        r.insert("country_of_birth", country_cell(g, country));
    }
    let nats: Vec<String> = p.nationalities.iter().map(|c| country_cell(g, c)).collect();
    r.insert("nationalities", nats.join(";"));
    r.insert("gender", p.gender.to_owned());
    if g.chance(0.2) {
        let a = aliases(g, p);
        if !a.is_empty() {
            r.insert("aliases", a.join("|"));
        }
    }
    if g.chance(0.1) {
        let mut marks = vec![*g.pick(MARKS)];
        if g.chance(0.3) {
            let m = *g.pick(MARKS);
            if m != marks[0] {
                marks.push(m);
            }
        }
        r.insert("identifying_marks", marks.join("|"));
    }
    r
}

// ---------------------------------------------------------------------------
// Documents.

/// German passport and identity card numbers use these only: no vowels, so
/// that no word can be spelt, and nothing that is read as something else.
const DE_DOC: &str = "CFGHJKLMNPRTVWXYZ0123456789";
/// Dutch document numbers never use O, which would be read as 0.
const NL_LETTERS: &str = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
const NL_DOC: &str = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";

/// A passport number in the format of the issuing country.
fn passport_number(g: &mut G, c: &str) -> String {
    match c {
        "DE" => format!("{}{}", g.of("CFGHJK", 1), g.of(DE_DOC, 8)),
        "FR" => format!("{}{}{}", g.digits(2), g.upper(2), g.digits(5)),
        "NL" => format!("{}{}{}", g.of(NL_LETTERS, 2), g.of(NL_DOC, 6), g.digits(1)),
        "ES" => format!("{}{}", g.upper(3), g.digits(6)),
        "BE" | "BR" => format!("{}{}", g.upper(2), g.digits(6)),
        "GB" | "RS" | "BG" | "TW" => g.number(9),
        "CZ" | "SE" | "RO" | "LT" | "IL" => g.number(8),
        "AT" => format!("{}{}", g.of("PU", 1), g.digits(7)),
        "PT" => format!("{}{}", g.of("CPN", 1), g.digits(6)),
        // Russian passports for travel abroad: series and number, printed apart.
        "RU" => format!("7{} {}", g.int(0, 9), g.digits(7)),
        "UA" => format!("F{}{}", g.of("ABCEKM", 1), g.digits(6)),
        "TR" => format!("U{}", g.digits(8)),
        "CN" => format!("E{}{}", g.of("ABCDEFGH", 1), g.digits(7)),
        "IN" => format!("{}{}", g.of("JKLMNPRSTUVWZ", 1), g.digits(7)),
        "KR" => format!("M{}", g.digits(8)),
        "NG" | "EG" => format!("A{}", g.digits(8)),
        "GE" => format!("{}{}{}", g.digits(2), g.upper(2), g.digits(5)),
        "SA" | "SY" | "IQ" | "DZ" | "TN" => format!("{}{}", g.upper(1), g.digits(7)),
        _ => format!("{}{}", g.upper(2), g.digits(7)),
    }
}

/// A Spanish DNI: eight digits and the letter of their remainder by 23.
fn dni(g: &mut G) -> String {
    let n = g.int(1_000_000, 99_999_999);
    let letter = "TRWAGMYFPDXBNJZSQVHLCKE".as_bytes()[(n % 23) as usize];
    format!("{n:08}{}", char::from(letter))
}

/// A Polish identity card number: three letters, a check digit, five digits.
fn polish_id(g: &mut G) -> String {
    let letters = g.upper(3);
    let digits = g.digits(5);
    let values: Vec<u32> = letters
        .chars()
        .chain(digits.chars())
        .filter_map(|c| c.to_digit(36))
        .collect();
    let sum: u32 = values
        .iter()
        .zip([7, 3, 1, 7, 3, 1, 7, 3])
        .map(|(v, w)| v * w)
        .sum();
    format!("{letters}{}{digits}", sum % 10)
}

/// A Belgian identity card number: ten digits and their remainder by 97.
fn belgian_id(g: &mut G) -> String {
    let n = (u64::from(g.int(100, 999)) * 10_000_000) + u64::from(g.int(0, 9_999_999));
    let check = match n % 97 {
        0 => 97,
        r => r,
    };
    let s = n.to_string();
    format!("{}-{}-{check:02}", &s[..3], &s[3..])
}

/// An identity card number of the country, if its citizens carry one.
fn id_card_number(g: &mut G, c: &str) -> Option<String> {
    Some(match c {
        "DE" => format!("{}{}", g.of("LMNPRTVWXY", 1), g.of(DE_DOC, 8)),
        "FR" => g.of("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 9),
        "NL" => format!("{}{}{}", g.of(NL_LETTERS, 2), g.of(NL_DOC, 6), g.digits(1)),
        "BE" => belgian_id(g),
        "ES" => dni(g),
        "IT" => format!("C{}{}{}", g.upper(1), g.digits(5), g.upper(2)),
        "PL" => polish_id(g),
        "AT" => format!("{}{}", g.upper(1), g.digits(7)),
        "CZ" | "BG" | "UA" | "RS" => g.number(9),
        "PT" => format!(
            "{} {} {}{}",
            g.digits(8),
            g.digits(1),
            g.upper(2),
            g.digits(1)
        ),
        "SE" | "LT" => g.number(8),
        "RO" => format!("{} {}", g.upper(2), g.digits(6)),
        // Greek cards print Greek capitals; foreign systems store the Latin
        // letters of the same shape.
        "GR" => format!("{} {}", g.of("ABEHIKMNOPTXYZ", 2), g.digits(6)),
        "TR" => format!("A{}{}{}", g.digits(2), g.upper(1), g.digits(5)),
        "MA" => format!("{}{}", g.upper(2), g.digits(6)),
        "HU" => format!("{}{}", g.digits(6), g.upper(2)),
        _ => return None,
    })
}

/// Nationalities that need a visa for the Schengen area.
const VISA_NEEDED: &[&str] = &[
    "RU", "TR", "MA", "DZ", "TN", "EG", "SA", "SY", "IQ", "CN", "IN", "TH", "NG", "AM",
];
const CONSULATES: &[&str] = &["DE", "FR", "IT", "ES", "NL", "PL", "AT", "CZ"];

/// Years a document is valid for, by its holder's age when it was issued.
fn validity_years(doc_type: &str, country: &str, age: i32) -> i32 {
    match (doc_type, country) {
        ("P" | "ID", "DE") if age < 24 => 6,
        ("P" | "ID", "ES") if age < 30 => 5,
        ("P", "UA" | "GE") if age < 18 => 4,
        _ => 10,
    }
}

/// YYMMDD, as in a machine-readable zone.
fn mrz_date(d: Date) -> String {
    format!(
        "{:02}{:02}{:02}",
        d.year().rem_euclid(100),
        u8::from(d.month()),
        d.day()
    )
}

fn check_char(field: &str) -> Option<char> {
    mrz_check_digit(field).map(|d| char::from(b'0' + d))
}

fn pad(s: &str, n: usize) -> String {
    format!("{s:<<n$}")
}

/// What a passport's machine-readable zone says about its holder.
struct Td3<'a> {
    issuer: &'a str,
    nationality: &'a str,
    surname: &'a str,
    given: &'a str,
    number: &'a str,
    birth: Date,
    sex: &'a str,
    expiry: Date,
    /// The optional data field: a personal number where the state puts one.
    personal: &'a str,
}

impl Td3<'_> {
    /// The two lines of an ICAO 9303 TD3 zone with every check digit, or
    /// `None` if the name has a letter with no MRZ transcription.
    fn zone(&self) -> Option<String> {
        let name = format!(
            "{}<<{}",
            mrz_name(self.surname, self.issuer)?,
            mrz_name(self.given, self.issuer)?
        );
        let name: String = name.chars().take(39).collect();
        let line1 = format!("P<{}{}", mrz_state(self.issuer), pad(&name, 39));
        let number = pad(&self.number.replace(' ', ""), 9);
        let birth = mrz_date(self.birth);
        let expiry = mrz_date(self.expiry);
        let personal = pad(self.personal, 14);
        // ICAO allows a filler instead of the check digit of an empty field.
        let personal_check = if self.personal.is_empty() {
            '<'
        } else {
            check_char(&personal)?
        };
        let (cn, cb, ce) = (
            check_char(&number)?,
            check_char(&birth)?,
            check_char(&expiry)?,
        );
        let composite = check_char(&format!(
            "{number}{cn}{birth}{cb}{expiry}{ce}{personal}{personal_check}"
        ))?;
        let line2 = format!(
            "{number}{cn}{}{birth}{cb}{}{expiry}{ce}{personal}{personal_check}{composite}",
            mrz_state(self.nationality),
            self.sex
        );
        Some(format!("{line1}\n{line2}"))
    }
}

// ---------------------------------------------------------------------------
// Vehicles.

/// VIN characters: ISO 3779 leaves out I, O and Q.
const VIN_CHARS: &str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
/// Model-year codes of VIN position 10, 2010 to 2026.
const VIN_YEARS: &str = "ABCDEFGHJKLMNPRST";

/// The North American check digit (VIN position 9).
fn vin_check(vin: &str) -> char {
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let value = |c: char| match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A' | 'J' => 1,
        'B' | 'K' | 'S' => 2,
        'C' | 'L' | 'T' => 3,
        'D' | 'M' | 'U' => 4,
        'E' | 'N' | 'V' => 5,
        'F' | 'W' => 6,
        'G' | 'P' | 'X' => 7,
        'H' | 'Y' => 8,
        _ => 9,
    };
    let sum: u32 = vin.chars().zip(WEIGHTS).map(|(c, w)| value(c) * w).sum();
    match sum % 11 {
        10 => 'X',
        d => char::from(b'0' + d as u8),
    }
}

/// A VIN with the manufacturer code `wmi`, built in `year`.
fn vin(g: &mut G, wmi: &str, year: i32) -> String {
    let north_american = wmi.starts_with(['1', '2', '3', '4', '5']);
    // Many European makers fill the unused descriptor positions with Z.
    let descriptor = if !north_american && g.chance(0.4) {
        format!("ZZZ{}Z", g.of(VIN_CHARS, 2))
    } else {
        g.of(VIN_CHARS, 6)
    };
    let year_code = VIN_YEARS
        .chars()
        .nth((year - 2010).clamp(0, 16) as usize)
        .unwrap_or('L');
    let v = format!(
        "{wmi}{descriptor}{year_code}{}{}",
        g.of(VIN_CHARS, 1),
        g.digits(6)
    );
    if north_american {
        let check = vin_check(&v);
        v.chars()
            .enumerate()
            .map(|(i, c)| if i == 8 { check } else { c })
            .collect()
    } else {
        v
    }
}

struct Make {
    name: &'static str,
    models: &'static [&'static str],
    wmis: &'static [&'static str],
    weight: u32,
}

const CARS: &[Make] = &[
    Make {
        name: "BMW",
        models: &[
            "320d Touring",
            "530d xDrive",
            "X5 xDrive30d",
            "X6 M50d",
            "M5",
            "118i",
        ],
        wmis: &["WBA", "WBS"],
        weight: 9,
    },
    Make {
        name: "Mercedes-Benz",
        models: &[
            "C 220 d",
            "E 350 d",
            "S 500 4MATIC",
            "GLE 350 d",
            "G 63 AMG",
            "V 250 d",
        ],
        wmis: &["WDD", "W1K", "W1N"],
        weight: 10,
    },
    Make {
        name: "Audi",
        models: &[
            "A4 Avant",
            "A6 Avant",
            "Q7",
            "RS6 Avant",
            "Q5 Sportback",
            "A3",
        ],
        wmis: &["WAU", "WUA"],
        weight: 8,
    },
    Make {
        name: "Volkswagen",
        models: &[
            "Golf",
            "Passat Variant",
            "Tiguan",
            "Touareg",
            "Polo",
            "Transporter T6.1",
        ],
        wmis: &["WVW", "WVG", "WV2"],
        weight: 12,
    },
    Make {
        name: "Porsche",
        models: &["Cayenne", "911 Carrera S", "Macan", "Panamera 4"],
        wmis: &["WP0", "WP1"],
        weight: 3,
    },
    Make {
        name: "Opel",
        models: &["Astra", "Corsa", "Insignia Sports Tourer", "Vivaro"],
        wmis: &["W0L", "W0V"],
        weight: 5,
    },
    Make {
        name: "Ford",
        models: &["Focus Turnier", "Kuga", "Fiesta", "Transit Custom"],
        wmis: &["WF0"],
        weight: 6,
    },
    Make {
        name: "Ford",
        models: &["Mustang GT", "F-150 Raptor"],
        wmis: &["1FA", "1FT"],
        weight: 1,
    },
    Make {
        name: "Renault",
        models: &["Clio", "Mégane", "Captur", "Trafic"],
        wmis: &["VF1"],
        weight: 6,
    },
    Make {
        name: "Peugeot",
        models: &["208", "308 SW", "3008", "Partner"],
        wmis: &["VF3"],
        weight: 5,
    },
    Make {
        name: "Citroën",
        models: &["C3", "C4", "Berlingo"],
        wmis: &["VF7"],
        weight: 3,
    },
    Make {
        name: "Škoda",
        models: &["Octavia Combi", "Superb", "Kodiaq", "Fabia"],
        wmis: &["TMB"],
        weight: 6,
    },
    Make {
        name: "SEAT",
        models: &["León", "Ibiza", "Ateca"],
        wmis: &["VSS"],
        weight: 3,
    },
    Make {
        name: "Fiat",
        models: &["500", "Panda", "Tipo", "Doblò"],
        wmis: &["ZFA"],
        weight: 4,
    },
    Make {
        name: "Alfa Romeo",
        models: &["Giulia", "Stelvio"],
        wmis: &["ZAR"],
        weight: 1,
    },
    Make {
        name: "Toyota",
        models: &[
            "RAV4 Hybrid",
            "Corolla Touring Sports",
            "Land Cruiser",
            "Hilux",
            "Yaris",
        ],
        wmis: &["JTM", "JTD", "SB1", "VNK"],
        weight: 6,
    },
    Make {
        name: "Land Rover",
        models: &["Range Rover Sport", "Defender 110", "Range Rover Velar"],
        wmis: &["SAL"],
        weight: 4,
    },
    Make {
        name: "Volvo",
        models: &["XC90", "V60", "XC60"],
        wmis: &["YV1"],
        weight: 3,
    },
    Make {
        name: "Tesla",
        models: &["Model 3", "Model Y"],
        wmis: &["5YJ", "LRW", "XP7"],
        weight: 2,
    },
    Make {
        name: "Hyundai",
        models: &["Tucson", "i30", "Kona"],
        wmis: &["KMH", "TMA"],
        weight: 3,
    },
    Make {
        name: "Kia",
        models: &["Sportage", "Ceed", "Sorento"],
        wmis: &["KNA", "U5Y"],
        weight: 3,
    },
    Make {
        name: "Dacia",
        models: &["Duster", "Logan MCV", "Sandero"],
        wmis: &["UU1"],
        weight: 4,
    },
    Make {
        name: "Jeep",
        models: &["Grand Cherokee", "Wrangler"],
        wmis: &["1C4"],
        weight: 1,
    },
];

/// Vans and lorries, for the vehicles of companies.
const COMMERCIAL: &[Make] = &[
    Make {
        name: "Mercedes-Benz",
        models: &["Sprinter 316 CDI", "Vito 116 CDI", "Actros 1845"],
        wmis: &["WDB", "W1V"],
        weight: 6,
    },
    Make {
        name: "Volkswagen",
        models: &["Crafter 35", "Transporter T6.1"],
        wmis: &["WV1", "WV2"],
        weight: 5,
    },
    Make {
        name: "Ford",
        models: &["Transit 350", "Transit Custom"],
        wmis: &["WF0"],
        weight: 4,
    },
    Make {
        name: "Renault",
        models: &["Master", "Trafic"],
        wmis: &["VF1"],
        weight: 3,
    },
    Make {
        name: "Fiat",
        models: &["Ducato"],
        wmis: &["ZFA"],
        weight: 3,
    },
    Make {
        name: "Iveco",
        models: &["Daily 35S16", "S-Way 490"],
        wmis: &["ZCF"],
        weight: 3,
    },
    Make {
        name: "Scania",
        models: &["R 450", "S 500"],
        wmis: &["YS2"],
        weight: 2,
    },
    Make {
        name: "DAF",
        models: &["XF 480", "CF 450"],
        wmis: &["XLR"],
        weight: 2,
    },
    Make {
        name: "Volvo",
        models: &["FH 500", "FM 420"],
        wmis: &["YV2"],
        weight: 2,
    },
    Make {
        name: "MAN",
        models: &["TGX 18.510", "TGE 3.180"],
        wmis: &["WMA"],
        weight: 2,
    },
];

const COLOURS: &[(&str, u32)] = &[
    ("black", 22),
    ("white", 18),
    ("silver", 12),
    ("grey", 14),
    ("anthracite", 6),
    ("dark blue", 8),
    ("blue", 5),
    ("red", 6),
    ("green", 2),
    ("beige", 2),
    ("brown", 2),
    ("matt black", 1),
];

/// German district codes, the letters before the dash.
const DE_DISTRICTS: &[&str] = &[
    "B", "HH", "M", "K", "F", "S", "D", "DU", "E", "DO", "L", "DD", "H", "HB", "N", "OF", "MZ",
    "KA", "GE", "OB", "RE", "BO", "WES", "KLE", "GÖ", "LÖ",
];
/// Letters of Dutch plates: consonants only, so that no word is spelt.
const NL_PLATE: &str = "BDFGHJKLNPRSTVXZ";
/// Letters of French and Italian plates: no I, O, U (or Q in Italy).
const FR_PLATE: &str = "ABCDEFGHJKLMNPQRSTVWXYZ";
const IT_PLATE: &str = "ABCDEFGHJKLMNPRSTVWXYZ";
/// Letters of Spanish plates: consonants without Ñ and Q.
const ES_PLATE: &str = "BCDFGHJKLMNPRSTVWXYZ";
/// The Cyrillic letters of Russian plates, and the Latin letters of the same
/// shape that Ukrainian and Bulgarian plates use.
const RU_PLATE: &str = "АВЕКМНОРСТУХ";
const LOOKALIKE_PLATE: &str = "ABCEHIKMOPTX";
const PL_COUNTIES: &[&str] = &[
    "WA", "WI", "WW", "WPR", "KR", "KK", "PO", "PZ", "GD", "GA", "DW", "LU", "SK", "ZS", "EL",
    "BI", "OP", "RZ", "TK", "NO",
];
const AT_DISTRICTS: &[&str] = &["W", "G", "L", "S", "I", "K", "GU", "MD", "BN", "WU", "SP"];
const RO_COUNTIES: &[&str] = &["B", "CJ", "IS", "TM", "CT", "DJ", "BV", "GL", "BC", "PH"];
const BG_REGIONS: &[&str] = &["CA", "CB", "PB", "B", "A", "E", "H", "PA", "CO", "X"];
const RS_CITIES: &[&str] = &["BG", "NS", "NI", "KG", "SU", "ČA"];
const RU_REGIONS: &[&str] = &[
    "77", "97", "99", "177", "197", "777", "78", "98", "178", "50", "39", "23", "61",
];
/// Letters of Moroccan plates: Arabic, between the number and the prefecture.
const MA_PLATE: &[&str] = &["أ", "ب", "د", "ه", "و", "ط"];

/// Countries with a plate format here besides the residences: where the
/// cars of persons living abroad are often still registered.
const FOREIGN_PLATES: &[&str] = &[
    "PL", "LT", "RO", "BG", "UA", "RS", "AL", "TR", "MA", "RU", "GE", "GB",
];

/// A number plate as the country prints it.
fn plate(g: &mut G, c: &str) -> String {
    match c {
        "DE" => {
            let district = *g.pick(DE_DISTRICTS);
            let n = g.int(1, 2) as usize;
            let letters = g.upper(n);
            let digits = g.int(1, if district.len() == 3 { 999 } else { 9999 });
            let electric = if g.chance(0.03) { "E" } else { "" };
            format!("{district}-{letters} {digits}{electric}")
        }
        "NL" => match g.int(0, 3) {
            0 => format!(
                "{}-{}-{}",
                g.of(NL_PLATE, 2),
                g.digits(3),
                g.of(NL_PLATE, 1)
            ),
            1 => format!("{}-{}-{}", g.digits(2), g.of(NL_PLATE, 3), g.digits(1)),
            2 => format!(
                "{}-{}-{}",
                g.of(NL_PLATE, 1),
                g.digits(3),
                g.of(NL_PLATE, 2)
            ),
            _ => format!(
                "{}-{}-{}",
                g.of(NL_PLATE, 3),
                g.digits(2),
                g.of(NL_PLATE, 1)
            ),
        },
        "BE" => format!("{}-{}-{}", g.int(1, 2), g.upper(3), g.digits(3)),
        "FR" => format!(
            "{}-{}-{}",
            g.of(FR_PLATE, 2),
            g.digits(3),
            g.of(FR_PLATE, 2)
        ),
        "ES" => format!("{} {}", g.digits(4), g.of(ES_PLATE, 3)),
        "IT" => format!("{} {}{}", g.of(IT_PLATE, 2), g.digits(3), g.of(IT_PLATE, 2)),
        "PT" => format!("{}-{}-{}", g.upper(2), g.digits(2), g.upper(2)),
        "PL" => format!("{} {}", g.pick(PL_COUNTIES), g.number(5)),
        "AT" => {
            let n = g.int(1, 2) as usize;
            format!("{} {}{}", g.pick(AT_DISTRICTS), g.int(1, 9999), g.upper(n))
        }
        "CZ" => format!(
            "{}{}{} {}",
            g.int(1, 9),
            g.of("ABCEHJKLMPSTUZ", 1),
            g.int(0, 9),
            g.digits(4)
        ),
        "SE" => format!(
            "{} {}{}",
            g.of("ABCDEFGHJKLMNOPRSTUWXYZ", 3),
            g.digits(2),
            g.of("0123456789ABCDEFGHJKLMNPRSTUWXYZ", 1)
        ),
        "LT" => format!("{} {}", g.upper(3), g.digits(3)),
        "RO" => format!("{} {:02} {}", g.pick(RO_COUNTIES), g.int(1, 99), g.upper(3)),
        "BG" => format!(
            "{} {} {}",
            g.pick(BG_REGIONS),
            g.digits(4),
            g.of(LOOKALIKE_PLATE, 2)
        ),
        "UA" => format!(
            "{} {} {}",
            g.of(LOOKALIKE_PLATE, 2),
            g.digits(4),
            g.of(LOOKALIKE_PLATE, 2)
        ),
        "RS" => format!("{} {}-{}", g.pick(RS_CITIES), g.number(3), g.upper(2)),
        "AL" => format!("{} {} {}", g.upper(2), g.digits(3), g.upper(2)),
        "TR" => {
            let n = g.int(1, 3) as usize;
            format!("{:02} {} {}", g.int(1, 81), g.upper(n), g.number(3))
        }
        "MA" => format!("{}-{}-{}", g.number(5), g.pick(MA_PLATE), g.int(1, 89)),
        "RU" => format!(
            "{}{}{} {}",
            g.of(RU_PLATE, 1),
            g.digits(3),
            g.of(RU_PLATE, 2),
            g.pick(RU_REGIONS)
        ),
        "GE" => format!("{}-{}-{}", g.upper(2), g.digits(3), g.upper(2)),
        "GB" => format!("{}{} {}", g.upper(2), g.digits(2), g.upper(3)),
        _ => format!("{} {}", g.upper(2), g.digits(4)),
    }
}

// ---------------------------------------------------------------------------
// Bank accounts.

/// A real bank: its country, name, BIC and the code that names it in the
/// country's account numbers (for IBAN countries, the bank part of the BBAN).
struct Bank {
    country: &'static str,
    name: &'static str,
    bic: &'static str,
    code: &'static str,
}

const fn bank(
    country: &'static str,
    name: &'static str,
    bic: &'static str,
    code: &'static str,
) -> Bank {
    Bank {
        country,
        name,
        bic,
        code,
    }
}

const BANKS: &[Bank] = &[
    bank("DE", "Deutsche Bank", "DEUTDEFFXXX", "50070010"),
    bank("DE", "Commerzbank", "COBADEFFXXX", "37040044"),
    bank("DE", "Sparkasse KölnBonn", "COLSDE33XXX", "37050198"),
    bank("DE", "Berliner Sparkasse", "BELADEBEXXX", "10050000"),
    bank("DE", "Postbank", "PBNKDEFFXXX", "10010010"),
    bank("DE", "ING-DiBa", "INGDDEFFXXX", "50010517"),
    bank("DE", "N26 Bank", "NTSBDEB1XXX", "10011001"),
    bank("DE", "Hamburger Sparkasse", "HASPDEHHXXX", "20050550"),
    bank("DE", "Stadtsparkasse München", "SSKMDEMMXXX", "70150000"),
    bank("NL", "ABN AMRO", "ABNANL2A", "ABNA"),
    bank("NL", "ING Bank", "INGBNL2A", "INGB"),
    bank("NL", "Rabobank", "RABONL2U", "RABO"),
    bank("NL", "bunq", "BUNQNL2A", "BUNQ"),
    bank("BE", "BNP Paribas Fortis", "GEBABEBB", "001"),
    bank("BE", "KBC Bank", "KREDBEBB", "734"),
    bank("BE", "Belfius Bank", "GKCCBEBB", "068"),
    bank("BE", "ING Belgium", "BBRUBEBB", "310"),
    bank("FR", "BNP Paribas", "BNPAFRPP", "30004"),
    bank("FR", "Société Générale", "SOGEFRPP", "30003"),
    bank("FR", "LCL", "CRLYFRPP", "30002"),
    bank("FR", "La Banque Postale", "PSSTFRPPXXX", "20041"),
    bank("FR", "CIC", "CMCIFRPP", "30066"),
    bank("ES", "Banco Santander", "BSCHESMM", "0049"),
    bank("ES", "BBVA", "BBVAESMM", "0182"),
    bank("ES", "CaixaBank", "CAIXESBB", "2100"),
    bank("ES", "Banco Sabadell", "BSABESBB", "0081"),
    bank("IT", "Intesa Sanpaolo", "BCITITMM", "03069"),
    bank("IT", "UniCredit", "UNCRITMM", "02008"),
    bank("IT", "Banco BPM", "BAPPIT21", "05034"),
    bank("IT", "Poste Italiane", "BPPIITRRXXX", "07601"),
    bank("PL", "PKO Bank Polski", "BPKOPLPW", "102"),
    bank("PL", "Bank Pekao", "PKOPPLPW", "124"),
    bank("PL", "mBank", "BREXPLPW", "114"),
    bank("PL", "Santander Bank Polska", "WBKPPLPP", "109"),
    bank("AT", "Erste Bank", "GIBAATWWXXX", "20111"),
    bank("AT", "Bank Austria", "BKAUATWW", "12000"),
    bank("AT", "BAWAG", "BAWAATWW", "14000"),
    bank("CZ", "Česká spořitelna", "GIBACZPX", "0800"),
    bank("CZ", "ČSOB", "CEKOCZPP", "0300"),
    bank("CZ", "Komerční banka", "KOMBCZPP", "0100"),
    bank("SE", "Swedbank", "SWEDSESS", "800"),
    bank("SE", "Handelsbanken", "HANDSESS", "600"),
    bank("SE", "SEB", "ESSESESS", "500"),
    bank("PT", "Caixa Geral de Depósitos", "CGDIPTPL", "0035"),
    bank("PT", "Millennium bcp", "BCOMPTPL", "0033"),
    bank("PT", "Novo Banco", "BESCPTPL", "0007"),
    bank("TR", "Ziraat Bankası", "TCZBTR2A", "00010"),
    bank("TR", "Türkiye İş Bankası", "ISBKTRIS", "00064"),
    bank("TR", "Garanti BBVA", "TGBATRIS", "00062"),
    bank("RO", "Banca Transilvania", "BTRLRO22", "BTRL"),
    bank("RO", "BCR", "RNCBROBU", "RNCB"),
    bank("RO", "BRD", "BRDEROBU", "BRDE"),
    bank("BG", "UniCredit Bulbank", "UNCRBGSF", "UNCR"),
    bank("BG", "DSK Bank", "STSABGSF", "STSA"),
    bank("UA", "PrivatBank", "PBANUA2X", "305299"),
    bank("UA", "Oschadbank", "COSBUAUK", "300465"),
    bank("AL", "Raiffeisen Bank Albania", "SGSBALTX", "202"),
    bank("GE", "TBC Bank", "TBCBGE22", "TB"),
    bank("GE", "Bank of Georgia", "BAGAGE22", "BG"),
    bank("GR", "National Bank of Greece", "ETHNGRAA", "011"),
    bank("GR", "Piraeus Bank", "PIRBGRAA", "017"),
    bank("LT", "Swedbank Lietuva", "HABALT22", "73000"),
    bank("LT", "Luminor", "AGBLLT2X", "40100"),
    bank("HU", "OTP Bank", "OTPVHUHB", "117"),
    bank("SA", "Al Rajhi Bank", "RJHISARI", "80"),
    bank("IL", "Bank Hapoalim", "POALILIT", "012"),
    bank("IL", "Bank Leumi", "LUMIILIT", "010"),
    bank("GB", "Barclays", "BARCGB22", "BARC"),
    bank("GB", "HSBC UK", "HBUKGB4B", "HBUK"),
    bank("NO", "DNB", "DNBANOKK", "1503"),
    bank("EG", "National Bank of Egypt", "NBEGEGCX", "0003"),
    // No IBAN: domestic account numbers, with the bank's code where the
    // number carries it.
    bank("MA", "Attijariwafa bank", "BCMAMAMC", "007"),
    bank("MA", "CIH Bank", "CIHMMAMC", "230"),
    bank("NG", "Guaranty Trust Bank", "GTBINGLA", "058"),
    bank("NG", "Access Bank", "ABNGNGLA", "044"),
    bank("NG", "Zenith Bank", "ZEIBNGLA", "057"),
    bank(
        "CN",
        "Industrial and Commercial Bank of China",
        "ICBKCNBJ",
        "6222",
    ),
    bank("CN", "Bank of China", "BKCHCNBJ", "6217"),
    bank("IN", "State Bank of India", "SBININBB", ""),
    bank("IN", "HDFC Bank", "HDFCINBB", ""),
    bank("CO", "Bancolombia", "COLOCOBM", ""),
    bank("RU", "Sberbank", "SABRRUMM", "40817810"),
];

/// ISO 7064 mod 97-10 of digits and letters (A = 10 … Z = 35).
fn mod97(s: &str) -> u32 {
    s.chars().filter_map(|c| c.to_digit(36)).fold(0, |r, v| {
        if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        }
    })
}

fn iban_of(country: &str, bban: &str) -> String {
    let check = 98 - mod97(&format!("{bban}{country}00"));
    format!("{country}{check:02}{bban}")
}

/// A check digit from weighted digits: the sum's complement to 10.
fn weighted_check(digits: &str, weights: &[u32]) -> u32 {
    let sum: u32 = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .zip(weights.iter().cycle())
        .map(|(d, w)| d * w)
        .sum();
    (10 - sum % 10) % 10
}

/// The French RIB key of bank, branch and account (digits only).
fn rib_key(bank: &str, branch: &str, account: &str) -> u64 {
    let n = |s: &str| s.parse::<u64>().unwrap_or(0);
    97 - (89 * n(bank) + 15 * n(branch) + 3 * n(account)) % 97
}

/// A Spanish control digit over ten digits.
fn es_control(digits: &str) -> u32 {
    const W: [u32; 10] = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    let sum: u32 = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .zip(W)
        .map(|(d, w)| d * w)
        .sum();
    match 11 - sum % 11 {
        11 => 0,
        10 => 1,
        d => d,
    }
}

/// The Italian CIN letter of ABI, CAB and account number.
fn it_cin(s: &str) -> char {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let sum: u32 = s
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let v = match c {
                '0'..='9' => c as u32 - '0' as u32,
                _ => (c.to_ascii_uppercase() as u32).saturating_sub('A' as u32) % 26,
            };
            if i % 2 == 0 { ODD[v as usize] } else { v }
        })
        .sum();
    char::from(b'A' + (sum % 26) as u8)
}

/// A Norwegian account check digit (mod 11), `None` for the numbers that
/// have none and are never issued.
fn no_check(digits: &str) -> Option<u32> {
    const W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .zip(W)
        .map(|(d, w)| d * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        d => Some(d),
    }
}

/// A Czech account number: ten digits whose weighted sum is divisible by 11.
fn cz_account(g: &mut G) -> String {
    const W: [u32; 9] = [6, 3, 7, 9, 10, 5, 8, 4, 2];
    loop {
        let body = g.digits(9);
        let sum: u32 = body
            .chars()
            .filter_map(|c| c.to_digit(10))
            .zip(W)
            .map(|(d, w)| d * w)
            .sum();
        // The last digit has weight 1.
        let last = (11 - sum % 11) % 11;
        if last < 10 {
            return format!("{body}{last}");
        }
    }
}

/// The BBAN of a new account at `bank`, with national check digits where
/// the country has one scheme for all banks.
fn bban(g: &mut G, b: &Bank) -> String {
    let code = b.code;
    match b.country {
        "DE" => format!("{code}{}", g.number(10)),
        "NL" => format!("{code}{}", g.digits(10)),
        "BE" => {
            let first = format!("{code}{}", g.digits(7));
            let check = match first.parse::<u64>().unwrap_or(0) % 97 {
                0 => 97,
                r => r,
            };
            format!("{first}{check:02}")
        }
        "FR" => {
            let branch = g.digits(5);
            let account = g.digits(11);
            let key = rib_key(code, &branch, &account);
            format!("{code}{branch}{account}{key:02}")
        }
        "ES" => {
            let branch = g.digits(4);
            let account = g.digits(10);
            format!(
                "{code}{branch}{}{}{account}",
                es_control(&format!("00{code}{branch}")),
                es_control(&account)
            )
        }
        "IT" => {
            let rest = format!("{code}{}{}", g.digits(5), pad_digits(g, 12, 7));
            format!("{}{rest}", it_cin(&rest))
        }
        "PT" => {
            let body = format!("{code}{}{}", g.digits(4), g.digits(11));
            let check = 98 - mod97(&format!("{body}00"));
            format!("{body}{check:02}")
        }
        "PL" => {
            let sort = format!("{code}{}", g.digits(4));
            let check = weighted_check(&sort, &[3, 9, 7, 1, 3, 9, 7]);
            format!("{sort}{check}{}", g.digits(16))
        }
        "AT" => format!("{code}{}", pad_digits(g, 11, 9)),
        "CZ" => format!("{code}000000{}", cz_account(g)),
        "SE" => format!("{code}{}", g.digits(17)),
        "TR" => format!("{code}0{}", g.digits(16)),
        "RO" => format!("{code}{}", g.of(ALNUM, 16)),
        "BG" => format!(
            "{code}{}{}{}{}",
            g.digits(4),
            g.of("10", 1),
            g.digits(1),
            g.digits(8)
        ),
        "UA" => format!("{code}{}", pad_digits(g, 19, 14)),
        "AL" => format!("{code}{}{}", g.digits(5), g.digits(16)),
        "GE" => format!("{code}{}", g.digits(16)),
        "GR" => format!("{code}{}{}", g.digits(4), g.digits(16)),
        "LT" => format!("{code}{}", g.digits(11)),
        "HU" => {
            let branch = format!("{code}{}", g.digits(4));
            let account = g.digits(15);
            format!(
                "{branch}{}{account}{}",
                weighted_check(&branch, &[9, 7, 3, 1]),
                weighted_check(&account, &[9, 7, 3, 1])
            )
        }
        "SA" => format!("{code}{}", g.digits(18)),
        "IL" => format!("{code}{}{}", g.digits(3), g.digits(13)),
        "GB" => format!("{code}{}{}", g.digits(6), g.digits(8)),
        "NO" => loop {
            let body = format!("{code}{}", g.digits(6));
            if let Some(check) = no_check(&body) {
                break format!("{body}{check}");
            }
        },
        "EG" => format!("{code}{}{}", g.digits(4), g.digits(17)),
        _ => g.digits(16),
    }
}

/// `n` digits whose first `n - significant` are zeros, as account numbers
/// are padded inside a BBAN.
fn pad_digits(g: &mut G, n: usize, significant: usize) -> String {
    format!("{:0>n$}", g.number(significant))
}

/// A NUBAN (Nigeria): bank code, nine digits and a check digit.
fn nuban(g: &mut G, bank_code: &str) -> String {
    let serial = g.digits(9);
    let check = weighted_check(&format!("{bank_code}{serial}"), &[3, 7, 3]);
    format!("{serial}{check}")
}

/// A domestic account number in a country without IBAN.
fn domestic_account(g: &mut G, b: &Bank) -> String {
    match b.country {
        "MA" => format!(
            "{} {} {} {}",
            b.code,
            g.digits(3),
            g.digits(16),
            g.digits(2)
        ),
        "NG" => nuban(g, b.code),
        "CN" => format!("{}{}", b.code, g.digits(15)),
        "IN" => g.number(if b.bic.starts_with("SBI") { 11 } else { 14 }),
        "RU" => format!("{}{}", b.code, g.digits(12)),
        _ => g.number(11),
    }
}

/// Countries whose accounts are written here.
fn has_banks(country: &str) -> bool {
    BANKS.iter().any(|b| b.country == country)
}

/// The IBAN in its paper form, in groups of four.
fn iban_paper(iban: &str) -> String {
    iban.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// Phones.

/// Mobile ranges from libphonenumber's metadata: country, calling code,
/// prefixes of the national number, and how many digits follow them.
const MOBILE: &[(&str, &str, &[&str], usize)] = &[
    (
        "DE",
        "49",
        &["151", "152", "157", "159", "176", "177", "178", "179"],
        8,
    ),
    (
        "DE",
        "49",
        &[
            "160", "162", "163", "170", "171", "172", "173", "174", "175",
        ],
        7,
    ),
    ("NL", "31", &["61", "62", "63", "64", "65", "68"], 7),
    (
        "BE",
        "32",
        &[
            "456", "460", "465", "466", "467", "468", "470", "471", "472", "473", "474", "475",
            "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "490", "491",
            "492", "493", "494", "495", "496", "497", "498", "499",
        ],
        6,
    ),
    (
        "FR",
        "33",
        &[
            "60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78",
        ],
        7,
    ),
    ("ES", "34", &["6"], 8),
    ("ES", "34", &["71", "72", "73", "74"], 7),
    (
        "IT",
        "39",
        &[
            "320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340",
            "342", "345", "346", "347", "348", "349", "351", "366", "370", "377", "380", "388",
            "389", "391", "392", "393",
        ],
        7,
    ),
    (
        "PL",
        "48",
        &[
            "45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88",
        ],
        7,
    ),
    (
        "AT",
        "43",
        &[
            "650", "660", "664", "676", "677", "680", "681", "688", "699",
        ],
        7,
    ),
    (
        "CZ",
        "420",
        &[
            "601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "722", "723",
            "724", "725", "730", "731", "732", "733", "734", "736", "737", "739", "770", "773",
            "774", "775", "776", "777", "790", "792", "793", "799",
        ],
        6,
    ),
    ("SE", "46", &["70", "72", "73", "76", "79"], 7),
    ("PT", "351", &["91", "92", "93", "96"], 7),
    ("RU", "7", &["9"], 9),
    (
        "UA",
        "380",
        &[
            "50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99",
        ],
        7,
    ),
    ("TR", "90", &["50", "53", "54", "55"], 8),
    (
        "MA",
        "212",
        &[
            "60", "61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78",
        ],
        7,
    ),
    ("DZ", "213", &["55", "66", "67", "69", "77", "79"], 7),
    ("TN", "216", &["2", "5", "9"], 7),
    (
        "AL",
        "355",
        &[
            "672", "674", "682", "684", "686", "688", "692", "694", "696", "698",
        ],
        6,
    ),
    (
        "RS",
        "381",
        &["60", "61", "62", "63", "64", "65", "66", "68", "69"],
        7,
    ),
    ("BG", "359", &["87", "88", "89", "98"], 7),
    ("GR", "30", &["69"], 8),
    (
        "GE",
        "995",
        &[
            "555", "557", "558", "559", "568", "569", "591", "592", "593", "595", "596", "597",
            "598", "599",
        ],
        6,
    ),
    (
        "AM",
        "374",
        &[
            "33", "41", "43", "44", "49", "55", "77", "88", "91", "93", "94", "95", "96", "97",
            "98", "99",
        ],
        6,
    ),
    (
        "IL",
        "972",
        &[
            "502", "503", "504", "505", "507", "508", "509", "522", "523", "524", "525", "526",
            "527", "528", "529", "532", "533", "534", "535", "536", "537", "538", "539", "542",
            "543", "544", "545", "546", "547", "548", "549", "584", "585", "586",
        ],
        6,
    ),
    ("EG", "20", &["10", "11", "12", "15"], 8),
    ("SA", "966", &["50", "53", "54", "55", "56", "58", "59"], 7),
    ("SY", "963", &["93", "94", "95", "96", "98", "99"], 7),
    ("IQ", "964", &["75", "77", "78", "79"], 8),
    (
        "CN",
        "86",
        &[
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
            "153", "155", "156", "158", "159", "180", "181", "182", "183", "185", "186", "187",
            "188", "189",
        ],
        8,
    ),
    (
        "TW",
        "886",
        &["90", "91", "92", "93", "95", "96", "97", "98"],
        7,
    ),
    (
        "JP",
        "81",
        &[
            "701", "702", "703", "704", "705", "801", "802", "803", "805", "806", "808", "809",
            "901", "902", "903", "905", "906", "907", "908", "909",
        ],
        7,
    ),
    (
        "KR",
        "82",
        &["101", "102", "103", "104", "106", "107", "108", "109"],
        7,
    ),
    ("IN", "91", &["9"], 9),
    ("IN", "91", &["70", "72", "74", "84", "85"], 8),
    ("TH", "66", &["8", "9"], 8),
    ("TH", "66", &["61", "62", "63", "64", "65", "66"], 7),
    (
        "NG",
        "234",
        &[
            "703", "705", "706", "708", "709", "803", "805", "806", "807", "808", "809", "810",
            "813", "816", "817", "818", "903", "905", "906", "907", "908", "909",
        ],
        7,
    ),
    (
        "CO",
        "57",
        &[
            "300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316",
            "317", "318", "319", "320", "321", "322", "323", "350", "351",
        ],
        7,
    ),
    (
        "BR",
        "55",
        &[
            "119", "219", "319", "419", "519", "619", "719", "819", "859", "929",
        ],
        8,
    ),
    ("GB", "44", &["71", "72", "73"], 8),
    (
        "GB",
        "44",
        &["790", "792", "794", "795", "796", "797", "798", "799"],
        7,
    ),
    ("HU", "36", &["20", "30", "31", "50", "70"], 7),
    ("LT", "370", &["6"], 7),
    ("NO", "47", &["4", "9"], 7),
    ("RO", "40", &["72", "73", "74", "75", "76", "77"], 7),
];

fn has_mobiles(country: &str) -> bool {
    MOBILE.iter().any(|m| m.0 == country)
}

/// A mobile number of the country, written as source systems write them:
/// E.164, spaced, or with the 00 international prefix.
fn mobile(g: &mut G, country: &str) -> Option<String> {
    let ranges: Vec<_> = MOBILE.iter().filter(|m| m.0 == country).collect();
    if ranges.is_empty() {
        return None;
    }
    let (_, cc, prefixes, rest) = **g.pick(&ranges);
    let prefix = *g.pick(prefixes);
    let subscriber = g.digits(rest);
    Some(match g.int(0, 9) {
        0..=4 => format!("+{cc}{prefix}{subscriber}"),
        5..=7 => {
            let (a, b) = subscriber.split_at(rest / 2);
            format!("+{cc} {prefix} {a} {b}")
        }
        _ => format!("00{cc} {prefix}{subscriber}"),
    })
}

// ---------------------------------------------------------------------------
// E-mail addresses.

fn mail_domains(country: &str) -> &'static [&'static str] {
    match country {
        "DE" => &[
            "gmx.de",
            "web.de",
            "t-online.de",
            "gmail.com",
            "outlook.de",
            "freenet.de",
        ],
        "AT" => &["gmx.at", "aon.at", "gmail.com", "chello.at"],
        "NL" => &[
            "ziggo.nl",
            "kpnmail.nl",
            "gmail.com",
            "hotmail.nl",
            "outlook.com",
        ],
        "BE" => &["telenet.be", "skynet.be", "gmail.com", "hotmail.be"],
        "FR" => &[
            "orange.fr",
            "free.fr",
            "laposte.net",
            "gmail.com",
            "hotmail.fr",
            "yahoo.fr",
        ],
        "ES" => &["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
        "IT" => &[
            "libero.it",
            "virgilio.it",
            "tiscali.it",
            "gmail.com",
            "alice.it",
        ],
        "PL" => &["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
        "CZ" => &["seznam.cz", "email.cz", "centrum.cz"],
        "SE" => &["telia.com", "hotmail.se", "gmail.com"],
        "PT" => &["sapo.pt", "gmail.com", "hotmail.com"],
        "RU" => &["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru"],
        "UA" => &["ukr.net", "i.ua", "meta.ua", "gmail.com"],
        "BG" => &["abv.bg", "mail.bg", "gmail.com"],
        "CN" | "TW" => &["qq.com", "163.com", "126.com", "sina.com"],
        "KR" => &["naver.com", "daum.net", "hanmail.net"],
        "JP" => &["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
        "IN" => &["rediffmail.com", "gmail.com", "yahoo.co.in"],
        "MA" | "DZ" | "TN" => &["gmail.com", "hotmail.fr", "yahoo.fr"],
        "TR" => &["hotmail.com", "gmail.com", "yandex.com.tr"],
        _ => &["gmail.com", "outlook.com", "hotmail.com", "yahoo.com"],
    }
}

/// Private mail services that criminals favour.
const PRIVATE_MAIL: &[&str] = &["protonmail.com", "proton.me", "tutanota.com", "cock.li"];

/// The letters and digits of a name, folded to ASCII and in lower case.
fn mail_word(s: &str) -> String {
    ascii_fold(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn email(g: &mut G, p: &PersonData) -> String {
    let first = p.name.given.split(' ').next().unwrap_or(&p.name.given);
    let (given, surname) = (mail_word(first), mail_word(&p.name.surname));
    let year = p.dob.year() % 100;
    let local = match g.int(0, 6) {
        0 => format!("{given}.{surname}"),
        1 => format!("{given}{surname}{year:02}"),
        2 => format!("{}.{surname}", given.chars().next().unwrap_or('x')),
        3 => format!("{surname}{}", g.int(1, 999)),
        4 => format!("{given}_{surname}"),
        5 => format!("{given}{}", g.int(1, 9999)),
        _ => format!(
            "{}{}",
            g.pick(&[
                "black", "king", "boss", "lion", "money", "ghost", "tony", "mr"
            ]),
            g.int(1, 99)
        ),
    };
    let domain = if g.chance(0.12) {
        *g.pick(PRIVATE_MAIL)
    } else {
        let home = if g.chance(0.6) {
            p.residence
        } else {
            p.origin.a2
        };
        *g.pick(mail_domains(home))
    };
    format!("{local}@{domain}")
}

// ---------------------------------------------------------------------------
// Addresses.

struct City {
    name: &'static str,
    /// Postal codes from `lo` to `hi` in steps of `step`, as numbers; the
    /// country's format is applied when written.
    lo: u32,
    hi: u32,
    step: u32,
    lat: f64,
    lon: f64,
}

const fn city(name: &'static str, lo: u32, hi: u32, step: u32, lat: f64, lon: f64) -> City {
    City {
        name,
        lo,
        hi,
        step,
        lat,
        lon,
    }
}

/// Streets and cities of one language area of a country.
struct Area {
    country: &'static str,
    streets: &'static [&'static str],
    cities: &'static [City],
}

const AREAS: &[Area] = &[
    Area {
        country: "DE",
        streets: &[
            "Hauptstraße",
            "Bahnhofstraße",
            "Schillerstraße",
            "Goethestraße",
            "Gartenstraße",
            "Lindenstraße",
            "Kirchstraße",
            "Friedrichstraße",
            "Karl-Marx-Straße",
            "Sonnenallee",
            "Hermannstraße",
            "Keupstraße",
            "Weseler Straße",
            "Eisenbahnstraße",
            "Industriestraße",
            "Hafenstraße",
            "Mühlenweg",
            "Am Markt",
            "Kaiserstraße",
            "Münchner Straße",
        ],
        cities: &[
            city("Berlin", 10115, 14199, 1, 52.5200, 13.4050),
            city("Hamburg", 20095, 22769, 1, 53.5511, 9.9937),
            city("München", 80331, 81929, 1, 48.1351, 11.5820),
            city("Köln", 50667, 51149, 1, 50.9375, 6.9603),
            city("Frankfurt am Main", 60306, 60599, 1, 50.1109, 8.6821),
            city("Duisburg", 47051, 47279, 1, 51.4344, 6.7623),
            city("Bremen", 28195, 28779, 1, 53.0793, 8.8017),
            city("Leipzig", 4103, 4357, 1, 51.3397, 12.3731),
            city("Dortmund", 44135, 44388, 1, 51.5136, 7.4653),
            city("Essen", 45127, 45359, 1, 51.4556, 7.0116),
        ],
    },
    Area {
        country: "NL",
        streets: &[
            "Kerkstraat",
            "Dorpsstraat",
            "Stationsweg",
            "Molenstraat",
            "Nieuwe Binnenweg",
            "Kruiskade",
            "Javastraat",
            "Bos en Lommerweg",
            "Vaillantlaan",
            "Laan van Meerdervoort",
            "Amsterdamsestraatweg",
            "Havenstraat",
            "Industrieweg",
        ],
        cities: &[
            city("Amsterdam", 1011, 1109, 1, 52.3676, 4.9041),
            city("Rotterdam", 3011, 3089, 1, 51.9244, 4.4777),
            city("Den Haag", 2491, 2597, 1, 52.0705, 4.3007),
            city("Utrecht", 3511, 3585, 1, 52.0907, 5.1214),
            city("Eindhoven", 5611, 5658, 1, 51.4416, 5.4697),
        ],
    },
    Area {
        country: "BE",
        streets: &[
            "Rue Neuve",
            "Chaussée de Louvain",
            "Chaussée de Gand",
            "Boulevard Anspach",
            "Rue de Brabant",
            "Avenue Louise",
            "Rue Haute",
            "Chaussée de Haecht",
            "Quai de Rome",
        ],
        cities: &[
            city("Bruxelles", 1000, 1210, 10, 50.8503, 4.3517),
            city("Liège", 4000, 4032, 1, 50.6326, 5.5797),
            city("Charleroi", 6000, 6061, 1, 50.4108, 4.4446),
        ],
    },
    Area {
        country: "BE",
        streets: &[
            "Kerkstraat",
            "Turnhoutsebaan",
            "Statiestraat",
            "Dampoortstraat",
            "Sleepstraat",
            "Kammenstraat",
            "Brederodestraat",
            "Noorderlaan",
            "Wondelgemstraat",
        ],
        cities: &[
            city("Antwerpen", 2000, 2660, 10, 51.2194, 4.4025),
            city("Gent", 9000, 9052, 1, 51.0543, 3.7174),
        ],
    },
    Area {
        country: "FR",
        streets: &[
            "rue de la République",
            "rue Victor Hugo",
            "avenue Jean Jaurès",
            "boulevard de la Libération",
            "rue du Faubourg Saint-Denis",
            "rue Pasteur",
            "avenue du Général de Gaulle",
            "rue de la Gare",
            "boulevard National",
            "rue d'Alsace",
            "quai de la Joliette",
            "impasse des Lilas",
        ],
        cities: &[
            city("Paris", 75001, 75020, 1, 48.8566, 2.3522),
            city("Marseille", 13001, 13016, 1, 43.2965, 5.3698),
            city("Lyon", 69001, 69009, 1, 45.7640, 4.8357),
            city("Lille", 59000, 59800, 100, 50.6292, 3.0573),
            city("Toulouse", 31000, 31500, 100, 43.6047, 1.4442),
            city("Nice", 6000, 6300, 100, 43.7102, 7.2620),
            city("Strasbourg", 67000, 67200, 100, 48.5734, 7.7521),
        ],
    },
    Area {
        country: "ES",
        streets: &[
            "Calle Mayor",
            "Calle Real",
            "Avenida de la Constitución",
            "Gran Vía",
            "Calle de Alcalá",
            "Calle San Bernardo",
            "Avenida del Puerto",
            "Carrer de Sant Pau",
            "Calle Larios",
            "Avenida de Andalucía",
        ],
        cities: &[
            city("Madrid", 28001, 28055, 1, 40.4168, -3.7038),
            city("Barcelona", 8001, 8042, 1, 41.3874, 2.1686),
            city("Sevilla", 41001, 41020, 1, 37.3891, -5.9845),
            city("Valencia", 46001, 46026, 1, 39.4699, -0.3763),
            city("Málaga", 29001, 29018, 1, 36.7213, -4.4214),
            city("Algeciras", 11201, 11207, 1, 36.1408, -5.4562),
        ],
    },
    Area {
        country: "IT",
        streets: &[
            "Via Roma",
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via Mazzini",
            "Via Dante Alighieri",
            "Via del Porto",
            "Via Toledo",
            "Corso Buenos Aires",
            "Via Nazionale",
            "Via dei Mille",
        ],
        cities: &[
            city("Roma", 118, 199, 1, 41.9028, 12.4964),
            city("Milano", 20121, 20162, 1, 45.4642, 9.1900),
            city("Napoli", 80121, 80147, 1, 40.8518, 14.2681),
            city("Torino", 10121, 10156, 1, 45.0703, 7.6869),
            city("Palermo", 90121, 90151, 1, 38.1157, 13.3615),
            city("Genova", 16121, 16167, 1, 44.4056, 8.9463),
        ],
    },
    Area {
        country: "PL",
        streets: &[
            "Marszałkowska",
            "Piotrkowska",
            "Długa",
            "Słowackiego",
            "Mickiewicza",
            "Kościuszki",
            "Jana Pawła II",
            "Grunwaldzka",
            "Wojska Polskiego",
            "Portowa",
            "Świętokrzyska",
        ],
        cities: &[
            city("Warszawa", 1, 4999, 1, 52.2297, 21.0122),
            city("Kraków", 30001, 31999, 1, 50.0647, 19.9450),
            city("Łódź", 90001, 94999, 1, 51.7592, 19.4560),
            city("Wrocław", 50001, 54999, 1, 51.1079, 17.0385),
            city("Poznań", 60001, 61999, 1, 52.4064, 16.9252),
            city("Gdańsk", 80001, 80999, 1, 54.3520, 18.6466),
        ],
    },
    Area {
        country: "AT",
        streets: &[
            "Mariahilfer Straße",
            "Favoritenstraße",
            "Thaliastraße",
            "Landstraßer Hauptstraße",
            "Praterstraße",
            "Annenstraße",
            "Ottakringer Straße",
            "Brünner Straße",
        ],
        cities: &[
            city("Wien", 1010, 1230, 10, 48.2082, 16.3738),
            city("Graz", 8010, 8063, 1, 47.0707, 15.4395),
            city("Linz", 4020, 4040, 1, 48.3069, 14.2858),
            city("Salzburg", 5020, 5026, 1, 47.8095, 13.0550),
            city("Innsbruck", 6020, 6080, 10, 47.2692, 11.4041),
        ],
    },
    Area {
        country: "CZ",
        streets: &[
            "Václavské náměstí",
            "Národní",
            "Vinohradská",
            "Sokolovská",
            "Koněvova",
            "Nádražní",
            "Masarykova",
            "Palackého",
            "Žižkova",
            "Veveří",
        ],
        cities: &[
            city("Praha", 11000, 19900, 100, 50.0755, 14.4378),
            city("Brno", 60200, 66400, 100, 49.1951, 16.6068),
            city("Ostrava", 70200, 72500, 100, 49.8209, 18.2625),
            city("Plzeň", 30100, 32600, 100, 49.7384, 13.3736),
        ],
    },
    Area {
        country: "SE",
        streets: &[
            "Storgatan",
            "Drottninggatan",
            "Kungsgatan",
            "Sveavägen",
            "Järnvägsgatan",
            "Rinkebytorget",
            "Södra Förstadsgatan",
            "Andra Långgatan",
            "Möllevångsgatan",
        ],
        cities: &[
            city("Stockholm", 11120, 12999, 1, 59.3293, 18.0686),
            city("Göteborg", 41101, 41879, 1, 57.7089, 11.9746),
            city("Malmö", 21115, 21778, 1, 55.6050, 13.0038),
            city("Uppsala", 75220, 75757, 1, 59.8586, 17.6389),
        ],
    },
    Area {
        country: "PT",
        streets: &[
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Rua do Almada",
            "Rua da Prata",
            "Rua de São Bento",
            "Avenida da República",
        ],
        cities: &[
            city("Lisboa", 1000001, 1900999, 1, 38.7223, -9.1393),
            city("Porto", 4000001, 4369999, 1, 41.1579, -8.6291),
            city("Braga", 4700001, 4719999, 1, 41.5454, -8.4265),
            city("Faro", 8000001, 8009999, 1, 37.0194, -7.9322),
        ],
    },
];

fn postal_code(g: &mut G, country: &str, c: &City) -> String {
    let n = c.lo + c.step * g.int(0, (c.hi - c.lo) / c.step);
    match country {
        "AT" | "BE" => format!("{n:04}"),
        "NL" => format!("{n:04} {}", g.of("ABCDEFGHJKLMNPRTVWXZ", 2)),
        "PL" => format!("{:02}-{:03}", n / 1000, n % 1000),
        "CZ" | "SE" => format!("{:03} {:02}", n / 100, n % 100),
        "PT" => format!("{:04}-{:03}", n / 1000, n % 1000),
        _ => format!("{n:05}"),
    }
}

/// A street address as written in the country.
fn street_line(g: &mut G, country: &str, street: &str) -> String {
    let n = g.int(1, 180);
    match country {
        "FR" => match g.int(0, 9) {
            0 => format!("{n} bis {street}"),
            _ => format!("{n} {street}"),
        },
        "ES" => format!("{street}, {n}, {}º {}", g.int(1, 8), g.of("ABCD", 1)),
        "PT" => format!("{street}, {n}, {}º", g.int(1, 6)),
        "IT" => format!("{street} {n}"),
        "PL" => format!("ul. {street} {n}/{}", g.int(1, 60)),
        "AT" => format!("{street} {n}/{}/{}", g.int(1, 4), g.int(1, 20)),
        "DE" | "NL" if g.chance(0.15) => format!("{street} {n}{}", g.of("abc", 1)),
        _ => format!("{street} {n}"),
    }
}

/// A location row's own columns: an address in the country, with
/// coordinates near its city centre.
fn address(g: &mut G, country: &str) -> Row {
    let areas: Vec<&Area> = AREAS.iter().filter(|a| a.country == country).collect();
    let mut r = Row::new();
    if areas.is_empty() {
        r.insert("country", country.to_owned());
        return r;
    }
    let area = *g.pick(&areas);
    let c = g.pick(area.cities);
    let street = *g.pick(area.streets);
    r.insert("street", street_line(g, country, street));
    r.insert("postal_code", postal_code(g, country, c));
    r.insert("city", c.name.to_owned());
    r.insert("country", country_cell(g, country));
    if g.chance(0.8) {
        r.insert("latitude", format!("{:.5}", c.lat + g.float(-0.04, 0.04)));
        r.insert("longitude", format!("{:.5}", c.lon + g.float(-0.06, 0.06)));
    }
    r
}

// ---------------------------------------------------------------------------
// Organisations.

#[derive(Clone, Copy)]
enum Trade {
    ImportExport,
    Produce,
    Logistics,
    Haulage,
    MoneyTransfer,
    Gold,
    Cars,
    Property,
    Travel,
    Construction,
    Staffing,
    Beauty,
    It,
    Tobacco,
    Print,
    Shisha,
    Hunting,
    Garage,
}

/// A trade's name in German, Dutch, French, Spanish, Italian, Polish and English.
fn trade_name(t: Trade) -> [&'static str; 7] {
    match t {
        Trade::ImportExport => [
            "Import-Export",
            "Import & Export",
            "Import-Export",
            "Importación y Exportación",
            "Import Export",
            "Import-Eksport",
            "Import Export",
        ],
        Trade::Produce => [
            "Obst- und Gemüsegroßhandel",
            "Groente en Fruit Groothandel",
            "Primeurs en gros",
            "Frutas y Verduras",
            "Ortofrutta all'ingrosso",
            "Hurtownia Owoców i Warzyw",
            "Fresh Produce",
        ],
        Trade::Logistics => [
            "Logistik",
            "Logistiek",
            "Logistique",
            "Logística",
            "Logistica",
            "Logistyka",
            "Logistics",
        ],
        Trade::Haulage => [
            "Spedition",
            "Transport",
            "Transports",
            "Transportes",
            "Trasporti",
            "Transport Międzynarodowy",
            "Haulage",
        ],
        Trade::MoneyTransfer => [
            "Geldtransfer",
            "Geldtransfer",
            "Transfert d'argent",
            "Envíos de Dinero",
            "Money Transfer",
            "Przekazy Pieniężne",
            "Money Transfer",
        ],
        Trade::Gold => [
            "Gold & Juwelen",
            "Goud & Juwelen",
            "Or et Bijoux",
            "Oro y Joyas",
            "Oro e Gioielli",
            "Złoto i Biżuteria",
            "Gold & Jewellery",
        ],
        Trade::Cars => [
            "Autohandel",
            "Autohandel",
            "Automobiles",
            "Automóviles",
            "Autosalone",
            "Auto Handel",
            "Motors",
        ],
        Trade::Property => [
            "Immobilien",
            "Vastgoed",
            "Immobilier",
            "Inmobiliaria",
            "Immobiliare",
            "Nieruchomości",
            "Property",
        ],
        Trade::Travel => [
            "Reisebüro",
            "Reisbureau",
            "Voyages",
            "Viajes",
            "Viaggi",
            "Biuro Podróży",
            "Travel",
        ],
        Trade::Construction => [
            "Bau",
            "Bouw",
            "Bâtiment",
            "Construcciones",
            "Costruzioni",
            "Budownictwo",
            "Construction",
        ],
        Trade::Staffing => [
            "Personaldienstleistungen",
            "Uitzendbureau",
            "Intérim",
            "Trabajo Temporal",
            "Lavoro Interinale",
            "Agencja Pracy",
            "Staffing",
        ],
        Trade::Beauty => [
            "Kosmetik- und Nagelstudio",
            "Nagelstudio",
            "Onglerie",
            "Centro de Estética",
            "Centro Estetico",
            "Salon Kosmetyczny",
            "Beauty",
        ],
        Trade::It => [
            "IT-Service",
            "IT Services",
            "Informatique",
            "Soluciones Informáticas",
            "Servizi Informatici",
            "Usługi IT",
            "IT Solutions",
        ],
        Trade::Tobacco => [
            "Tabakwaren",
            "Tabak",
            "Tabacs",
            "Tabacos",
            "Tabacchi",
            "Wyroby Tytoniowe",
            "Tobacco",
        ],
        Trade::Print => [
            "Copyshop",
            "Drukkerij",
            "Imprimerie",
            "Imprenta",
            "Tipografia",
            "Drukarnia",
            "Print",
        ],
        Trade::Shisha => [
            "Shisha-Bar",
            "Shishalounge",
            "Bar à chicha",
            "Cachimbería",
            "Shisha Bar",
            "Shisha Bar",
            "Shisha Lounge",
        ],
        Trade::Hunting => [
            "Jagd- und Sportwaffen",
            "Jacht & Sport",
            "Armurerie",
            "Armería",
            "Armeria",
            "Sklep Myśliwski",
            "Hunting & Sport",
        ],
        Trade::Garage => [
            "Kfz-Werkstatt",
            "Autogarage",
            "Garage",
            "Taller Mecánico",
            "Autofficina",
            "Warsztat Samochodowy",
            "Garage",
        ],
    }
}

fn trades(theme: ThemeKey) -> &'static [Trade] {
    use Trade::*;
    match theme {
        ThemeKey::Drugs => &[ImportExport, Produce, Logistics, Haulage, Shisha],
        ThemeKey::Laundering => &[MoneyTransfer, Gold, Cars, Property, Shisha],
        ThemeKey::Smuggling => &[Travel, Haulage, Construction],
        ThemeKey::Trafficking => &[Staffing, Beauty, Construction],
        ThemeKey::Cyber => &[It, ImportExport],
        ThemeKey::Firearms => &[Hunting, Haulage],
        ThemeKey::Excise => &[Tobacco, Logistics, Haulage],
        ThemeKey::Documents => &[Print, Travel],
        ThemeKey::Vehicles => &[Cars, Garage, ImportExport],
    }
}

/// Index into [`trade_name`] of the language a company name takes.
fn trade_language(g: &mut G, country: &str) -> usize {
    match country {
        "DE" | "AT" => 0,
        "NL" => 1,
        "BE" => *g.pick(&[1, 2]),
        "FR" => 2,
        "ES" => 3,
        "IT" => 4,
        "PL" => 5,
        _ => 6,
    }
}

fn legal_forms(country: &str) -> &'static [&'static str] {
    match country {
        "DE" => &[
            "GmbH",
            "GmbH",
            "UG (haftungsbeschränkt)",
            "GmbH & Co. KG",
            "e.K.",
        ],
        "AT" => &["GmbH", "OG", "e.U."],
        "NL" => &["B.V.", "V.O.F."],
        "BE" => &["BV", "SRL", "NV"],
        "FR" => &["SARL", "SAS", "SASU", "EURL"],
        "ES" => &["S.L.", "S.L.", "S.A."],
        "IT" => &["S.r.l.", "S.r.l.s.", "S.p.A."],
        "PL" => &["Sp. z o.o.", "Sp. j."],
        "CZ" => &["s.r.o.", "a.s."],
        "SE" => &["AB", "HB"],
        "PT" => &["Lda.", "Unipessoal Lda."],
        _ => &["Ltd."],
    }
}

const FANCY: &[&str] = &[
    "Atlas",
    "Euro",
    "Global",
    "Star",
    "Royal",
    "Premium",
    "Delta",
    "Sun",
    "Golden",
    "Phoenix",
    "Orient",
    "Baltic",
    "Sahara",
    "Alpha",
    "Nova",
    "Atlantic",
    "Express",
    "Prime",
    "Victoria",
    "Continental",
];

/// Code names of criminal groups, as investigators give them.
const CODE_NAMES: &[&str] = &[
    "ALBATROS",
    "NORDLICHT",
    "LAGUNE",
    "KOBALT",
    "FALKE",
    "BERNSTEIN",
    "MISTRAL",
    "TRAMONTANA",
    "VULKAN",
    "GRANIT",
    "ORCA",
    "SIROCCO",
    "POLARSTERN",
    "KRANICH",
    "ZYPRESSE",
    "LOTUS",
    "SAPHIR",
    "TAIFUN",
    "MONSUN",
    "MERIDIAN",
];

/// Digits of a number that passes the Luhn check.
fn luhn(g: &mut G, body_len: usize) -> String {
    let body = g.number(body_len);
    let sum: u32 = body
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// A company register or tax number in the country's format, with its
/// check digits where it has them.
fn registration(g: &mut G, country: &str, city: &str) -> Option<String> {
    Some(match country {
        "DE" => format!("HRB {} ({})", g.int(1000, 250_000), city),
        "AT" => format!(
            "FN {}{}",
            g.int(100_000, 650_000),
            g.of("abdfghikmpstvwxyz", 1)
        ),
        "NL" => format!("KvK {}", g.number(8)),
        // The enterprise number: eight digits (the first 0) and 97 minus
        // their remainder by 97.
        "BE" => {
            let n = g.int(2_000_000, 9_999_999);
            let s = format!("0{n:07}{:02}", 97 - n % 97);
            format!("{}.{}.{}", &s[..4], &s[4..7], &s[7..])
        }
        "FR" => {
            let s = luhn(g, 8);
            format!("RCS {city} {} {} {}", &s[..3], &s[3..6], &s[6..])
        }
        "IT" => format!("P.IVA {}", luhn(g, 10)),
        "SE" => {
            let s = luhn(g, 9);
            format!("{}-{}", &s[..6], &s[6..])
        }
        "PL" => format!("KRS {:010}", g.int(100_000, 999_999)),
        "CZ" => {
            const W: [u32; 7] = [8, 7, 6, 5, 4, 3, 2];
            let body = g.number(7);
            let sum: u32 = body
                .chars()
                .filter_map(|c| c.to_digit(10))
                .zip(W)
                .map(|(d, w)| d * w)
                .sum();
            format!("IČO {body}{}", (11 - sum % 11) % 10)
        }
        "ES" => {
            let body = g.digits(7);
            let sum: u32 = body
                .chars()
                .filter_map(|c| c.to_digit(10))
                .enumerate()
                .map(|(i, d)| {
                    if i % 2 == 0 {
                        let x = d * 2;
                        x / 10 + x % 10
                    } else {
                        d
                    }
                })
                .sum();
            format!("B{body}{}", (10 - sum % 10) % 10)
        }
        "PT" => {
            const W: [u32; 8] = [9, 8, 7, 6, 5, 4, 3, 2];
            let body = format!("5{}", g.digits(7));
            let sum: u32 = body
                .chars()
                .filter_map(|c| c.to_digit(10))
                .zip(W)
                .map(|(d, w)| d * w)
                .sum();
            let check = match 11 - sum % 11 {
                10 | 11 => 0,
                d => d,
            };
            format!("NIPC {body}{check}")
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Events.

/// The kind of place an event happens at.
#[derive(Clone, Copy)]
enum Spot {
    Port,
    Airport,
    Road,
    City,
}

/// Ports, airports and roads where events happen, by country.
fn spots(country: &str, spot: Spot) -> &'static [&'static str] {
    match (country, spot) {
        ("NL", Spot::Port) => &[
            "Port of Rotterdam, Maasvlakte",
            "Port of Amsterdam",
            "Port of Vlissingen",
        ],
        ("NL", Spot::Airport) => &["Amsterdam Airport Schiphol", "Eindhoven Airport"],
        ("NL", _) => &[
            "A16 motorway near Breda",
            "A67 motorway near Venlo",
            "A12 motorway near Zevenaar",
        ],
        ("BE", Spot::Port) => &["Port of Antwerp-Bruges", "Port of Zeebrugge"],
        ("BE", Spot::Airport) => &["Brussels Airport", "Liège Airport"],
        ("BE", _) => &[
            "E40 motorway near Liège",
            "E19 motorway near Antwerpen",
            "E17 motorway near Kortrijk",
        ],
        ("FR", Spot::Port) => &[
            "Port of Le Havre",
            "Port of Marseille-Fos",
            "Port of Dunkerque",
        ],
        ("FR", Spot::Airport) => &[
            "Paris-Charles de Gaulle Airport",
            "Lyon-Saint Exupéry Airport",
        ],
        ("FR", _) => &[
            "A1 motorway near Lille",
            "A7 motorway near Valence",
            "A9 motorway near Perpignan",
        ],
        ("ES", Spot::Port) => &["Port of Algeciras", "Port of Valencia", "Port of Barcelona"],
        ("ES", Spot::Airport) => &[
            "Madrid-Barajas Airport",
            "Barcelona El Prat Airport",
            "Málaga Airport",
        ],
        ("ES", _) => &[
            "AP-7 motorway near La Jonquera",
            "A-4 motorway near Córdoba",
        ],
        ("IT", Spot::Port) => &["Port of Gioia Tauro", "Port of Genova", "Port of Livorno"],
        ("IT", Spot::Airport) => &["Milano Malpensa Airport", "Roma Fiumicino Airport"],
        ("IT", _) => &[
            "A22 motorway near the Brenner Pass",
            "A1 motorway near Bologna",
        ],
        ("PT", Spot::Port) => &["Port of Sines", "Port of Leixões", "Port of Setúbal"],
        ("PT", Spot::Airport) => &["Lisboa Airport", "Porto Airport"],
        ("PT", _) => &["A1 motorway near Coimbra", "A6 motorway near Elvas"],
        ("AT", Spot::Airport) => &["Vienna International Airport", "Salzburg Airport"],
        ("AT", _) => &[
            "A4 motorway near Nickelsdorf",
            "A13 motorway near Innsbruck",
            "A2 motorway near Graz",
        ],
        ("PL", Spot::Port) => &["Gdańsk Deepwater Container Terminal", "Port of Gdynia"],
        ("PL", Spot::Airport) => &["Warszawa Chopin Airport", "Katowice Airport"],
        ("PL", _) => &[
            "A2 motorway near Świecko",
            "Terespol border crossing",
            "A4 motorway near Zgorzelec",
        ],
        ("CZ", Spot::Airport) => &["Praha Václav Havel Airport"],
        ("CZ", _) => &[
            "D5 motorway near Rozvadov",
            "D8 motorway near Petrovice",
            "D1 motorway near Brno",
        ],
        ("SE", Spot::Port) => &["Port of Malmö", "Port of Göteborg", "Port of Trelleborg"],
        ("SE", Spot::Airport) => &["Stockholm Arlanda Airport", "Göteborg Landvetter Airport"],
        ("SE", _) => &[
            "Öresund Bridge toll station",
            "E4 motorway near Helsingborg",
        ],
        (_, Spot::Port) => &[
            "Port of Hamburg, Waltershof container terminal",
            "Bremerhaven container terminal",
            "Port of Rostock",
        ],
        (_, Spot::Airport) => &[
            "Frankfurt am Main Airport",
            "Munich Airport",
            "Berlin Brandenburg Airport",
            "Düsseldorf Airport",
        ],
        _ => &[
            "A3 motorway near Emmerich",
            "A4 motorway near Görlitz",
            "A6 motorway near Waidhaus",
            "A12 motorway near Frankfurt (Oder)",
            "A61 motorway near Speyer",
        ],
    }
}

/// Where an event of that kind happened in the country: a port, airport or
/// road by name, or a city (where the country has no such place, a road).
fn event_place(g: &mut G, country: &str, spot: Spot) -> String {
    if let Spot::City = spot {
        let cities: Vec<&City> = AREAS
            .iter()
            .filter(|a| a.country == country)
            .flat_map(|a| a.cities)
            .collect();
        if !cities.is_empty() {
            return g.pick(&cities).name.to_owned();
        }
    }
    (*g.pick(spots(country, spot))).to_owned()
}

/// The national qualification of an ICCS offence, in the language of the
/// country's law (German law where the country's is not listed here).
fn qualification(country: &str, iccs: &str) -> &'static str {
    const LAWS: &[(&str, &str, &str)] = &[
        (
            "DE",
            "0601",
            "BtMG § 30a Bandenmäßiges Handeltreiben mit Betäubungsmitteln in nicht geringer Menge",
        ),
        ("DE", "0704", "StGB § 261 Geldwäsche"),
        ("DE", "0805", "AufenthG § 96 Einschleusen von Ausländern"),
        ("DE", "0204", "StGB § 232 Menschenhandel"),
        ("DE", "0302", "StGB § 232a Zwangsprostitution"),
        ("DE", "0903", "StGB § 303b Computersabotage"),
        ("DE", "0701", "StGB § 263a Computerbetrug"),
        (
            "DE",
            "0901",
            "WaffG § 52 Unerlaubter Umgang mit Schusswaffen",
        ),
        (
            "DE",
            "0602",
            "AO § 373 Gewerbsmäßiger, gewaltsamer und bandenmäßiger Schmuggel",
        ),
        ("DE", "0804", "AO § 370 Steuerhinterziehung"),
        (
            "DE",
            "0702",
            "StGB § 276 Verschaffen von falschen amtlichen Ausweisen",
        ),
        ("DE", "0502", "StGB § 244a Schwerer Bandendiebstahl"),
        ("DE", "0905", "StGB § 129 Bildung krimineller Vereinigungen"),
        (
            "FR",
            "0601",
            "CP art. 222-36 Importation ou exportation illicites de stupéfiants",
        ),
        ("FR", "0704", "CP art. 324-1 Blanchiment"),
        (
            "FR",
            "0805",
            "CESEDA art. L823-1 Aide à l'entrée et au séjour irréguliers d'un étranger",
        ),
        ("FR", "0204", "CP art. 225-4-1 Traite des êtres humains"),
        ("FR", "0302", "CP art. 225-5 Proxénétisme"),
        (
            "FR",
            "0903",
            "CP art. 323-1 Accès ou maintien frauduleux dans un système de traitement automatisé de données",
        ),
        ("FR", "0701", "CP art. 313-1 Escroquerie"),
        (
            "FR",
            "0901",
            "CP art. 222-52 Acquisition et détention illicites d'armes",
        ),
        (
            "FR",
            "0702",
            "CP art. 441-2 Faux commis dans un document délivré par une administration publique",
        ),
        ("FR", "0502", "CP art. 311-9 Vol en bande organisée"),
        ("FR", "0905", "CP art. 450-1 Association de malfaiteurs"),
        ("NL", "0601", "Opiumwet art. 10 Handel in harddrugs"),
        ("NL", "0704", "Sr art. 420bis Witwassen"),
        ("NL", "0805", "Sr art. 197a Mensensmokkel"),
        ("NL", "0204", "Sr art. 273f Mensenhandel"),
        ("NL", "0903", "Sr art. 138ab Computervredebreuk"),
        ("NL", "0702", "Sr art. 225 Valsheid in geschrift"),
        ("NL", "0502", "Sr art. 311 Gekwalificeerde diefstal"),
        (
            "NL",
            "0905",
            "Sr art. 140 Deelneming aan een criminele organisatie",
        ),
        ("ES", "0601", "CP art. 368 Tráfico de drogas"),
        ("ES", "0704", "CP art. 301 Blanqueo de capitales"),
        (
            "ES",
            "0805",
            "CP art. 318 bis Delitos contra los derechos de los ciudadanos extranjeros",
        ),
        ("ES", "0204", "CP art. 177 bis Trata de seres humanos"),
        ("ES", "0905", "CP art. 570 bis Organización criminal"),
        (
            "IT",
            "0601",
            "D.P.R. 309/1990 art. 73 Produzione, traffico e detenzione illeciti di sostanze stupefacenti",
        ),
        ("IT", "0704", "c.p. art. 648-bis Riciclaggio"),
        (
            "IT",
            "0805",
            "D.Lgs. 286/1998 art. 12 Favoreggiamento dell'immigrazione clandestina",
        ),
        ("IT", "0204", "c.p. art. 601 Tratta di persone"),
        ("IT", "0905", "c.p. art. 416 Associazione per delinquere"),
        (
            "PL",
            "0601",
            "Ustawa o przeciwdziałaniu narkomanii art. 56 Wprowadzanie do obrotu środków odurzających",
        ),
        ("PL", "0704", "kk art. 299 Pranie pieniędzy"),
        (
            "PL",
            "0805",
            "kk art. 264 § 3 Organizowanie nielegalnego przekroczenia granicy",
        ),
        ("PL", "0204", "kk art. 189a Handel ludźmi"),
        (
            "PL",
            "0905",
            "kk art. 258 Udział w zorganizowanej grupie przestępczej",
        ),
    ];
    let find = |c: &str| LAWS.iter().find(|l| l.0 == c && l.1 == iccs).map(|l| l.2);
    find(country).or_else(|| find("DE")).unwrap_or("")
}

/// A number as written in English reports: `3,834,000`.
fn grouped(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn euros(n: u32) -> String {
    format!("EUR {}", grouped(n))
}

/// What happened in an event of the theme, and the kind of place it fits.
fn event_description(g: &mut G, theme: ThemeKey) -> (String, Spot) {
    match theme {
        ThemeKey::Drugs => match g.int(0, 4) {
            0 => (
                format!(
                    "Seizure of {} kg of cocaine hidden in a container of bananas from Guayaquil",
                    g.int(40, 900)
                ),
                Spot::Port,
            ),
            1 => (
                format!(
                    "Controlled delivery of {} kg of cannabis resin in a lorry from Spain",
                    g.int(50, 1500)
                ),
                Spot::Road,
            ),
            2 => (
                format!(
                    "{} kg of heroin found in a hidden compartment of a car",
                    g.int(2, 40)
                ),
                Spot::Road,
            ),
            3 => (
                format!(
                    "Search of a storage unit: {} kg of MDMA crystals and a pill press seized",
                    g.int(5, 200)
                ),
                Spot::City,
            ),
            _ => (
                format!(
                    "Encrypted-phone messages about the purchase of {} kg of cocaine",
                    g.int(10, 500)
                ),
                Spot::City,
            ),
        },
        ThemeKey::Laundering => match g.int(0, 3) {
            0 => (
                format!(
                    "Cash courier stopped with {} in undeclared cash",
                    euros(g.int(20, 900) * 1000)
                ),
                Spot::Airport,
            ),
            1 => (
                format!(
                    "Transfers of {} through {} accounts of front companies",
                    euros(g.int(100, 9000) * 1000),
                    g.int(3, 40)
                ),
                Spot::City,
            ),
            2 => (
                format!(
                    "Purchase of real estate for {} paid largely in cash",
                    euros(g.int(200, 3000) * 1000)
                ),
                Spot::City,
            ),
            _ => (
                format!(
                    "Hawala payments totalling {} via a money service business",
                    euros(g.int(100, 5000) * 1000)
                ),
                Spot::City,
            ),
        },
        ThemeKey::Smuggling => match g.int(0, 2) {
            0 => (
                format!(
                    "{} migrants found in the cargo space of a van",
                    g.int(5, 45)
                ),
                Spot::Road,
            ),
            1 => (
                format!(
                    "Driver arrested transporting {} persons without papers",
                    g.int(3, 25)
                ),
                Spot::Road,
            ),
            _ => (
                format!(
                    "{} persons flown in on forged visas for EUR {} each",
                    g.int(4, 30),
                    grouped(g.int(20, 90) * 100)
                ),
                Spot::Airport,
            ),
        },
        ThemeKey::Trafficking => match g.int(0, 2) {
            0 => (
                format!(
                    "Raid on {} flats used for forced prostitution",
                    g.int(2, 12)
                ),
                Spot::City,
            ),
            1 => (
                "Women recruited with false job offers; passports withheld by the recruiters"
                    .to_owned(),
                Spot::City,
            ),
            _ => (
                format!(
                    "Labour exploitation of {} workers on a construction site",
                    g.int(8, 60)
                ),
                Spot::City,
            ),
        },
        ThemeKey::Cyber => match g.int(0, 2) {
            0 => (
                format!(
                    "Ransomware attack on a logistics company; ransom demand of {} BTC",
                    g.int(5, 120)
                ),
                Spot::City,
            ),
            1 => (
                format!(
                    "Phishing campaign against customers of an online bank; {} withdrawn",
                    euros(g.int(50, 2000) * 1000)
                ),
                Spot::City,
            ),
            _ => (
                "Seizure of a server used to host phishing kits and stolen credentials".to_owned(),
                Spot::City,
            ),
        },
        ThemeKey::Firearms => match g.int(0, 2) {
            0 => (
                format!(
                    "Seizure of {} converted alarm pistols and ammunition",
                    g.int(3, 60)
                ),
                Spot::City,
            ),
            1 => (
                format!(
                    "{} assault rifles bought on a dark-web market, found in the boot of a car",
                    g.int(2, 20)
                ),
                Spot::Road,
            ),
            _ => (
                "Parcel with firearm parts intercepted at an air-freight hub".to_owned(),
                Spot::Airport,
            ),
        },
        ThemeKey::Excise => match g.int(0, 2) {
            0 => (
                format!(
                    "Seizure of {} cigarettes in a lorry declared as furniture",
                    grouped(g.int(100, 9000) * 1000)
                ),
                Spot::Road,
            ),
            1 => (
                format!(
                    "{} cigarettes found in a container declared as building materials",
                    grouped(g.int(1000, 12000) * 1000)
                ),
                Spot::Port,
            ),
            _ => (
                format!(
                    "Illegal cigarette factory dismantled; {} cigarettes and {} t of tobacco seized",
                    grouped(g.int(500, 12000) * 1000),
                    g.int(2, 40)
                ),
                Spot::City,
            ),
        },
        ThemeKey::Documents => match g.int(0, 2) {
            0 => (
                format!(
                    "Seizure of {} forged passports and identity cards in a print shop",
                    g.int(20, 400)
                ),
                Spot::City,
            ),
            1 => (
                format!(
                    "Traveller checked with a forged passport; {} more found in the luggage",
                    g.int(2, 30)
                ),
                Spot::Airport,
            ),
            _ => (
                "Forged residence permits sold through a messaging service".to_owned(),
                Spot::City,
            ),
        },
        ThemeKey::Vehicles => match g.int(0, 2) {
            0 => (
                format!(
                    "Theft of {} high-value SUVs by relay attack on their keyless entry",
                    g.int(3, 40)
                ),
                Spot::City,
            ),
            1 => (
                "Stolen vehicles found dismantled in a container bound for Klaipėda".to_owned(),
                Spot::Port,
            ),
            _ => (
                format!(
                    "Transporter with {} stolen cars stopped on the way east",
                    g.int(2, 8)
                ),
                Spot::Road,
            ),
        },
    }
}

// ---------------------------------------------------------------------------
// The generator: persons one by one with what belongs to them, then each
// case's companies, groups, events and links. Rows go to a sink as they are
// made, so that a million persons never need to be in memory at once.

const PERSONS: usize = 0;
const DOCUMENTS: usize = 1;
const VEHICLES: usize = 2;
const ACCOUNTS: usize = 3;
const PHONES: usize = 4;
const EMAILS: usize = 5;
const ORGANISATIONS: usize = 6;
const LOCATIONS: usize = 7;
const EVENTS: usize = 8;
const RELATIONS: usize = 9;

/// The letter of each file's external_refs, so that they are unique across
/// files (relations have none).
const PREFIXES: [&str; FILES.len()] = ["P", "D", "V", "A", "T", "M", "O", "L", "E", "R"];

/// Countries without IBAN: their accounts have domestic numbers.
const NO_IBAN: &[&str] = &["MA", "NG", "CN", "IN", "CO", "RU"];

/// Where rows go, by index into [`FILES`].
trait Sink {
    type Error;
    fn row(&mut self, file: usize, row: Row) -> Result<(), Self::Error>;
}

struct Memory(Vec<Vec<Row>>);

impl Sink for Memory {
    type Error = std::convert::Infallible;
    fn row(&mut self, file: usize, row: Row) -> Result<(), Self::Error> {
        self.0[file].push(row);
        Ok(())
    }
}

struct CsvSink<W: Write> {
    files: Vec<(csv::Writer<W>, Vec<&'static str>)>,
    rows: [usize; FILES.len()],
}

impl<W: Write> Sink for CsvSink<W> {
    type Error = csv::Error;
    fn row(&mut self, file: usize, row: Row) -> Result<(), csv::Error> {
        let (w, columns) = &mut self.files[file];
        write_row(w, columns, &row)?;
        self.rows[file] += 1;
        Ok(())
    }
}

fn write_row<W: Write>(
    w: &mut csv::Writer<W>,
    columns: &[&'static str],
    row: &Row,
) -> Result<(), csv::Error> {
    w.write_record(
        columns
            .iter()
            .map(|c| row.get(c).map(String::as_str).unwrap_or("")),
    )
}

/// A document as the documents file holds it.
struct Doc {
    doc_type: &'static str,
    issuer: &'static str,
    number: String,
    from: Date,
    until: Date,
    mrz: Option<String>,
}

/// When a document of someone born on `dob` was issued: at 16 or later, and
/// not before 2014, because most older ones have expired.
fn issue_date(g: &mut G, dob: Date) -> Date {
    let from = ymd(dob.year() + 16, 1, 1).max(ymd(2014, 1, 1));
    g.date(from, ymd(2026, 10, 31))
}

fn pick_make<'a>(g: &mut G, makes: &'a [Make]) -> &'a Make {
    let weighted: Vec<(&Make, u32)> = makes.iter().map(|m| (m, m.weight)).collect();
    g.weighted::<&Make>(&weighted)
}

struct Gen<'s, S: Sink> {
    g: G,
    seed: u64,
    /// How many external_refs each file has handed out.
    issued: [u32; FILES.len()],
    sink: &'s mut S,
}

impl<S: Sink> Gen<'_, S> {
    fn ext(&self, file: usize, n: u32) -> String {
        format!("S{}-{}{n:06}", self.seed, PREFIXES[file])
    }

    fn next_ref(&mut self, file: usize) -> (u32, String) {
        self.issued[file] += 1;
        let n = self.issued[file];
        (n, self.ext(file, n))
    }

    fn relate(&mut self, kind: RelationKind, from: String, to: String) -> Result<(), S::Error> {
        let mut r = Row::new();
        r.insert("kind", kind.as_str().to_owned());
        r.insert("from_ref", from);
        r.insert("to_ref", to);
        self.sink.row(RELATIONS, r)
    }

    /// A person and everything that belongs to them alone.
    fn person(&mut self, p: &PersonData, case: &mut Case) -> Result<(), S::Error> {
        let row = person_row(&mut self.g, p);
        self.sink.row(PERSONS, row)?;
        self.documents(p)?;
        if self.g.chance(0.35) {
            let country = if self.g.chance(0.85) {
                p.residence
            } else if FOREIGN_PLATES.contains(&p.origin.a2) {
                p.origin.a2
            } else {
                *self.g.pick(FOREIGN_PLATES)
            };
            for _ in 0..=u32::from(self.g.chance(0.15)) {
                let meta = p.meta.derived(&mut self.g);
                let n = self.vehicle(Some(&p.ext), &meta, country, false)?;
                case.vehicles.push(n);
            }
        }
        if self.g.chance(0.6) {
            let meta = p.meta.derived(&mut self.g);
            let name = self.holder_name(p);
            self.account(Some(&p.ext), name, &meta, p.residence)?;
        }
        let origin = p.origin.a2;
        if origin != p.residence && has_banks(origin) && self.g.chance(0.2) {
            let meta = p.meta.derived(&mut self.g);
            let name = self.holder_name(p);
            self.account(Some(&p.ext), name, &meta, origin)?;
        }
        let phones = match self.g.int(0, 19) {
            0..=2 => 0,
            3..=13 => 1,
            14..=18 => 2,
            _ => 3,
        };
        for i in 0..phones {
            // Criminals often keep a number from home beside a local one.
            let country = if i > 0 && has_mobiles(origin) && self.g.chance(0.5) {
                origin
            } else {
                p.residence
            };
            if let Some(n) = self.phone(p, country)? {
                case.phones.push(n);
            }
        }
        let emails = match self.g.int(0, 9) {
            0..=3 => 0,
            4..=8 => 1,
            _ => 2,
        };
        for _ in 0..emails {
            self.email(p)?;
        }
        if self.g.chance(0.75) {
            self.home(p, case)?;
        }
        Ok(())
    }

    fn holder_name(&mut self, p: &PersonData) -> String {
        match self.g.int(0, 5) {
            0 => format!(
                "{} {}",
                p.name.surname.to_uppercase(),
                p.name.given.to_uppercase()
            ),
            1 => ascii_fold(&p.holder_name()),
            _ => p.holder_name(),
        }
    }

    fn documents(&mut self, p: &PersonData) -> Result<(), S::Error> {
        let g = &mut self.g;
        let nationality = p.nationalities[0];
        // The Spanish DNI number is printed in the passport as well.
        let dni_number = (nationality == "ES").then(|| dni(g));
        let passport_share = if VISA_NEEDED.contains(&nationality) {
            0.85
        } else {
            0.6
        };
        if g.chance(passport_share) {
            let doc = self.passport(p, nationality, dni_number.as_deref().unwrap_or(""));
            self.document(p, doc)?;
        }
        if let Some(&second) = p.nationalities.get(1)
            && self.g.chance(0.5)
        {
            let doc = self.passport(p, second, "");
            self.document(p, doc)?;
        }
        let g = &mut self.g;
        if g.chance(0.55) {
            let number = match dni_number {
                Some(n) => Some(n),
                None => id_card_number(g, nationality),
            };
            if let Some(number) = number {
                let from = issue_date(g, p.dob);
                let years = validity_years("ID", nationality, from.year() - p.dob.year());
                let doc = Doc {
                    doc_type: "ID",
                    issuer: nationality,
                    number,
                    from,
                    until: plus_years_minus_day(from, years),
                    mrz: None,
                };
                self.document(p, doc)?;
            }
        }
        let g = &mut self.g;
        if VISA_NEEDED.contains(&nationality) && g.chance(0.2) {
            let consulate = *g.pick(CONSULATES);
            let from = g.date(ymd(2023, 1, 1), ymd(2026, 10, 31));
            let days = *g.pick(&[30, 90, 180, 365, 730]);
            let doc = Doc {
                doc_type: "V",
                issuer: consulate,
                number: format!("{}{}", alpha3(consulate), g.digits(9)),
                from,
                until: Date::from_julian_day(from.to_julian_day() + days).unwrap_or(from),
                mrz: None,
            };
            self.document(p, doc)?;
        }
        Ok(())
    }

    fn passport(&mut self, p: &PersonData, issuer: &'static str, personal: &str) -> Doc {
        let g = &mut self.g;
        let number = passport_number(g, issuer);
        let from = issue_date(g, p.dob);
        let years = validity_years("P", issuer, from.year() - p.dob.year());
        let until = plus_years_minus_day(from, years);
        // About half of the passports come with their zone: those scanned at
        // a border, from holders whose full date of birth is known.
        let mrz = match p.dob_full() {
            Some(birth) if g.chance(0.6) => Td3 {
                issuer,
                nationality: issuer,
                surname: &p.name.surname,
                given: &p.name.given,
                number: &number,
                birth,
                sex: p.gender,
                expiry: until,
                personal,
            }
            .zone(),
            _ => None,
        };
        Doc {
            doc_type: "P",
            issuer,
            number,
            from,
            until,
            mrz,
        }
    }

    fn document(&mut self, p: &PersonData, doc: Doc) -> Result<(), S::Error> {
        let (_, ext) = self.next_ref(DOCUMENTS);
        let g = &mut self.g;
        let mut r = p.meta.derived(g).row(&ext);
        r.insert("holder_ref", p.ext.clone());
        r.insert("document_type", doc.doc_type.to_owned());
        r.insert("number", doc.number);
        r.insert("issuing_country", country_cell(g, doc.issuer));
        r.insert("valid_from", iso(doc.from));
        r.insert("valid_until", iso(doc.until));
        if let Some(m) = doc.mrz {
            r.insert("mrz", m);
        }
        self.sink.row(DOCUMENTS, r)
    }

    /// A vehicle registered in `country`; a van or lorry for a company fleet.
    fn vehicle(
        &mut self,
        owner: Option<&str>,
        meta: &Meta,
        country: &str,
        fleet: bool,
    ) -> Result<u32, S::Error> {
        let (n, ext) = self.next_ref(VEHICLES);
        let g = &mut self.g;
        let make = pick_make(g, if fleet { COMMERCIAL } else { CARS });
        let mut r = meta.row(&ext);
        if let Some(o) = owner {
            r.insert("owner_ref", o.to_owned());
        }
        // Vehicles found without plates (stolen, in a container) are known
        // by their VIN alone; some plates are seen without one.
        let (has_vin, has_plate) = match g.int(0, 19) {
            0 => (true, false),
            1..=3 => (false, true),
            _ => (true, true),
        };
        if has_vin {
            let year = g.int(2012, 2026) as i32;
            let wmi = *g.pick(make.wmis);
            r.insert("vin", vin(g, wmi, year));
        }
        if has_plate {
            r.insert("plate", plate(g, country));
            r.insert("plate_country", country_cell(g, country));
        }
        r.insert("make", make.name.to_owned());
        r.insert("model", (*g.pick(make.models)).to_owned());
        if g.chance(0.85) {
            r.insert("colour", (*g.weighted(COLOURS)).to_owned());
        }
        self.sink.row(VEHICLES, r)?;
        Ok(n)
    }

    fn account(
        &mut self,
        holder: Option<&str>,
        holder_name: String,
        meta: &Meta,
        country: &str,
    ) -> Result<u32, S::Error> {
        let (n, ext) = self.next_ref(ACCOUNTS);
        let g = &mut self.g;
        let banks: Vec<&Bank> = BANKS.iter().filter(|b| b.country == country).collect();
        let mut r = meta.row(&ext);
        if let Some(h) = holder {
            r.insert("holder_ref", h.to_owned());
        }
        if !banks.is_empty() {
            let b = *g.pick(&banks);
            if NO_IBAN.contains(&country) {
                r.insert("account_number", domestic_account(g, b));
            } else {
                let iban = iban_of(country, &bban(g, b));
                r.insert(
                    "iban",
                    if g.chance(0.5) {
                        iban_paper(&iban)
                    } else {
                        iban
                    },
                );
            }
            let bic = match b.bic.strip_suffix("XXX") {
                Some(short) if g.chance(0.5) => short,
                _ => b.bic,
            };
            r.insert("bic", bic.to_owned());
            r.insert("bank_name", b.name.to_owned());
        }
        r.insert("holder_name", holder_name);
        r.insert("country", country_cell(g, country));
        self.sink.row(ACCOUNTS, r)?;
        Ok(n)
    }

    fn phone(&mut self, p: &PersonData, country: &str) -> Result<Option<u32>, S::Error> {
        let Some(number) = mobile(&mut self.g, country) else {
            return Ok(None);
        };
        let (n, ext) = self.next_ref(PHONES);
        let mut r = p.meta.derived(&mut self.g).row(&ext);
        r.insert("user_ref", p.ext.clone());
        r.insert("number", number);
        self.sink.row(PHONES, r)?;
        Ok(Some(n))
    }

    fn email(&mut self, p: &PersonData) -> Result<(), S::Error> {
        let (_, ext) = self.next_ref(EMAILS);
        let g = &mut self.g;
        let mut r = p.meta.derived(g).row(&ext);
        r.insert("user_ref", p.ext.clone());
        r.insert("address", email(g, p));
        self.sink.row(EMAILS, r)
    }

    fn location(&mut self, meta: &Meta, country: &str) -> Result<(u32, Row), S::Error> {
        let (n, ext) = self.next_ref(LOCATIONS);
        let place = address(&mut self.g, country);
        let mut r = meta.row(&ext);
        r.extend(place.clone());
        self.sink.row(LOCATIONS, r)?;
        Ok((n, place))
    }

    /// Where a person lives: a new address, or now and then one that
    /// another person of the case already gave (a shared flat, a safe house).
    fn home(&mut self, p: &PersonData, case: &mut Case) -> Result<(), S::Error> {
        let shared: Vec<u32> = case
            .addresses
            .iter()
            .filter(|a| a.0 == p.residence)
            .map(|a| a.1)
            .collect();
        let n = if !shared.is_empty() && self.g.chance(0.15) {
            *self.g.pick(&shared)
        } else {
            let meta = p.meta.derived(&mut self.g);
            let (n, _) = self.location(&meta, p.residence)?;
            case.addresses.push((p.residence, n));
            n
        };
        let to = self.ext(LOCATIONS, n);
        self.relate(RelationKind::LocatedAt, p.ext.clone(), to)
    }

    fn member(&mut self, case: &Case) -> u32 {
        *self.g.pick(&case.members)
    }

    /// What links the persons of a case: their acquaintance, their companies
    /// and group, shared phones and cars, and the events they took part in.
    fn case(&mut self, case: &Case, cases: &[Case]) -> Result<(), S::Error> {
        let members = &case.members;
        if members.is_empty() {
            return Ok(());
        }
        let mut pairs = BTreeSet::new();
        for j in 1..members.len() {
            let k = self.g.below(j);
            pairs.insert((members[k], members[j]));
        }
        for _ in 0..members.len() / 4 {
            let (a, b) = (self.member(case), self.member(case));
            if a != b {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
        // Now and then someone links two cases: the contacts analysts look for.
        if self.g.chance(0.2) {
            let other = &cases[self.g.below(cases.len())];
            if !other.members.is_empty() && !std::ptr::eq(other, case) {
                pairs.insert((self.member(case), self.member(other)));
            }
        }
        for (a, b) in pairs {
            let (from, to) = (self.ext(PERSONS, a), self.ext(PERSONS, b));
            self.relate(RelationKind::AssociateOf, from, to)?;
        }

        let companies = match (case.theme.key, members.len()) {
            (_, 1) => self.g.int(0, 1),
            (ThemeKey::Laundering, _) => self.g.int(1, 3),
            _ => self.g.int(0, 2),
        };
        for _ in 0..companies {
            self.company(case)?;
        }
        let organised = members.len() >= 4 && self.g.chance(0.6);
        if organised {
            self.group(case)?;
        }
        for _ in 0..(1 + members.len() / 6).min(12) {
            self.event(case, organised)?;
        }
        for &v in &case.vehicles {
            if self.g.chance(0.15) {
                let user = self.member(case);
                let (from, to) = (self.ext(PERSONS, user), self.ext(VEHICLES, v));
                self.relate(RelationKind::Used, from, to)?;
            }
        }
        for &t in &case.phones {
            if self.g.chance(0.08) {
                let user = self.member(case);
                let (from, to) = (self.ext(PERSONS, user), self.ext(PHONES, t));
                self.relate(RelationKind::Used, from, to)?;
            }
        }
        Ok(())
    }

    /// A company of the case: its seat, owner, staff, account and vehicles.
    fn company(&mut self, case: &Case) -> Result<(), S::Error> {
        let g = &mut self.g;
        let country = *g.pick(&case.countries);
        let meta = Meta::new(g, case, false);
        let trade = trade_name(*g.pick(trades(case.theme.key)))[trade_language(g, country)];
        let form = *g.pick(legal_forms(country));
        let (seat, place) = self.location(&meta, country)?;
        let g = &mut self.g;
        let city = place.get("city").cloned().unwrap_or_default();
        let base = match g.int(0, 2) {
            0 => format!("{}&{} {trade}", g.upper(1), g.upper(1)),
            1 => format!("{trade} {city}"),
            _ => format!("{} {trade}", g.pick(FANCY)),
        };
        let name = format!("{base} {form}");
        let (n, ext) = self.next_ref(ORGANISATIONS);
        let g = &mut self.g;
        let mut r = meta.row(&ext);
        r.insert("name", name.clone());
        if g.chance(0.3) {
            // A former or trading name.
            r.insert("aliases", format!("{} {trade}", g.pick(FANCY)));
        }
        if let Some(reg) = registration(g, country, &city) {
            r.insert("registration_number", reg);
        }
        r.insert("country", country_cell(g, country));
        self.sink.row(ORGANISATIONS, r)?;
        let org = self.ext(ORGANISATIONS, n);
        let seat = self.ext(LOCATIONS, seat);
        self.relate(RelationKind::LocatedAt, org.clone(), seat)?;
        let owner = self.member(case);
        let owner = self.ext(PERSONS, owner);
        self.relate(RelationKind::OwnerOf, owner, org.clone())?;
        for _ in 0..self.g.int(0, 2) {
            let staff = self.member(case);
            let staff = self.ext(PERSONS, staff);
            self.relate(RelationKind::MemberOf, staff, org.clone())?;
        }
        if self.g.chance(0.8) {
            let m = meta.derived(&mut self.g);
            let account = self.account(None, name, &m, country)?;
            let account = self.ext(ACCOUNTS, account);
            self.relate(RelationKind::HolderOf, org.clone(), account)?;
        }
        let fleet = matches!(
            case.theme.key,
            ThemeKey::Drugs
                | ThemeKey::Excise
                | ThemeKey::Smuggling
                | ThemeKey::Vehicles
                | ThemeKey::Firearms
        );
        if fleet && self.g.chance(0.6) {
            let m = meta.derived(&mut self.g);
            let v = self.vehicle(None, &m, country, true)?;
            let v = self.ext(VEHICLES, v);
            self.relate(RelationKind::OwnerOf, org.clone(), v.clone())?;
            for _ in 0..self.g.int(1, 2) {
                let driver = self.member(case);
                let driver = self.ext(PERSONS, driver);
                self.relate(RelationKind::Used, driver, v.clone())?;
            }
        }
        Ok(())
    }

    /// The criminal group of a case, with its members.
    fn group(&mut self, case: &Case) -> Result<(), S::Error> {
        let (n, ext) = self.next_ref(ORGANISATIONS);
        let g = &mut self.g;
        let code = *g.pick(CODE_NAMES);
        let mut r = Meta::new(g, case, false).row(&ext);
        r.insert("name", format!("OCG {code}"));
        // The investigators' name for it: Ermittlungsgruppe (EG) and case.
        r.insert(
            "aliases",
            format!("EG {}|{}", title(&code.to_lowercase()), case.reference),
        );
        r.insert("country", "DE".to_owned());
        self.sink.row(ORGANISATIONS, r)?;
        let org = self.ext(ORGANISATIONS, n);
        for (i, &m) in case.members.iter().enumerate() {
            if i == 0 || self.g.chance(0.7) {
                let from = self.ext(PERSONS, m);
                self.relate(RelationKind::MemberOf, from, org.clone())?;
            }
        }
        Ok(())
    }

    fn event(&mut self, case: &Case, organised: bool) -> Result<(), S::Error> {
        let (_, ext) = self.next_ref(EVENTS);
        let g = &mut self.g;
        let mut r = Meta::new(g, case, false).row(&ext);
        let country = *g.pick(&case.countries);
        let start = g.date(
            ymd(case.year, 1, 1),
            ymd(case.year, 12, 31).min(ymd(2026, 10, 31)),
        );
        let (description, spot) = event_description(g, case.theme.key);
        r.insert("description", description);
        if g.chance(0.1) {
            r.insert(
                "started",
                format!("{:04}-{:02}", start.year(), u8::from(start.month())),
            );
        } else {
            r.insert("started", iso(start));
            if g.chance(0.3) {
                let end = Date::from_julian_day(start.to_julian_day() + g.int(0, 20) as i32)
                    .unwrap_or(start);
                r.insert("ended", iso(end));
            }
        }
        r.insert("place", event_place(g, country, spot));
        r.insert("country", country_cell(g, country));
        let mut offences: Vec<&str> = case.theme.offences.to_vec();
        if organised && g.chance(0.5) {
            offences.push("0905");
        }
        let laws: Vec<&str> = offences
            .iter()
            .map(|o| qualification(country, o))
            .filter(|l| !l.is_empty())
            .collect();
        r.insert("offences", offences.join(";"));
        r.insert("national_qualification", laws.join("; "));
        let wanted = g.int(1, case.members.len().min(5) as u32) as usize;
        let mut involved: Vec<u32> = vec![];
        while involved.len() < wanted {
            let m = *g.pick(&case.members);
            if !involved.contains(&m) {
                involved.push(m);
            }
        }
        let mut refs: Vec<String> = involved.iter().map(|&m| self.ext(PERSONS, m)).collect();
        if !case.vehicles.is_empty() && self.g.chance(0.2) {
            let v = *self.g.pick(&case.vehicles);
            refs.push(self.ext(VEHICLES, v));
        }
        r.insert("involved_refs", refs.join(";"));
        self.sink.row(EVENTS, r)
    }
}

/// Generates into `sink`; `progress(done, total)` counts persons and cases.
fn run<S: Sink>(
    seed: u64,
    persons: usize,
    sink: &mut S,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(), S::Error> {
    let mut work = Gen {
        g: G(ChaCha8Rng::seed_from_u64(seed)),
        seed,
        issued: [0; FILES.len()],
        sink,
    };
    let mut cases = make_cases(&mut work.g, persons);
    let total = (persons + cases.len()) as u64;
    let weights: Vec<(&'static Origin, u32)> = ORIGINS.iter().map(|o| (o, o.weight)).collect();
    // The first persons come from every origin once, in a random order, so
    // that every script is in any set of more than a few dozen persons.
    let mut deck: Vec<&'static Origin> = ORIGINS.iter().collect();
    for i in (1..deck.len()).rev() {
        let j = work.g.below(i + 1);
        deck.swap(i, j);
    }
    // A tenth of the cases are large: they get a third of the persons.
    let large = (cases.len() / 10).max(1);
    for i in 0..persons {
        let c = if work.g.chance(0.3) {
            work.g.below(large)
        } else {
            work.g.below(cases.len())
        };
        let o = match deck.get(i) {
            Some(o) => *o,
            None if work.g.chance(0.4) => origin(work.g.pick::<&str>(cases[c].theme.origins)),
            None => *work.g.weighted(&weights),
        };
        let (n, ext) = work.next_ref(PERSONS);
        let p = make_person(&mut work.g, ext, o, &cases[c]);
        work.person(&p, &mut cases[c])?;
        cases[c].members.push(n);
        if i % 1000 == 0 {
            progress(i as u64, total);
        }
    }
    for k in 0..cases.len() {
        work.case(&cases[k], &cases)?;
        if k % 100 == 0 {
            progress((persons + k) as u64, total);
        }
    }
    progress(total, total);
    Ok(())
}

/// Generates a whole sample set in memory.
pub fn generate(seed: u64, persons: usize) -> Sample {
    let mut sink = Memory(vec![Vec::new(); FILES.len()]);
    let Ok(()) = run(seed, persons, &mut sink, &mut |_, _| {});
    Sample {
        seed,
        persons,
        files: FILES
            .iter()
            .zip(sink.0)
            .map(|(&(name, kind), rows)| SampleFile { name, kind, rows })
            .collect(),
    }
}

/// Writes a sample set as CSV, one writer per entry of [`FILES`], row by row
/// as it is made: the same bytes as [`generate`] and
/// [`SampleFile::write_csv`], without holding the set in memory. Returns the
/// number of rows of each file; `progress(done, total)` counts persons and
/// cases.
pub fn stream_csv<W: Write>(
    seed: u64,
    persons: usize,
    outs: [W; FILES.len()],
    mut progress: impl FnMut(u64, u64),
) -> Result<[usize; FILES.len()], csv::Error> {
    let mut files = Vec::with_capacity(FILES.len());
    for (out, (_, kind)) in outs.into_iter().zip(FILES) {
        let columns = rows::all_columns(kind);
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&columns)?;
        files.push((w, columns));
    }
    let mut sink = CsvSink {
        files,
        rows: [0; FILES.len()],
    };
    run(seed, persons, &mut sink, &mut progress)?;
    for (w, _) in &mut sink.files {
        w.flush()?;
    }
    Ok(sink.rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{self, InputFormat};
    use crate::rows::Defaults;
    use liaison_core::model::identifiers::{check_mrz, normalise_document_number, normalise_iban};
    use liaison_core::node::NodeName;
    use proptest::prelude::*;

    fn bytes(f: &SampleFile) -> Vec<u8> {
        let mut out = vec![];
        f.write_csv(&mut out, |_| {}).unwrap();
        out
    }

    /// No defaults at all: every row must bring its own record columns.
    fn no_defaults() -> Defaults {
        Defaults {
            owner_node: NodeName::parse("de-bka").unwrap(),
            owner_unit: None,
            handling_code: None,
            handling_restriction: None,
            data_subject_category: None,
            evaluation: None,
            case_reference: None,
            purpose: None,
            review_after: None,
            delete_after: None,
        }
    }

    /// Reads every file back as `liaison import` does and fails on any problem.
    fn assert_valid(sample: &Sample) {
        for f in &sample.files {
            let data = bytes(f);
            match import::read(
                f.kind,
                InputFormat::Csv,
                data.as_slice(),
                &no_defaults(),
                |_| {},
            ) {
                Ok(batch) => assert_eq!(batch.len(), f.len(), "{}", f.name),
                Err(e) => panic!(
                    "seed {} persons {}: {} rejected: {:?}",
                    sample.seed,
                    sample.persons,
                    f.name,
                    &e[..e.len().min(10)]
                ),
            }
        }
    }

    fn file<'a>(s: &'a Sample, name: &str) -> &'a SampleFile {
        s.files.iter().find(|f| f.name == name).unwrap()
    }

    fn column<'a>(f: &'a SampleFile, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        f.rows
            .iter()
            .filter_map(move |r| r.get(name).map(String::as_str))
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_another_seed_others() {
        let a = generate(42, 150);
        let b = generate(42, 150);
        let c = generate(43, 150);
        assert_eq!(a.files.len(), FILES.len());
        for ((fa, fb), fc) in a.files.iter().zip(&b.files).zip(&c.files) {
            assert_eq!(bytes(fa), bytes(fb), "{}", fa.name);
            assert_ne!(bytes(fa), bytes(fc), "{}", fa.name);
        }
        assert_eq!(a.readme(), b.readme());
    }

    #[test]
    fn streaming_writes_the_bytes_of_the_set_in_memory() {
        let sample = generate(7, 120);
        let mut outs: [Vec<u8>; FILES.len()] = Default::default();
        let mut last = (0, 0);
        let rows = stream_csv(7, 120, outs.each_mut(), |done, total| last = (done, total)).unwrap();
        assert_eq!(last.0, last.1, "progress reaches its total");
        for ((f, out), n) in sample.files.iter().zip(&outs).zip(rows) {
            assert_eq!(&bytes(f), out, "{}", f.name);
            assert_eq!(f.len(), n, "{}", f.name);
        }
        assert_eq!(rows.iter().sum::<usize>(), sample.total_rows());
        assert_eq!(readme(7, 120, &rows), sample.readme());
    }

    #[test]
    fn every_row_of_every_file_validates_without_defaults() {
        let sample = generate(1, 500);
        for f in &sample.files {
            assert!(!f.is_empty(), "{} is empty", f.name);
        }
        assert_valid(&sample);
    }

    #[test]
    fn names_come_in_every_script() {
        let sample = generate(3, 500);
        let persons = file(&sample, "persons.csv");
        let native: String = column(persons, "native_given_names")
            .chain(column(persons, "native_surname"))
            .collect();
        let has = |lo: u32, hi: u32| native.chars().any(|c| (lo..=hi).contains(&(c as u32)));
        for (script, lo, hi) in [
            ("Cyrillic", 0x0400, 0x04FF),
            ("Greek", 0x0370, 0x03FF),
            ("Armenian", 0x0530, 0x058F),
            ("Hebrew", 0x0590, 0x05FF),
            ("Arabic", 0x0600, 0x06FF),
            ("Devanagari", 0x0900, 0x097F),
            ("Thai", 0x0E00, 0x0E7F),
            ("Georgian", 0x10A0, 0x10FF),
            ("Han", 0x4E00, 0x9FFF),
            ("Hangul", 0xAC00, 0xD7AF),
        ] {
            assert!(has(lo, hi), "no {script} name");
        }
        let scripts: BTreeSet<&str> = column(persons, "native_script").collect();
        for s in [
            "Cyrl", "Grek", "Armn", "Hebr", "Arab", "Deva", "Thai", "Geor", "Hani", "Jpan", "Hang",
        ] {
            assert!(scripts.contains(s), "no {s} in {scripts:?}");
        }
        // Latin names keep their diacritics.
        let latin: String = column(persons, "surname").collect();
        assert!(latin.contains(['ü', 'é', 'ł', 'ş', 'ñ']), "{latin}");
    }

    #[test]
    fn about_half_the_passports_have_a_zone_with_right_check_digits() {
        let sample = generate(5, 500);
        let docs = file(&sample, "documents.csv");
        let passports: Vec<&Row> = docs
            .rows
            .iter()
            .filter(|r| r.get("document_type").map(String::as_str) == Some("P"))
            .collect();
        let with_zone: Vec<&&Row> = passports.iter().filter(|r| r.contains_key("mrz")).collect();
        let share = with_zone.len() as f64 / passports.len() as f64;
        assert!((0.35..0.65).contains(&share), "{share}");
        for r in with_zone {
            let mrz = &r["mrz"];
            let lines: Vec<&str> = mrz.lines().collect();
            assert!(
                lines.len() == 2 && lines.iter().all(|l| l.len() == 44),
                "{mrz}"
            );
            let data = check_mrz(mrz).unwrap_or_else(|e| panic!("{e}: {mrz}"));
            assert_eq!(data.format, "TD3");
            assert_eq!(
                Ok(data.document_number),
                normalise_document_number(&r["number"])
            );
            // The check digit of the number, recomputed here.
            let field = &lines[1][..9];
            let digit = lines[1].as_bytes()[9] - b'0';
            assert_eq!(mrz_check_digit(field), Some(digit), "{mrz}");
        }
        // A Spanish DNI ends with the letter of its remainder by 23.
        for r in docs.rows.iter().filter(|r| {
            r.get("document_type").map(String::as_str) == Some("ID")
                && matches!(r["issuing_country"].as_str(), "ES" | "ESP")
        }) {
            let n = &r["number"];
            let value: usize = n[..8].parse().unwrap();
            assert_eq!(
                n.as_bytes()[8],
                b"TRWAGMYFPDXBNJZSQVHLCKE"[value % 23],
                "{n}"
            );
        }
    }

    #[test]
    fn ibans_are_valid_and_national_check_digits_hold() {
        let sample = generate(11, 500);
        let ibans: Vec<&str> = column(file(&sample, "accounts.csv"), "iban").collect();
        assert!(ibans.len() > 200);
        let countries: BTreeSet<String> = ibans
            .iter()
            .map(|i| {
                normalise_iban(i).unwrap_or_else(|e| panic!("{i}: {e}"));
                i[..2].to_owned()
            })
            .collect();
        assert!(countries.len() >= 10, "{countries:?}");
        // Published examples of each national scheme.
        assert_eq!(rib_key("30006", "00001", "12345678901"), 89);
        assert_eq!(es_control("0021000418"), 4);
        assert_eq!(es_control("0200051332"), 5);
        assert_eq!(it_cin("0542811101000000123456"), 'X');
        assert_eq!(5_390_075_470u64 % 97, 34);
        assert_eq!(98 - mod97("000201231234567890100"), 54);
        assert_eq!(weighted_check("1090101", &[3, 9, 7, 1, 3, 9, 7]), 4);
        assert_eq!(weighted_check("1177301", &[9, 7, 3, 1]), 6);
        assert_eq!(no_check("8601111794"), Some(7));
        assert_eq!(
            iban_of("DE", "370400440532013000"),
            "DE89370400440532013000"
        );
        let mut g = G(ChaCha8Rng::seed_from_u64(1));
        for _ in 0..50 {
            let a = cz_account(&mut g);
            let sum: u32 = a
                .chars()
                .filter_map(|c| c.to_digit(10))
                .zip([6, 3, 7, 9, 10, 5, 8, 4, 2, 1])
                .map(|(d, w)| d * w)
                .sum();
            assert_eq!(sum % 11, 0, "{a}");
        }
    }

    #[test]
    fn north_american_vins_get_their_check_digit() {
        assert_eq!(vin_check("1M8GDM9AXKP042788"), 'X');
        let mut g = G(ChaCha8Rng::seed_from_u64(2));
        for wmi in ["1FA", "5YJ", "WVW"] {
            let v = vin(&mut g, wmi, 2021);
            assert_eq!(v.len(), 17);
            assert!(
                liaison_core::model::identifiers::normalise_vin(&v).is_ok(),
                "{v}"
            );
        }
    }

    #[test]
    fn references_point_to_earlier_files_and_refs_are_unique() {
        let sample = generate(9, 400);
        let mut known: BTreeSet<&str> = BTreeSet::new();
        for f in &sample.files {
            let own: Vec<&str> = column(f, "external_ref").collect();
            for r in &own {
                assert!(r.starts_with("S9-"), "{r}");
                assert!(known.insert(r), "{r} used twice");
            }
            let mut refs: Vec<&str> = vec![];
            for c in ["holder_ref", "owner_ref", "user_ref", "from_ref", "to_ref"] {
                refs.extend(column(f, c));
            }
            refs.extend(column(f, "involved_refs").flat_map(|s| s.split(';')));
            let has_ref_columns = f.columns().iter().any(|c| rows::is_link_column(c));
            assert_eq!(has_ref_columns, !refs.is_empty(), "{}", f.name);
            for r in refs {
                assert!(
                    known.contains(r),
                    "{}: {r} is not an earlier record",
                    f.name
                );
            }
        }
        let relations = file(&sample, "relations.csv");
        let kinds: BTreeSet<&str> = column(relations, "kind").collect();
        for k in [
            "associate_of",
            "member_of",
            "owner_of",
            "holder_of",
            "used",
            "located_at",
        ] {
            assert!(kinds.contains(k), "no {k}");
        }
    }

    #[test]
    fn every_country_used_has_its_tables() {
        for t in THEMES {
            for o in t.origins {
                assert!(ORIGINS.iter().any(|x| x.a2 == *o), "{o}");
            }
            for c in t.countries.iter().chain(&["DE"]) {
                assert!(AREAS.iter().any(|a| a.country == *c), "no addresses in {c}");
                assert!(has_banks(c), "no banks in {c}");
                assert!(!legal_forms(c).is_empty());
            }
            for o in t.offences {
                assert!(!qualification("DE", o).is_empty(), "no German law for {o}");
                assert!(liaison_core::codelists::has_code("iccs", o), "{o}");
            }
        }
        for (c, _) in RESIDENCES {
            assert!(AREAS.iter().any(|a| a.country == *c), "no addresses in {c}");
            assert!(has_banks(c) && has_mobiles(c), "{c}");
        }
        for o in ORIGINS {
            assert_ne!(alpha3(o.a2), "XXX", "{}", o.a2);
            assert!(has_mobiles(o.a2), "no mobile ranges for {}", o.a2);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

        /// Any seed and any small number of persons gives files that import.
        #[test]
        fn any_seed_gives_valid_files(seed in any::<u64>(), persons in 1usize..60) {
            assert_valid(&generate(seed, persons));
        }
    }
}

//! The entities of the common model. Names follow FollowTheMoney where it has
//! one (Person, Organization → `Organisation`, Passport → `Document`,
//! Vehicle, BankAccount, Address → `Location`), so that exports map cleanly.
//!
//! Each entity has `normalise_and_check`, which puts identifiers into their
//! canonical form and reports every problem with its field and rule.

use super::date::PartialDate;
use super::identifiers as id;
use super::problems::{Problems, at};
use crate::codelists;
use crate::node::CountryCode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

fn check_country(p: &mut Problems, field: String, c: &CountryCode) {
    if !codelists::is_country(c.as_str()) {
        p.add(
            field,
            "iso3166_country",
            format!("`{c}` is not an ISO 3166-1 country code"),
        );
    }
}

fn text(p: &mut Problems, field: &str, value: &mut String, required: bool, max: usize) {
    *value = id::normalise_text(value);
    if required && value.is_empty() {
        p.add(field, "required", "must not be empty");
    }
    if value.chars().count() > max {
        p.add(field, "max_length", format!("at most {max} characters"));
    }
}

fn opt_text(p: &mut Problems, field: &str, value: &mut Option<String>, max: usize) {
    if let Some(v) = value {
        text(p, field, v, false, max);
        if v.is_empty() {
            *value = None;
        }
    }
}

/// Gender as on travel documents (ICAO 9303: F, M, X).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
    /// Unspecified or another gender (ICAO `X`).
    Other,
}

impl Gender {
    pub fn parse(s: &str) -> Option<Gender> {
        match s.trim().to_ascii_lowercase().as_str() {
            "f" | "female" => Some(Gender::Female),
            "m" | "male" => Some(Gender::Male),
            "x" | "other" | "unspecified" => Some(Gender::Other),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
        }
    }
}

/// Which of a person's names this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// The name as written in its own script.
    Primary,
    /// The Latin-script form of the primary name (as on the passport's MRZ).
    Latin,
    Alias,
    BirthName,
    Previous,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonName {
    pub kind: NameKind,
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub surname: String,
    /// ISO 15924 script code, e.g. `Latn`, `Cyrl`, `Arab`, `Hani`.
    #[serde(default = "latin")]
    pub script: String,
}

fn latin() -> String {
    "Latn".to_owned()
}

impl PersonName {
    pub fn full(&self) -> String {
        format!("{} {}", self.given_names, self.surname)
            .trim()
            .to_owned()
    }
}

/// A person: a suspect, victim, witness… (the category is on the record).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    /// At least one name; native script and Latin forms are separate entries.
    pub names: Vec<PersonName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_of_birth: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nationalities: Vec<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Scars, tattoos and other marks, as described.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifying_marks: Vec<String>,
}

impl Person {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        if self.names.is_empty() {
            p.add("names", "required", "a person needs at least one name");
        }
        for (i, n) in self.names.iter_mut().enumerate() {
            let path = format!("names[{i}]");
            text(p, &at(&path, "given_names"), &mut n.given_names, false, 200);
            text(p, &at(&path, "surname"), &mut n.surname, false, 200);
            if n.given_names.is_empty() && n.surname.is_empty() {
                p.add(
                    path.clone(),
                    "required",
                    "a name needs a surname or given names",
                );
            }
            let s = &n.script;
            let script_ok = s.len() == 4
                && s.starts_with(|c: char| c.is_ascii_uppercase())
                && s[1..].chars().all(|c| c.is_ascii_lowercase());
            if !script_ok {
                p.add(
                    at(&path, "script"),
                    "iso15924_script",
                    format!("`{s}` is not an ISO 15924 script code such as Latn, Cyrl, Arab"),
                );
            }
            if n.kind == NameKind::Latin && n.script != "Latn" {
                p.add(
                    at(&path, "script"),
                    "latin_form",
                    "a Latin form must be in script Latn",
                );
            }
        }
        if let Some(dob) = &self.date_of_birth {
            let today = time::OffsetDateTime::now_utc().date();
            if dob.year > today.year() || dob.to_date().is_some_and(|d| d > today) {
                p.add(
                    "date_of_birth",
                    "not_in_future",
                    "a date of birth cannot be in the future",
                );
            }
        }
        opt_text(p, "place_of_birth", &mut self.place_of_birth, 200);
        if let Some(c) = &self.country_of_birth {
            check_country(p, "country_of_birth".into(), c);
        }
        for (i, c) in self.nationalities.iter().enumerate() {
            check_country(p, format!("nationalities[{i}]"), c);
        }
        for (i, m) in self.identifying_marks.iter_mut().enumerate() {
            text(p, &format!("identifying_marks[{i}]"), m, true, 500);
        }
    }

    /// Search tokens of all the person's names.
    pub fn name_tokens(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .names
            .iter()
            .flat_map(|n| id::name_tokens(&n.full()))
            .collect();
        t.sort();
        t.dedup();
        t
    }

    /// The name to show: the Latin form if there is one, else the first.
    pub fn display_name(&self) -> String {
        self.names
            .iter()
            .find(|n| n.kind == NameKind::Latin)
            .or(self.names.first())
            .map(PersonName::full)
            .unwrap_or_default()
    }
}

/// A travel or identity document (ICAO 9303).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// ICAO document type code: `P` passport, `I` identity card, `V` visa…
    pub document_type: String,
    pub number: String,
    pub issuing_country: CountryCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<PartialDate>,
    /// The machine-readable zone, lines separated by newlines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mrz: Option<String>,
}

impl Document {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        self.document_type = self.document_type.trim().to_ascii_uppercase();
        if !codelists::has_code("icao_document_types", &self.document_type) {
            p.add(
                "document_type",
                "icao_document_type",
                format!(
                    "`{}` is not an ICAO document type code (P, I, V, …)",
                    self.document_type
                ),
            );
        }
        match id::normalise_document_number(&self.number) {
            Ok(n) => self.number = n,
            Err(e) => p.add("number", "document_number", e),
        }
        check_country(p, "issuing_country".into(), &self.issuing_country);
        if let (Some(a), Some(b)) = (&self.valid_from, &self.valid_until)
            && a > b
        {
            p.add(
                "valid_until",
                "date_order",
                "valid until is before valid from",
            );
        }
        if let Some(mrz) = &self.mrz {
            match id::check_mrz(mrz) {
                Ok(data) => {
                    if data.document_number != self.number {
                        p.add(
                            "mrz",
                            "mrz_matches_number",
                            format!(
                                "the MRZ holds document number {}, not {}",
                                data.document_number, self.number
                            ),
                        );
                    }
                }
                Err(e) => p.add("mrz", "mrz_check_digits", e),
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Vehicle {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_country: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub make: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
}

impl Vehicle {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        if self.vin.is_none() && self.plate.is_none() {
            p.add("vin", "required", "a vehicle needs a VIN or a number plate");
        }
        if let Some(v) = &self.vin {
            match id::normalise_vin(v) {
                Ok(n) => self.vin = Some(n),
                Err(e) => p.add("vin", "vin", e),
            }
        }
        if let Some(pl) = &self.plate {
            match id::normalise_plate(pl) {
                Ok(n) => self.plate = Some(n),
                Err(e) => p.add("plate", "plate", e),
            }
            if self.plate_country.is_none() {
                p.add(
                    "plate_country",
                    "required",
                    "a number plate needs its country",
                );
            }
        }
        if let Some(c) = &self.plate_country {
            check_country(p, "plate_country".into(), c);
        }
        opt_text(p, "make", &mut self.make, 100);
        opt_text(p, "model", &mut self.model, 100);
        opt_text(p, "colour", &mut self.colour, 50);
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BankAccount {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// An account number in another scheme, when there is no IBAN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

impl BankAccount {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        if self.iban.is_none() && self.account_number.is_none() {
            p.add(
                "iban",
                "required",
                "an account needs an IBAN or an account number",
            );
        }
        if let Some(i) = &self.iban {
            match id::normalise_iban(i) {
                Ok(n) => {
                    if self.country.is_none() {
                        self.country = CountryCode::parse(&n[..2]).ok();
                    }
                    self.iban = Some(n);
                }
                Err(e) => p.add("iban", "iban", e),
            }
        }
        if let Some(b) = &self.bic {
            match id::normalise_bic(b) {
                Ok(n) => self.bic = Some(n),
                Err(e) => p.add("bic", "bic", e),
            }
        }
        opt_text(p, "account_number", &mut self.account_number, 50);
        opt_text(p, "bank_name", &mut self.bank_name, 200);
        opt_text(p, "holder_name", &mut self.holder_name, 200);
        if let Some(c) = &self.country {
            check_country(p, "country".into(), c);
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Phone {
    /// E.164, e.g. `+4930123456`.
    pub number: String,
}

impl Phone {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        match id::normalise_phone(&self.number) {
            Ok(n) => self.number = n,
            Err(e) => p.add("number", "e164", e),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Email {
    pub address: String,
}

impl Email {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        match id::normalise_email(&self.address) {
            Ok(n) => self.address = n,
            Err(e) => p.add("address", "email", e),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Organisation {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Company register or tax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

impl Organisation {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        text(p, "name", &mut self.name, true, 300);
        for (i, a) in self.aliases.iter_mut().enumerate() {
            text(p, &format!("aliases[{i}]"), a, true, 300);
        }
        opt_text(p, "registration_number", &mut self.registration_number, 100);
        if let Some(c) = &self.country {
            check_country(p, "country".into(), c);
        }
    }
}

/// An address or place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

impl Location {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        opt_text(p, "street", &mut self.street, 300);
        opt_text(p, "postal_code", &mut self.postal_code, 20);
        opt_text(p, "city", &mut self.city, 200);
        if self.street.is_none()
            && self.city.is_none()
            && self.country.is_none()
            && self.latitude.is_none()
        {
            p.add(
                "city",
                "required",
                "a location needs at least a city, a country or coordinates",
            );
        }
        if let Some(c) = &self.country {
            check_country(p, "country".into(), c);
        }
        if self.latitude.is_some() != self.longitude.is_some() {
            p.add(
                "longitude",
                "coordinates",
                "give both latitude and longitude",
            );
        }
        if self.latitude.is_some_and(|l| !(-90.0..=90.0).contains(&l)) {
            p.add("latitude", "coordinates", "latitude is between -90 and 90");
        }
        if self
            .longitude
            .is_some_and(|l| !(-180.0..=180.0).contains(&l))
        {
            p.add(
                "longitude",
                "coordinates",
                "longitude is between -180 and 180",
            );
        }
    }
}

impl Eq for Location {}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Firearm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub make: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibre: Option<String>,
    /// EU Firearms Directive category: A, B or C.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

impl Firearm {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        if let Some(s) = &mut self.serial_number {
            *s = s.trim().to_ascii_uppercase();
        }
        if self.serial_number.is_none() && self.make.is_none() {
            p.add(
                "serial_number",
                "required",
                "a firearm needs a serial number or a make",
            );
        }
        opt_text(p, "make", &mut self.make, 100);
        opt_text(p, "model", &mut self.model, 100);
        opt_text(p, "calibre", &mut self.calibre, 50);
        if let Some(c) = &self.category
            && !matches!(c.as_str(), "A" | "B" | "C")
        {
            p.add(
                "category",
                "firearm_category",
                "EU firearm categories are A, B and C",
            );
        }
    }
}

/// Something that happened: a crime, a border crossing, a seizure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// ICCS codes of the offences involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offences: Vec<String>,
    /// The national qualification, in the original language (authoritative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_qualification: Option<String>,
}

impl Event {
    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        text(p, "description", &mut self.description, true, 2000);
        opt_text(p, "place", &mut self.place, 300);
        opt_text(
            p,
            "national_qualification",
            &mut self.national_qualification,
            500,
        );
        if let (Some(a), Some(b)) = (&self.started, &self.ended)
            && a > b
        {
            p.add("ended", "date_order", "ended before it started");
        }
        if let Some(c) = &self.country {
            check_country(p, "country".into(), c);
        }
        for (i, o) in self.offences.iter().enumerate() {
            if !codelists::has_code("iccs", o) {
                p.add(
                    format!("offences[{i}]"),
                    "iccs_code",
                    format!("`{o}` is not an ICCS section or division code"),
                );
            }
        }
    }
}

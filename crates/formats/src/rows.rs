//! The flat row format of each record kind, shared by CSV and JSON Lines.
//!
//! Every kind has the record columns ([`META_COLUMNS`]) and its own
//! ([`columns`]). Lists inside a cell are separated by `;` (nationalities,
//! offences) or `|` (aliases, marks: they may contain `;`). Aliases are
//! written `SURNAME, Given names`. Columns named `*_ref` link to other
//! records by their `external_ref`: `holder_ref` on a document creates a
//! `holder_of` relation from that person to the document.

use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::*;
use liaison_core::node::{CountryCode, NodeName};
use std::collections::BTreeMap;
use time::Date;

/// Columns every record kind accepts; empty cells take the import defaults.
pub const META_COLUMNS: [&str; 9] = [
    "external_ref",
    "handling_code",
    "handling_restriction",
    "data_subject_category",
    "evaluation",
    "case_reference",
    "purpose",
    "review_after",
    "delete_after",
];

/// What an import reads: a kind of record, or relations between records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    Record(RecordKind),
    Relation,
}

impl std::str::FromStr for ImportKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s == "relation" {
            return Ok(ImportKind::Relation);
        }
        s.parse::<RecordKind>()
            .map(ImportKind::Record)
            .map_err(|_| format!("unknown kind `{s}`; expected one of person, document, vehicle, account, phone, email, organisation, location, firearm, event, relation"))
    }
}

/// The columns of a kind, after the record columns.
pub fn columns(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Relation => &["kind", "from_ref", "to_ref"],
        ImportKind::Record(k) => match k {
            RecordKind::Person => &[
                "given_names",
                "surname",
                "native_given_names",
                "native_surname",
                "native_script",
                "date_of_birth",
                "place_of_birth",
                "country_of_birth",
                "nationalities",
                "gender",
                "aliases",
                "identifying_marks",
            ],
            RecordKind::Document => &[
                "holder_ref",
                "document_type",
                "number",
                "issuing_country",
                "valid_from",
                "valid_until",
                "mrz",
            ],
            RecordKind::Vehicle => &[
                "owner_ref",
                "vin",
                "plate",
                "plate_country",
                "make",
                "model",
                "colour",
            ],
            RecordKind::Account => &[
                "holder_ref",
                "iban",
                "account_number",
                "bic",
                "bank_name",
                "holder_name",
                "country",
            ],
            RecordKind::Phone => &["user_ref", "number"],
            RecordKind::Email => &["user_ref", "address"],
            RecordKind::Organisation => &["name", "aliases", "registration_number", "country"],
            RecordKind::Location => &[
                "street",
                "postal_code",
                "city",
                "country",
                "latitude",
                "longitude",
            ],
            RecordKind::Firearm => &[
                "owner_ref",
                "serial_number",
                "make",
                "model",
                "calibre",
                "category",
            ],
            RecordKind::Event => &[
                "description",
                "started",
                "ended",
                "place",
                "country",
                "offences",
                "national_qualification",
                "involved_refs",
            ],
        },
    }
}

/// Whether a column links to other records by their `external_ref`
/// (`holder_ref`, `owner_ref`, `user_ref`, `involved_refs`).
pub fn is_link_column(column: &str) -> bool {
    column != "external_ref" && (column.ends_with("_ref") || column.ends_with("_refs"))
}

/// The column through which rows of a record kind link to other records.
pub fn link_column(kind: RecordKind) -> Option<&'static str> {
    columns(ImportKind::Record(kind))
        .iter()
        .copied()
        .find(|c| is_link_column(c))
}

/// All columns of a kind, in export order.
pub fn all_columns(kind: ImportKind) -> Vec<&'static str> {
    match kind {
        ImportKind::Relation => columns(kind).to_vec(),
        ImportKind::Record(_) => META_COLUMNS.iter().chain(columns(kind)).copied().collect(),
    }
}

/// Values for the record columns when a row leaves them empty.
#[derive(Clone, Debug)]
pub struct Defaults {
    pub owner_node: NodeName,
    /// The unit that will hold the records (the importing user's unit).
    pub owner_unit: Option<liaison_core::UnitId>,
    pub handling_code: Option<HandlingCode>,
    pub handling_restriction: Option<String>,
    pub data_subject_category: Option<DataSubjectCategory>,
    pub evaluation: Option<Evaluation>,
    pub case_reference: Option<String>,
    pub purpose: Option<String>,
    pub review_after: Option<Date>,
    pub delete_after: Option<Date>,
}

/// One end of a link: a record named by its `external_ref`, or the row's own record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ref {
    External(String),
    ThisRow,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingLink {
    pub kind: RelationKind,
    pub from: Ref,
    pub to: Ref,
}

#[derive(Clone, Debug, PartialEq)]
// Rows are parsed one at a time and moved once; boxing would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum ParsedRow {
    Record {
        record: NewRecord,
        links: Vec<PendingLink>,
    },
    Relation(PendingLink),
}

/// A problem in one cell (or row) of an input file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    /// Line number in the file (the header is line 1 in CSV).
    pub line: usize,
    pub column: String,
    pub reason: String,
}

type Cells = BTreeMap<String, String>;

fn cell<'a>(cells: &'a Cells, name: &str) -> Option<&'a str> {
    cells.get(name).map(|s| s.trim()).filter(|s| !s.is_empty())
}

fn list(cells: &Cells, name: &str, sep: char) -> Vec<String> {
    cell(cells, name)
        .map(|s| {
            s.split(sep)
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

struct RowParser<'a> {
    line: usize,
    cells: &'a Cells,
    errors: Vec<RowError>,
}

impl RowParser<'_> {
    fn err(&mut self, column: &str, reason: impl Into<String>) {
        self.errors.push(RowError {
            line: self.line,
            column: column.to_owned(),
            reason: reason.into(),
        });
    }
    fn text(&self, name: &str) -> Option<String> {
        cell(self.cells, name).map(str::to_owned)
    }
    fn req(&mut self, name: &str) -> String {
        match self.text(name) {
            Some(v) => v,
            None => {
                self.err(name, "required");
                String::new()
            }
        }
    }
    fn parse<T, E: std::fmt::Display>(
        &mut self,
        name: &str,
        f: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<T> {
        let v = cell(self.cells, name)?;
        match f(v) {
            Ok(x) => Some(x),
            Err(e) => {
                self.err(name, e.to_string());
                None
            }
        }
    }
    fn country(&mut self, name: &str) -> Option<CountryCode> {
        self.parse(name, |s| {
            // Passenger lists and many national systems use alpha-3.
            let s =
                liaison_core::codelists::country_from_alpha3(&s.to_ascii_uppercase()).unwrap_or(s);
            CountryCode::parse(s)
        })
    }
    fn countries(&mut self, name: &str) -> Vec<CountryCode> {
        let mut out = vec![];
        for c in list(self.cells, name, ';') {
            let c2 = liaison_core::codelists::country_from_alpha3(&c.to_ascii_uppercase())
                .unwrap_or(&c)
                .to_owned();
            match CountryCode::parse(&c2) {
                Ok(x) => out.push(x),
                Err(e) => self.err(name, e.to_string()),
            }
        }
        out
    }
    fn date(&mut self, name: &str) -> Option<PartialDate> {
        self.parse(name, PartialDate::parse)
    }
    fn full_date(&mut self, name: &str) -> Option<Date> {
        self.parse(name, |s| {
            PartialDate::parse(s)
                .ok()
                .and_then(|d| d.to_date())
                .ok_or_else(|| format!("`{s}` is not a full date (YYYY-MM-DD)"))
        })
    }
    fn float(&mut self, name: &str) -> Option<f64> {
        self.parse(name, |s| {
            s.parse::<f64>()
                .map_err(|_| format!("`{s}` is not a number"))
        })
    }
    fn link_from(&self, name: &str, kind: RelationKind, links: &mut Vec<PendingLink>) {
        if let Some(r) = self.text(name) {
            links.push(PendingLink {
                kind,
                from: Ref::External(r),
                to: Ref::ThisRow,
            });
        }
    }
}

/// Parses one row into a record (or relation), with every problem found.
pub fn parse_row(
    kind: ImportKind,
    line: usize,
    cells: &Cells,
    defaults: &Defaults,
) -> Result<ParsedRow, Vec<RowError>> {
    let mut p = RowParser {
        line,
        cells,
        errors: vec![],
    };
    let rk = match kind {
        ImportKind::Relation => {
            let k = p.parse("kind", |s| s.parse::<RelationKind>());
            let from = p.req("from_ref");
            let to = p.req("to_ref");
            if k.is_none() && cell(cells, "kind").is_none() {
                p.err("kind", "required");
            }
            return match (k, p.errors.is_empty()) {
                (Some(kind), true) => Ok(ParsedRow::Relation(PendingLink {
                    kind,
                    from: Ref::External(from),
                    to: Ref::External(to),
                })),
                _ => Err(p.errors),
            };
        }
        ImportKind::Record(k) => k,
    };

    let meta_handling = p
        .parse("handling_code", |s| s.parse::<HandlingCode>())
        .or(defaults.handling_code);
    let evaluation = p
        .parse("evaluation", |s| {
            Evaluation::parse(s)
                .ok_or_else(|| format!("`{s}` is not a 4x4 grade such as B2 (A/B/C/X, 1–4)"))
        })
        .or(defaults.evaluation);
    let dsc = p
        .parse("data_subject_category", |s| {
            s.parse::<DataSubjectCategory>()
        })
        .or(defaults.data_subject_category);
    let review = p.full_date("review_after").or(defaults.review_after);
    let delete = p.full_date("delete_after").or(defaults.delete_after);
    for (col, missing) in [
        ("handling_code", meta_handling.is_none()),
        ("evaluation", evaluation.is_none()),
        ("review_after", review.is_none()),
        ("delete_after", delete.is_none()),
    ] {
        if missing && cell(cells, col).is_none() {
            p.err(
                col,
                "required (give it in the file or as a default on the command line)",
            );
        }
    }

    let mut links = vec![];
    let entity = match rk {
        RecordKind::Person => {
            let mut names = vec![];
            let native_given = p.text("native_given_names").unwrap_or_default();
            let native_surname = p.text("native_surname").unwrap_or_default();
            let has_native = !native_given.is_empty() || !native_surname.is_empty();
            let latin = PersonName {
                kind: if has_native {
                    NameKind::Latin
                } else {
                    NameKind::Primary
                },
                given_names: p.text("given_names").unwrap_or_default(),
                surname: p.text("surname").unwrap_or_default(),
                script: "Latn".into(),
            };
            if !latin.given_names.is_empty() || !latin.surname.is_empty() {
                names.push(latin);
            } else if !has_native {
                p.err("surname", "a person needs a surname or given names");
            }
            if has_native {
                let script = p.text("native_script").unwrap_or_default();
                if script.is_empty() {
                    p.err(
                        "native_script",
                        "required with a native-script name (ISO 15924, e.g. Cyrl, Arab)",
                    );
                }
                names.push(PersonName {
                    kind: NameKind::Primary,
                    given_names: native_given,
                    surname: native_surname,
                    script: normalise_script(&script),
                });
            }
            for alias in list(cells, "aliases", '|') {
                let (surname, given) = alias
                    .split_once(',')
                    .map(|(s, g)| (s.trim(), g.trim()))
                    .unwrap_or((alias.as_str(), ""));
                names.push(PersonName {
                    kind: NameKind::Alias,
                    given_names: given.into(),
                    surname: surname.into(),
                    script: "Latn".into(),
                });
            }
            Entity::Person(Person {
                names,
                date_of_birth: p.date("date_of_birth"),
                place_of_birth: p.text("place_of_birth"),
                country_of_birth: p.country("country_of_birth"),
                nationalities: p.countries("nationalities"),
                gender: p.parse("gender", |s| {
                    Gender::parse(s).ok_or_else(|| format!("`{s}` is not a gender: use F, M or X"))
                }),
                identifying_marks: list(cells, "identifying_marks", '|'),
            })
        }
        RecordKind::Document => {
            p.link_from("holder_ref", RelationKind::HolderOf, &mut links);
            let document_type = p.req("document_type");
            let number = p.req("number");
            let issuing_country = p.country("issuing_country");
            if issuing_country.is_none() && cell(cells, "issuing_country").is_none() {
                p.err("issuing_country", "required");
            }
            Entity::Document(Document {
                document_type,
                number,
                // A missing country is already reported; ZZ is never assigned.
                issuing_country: issuing_country.unwrap_or_else(CountryCode::unassigned),
                valid_from: p.date("valid_from"),
                valid_until: p.date("valid_until"),
                mrz: p.text("mrz"),
            })
        }
        RecordKind::Vehicle => {
            p.link_from("owner_ref", RelationKind::OwnerOf, &mut links);
            Entity::Vehicle(Vehicle {
                vin: p.text("vin"),
                plate: p.text("plate"),
                plate_country: p.country("plate_country"),
                make: p.text("make"),
                model: p.text("model"),
                colour: p.text("colour"),
            })
        }
        RecordKind::Account => {
            p.link_from("holder_ref", RelationKind::HolderOf, &mut links);
            Entity::Account(BankAccount {
                iban: p.text("iban"),
                account_number: p.text("account_number"),
                bic: p.text("bic"),
                bank_name: p.text("bank_name"),
                holder_name: p.text("holder_name"),
                country: p.country("country"),
            })
        }
        RecordKind::Phone => {
            p.link_from("user_ref", RelationKind::Used, &mut links);
            Entity::Phone(Phone {
                number: p.req("number"),
            })
        }
        RecordKind::Email => {
            p.link_from("user_ref", RelationKind::Used, &mut links);
            Entity::Email(Email {
                address: p.req("address"),
            })
        }
        RecordKind::Organisation => Entity::Organisation(Organisation {
            name: p.req("name"),
            aliases: list(cells, "aliases", '|'),
            registration_number: p.text("registration_number"),
            country: p.country("country"),
        }),
        RecordKind::Location => Entity::Location(Location {
            street: p.text("street"),
            postal_code: p.text("postal_code"),
            city: p.text("city"),
            country: p.country("country"),
            latitude: p.float("latitude"),
            longitude: p.float("longitude"),
        }),
        RecordKind::Firearm => {
            p.link_from("owner_ref", RelationKind::OwnerOf, &mut links);
            Entity::Firearm(Firearm {
                serial_number: p.text("serial_number"),
                make: p.text("make"),
                model: p.text("model"),
                calibre: p.text("calibre"),
                category: p.text("category").map(|c| c.to_ascii_uppercase()),
            })
        }
        RecordKind::Event => {
            for r in list(cells, "involved_refs", ';') {
                links.push(PendingLink {
                    kind: RelationKind::InvolvedIn,
                    from: Ref::External(r),
                    to: Ref::ThisRow,
                });
            }
            Entity::Event(Event {
                description: p.req("description"),
                started: p.date("started"),
                ended: p.date("ended"),
                place: p.text("place"),
                country: p.country("country"),
                offences: list(cells, "offences", ';'),
                national_qualification: p.text("national_qualification"),
            })
        }
    };

    let (Some(handling_code), Some(evaluation), Some(review_after), Some(delete_after)) =
        (meta_handling, evaluation, review, delete)
    else {
        return Err(p.errors);
    };
    let mut record = NewRecord {
        meta: RecordMeta {
            owner_node: defaults.owner_node.clone(),
            owner_unit: defaults.owner_unit,
            handling_code,
            handling_restriction: p
                .text("handling_restriction")
                .or(defaults.handling_restriction.clone()),
            data_subject_category: if rk == RecordKind::Person {
                dsc
            } else {
                dsc.filter(|_| cell(cells, "data_subject_category").is_some())
            },
            evaluation,
            case_reference: p
                .text("case_reference")
                .or(defaults.case_reference.clone())
                .unwrap_or_default(),
            purpose: p
                .text("purpose")
                .or(defaults.purpose.clone())
                .unwrap_or_default(),
            review_after,
            delete_after,
            external_ref: p.text("external_ref"),
        },
        entity,
    };
    if let Err(problems) = record.normalise_and_check() {
        for fe in problems {
            let column = column_of(rk, &fe.field, cells);
            // A cell already reported (unparsable) need not be reported twice.
            if !p.errors.iter().any(|e| e.column == column) {
                p.err(&column, fe.message);
            }
        }
    }
    if p.errors.is_empty() {
        Ok(ParsedRow::Record { record, links })
    } else {
        Err(p.errors)
    }
}

fn normalise_script(s: &str) -> String {
    let mut c = s.trim().chars();
    match c.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
        None => String::new(),
    }
}

/// The input column a model field came from.
fn column_of(kind: RecordKind, field: &str, cells: &Cells) -> String {
    let base = field.split('[').next().unwrap_or(field);
    let last = field.rsplit('.').next().unwrap_or(field);
    if kind == RecordKind::Person && base == "names" {
        let has_latin = cell(cells, "given_names").is_some() || cell(cells, "surname").is_some();
        let index: usize = field
            .strip_prefix("names[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|i| i.parse().ok())
            .unwrap_or(0);
        let has_native =
            cell(cells, "native_given_names").is_some() || cell(cells, "native_surname").is_some();
        let native_index = if has_latin { 1 } else { 0 };
        return if has_native && index == native_index {
            match last {
                "given_names" => "native_given_names".into(),
                "script" => "native_script".into(),
                _ => "native_surname".into(),
            }
        } else if index >= native_index + usize::from(has_native) && index > 0 {
            "aliases".into()
        } else {
            match last {
                "given_names" => "given_names".into(),
                _ => "surname".into(),
            }
        };
    }
    base.to_owned()
}

/// The row of a stored record, for export (inverse of [`parse_row`]).
pub fn record_row(
    record: &NewRecord,
    refs: &BTreeMap<&'static str, String>,
) -> BTreeMap<&'static str, String> {
    let m = &record.meta;
    let mut r: BTreeMap<&'static str, String> = BTreeMap::new();
    let date = |d: Date| d.to_string();
    r.insert("external_ref", m.external_ref.clone().unwrap_or_default());
    r.insert("handling_code", m.handling_code.to_string());
    r.insert(
        "handling_restriction",
        m.handling_restriction.clone().unwrap_or_default(),
    );
    r.insert(
        "data_subject_category",
        m.data_subject_category
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default(),
    );
    r.insert("evaluation", m.evaluation.code());
    r.insert("case_reference", m.case_reference.clone());
    r.insert("purpose", m.purpose.clone());
    r.insert("review_after", date(m.review_after));
    r.insert("delete_after", date(m.delete_after));
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let oc = |v: &Option<CountryCode>| v.as_ref().map(|c| c.to_string()).unwrap_or_default();
    let od = |v: &Option<PartialDate>| v.map(|d| d.to_string()).unwrap_or_default();
    match &record.entity {
        Entity::Person(x) => {
            let latin = x.names.iter().find(|n| {
                matches!(n.kind, NameKind::Latin)
                    || (n.kind == NameKind::Primary && n.script == "Latn")
            });
            let native = x
                .names
                .iter()
                .find(|n| n.kind == NameKind::Primary && n.script != "Latn");
            r.insert(
                "given_names",
                latin.map(|n| n.given_names.clone()).unwrap_or_default(),
            );
            r.insert(
                "surname",
                latin.map(|n| n.surname.clone()).unwrap_or_default(),
            );
            r.insert(
                "native_given_names",
                native.map(|n| n.given_names.clone()).unwrap_or_default(),
            );
            r.insert(
                "native_surname",
                native.map(|n| n.surname.clone()).unwrap_or_default(),
            );
            r.insert(
                "native_script",
                native.map(|n| n.script.clone()).unwrap_or_default(),
            );
            r.insert("date_of_birth", od(&x.date_of_birth));
            r.insert("place_of_birth", opt(&x.place_of_birth));
            r.insert("country_of_birth", oc(&x.country_of_birth));
            r.insert(
                "nationalities",
                x.nationalities
                    .iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(";"),
            );
            r.insert(
                "gender",
                x.gender.map(|g| g.as_str().to_owned()).unwrap_or_default(),
            );
            r.insert(
                "aliases",
                x.names
                    .iter()
                    .filter(|n| n.kind == NameKind::Alias)
                    .map(|n| {
                        if n.given_names.is_empty() {
                            n.surname.clone()
                        } else {
                            format!("{}, {}", n.surname, n.given_names)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("|"),
            );
            r.insert("identifying_marks", x.identifying_marks.join("|"));
        }
        Entity::Document(x) => {
            r.insert("document_type", x.document_type.clone());
            r.insert("number", x.number.clone());
            r.insert("issuing_country", x.issuing_country.to_string());
            r.insert("valid_from", od(&x.valid_from));
            r.insert("valid_until", od(&x.valid_until));
            r.insert("mrz", opt(&x.mrz));
        }
        Entity::Vehicle(x) => {
            r.insert("vin", opt(&x.vin));
            r.insert("plate", opt(&x.plate));
            r.insert("plate_country", oc(&x.plate_country));
            r.insert("make", opt(&x.make));
            r.insert("model", opt(&x.model));
            r.insert("colour", opt(&x.colour));
        }
        Entity::Account(x) => {
            r.insert("iban", opt(&x.iban));
            r.insert("account_number", opt(&x.account_number));
            r.insert("bic", opt(&x.bic));
            r.insert("bank_name", opt(&x.bank_name));
            r.insert("holder_name", opt(&x.holder_name));
            r.insert("country", oc(&x.country));
        }
        Entity::Phone(x) => {
            r.insert("number", x.number.clone());
        }
        Entity::Email(x) => {
            r.insert("address", x.address.clone());
        }
        Entity::Organisation(x) => {
            r.insert("name", x.name.clone());
            r.insert("aliases", x.aliases.join("|"));
            r.insert("registration_number", opt(&x.registration_number));
            r.insert("country", oc(&x.country));
        }
        Entity::Location(x) => {
            r.insert("street", opt(&x.street));
            r.insert("postal_code", opt(&x.postal_code));
            r.insert("city", opt(&x.city));
            r.insert("country", oc(&x.country));
            r.insert(
                "latitude",
                x.latitude.map(|v| v.to_string()).unwrap_or_default(),
            );
            r.insert(
                "longitude",
                x.longitude.map(|v| v.to_string()).unwrap_or_default(),
            );
        }
        Entity::Firearm(x) => {
            r.insert("serial_number", opt(&x.serial_number));
            r.insert("make", opt(&x.make));
            r.insert("model", opt(&x.model));
            r.insert("calibre", opt(&x.calibre));
            r.insert("category", opt(&x.category));
        }
        Entity::Event(x) => {
            r.insert("description", x.description.clone());
            r.insert("started", od(&x.started));
            r.insert("ended", od(&x.ended));
            r.insert("place", opt(&x.place));
            r.insert("country", oc(&x.country));
            r.insert("offences", x.offences.join(";"));
            r.insert("national_qualification", opt(&x.national_qualification));
        }
    }
    for (k, v) in refs {
        r.insert(k, v.clone());
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Defaults {
        Defaults {
            owner_node: NodeName::parse("de-bka").unwrap(),
            owner_unit: None,
            handling_code: Some(HandlingCode::H1),
            handling_restriction: None,
            data_subject_category: Some(DataSubjectCategory::Suspect),
            evaluation: Evaluation::parse("B2"),
            case_reference: Some("DE-1".into()),
            purpose: Some("investigation".into()),
            review_after: time::Date::from_calendar_date(2027, time::Month::January, 1).ok(),
            delete_after: time::Date::from_calendar_date(2030, time::Month::January, 1).ok(),
        }
    }

    fn cells(pairs: &[(&str, &str)]) -> Cells {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_person_with_native_script_and_aliases() {
        let row = cells(&[
            ("external_ref", "P-1"),
            ("given_names", "Ivan"),
            ("surname", "Petrov"),
            ("native_given_names", "Иван"),
            ("native_surname", "Петров"),
            ("native_script", "cyrl"),
            ("date_of_birth", "1975-03"),
            ("nationalities", "RUS; DE"),
            ("gender", "M"),
            ("aliases", "PETROFF, Iwan|Vanya"),
            ("handling_code", "h2"),
        ]);
        let ParsedRow::Record { record, links } =
            parse_row(ImportKind::Record(RecordKind::Person), 2, &row, &defaults()).unwrap()
        else {
            panic!("expected a record")
        };
        assert!(links.is_empty());
        assert_eq!(
            record.meta.handling_code,
            HandlingCode::H2,
            "the row overrides the default"
        );
        assert_eq!(
            record.meta.evaluation.code(),
            "B2",
            "the default fills the gap"
        );
        let Entity::Person(p) = &record.entity else {
            panic!()
        };
        assert_eq!(p.names.len(), 4);
        assert_eq!(
            (p.names[0].kind, p.names[0].surname.as_str()),
            (NameKind::Latin, "Petrov")
        );
        assert_eq!(
            (p.names[1].kind, p.names[1].script.as_str()),
            (NameKind::Primary, "Cyrl")
        );
        assert_eq!(
            (p.names[2].surname.as_str(), p.names[2].given_names.as_str()),
            ("PETROFF", "Iwan")
        );
        assert_eq!(
            p.nationalities
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>(),
            ["RU", "DE"]
        );
    }

    #[test]
    fn problems_name_their_columns() {
        let row = cells(&[
            ("given_names", "Jan"),
            ("native_surname", "Ковальски"),
            ("date_of_birth", "1980-02-30"),
            ("nationalities", "XX"),
        ]);
        let errors =
            parse_row(ImportKind::Record(RecordKind::Person), 7, &row, &defaults()).unwrap_err();
        let cols: Vec<&str> = errors.iter().map(|e| e.column.as_str()).collect();
        assert!(errors.iter().all(|e| e.line == 7));
        for c in ["native_script", "date_of_birth", "nationalities"] {
            assert!(cols.contains(&c), "{c} not in {cols:?}");
        }
        let row = cells(&[
            ("document_type", "Z"),
            ("number", "AB-12"),
            ("issuing_country", "FR"),
            ("mrz", "P<FRA"),
        ]);
        let errors = parse_row(
            ImportKind::Record(RecordKind::Document),
            3,
            &row,
            &defaults(),
        )
        .unwrap_err();
        let cols: Vec<&str> = errors.iter().map(|e| e.column.as_str()).collect();
        assert_eq!(cols, ["document_type", "mrz"]);
    }

    #[test]
    fn documents_link_to_their_holder_and_relations_parse() {
        let row = cells(&[
            ("holder_ref", "P-1"),
            ("document_type", "P"),
            ("number", "l898902c3"),
            ("issuing_country", "SWE"),
        ]);
        let ParsedRow::Record { record, links } = parse_row(
            ImportKind::Record(RecordKind::Document),
            2,
            &row,
            &defaults(),
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(
            links,
            vec![PendingLink {
                kind: RelationKind::HolderOf,
                from: Ref::External("P-1".into()),
                to: Ref::ThisRow
            }]
        );
        let Entity::Document(d) = record.entity else {
            panic!()
        };
        assert_eq!(
            (d.number.as_str(), d.issuing_country.as_str()),
            ("L898902C3", "SE")
        );
        let rel = cells(&[
            ("kind", "associate_of"),
            ("from_ref", "P-1"),
            ("to_ref", "P-2"),
        ]);
        assert!(matches!(
            parse_row(ImportKind::Relation, 2, &rel, &defaults()),
            Ok(ParsedRow::Relation(_))
        ));
        let bad = cells(&[("kind", "friend_of"), ("from_ref", "P-1")]);
        let cols: Vec<String> = parse_row(ImportKind::Relation, 2, &bad, &defaults())
            .unwrap_err()
            .into_iter()
            .map(|e| e.column)
            .collect();
        assert_eq!(cols, ["kind", "to_ref"]);
    }

    #[test]
    fn an_exported_row_parses_back_to_the_same_record() {
        for (kind, row) in [
            (
                RecordKind::Person,
                cells(&[
                    ("external_ref", "P-9"),
                    ("given_names", "Anna"),
                    ("surname", "Berg"),
                    ("date_of_birth", "1980"),
                    ("gender", "F"),
                    ("aliases", "BERG, A."),
                ]),
            ),
            (
                RecordKind::Account,
                cells(&[
                    ("iban", "DE89 3704 0044 0532 0130 00"),
                    ("bic", "COBADEFFXXX"),
                ]),
            ),
            (
                RecordKind::Vehicle,
                cells(&[
                    ("plate", "B-MW 1234"),
                    ("plate_country", "DE"),
                    ("make", "BMW"),
                ]),
            ),
            (
                RecordKind::Event,
                cells(&[
                    ("description", "Seizure of 40 kg cocaine"),
                    ("started", "2026-10"),
                    ("offences", "0601"),
                ]),
            ),
        ] {
            let ParsedRow::Record { record, .. } =
                parse_row(ImportKind::Record(kind), 2, &row, &defaults()).unwrap()
            else {
                panic!()
            };
            let exported: Cells = record_row(&record, &BTreeMap::new())
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            let ParsedRow::Record { record: again, .. } =
                parse_row(ImportKind::Record(kind), 2, &exported, &defaults()).unwrap()
            else {
                panic!()
            };
            assert_eq!(again, record, "{kind}");
        }
    }
}

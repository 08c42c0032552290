//! A record: one entity plus what the law requires to travel with it: its
//! owner, handling code, data-subject category, evaluation, the case and
//! purpose it was collected for, and its review and deletion dates.

use super::entities::*;
use super::problems::{FieldError, Problems};
use crate::evaluation::Evaluation;
use crate::handling::HandlingCode;
use crate::node::NodeName;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use time::Date;

crate::ids::typed_id!(
    /// A record of the common model.
    RecordId
);

impl JsonSchema for RecordId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RecordId".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "uuid" })
    }
}

/// Categories of data subjects (Directive (EU) 2016/680 Art 6), each with
/// its own rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataSubjectCategory {
    Suspect,
    ConvictedPerson,
    Victim,
    Witness,
    ContactOrAssociate,
    Informant,
    Other,
}

impl DataSubjectCategory {
    pub const ALL: [DataSubjectCategory; 7] = [
        Self::Suspect,
        Self::ConvictedPerson,
        Self::Victim,
        Self::Witness,
        Self::ContactOrAssociate,
        Self::Informant,
        Self::Other,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Suspect => "suspect",
            Self::ConvictedPerson => "convicted_person",
            Self::Victim => "victim",
            Self::Witness => "witness",
            Self::ContactOrAssociate => "contact_or_associate",
            Self::Informant => "informant",
            Self::Other => "other",
        }
    }
}

impl FromStr for DataSubjectCategory {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s.trim())
            .ok_or_else(|| format!("unknown data subject category `{s}`; expected one of suspect, convicted_person, victim, witness, contact_or_associate, informant, other"))
    }
}

/// The kinds of records, as named in imports, exports, routes and tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Person,
    Document,
    Vehicle,
    Account,
    Phone,
    Email,
    Organisation,
    Location,
    Firearm,
    Event,
}

impl RecordKind {
    pub const ALL: [RecordKind; 10] = [
        Self::Person,
        Self::Document,
        Self::Vehicle,
        Self::Account,
        Self::Phone,
        Self::Email,
        Self::Organisation,
        Self::Location,
        Self::Firearm,
        Self::Event,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Document => "document",
            Self::Vehicle => "vehicle",
            Self::Account => "account",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Organisation => "organisation",
            Self::Location => "location",
            Self::Firearm => "firearm",
            Self::Event => "event",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RecordKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown record kind `{s}`; expected one of person, document, vehicle, account, phone, email, organisation, location, firearm, event"))
    }
}

/// The entity a record holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum Entity {
    Person(Person),
    Document(Document),
    Vehicle(Vehicle),
    Account(BankAccount),
    Phone(Phone),
    Email(Email),
    Organisation(Organisation),
    Location(Location),
    Firearm(Firearm),
    Event(Event),
}

impl Entity {
    pub fn kind(&self) -> RecordKind {
        match self {
            Entity::Person(_) => RecordKind::Person,
            Entity::Document(_) => RecordKind::Document,
            Entity::Vehicle(_) => RecordKind::Vehicle,
            Entity::Account(_) => RecordKind::Account,
            Entity::Phone(_) => RecordKind::Phone,
            Entity::Email(_) => RecordKind::Email,
            Entity::Organisation(_) => RecordKind::Organisation,
            Entity::Location(_) => RecordKind::Location,
            Entity::Firearm(_) => RecordKind::Firearm,
            Entity::Event(_) => RecordKind::Event,
        }
    }

    pub fn normalise_and_check(&mut self, p: &mut Problems) {
        match self {
            Entity::Person(e) => e.normalise_and_check(p),
            Entity::Document(e) => e.normalise_and_check(p),
            Entity::Vehicle(e) => e.normalise_and_check(p),
            Entity::Account(e) => e.normalise_and_check(p),
            Entity::Phone(e) => e.normalise_and_check(p),
            Entity::Email(e) => e.normalise_and_check(p),
            Entity::Organisation(e) => e.normalise_and_check(p),
            Entity::Location(e) => e.normalise_and_check(p),
            Entity::Firearm(e) => e.normalise_and_check(p),
            Entity::Event(e) => e.normalise_and_check(p),
        }
    }

    /// A one-line caption for lists and logs.
    pub fn caption(&self) -> String {
        match self {
            Entity::Person(e) => {
                let dob = e
                    .date_of_birth
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default();
                format!("{}{dob}", e.display_name())
            }
            Entity::Document(e) => {
                format!("{} {} {}", e.document_type, e.issuing_country, e.number)
            }
            Entity::Vehicle(e) => e.plate.clone().or(e.vin.clone()).unwrap_or_default(),
            Entity::Account(e) => e
                .iban
                .clone()
                .or(e.account_number.clone())
                .unwrap_or_default(),
            Entity::Phone(e) => e.number.clone(),
            Entity::Email(e) => e.address.clone(),
            Entity::Organisation(e) => e.name.clone(),
            Entity::Location(e) => [
                e.street.as_deref(),
                e.city.as_deref(),
                e.country.as_ref().map(|c| c.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
            Entity::Firearm(e) => e
                .serial_number
                .clone()
                .or(e.make.clone())
                .unwrap_or_default(),
            Entity::Event(e) => e.description.chars().take(80).collect(),
        }
    }

    /// Folded name tokens to index for search by name (persons and
    /// organisations; other kinds are found by their identifiers).
    pub fn name_tokens(&self) -> Vec<String> {
        match self {
            Entity::Person(p) => p.name_tokens(),
            Entity::Organisation(o) => super::identifiers::name_tokens(&o.name),
            _ => vec![],
        }
    }

    /// Normalised identifiers to index for exact search: (kind, value).
    pub fn identifiers(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![];
        match self {
            Entity::Document(d) => out.push(("document_number", d.number.clone())),
            Entity::Vehicle(v) => {
                out.extend(v.vin.clone().map(|x| ("vin", x)));
                out.extend(v.plate.clone().map(|x| ("plate", x)));
            }
            Entity::Account(a) => {
                out.extend(a.iban.clone().map(|x| ("iban", x)));
                out.extend(a.account_number.clone().map(|x| ("account_number", x)));
            }
            Entity::Phone(p) => out.push(("phone", p.number.clone())),
            Entity::Email(e) => out.push(("email", e.address.to_lowercase())),
            Entity::Firearm(f) => {
                out.extend(f.serial_number.clone().map(|x| ("firearm_serial", x)))
            }
            Entity::Organisation(o) => out.extend(
                o.registration_number
                    .clone()
                    .map(|x| ("registration_number", x)),
            ),
            Entity::Person(_) | Entity::Location(_) | Entity::Event(_) => {}
        }
        out
    }
}

/// What travels with every record, whoever holds a copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RecordMeta {
    /// The node that supplied the record: alone it amends, releases or extends it.
    pub owner_node: NodeName,
    pub handling_code: HandlingCode,
    /// The restriction in words; required with `h3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling_restriction: Option<String>,
    /// Required for persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_subject_category: Option<DataSubjectCategory>,
    pub evaluation: Evaluation,
    /// The case the record was collected for (the owner's reference).
    pub case_reference: String,
    /// Why it was collected (purpose limitation).
    pub purpose: String,
    /// When the owner must review whether it is still needed (YYYY-MM-DD).
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub review_after: Date,
    /// When the personal data in it must be deleted (YYYY-MM-DD).
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub delete_after: Date,
    /// The source system's own identifier, to link records on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_ref: Option<String>,
    /// The unit of the owner node that holds the record (the creator's
    /// unit): it alone maintains the record, and an `h3` record does not
    /// leave it. `None` for records imported from the command line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub owner_unit: Option<crate::UnitId>,
}

impl RecordMeta {
    pub fn check(&mut self, kind: RecordKind, p: &mut Problems) {
        self.case_reference = super::identifiers::normalise_text(&self.case_reference);
        self.purpose = super::identifiers::normalise_text(&self.purpose);
        if self.case_reference.is_empty() {
            p.add(
                "case_reference",
                "required",
                "every record names the case it was collected for",
            );
        }
        if self.purpose.is_empty() {
            p.add("purpose", "required", "every record states its purpose");
        }
        if self.handling_code == HandlingCode::H3
            && self
                .handling_restriction
                .as_deref()
                .is_none_or(|r| r.trim().is_empty())
        {
            p.add(
                "handling_restriction",
                "h3_restriction",
                "handling code h3 needs the restriction in words",
            );
        }
        if kind == RecordKind::Person && self.data_subject_category.is_none() {
            p.add(
                "data_subject_category",
                "required",
                "a person record needs a data subject category",
            );
        }
        if self.review_after > self.delete_after {
            p.add(
                "review_after",
                "date_order",
                "the review date must not be after the deletion date",
            );
        }
        if let Some(r) = &self.external_ref
            && (r.is_empty() || r.len() > 100)
        {
            p.add("external_ref", "max_length", "1 to 100 characters");
        }
    }
}

/// A new record, before it is stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NewRecord {
    pub meta: RecordMeta,
    pub entity: Entity,
}

impl NewRecord {
    /// Normalises identifiers and names; returns every problem found.
    pub fn normalise_and_check(&mut self) -> Result<(), Vec<FieldError>> {
        let mut p = Problems::default();
        self.meta.check(self.entity.kind(), &mut p);
        self.entity.normalise_and_check(&mut p);
        p.into_result()
    }
}

/// Typed links between records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// A person holds a document or account.
    HolderOf,
    /// A person or organisation owns a vehicle, firearm, account, company.
    OwnerOf,
    AssociateOf,
    MemberOf,
    /// Used a phone, e-mail, vehicle, account.
    Used,
    LocatedAt,
    InvolvedIn,
}

impl RelationKind {
    pub const ALL: [RelationKind; 7] = [
        Self::HolderOf,
        Self::OwnerOf,
        Self::AssociateOf,
        Self::MemberOf,
        Self::Used,
        Self::LocatedAt,
        Self::InvolvedIn,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::HolderOf => "holder_of",
            Self::OwnerOf => "owner_of",
            Self::AssociateOf => "associate_of",
            Self::MemberOf => "member_of",
            Self::Used => "used",
            Self::LocatedAt => "located_at",
            Self::InvolvedIn => "involved_in",
        }
    }
}

impl FromStr for RelationKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or_else(|| format!("unknown relation `{s}`; expected one of holder_of, owner_of, associate_of, member_of, used, located_at, involved_in"))
    }
}

//! FollowTheMoney (FtM) export, so that Aleph and yente users can consume
//! Liaison data. One JSON object per entity:
//! `{"id": …, "schema": "Person", "properties": {"name": ["…"], …}}`.
//!
//! Mapping: Person → `Person`; documents → `Passport` (type P…) or
//! `Identification`, with their holder; Vehicle → `Vehicle`; accounts →
//! `BankAccount`; Organisation → `Organization`; Location → `Address`;
//! Event → `Event` with `involved`; phones and e-mail addresses become
//! `phone`/`email` of the person who used them; holder_of (accounts) and
//! owner_of → `Ownership`; associate_of → `Associate`; member_of →
//! `Membership`; located_at → `addressEntity`. FtM has no firearm schema:
//! firearms, and documents without a holder (FtM requires one), are skipped
//! and counted.

use liaison_core::model::*;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// A relation between two exported records, by id.
pub struct FtmLink {
    pub kind: RelationKind,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Default)]
pub struct FtmExport {
    pub entities: Vec<Value>,
    /// Records FtM cannot express, by kind.
    pub skipped: BTreeMap<&'static str, usize>,
}

struct Props(Map<String, Value>);

impl Props {
    fn new() -> Self {
        Props(Map::new())
    }
    fn add(&mut self, name: &str, value: impl Into<String>) {
        let v: String = value.into();
        if v.trim().is_empty() {
            return;
        }
        let entry = self
            .0
            .entry(name.to_owned())
            .or_insert_with(|| Value::Array(vec![]));
        if let Value::Array(a) = entry
            && !a.iter().any(|x| x.as_str() == Some(v.as_str()))
        {
            a.push(Value::String(v));
        }
    }
    fn opt(&mut self, name: &str, value: Option<impl ToString>) {
        if let Some(v) = value {
            self.add(name, v.to_string());
        }
    }
}

fn country(c: &liaison_core::node::CountryCode) -> String {
    c.as_str().to_ascii_lowercase()
}

fn entity(id: &str, schema: &str, props: Props) -> Value {
    json!({ "id": id, "schema": schema, "properties": Value::Object(props.0) })
}

/// Builds the FtM entities of `records` (id, record) and `links`.
pub fn export(records: &[(String, &NewRecord)], links: &[FtmLink]) -> FtmExport {
    let mut out = FtmExport::default();
    let by_id: BTreeMap<&str, &NewRecord> =
        records.iter().map(|(id, r)| (id.as_str(), *r)).collect();
    let kind_of = |id: &str| by_id.get(id).map(|r| r.entity.kind());
    let mut extra: BTreeMap<String, Props> = BTreeMap::new();
    let mut holders: BTreeMap<&str, &str> = BTreeMap::new();

    // Links first: some become properties of the entities they touch.
    for (i, l) in links.iter().enumerate() {
        let (Some(fk), Some(tk)) = (kind_of(&l.from), kind_of(&l.to)) else {
            continue;
        };
        let link_id = format!("{}-{}-{i}", l.kind.as_str(), &l.from);
        let legal = |k: RecordKind| matches!(k, RecordKind::Person | RecordKind::Organisation);
        match (l.kind, fk, tk) {
            (RelationKind::HolderOf, _, RecordKind::Document) if legal(fk) => {
                holders.insert(l.to.as_str(), l.from.as_str());
            }
            (
                RelationKind::HolderOf | RelationKind::OwnerOf,
                _,
                RecordKind::Account | RecordKind::Vehicle,
            ) if legal(fk) => {
                let mut p = Props::new();
                p.add("owner", &l.from);
                p.add("asset", &l.to);
                out.entities.push(entity(&link_id, "Ownership", p));
            }
            (RelationKind::Used, _, RecordKind::Phone | RecordKind::Email) if legal(fk) => {
                if let Some(r) = by_id.get(l.to.as_str()) {
                    let p = extra.entry(l.from.clone()).or_insert_with(Props::new);
                    match &r.entity {
                        Entity::Phone(x) => p.add("phone", &x.number),
                        Entity::Email(x) => p.add("email", &x.address),
                        _ => {}
                    }
                }
            }
            (RelationKind::AssociateOf, RecordKind::Person, RecordKind::Person) => {
                let mut p = Props::new();
                p.add("person", &l.from);
                p.add("associate", &l.to);
                out.entities.push(entity(&link_id, "Associate", p));
            }
            (RelationKind::MemberOf, _, RecordKind::Organisation) if legal(fk) => {
                let mut p = Props::new();
                p.add("member", &l.from);
                p.add("organization", &l.to);
                p.add("role", "member");
                out.entities.push(entity(&link_id, "Membership", p));
            }
            (RelationKind::LocatedAt, _, RecordKind::Location) => {
                extra
                    .entry(l.from.clone())
                    .or_insert_with(Props::new)
                    .add("addressEntity", &l.to);
            }
            (RelationKind::InvolvedIn, _, RecordKind::Event) if legal(fk) => {
                extra
                    .entry(l.to.clone())
                    .or_insert_with(Props::new)
                    .add("involved", &l.from);
            }
            _ => {}
        }
    }

    for (id, record) in records {
        let mut p = extra.remove(id).unwrap_or_else(Props::new);
        let provenance = format!(
            "Liaison record; owner {}; handling code {}; case {}",
            record.meta.owner_node, record.meta.handling_code, record.meta.case_reference
        );
        // Identifications are FtM intervals, which have no `notes`.
        let note_property = if matches!(record.entity, Entity::Document(_)) {
            "description"
        } else {
            "notes"
        };
        p.add(note_property, provenance);
        let schema = match &record.entity {
            Entity::Person(x) => {
                for n in &x.names {
                    match n.kind {
                        NameKind::Alias => p.add("alias", n.full()),
                        NameKind::BirthName | NameKind::Previous => p.add("previousName", n.full()),
                        NameKind::Primary | NameKind::Latin => p.add("name", n.full()),
                    }
                }
                if let Some(n) = x
                    .names
                    .iter()
                    .find(|n| n.kind == NameKind::Latin)
                    .or(x.names.first())
                {
                    p.add("firstName", &n.given_names);
                    p.add("lastName", &n.surname);
                }
                p.opt("birthDate", x.date_of_birth);
                p.opt("birthPlace", x.place_of_birth.as_ref());
                p.opt("birthCountry", x.country_of_birth.as_ref().map(country));
                for c in &x.nationalities {
                    p.add("nationality", country(c));
                }
                p.opt("gender", x.gender.map(|g| g.as_str()));
                for m in &x.identifying_marks {
                    p.add("appearance", m);
                }
                "Person"
            }
            Entity::Document(x) => {
                let Some(holder) = holders.get(id.as_str()) else {
                    *out.skipped.entry("document without holder").or_default() += 1;
                    continue;
                };
                p.add("holder", *holder);
                p.add("number", &x.number);
                p.add("country", country(&x.issuing_country));
                p.add(
                    "type",
                    liaison_core::codelists::get("icao_document_types")
                        .and_then(|l| l.entry(&x.document_type))
                        .map(|e| e.label("en").to_owned())
                        .unwrap_or_else(|| x.document_type.clone()),
                );
                p.opt("startDate", x.valid_from);
                p.opt("endDate", x.valid_until);
                if x.document_type.starts_with('P') {
                    p.add("passportNumber", &x.number);
                    "Passport"
                } else {
                    "Identification"
                }
            }
            Entity::Vehicle(x) => {
                p.add("name", record.entity.caption());
                p.opt("registrationNumber", x.plate.as_ref());
                p.opt("country", x.plate_country.as_ref().map(country));
                let model = [x.make.as_deref(), x.model.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                p.add("model", model);
                p.opt("description", x.vin.as_ref().map(|v| format!("VIN {v}")));
                p.opt(
                    "description",
                    x.colour.as_ref().map(|c| format!("colour {c}")),
                );
                "Vehicle"
            }
            Entity::Account(x) => {
                p.add("name", record.entity.caption());
                p.opt("iban", x.iban.as_ref());
                p.opt("accountNumber", x.account_number.as_ref());
                p.opt("bic", x.bic.as_ref());
                p.opt("bankName", x.bank_name.as_ref());
                p.opt("country", x.country.as_ref().map(country));
                "BankAccount"
            }
            Entity::Organisation(x) => {
                p.add("name", &x.name);
                for a in &x.aliases {
                    p.add("alias", a);
                }
                p.opt("registrationNumber", x.registration_number.as_ref());
                p.opt("country", x.country.as_ref().map(country));
                "Organization"
            }
            Entity::Location(x) => {
                p.add("full", record.entity.caption());
                p.opt("street", x.street.as_ref());
                p.opt("postalCode", x.postal_code.as_ref());
                p.opt("city", x.city.as_ref());
                p.opt("country", x.country.as_ref().map(country));
                p.opt("latitude", x.latitude);
                p.opt("longitude", x.longitude);
                "Address"
            }
            Entity::Event(x) => {
                p.add("name", record.entity.caption());
                p.add("summary", &x.description);
                p.opt("startDate", x.started);
                p.opt("endDate", x.ended);
                p.opt("location", x.place.as_ref());
                p.opt("country", x.country.as_ref().map(country));
                "Event"
            }
            // Phones and addresses are properties of their users (above).
            Entity::Phone(_) | Entity::Email(_) => continue,
            Entity::Firearm(_) => {
                *out.skipped.entry("firearm").or_default() += 1;
                continue;
            }
        };
        out.entities.push(entity(id, schema, p));
    }
    out
}

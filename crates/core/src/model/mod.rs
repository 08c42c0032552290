//! The common data model: one shape for persons, documents, vehicles,
//! accounts, phones, e-mail addresses, organisations, locations, firearms and
//! events, so that a record means the same in Madrid and in Warsaw.
//!
//! * [`record`]: the record envelope ([`record::RecordMeta`]) and relations.
//! * [`entities`]: the entities and their rules.
//! * [`identifiers`]: normalisation and checks of identifiers.
//! * [`date`]: partial dates. [`problems`]: validation results.

pub mod date;
pub mod entities;
pub mod identifiers;
pub mod offence;
pub mod problems;
pub mod record;

pub use date::PartialDate;
pub use entities::*;
pub use problems::{FieldError, Problems};
pub use record::*;

//! Liaison's domain, pure: no I/O, no async, no database.
//!
//! * [`role`] and [`unit`]: who a user is in the organisation.
//! * [`user`]: usernames and the password rule, checked before anything is stored.
//! * [`node`]: a node's name and country.
//! * [`policy`]: the one place that decides whether an actor may do an action;
//!   only it builds a [`policy::Permit`].
//! * [`audit`]: the events every accountable action appends to the audit log.
//! * [`model`]: the common data model of records shared between agencies;
//!   [`handling`] codes, [`evaluation`] grades and [`codelists`] go with it.
#![forbid(unsafe_code)]

pub mod alert;
pub mod audit;
pub mod codelists;
pub mod evaluation;
pub mod handling;
pub mod ids;
pub mod model;
pub mod node;
pub mod policy;
pub mod record_policy;
pub mod role;
pub mod unit;
pub mod user;

pub use ids::{ApiTokenId, UnitId, UserId};
pub use role::Role;
pub use unit::{UnitCode, UnitKind};

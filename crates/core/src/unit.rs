//! Units (desks) of the agency that runs a node.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of desk a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// Single point of contact (Directive (EU) 2023/977).
    Spoc,
    SireneBureau,
    /// INTERPOL National Central Bureau.
    Ncb,
    /// Passenger Information Unit.
    Piu,
    /// Financial Intelligence Unit.
    Fiu,
    /// Asset Recovery Office.
    Aro,
    CentralAuthority,
    /// Any other desk (IT operations, a regional office...).
    Other,
}

impl UnitKind {
    pub const ALL: [UnitKind; 8] = [
        UnitKind::Spoc,
        UnitKind::SireneBureau,
        UnitKind::Ncb,
        UnitKind::Piu,
        UnitKind::Fiu,
        UnitKind::Aro,
        UnitKind::CentralAuthority,
        UnitKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            UnitKind::Spoc => "spoc",
            UnitKind::SireneBureau => "sirene_bureau",
            UnitKind::Ncb => "ncb",
            UnitKind::Piu => "piu",
            UnitKind::Fiu => "fiu",
            UnitKind::Aro => "aro",
            UnitKind::CentralAuthority => "central_authority",
            UnitKind::Other => "other",
        }
    }
}

impl fmt::Display for UnitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown unit kind `{0}`; expected one of: spoc, sirene_bureau, ncb, piu, fiu, aro, central_authority, other"
)]
pub struct UnknownUnitKind(pub String);

impl FromStr for UnitKind {
    type Err = UnknownUnitKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        UnitKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownUnitKind(s.to_owned()))
    }
}

/// A unit's short code, unique on its node (e.g. `spoc`, `sirene-paris`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UnitCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid unit code `{0}`: use 1 to 40 lower-case letters, digits, `-` or `_`, starting with a letter"
)]
pub struct InvalidUnitCode(pub String);

impl UnitCode {
    pub fn parse(s: &str) -> Result<Self, InvalidUnitCode> {
        let ok = (1..=40).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidUnitCode(s.to_owned()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for UnitCode {
    type Error = InvalidUnitCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<UnitCode> for String {
    fn from(c: UnitCode) -> String {
        c.0
    }
}

impl fmt::Display for UnitCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_codes_are_short_lowercase_slugs() {
        assert!(UnitCode::parse("spoc").is_ok());
        assert!(UnitCode::parse("sirene-paris_2").is_ok());
        for bad in ["", "SPOC", "1spoc", "spoc desk", "é", &"a".repeat(41)] {
            assert!(UnitCode::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn every_unit_kind_round_trips() {
        for kind in UnitKind::ALL {
            assert_eq!(kind.as_str().parse::<UnitKind>(), Ok(kind));
        }
    }
}

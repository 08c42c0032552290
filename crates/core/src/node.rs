//! A node's identity as people see it: its name and country.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A node's name, unique in its networks, e.g. `de-bka` or `fr-dcpj`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NodeName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid node name `{0}`: use 2 to 63 lower-case letters, digits or `-`, starting with a letter (e.g. `de-bka`)"
)]
pub struct InvalidNodeName(pub String);

impl NodeName {
    /// Same alphabet as a DNS label, so the name can appear in certificates.
    pub fn parse(s: &str) -> Result<Self, InvalidNodeName> {
        let ok = (2..=63).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidNodeName(s.to_owned()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for NodeName {
    type Error = InvalidNodeName;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl From<NodeName> for String {
    fn from(n: NodeName) -> String {
        n.0
    }
}
impl fmt::Display for NodeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ISO 3166-1 alpha-2 country code, upper case (e.g. `DE`).
///
/// Only the shape is checked here; the codelist of assigned codes arrives with
/// the common data model.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid country code `{0}`: use the two-letter ISO 3166-1 alpha-2 code, e.g. DE, FR, NL")]
pub struct InvalidCountryCode(pub String);

impl CountryCode {
    pub fn parse(s: &str) -> Result<Self, InvalidCountryCode> {
        let upper = s.to_ascii_uppercase();
        if upper.len() == 2 && upper.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Self(upper))
        } else {
            Err(InvalidCountryCode(s.to_owned()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `ZZ`, which ISO 3166 never assigns: stands in for a country that is
    /// missing and already reported as an error.
    pub fn unassigned() -> Self {
        Self("ZZ".to_owned())
    }
}
impl TryFrom<String> for CountryCode {
    type Error = InvalidCountryCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.0
    }
}
impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_names_are_dns_labels() {
        assert!(NodeName::parse("de-bka").is_ok());
        for bad in ["d", "DE-BKA", "de_bka", "-de", "de-", "9de"] {
            assert!(NodeName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn country_codes_are_normalised_to_upper_case() {
        assert_eq!(CountryCode::parse("fr").unwrap().as_str(), "FR");
        for bad in ["F", "FRA", "F1", "ÉÉ"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad:?}");
        }
    }
}

macro_rules! string_schema {
    ($t:ty, $name:literal, $desc:literal, $pattern:literal) => {
        impl schemars::JsonSchema for $t {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "description": $desc, "pattern": $pattern })
            }
        }
    };
}

string_schema!(
    NodeName,
    "NodeName",
    "A node's name, e.g. de-bka",
    "^[a-z][a-z0-9-]{0,61}[a-z0-9]$"
);
string_schema!(
    CountryCode,
    "CountryCode",
    "ISO 3166-1 alpha-2 country code",
    "^[A-Z]{2}$"
);

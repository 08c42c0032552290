//! Handling codes (EU Manual on Law Enforcement Information Exchange, Council
//! doc 6261/18): the owner's restriction on what a receiver may do, carried by
//! every copy. The strictest code wins when records are combined.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum HandlingCode {
    /// Use only to prevent and combat crime.
    H0,
    /// Not to be disclosed in court without the provider's permission.
    H1,
    /// No dissemination without the provider's permission.
    H2,
    /// Other restrictions, stated in free text.
    H3,
}

impl HandlingCode {
    pub const ALL: [HandlingCode; 4] = [
        HandlingCode::H0,
        HandlingCode::H1,
        HandlingCode::H2,
        HandlingCode::H3,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            HandlingCode::H0 => "h0",
            HandlingCode::H1 => "h1",
            HandlingCode::H2 => "h2",
            HandlingCode::H3 => "h3",
        }
    }

    /// The stricter of two codes: what a combination of both must carry.
    pub fn strictest(self, other: HandlingCode) -> HandlingCode {
        self.max(other)
    }

    /// The TLP 2.0 label to export with, and Liaison's extra marking if any.
    /// Never `TLP:CLEAR`: law-enforcement data is never for everyone.
    pub const fn to_tlp(self) -> (&'static str, Option<&'static str>) {
        match self {
            HandlingCode::H0 => ("TLP:GREEN", None),
            HandlingCode::H1 => ("TLP:AMBER", Some("liaison:h1")),
            HandlingCode::H2 => ("TLP:AMBER+STRICT", None),
            HandlingCode::H3 => ("TLP:RED", None),
        }
    }

    /// The handling code for an incoming TLP label, taking the stricter side
    /// where the mapping is lossy (AMBER → h2).
    pub fn from_tlp(label: &str) -> Option<HandlingCode> {
        match label.trim().to_ascii_uppercase().as_str() {
            "TLP:CLEAR" | "TLP:WHITE" | "TLP:GREEN" => Some(HandlingCode::H0),
            "TLP:AMBER" | "TLP:AMBER+STRICT" => Some(HandlingCode::H2),
            "TLP:RED" => Some(HandlingCode::H3),
            _ => None,
        }
    }
}

impl fmt::Display for HandlingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown handling code `{0}`; expected h0, h1, h2 or h3")]
pub struct UnknownHandlingCode(pub String);

impl FromStr for HandlingCode {
    type Err = UnknownHandlingCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        HandlingCode::ALL
            .into_iter()
            .find(|c| c.as_str() == lower)
            .ok_or_else(|| UnknownHandlingCode(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tlp_mapping_follows_the_manual() {
        assert_eq!(HandlingCode::H1.to_tlp(), ("TLP:AMBER", Some("liaison:h1")));
        assert_eq!(HandlingCode::from_tlp("TLP:CLEAR"), Some(HandlingCode::H0));
        assert_eq!(HandlingCode::from_tlp("tlp:amber"), Some(HandlingCode::H2));
        assert_eq!(HandlingCode::from_tlp("TLP:RED"), Some(HandlingCode::H3));
        assert_eq!(HandlingCode::from_tlp("PAP:RED"), None);
        assert_eq!("H2".parse::<HandlingCode>(), Ok(HandlingCode::H2));
    }

    fn any_code() -> impl Strategy<Value = HandlingCode> {
        proptest::sample::select(HandlingCode::ALL.to_vec())
    }

    proptest! {
        /// Combining never loosens: the result is at least as strict as both.
        #[test]
        fn strictest_never_loosens(a in any_code(), b in any_code()) {
            let c = a.strictest(b);
            prop_assert!(c >= a && c >= b);
            prop_assert_eq!(c, b.strictest(a));
        }

        /// Export then import never makes a record less restricted.
        #[test]
        fn tlp_round_trip_never_loosens(a in any_code()) {
            let back = HandlingCode::from_tlp(a.to_tlp().0).unwrap();
            prop_assert!(back >= a || (a == HandlingCode::H1 && back == HandlingCode::H2));
            prop_assert!(back >= a);
        }
    }
}

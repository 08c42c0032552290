//! Roles, as named in the glossary. A role says what kind of work a user does;
//! [`crate::policy`] turns it into permissions.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// International cooperation desk (SPOC) officer.
    Officer,
    BorderGuard,
    Analyst,
    FiuAnalyst,
    /// Judicial authority.
    Prosecutor,
    /// Member of a joint investigation team.
    Investigator,
    /// Data-protection officer: reads the audit log, answers access requests.
    Dpo,
    /// Node operator: manages users, units, tokens; sees no case content by default.
    Admin,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Officer,
        Role::BorderGuard,
        Role::Analyst,
        Role::FiuAnalyst,
        Role::Prosecutor,
        Role::Investigator,
        Role::Dpo,
        Role::Admin,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::BorderGuard => "border_guard",
            Role::Analyst => "analyst",
            Role::FiuAnalyst => "fiu_analyst",
            Role::Prosecutor => "prosecutor",
            Role::Investigator => "investigator",
            Role::Dpo => "dpo",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown role `{0}`; expected one of: officer, border_guard, analyst, fiu_analyst, prosecutor, investigator, dpo, admin"
)]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("root".parse::<Role>().is_err());
    }
}

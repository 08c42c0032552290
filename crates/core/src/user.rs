//! Usernames and the password rule.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A login name: 3 to 64 characters of lower-case ASCII letters, digits, `.`, `-`, `_`.
///
/// ASCII only, so that two visually identical names cannot be two accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid username `{0}`: use 3 to 64 lower-case letters, digits, `.`, `-` or `_`, starting with a letter"
)]
pub struct InvalidUsername(pub String);

impl Username {
    pub fn parse(s: &str) -> Result<Self, InvalidUsername> {
        let ok = (3..=64).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_')
            });
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidUsername(s.to_owned()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = InvalidUsername;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Username> for String {
    fn from(u: Username) -> String {
        u.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shortest password accepted. Length beats composition rules (NIST SP 800-63B §3.1.1.2).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, so that hashing cannot be used to exhaust the server.
pub const MAX_PASSWORD_BYTES: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WeakPassword {
    #[error("password too short: at least {MIN_PASSWORD_CHARS} characters are required")]
    TooShort,
    #[error("password too long: at most {MAX_PASSWORD_BYTES} bytes")]
    TooLong,
    #[error("password must not be the username")]
    SameAsUsername,
    #[error("password is a single repeated character")]
    Repetitive,
}

/// Checks a new password against the node's rule. The password itself never
/// appears in the error, so errors are safe to log and show.
pub fn check_new_password(password: &str, username: &str) -> Result<(), WeakPassword> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(WeakPassword::TooLong);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(WeakPassword::TooShort);
    }
    if password.eq_ignore_ascii_case(username) {
        return Err(WeakPassword::SameAsUsername);
    }
    let mut chars = password.chars();
    if let Some(first) = chars.next()
        && chars.all(|c| c == first)
    {
        return Err(WeakPassword::Repetitive);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn usernames() {
        assert!(Username::parse("j.dupont").is_ok());
        for bad in ["ab", "Admin", "_x12", "jean dupont", "müller", "a;drop"] {
            assert!(Username::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn password_rule() {
        assert_eq!(
            check_new_password("short", "u"),
            Err(WeakPassword::TooShort)
        );
        assert_eq!(
            check_new_password("aaaaaaaaaaaaaaaa", "u"),
            Err(WeakPassword::Repetitive)
        );
        assert_eq!(
            check_new_password("officer.smith", "officer.smith"),
            Err(WeakPassword::SameAsUsername)
        );
        assert!(check_new_password("correct horse battery", "u").is_ok());
        // Counted in characters, not bytes: 12 Arabic letters are enough.
        assert!(check_new_password("كلمةالسرالطو", "u").is_ok());
    }

    proptest! {
        #[test]
        fn any_parsed_username_is_valid_ascii(s in "[a-z][a-z0-9._-]{2,63}") {
            let u = Username::parse(&s).unwrap();
            prop_assert_eq!(u.as_str(), s.as_str());
        }

        #[test]
        fn password_check_never_panics(s in any::<String>(), u in any::<String>()) {
            let _ = check_new_password(&s, &u);
        }
    }
}

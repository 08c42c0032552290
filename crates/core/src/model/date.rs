//! Dates that may be partial: a year, a year and month, or a full date
//! (ISO 8601 `YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Birth dates are often known
//! only in part; a missing day is not the 1st of the month.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601)")]
pub struct InvalidDate(pub String);

impl PartialDate {
    pub fn parse(s: &str) -> Result<PartialDate, InvalidDate> {
        let bad = || InvalidDate(s.to_owned());
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, InvalidDate> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(parts.first().copied().unwrap_or(""), 4)? as i32;
        if !(1800..=2200).contains(&year) {
            return Err(bad());
        }
        let month = parts
            .get(1)
            .map(|m| num(m, 2))
            .transpose()?
            .map(|m| m as u8);
        let day = parts
            .get(2)
            .map(|d| num(d, 2))
            .transpose()?
            .map(|d| d as u8);
        if parts.len() > 3 {
            return Err(bad());
        }
        if let Some(m) = month {
            let month = time::Month::try_from(m).map_err(|_| bad())?;
            if let Some(d) = day {
                time::Date::from_calendar_date(year, month, d).map_err(|_| bad())?;
            }
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn is_complete(&self) -> bool {
        self.day.is_some()
    }

    /// The full date, when it is complete.
    pub fn to_date(&self) -> Option<time::Date> {
        let m = time::Month::try_from(self.month?).ok()?;
        time::Date::from_calendar_date(self.year, m, self.day?).ok()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = InvalidDate;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn partial_dates() {
        assert_eq!(PartialDate::parse("1975").unwrap().to_string(), "1975");
        assert_eq!(
            PartialDate::parse("1975-03").unwrap().to_string(),
            "1975-03"
        );
        assert_eq!(
            PartialDate::parse("1975-03-09").unwrap().to_string(),
            "1975-03-09"
        );
        assert!(PartialDate::parse("2024-02-29").is_ok());
        for bad in [
            "",
            "75",
            "1975-3",
            "1975-13",
            "2023-02-29",
            "1975-03-09-01",
            "19a5",
            "0001",
            "1975/03/09",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad:?}");
        }
        assert!(PartialDate::parse("1975-03").unwrap() < PartialDate::parse("1975-03-01").unwrap());
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(y in 1800i32..2200, m in 1u8..=12, d in 1u8..=28) {
            for p in [PartialDate { year: y, month: None, day: None },
                      PartialDate { year: y, month: Some(m), day: None },
                      PartialDate { year: y, month: Some(m), day: Some(d) }] {
                prop_assert_eq!(PartialDate::parse(&p.to_string()).unwrap(), p);
            }
        }

        #[test]
        fn parse_never_panics(s in ".{0,20}") {
            let _ = PartialDate::parse(&s);
        }
    }
}

//! Dates of birth as documents and lists give them: full, year and month,
//! year only, or missing; and how two of them agree.

/// A date with the parts that are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

fn digits<T: std::str::FromStr>(p: &str) -> Option<T> {
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse().ok()
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also `YYYYMMDD`); anything else is
    /// no date.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let parts: Vec<&str> = if s.len() == 8 && !s.contains('-') {
            vec![&s[..4], &s[4..6], &s[6..]]
        } else {
            s.split('-').collect()
        };
        let year: u16 = digits(parts.first()?)?;
        if !(1000..=2999).contains(&year) || parts.len() > 3 {
            return None;
        }
        let month: Option<u8> = match parts.get(1) {
            Some(m) => Some(digits::<u8>(m).filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u8> = match parts.get(2) {
            Some(d) => Some(digits::<u8>(d).filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        Some(PartialDate { year, month, day })
    }
}

/// How two dates of birth relate, from strongest agreement to conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateAgreement {
    /// Year, month and day equal.
    Exact,
    /// Equal as far as both go (one gives only the year, or year and month).
    Partial,
    /// Day and month swapped (a US-style date read as European, or back).
    Swapped,
    /// One digit differs, or the year is one off with month and day equal.
    NearMiss,
    /// Both known and different.
    Different,
}

pub fn agreement(a: &PartialDate, b: &PartialDate) -> DateAgreement {
    let full = |d: &PartialDate| d.month.is_some() && d.day.is_some();
    if full(a) && full(b) {
        if a == b {
            return DateAgreement::Exact;
        }
        if a.year == b.year && a.month == b.day && a.day == b.month {
            return DateAgreement::Swapped;
        }
        let digits = |d: &PartialDate| {
            format!(
                "{:04}{:02}{:02}",
                d.year,
                d.month.unwrap_or(0),
                d.day.unwrap_or(0)
            )
        };
        let (da, db) = (digits(a), digits(b));
        let differing = da.bytes().zip(db.bytes()).filter(|(x, y)| x != y).count();
        if differing == 1 || (a.month == b.month && a.day == b.day && a.year.abs_diff(b.year) == 1)
        {
            return DateAgreement::NearMiss;
        }
        return DateAgreement::Different;
    }
    let months_agree = match (a.month, b.month) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let days_agree = match (a.day, b.day) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    if a.year == b.year && months_agree && days_agree {
        DateAgreement::Partial
    } else {
        DateAgreement::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn dates_parse_whole_or_partial() {
        assert_eq!(d("1975").month, None);
        assert_eq!(d("1975-03").month, Some(3));
        assert_eq!(d("19750312").day, Some(12));
        assert!(PartialDate::parse("1975-13-01").is_none());
        assert!(PartialDate::parse("").is_none());
        assert!(PartialDate::parse("03/12/1975").is_none());
    }

    #[test]
    fn dates_agree_in_degrees() {
        use DateAgreement::*;
        assert_eq!(agreement(&d("1975-03-12"), &d("1975-03-12")), Exact);
        assert_eq!(agreement(&d("1975"), &d("1975-03-12")), Partial);
        assert_eq!(agreement(&d("1975-03"), &d("1975-03-12")), Partial);
        assert_eq!(agreement(&d("1975-03-12"), &d("1975-12-03")), Swapped);
        assert_eq!(agreement(&d("1975-03-12"), &d("1976-03-12")), NearMiss);
        assert_eq!(agreement(&d("1975-03-12"), &d("1975-03-17")), NearMiss);
        assert_eq!(agreement(&d("1975-03-12"), &d("1981-07-02")), Different);
        assert_eq!(agreement(&d("1975"), &d("1976-03-12")), Different);
    }
}

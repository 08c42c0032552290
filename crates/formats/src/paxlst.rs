//! UN/EDIFACT PAXLST passenger and crew lists (advance passenger
//! information), as the WCO/IATA implementation guide describes them, read
//! into the rows `liaison screen` compares: one per passenger or crew
//! member (segment group 4, `NAD+FL`, `NAD+FM`, `NAD+DDT`, `NAD+DDU`,
//! `NAD+COT`), with the name, date of birth (`DTM+329`), gender (`ATT+2`),
//! nationality (`NAT+2`) and travel document (`DOC`, segment group 5).
//!
//! Input is from outside: sizes are bounded, every character is accounted
//! for, and anything malformed is an error naming the segment.

use crate::screening::ScreeningRow;

/// Larger messages are refused (a wide-body aircraft's list is ~100 KiB).
pub const MAX_BYTES: usize = 32 << 20;
/// Persons in one interchange.
pub const MAX_PERSONS: usize = 100_000;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PaxlstError {
    #[error("the message is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("not a PAXLST interchange: {0}")]
    NotPaxlst(&'static str),
    #[error("segment {index} ({tag}): {reason}")]
    Segment {
        index: usize,
        tag: String,
        reason: &'static str,
    },
    #[error("more than {MAX_PERSONS} persons")]
    TooManyPersons,
}

/// The service characters (UNA, or the defaults `:+.? '`).
#[derive(Clone, Copy)]
struct Separators {
    component: char,
    element: char,
    release: char,
    segment: char,
}

const DEFAULT: Separators = Separators {
    component: ':',
    element: '+',
    release: '?',
    segment: '\'',
};

/// One segment: its elements, each a list of components, with release
/// characters resolved.
type Segment = Vec<Vec<String>>;

fn segments(text: &str) -> Result<Vec<Segment>, PaxlstError> {
    let (sep, body) = match text.trim_start().strip_prefix("UNA") {
        Some(rest) => {
            let c: Vec<char> = rest.chars().take(6).collect();
            if c.len() < 6 {
                return Err(PaxlstError::NotPaxlst("UNA is shorter than six characters"));
            }
            let sep = Separators {
                component: c[0],
                element: c[1],
                release: c[3],
                segment: c[5],
            };
            let skip: usize = c.iter().map(|ch| ch.len_utf8()).sum();
            (sep, &rest[skip..])
        }
        None => (DEFAULT, text),
    };
    let mut out: Vec<Segment> = vec![];
    let mut segment: Segment = vec![vec![String::new()]];
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == sep.release {
            match chars.next() {
                Some(escaped) => push_char(&mut segment, escaped),
                None => break,
            }
        } else if c == sep.segment {
            let done = std::mem::replace(&mut segment, vec![vec![String::new()]]);
            if !(done.len() == 1 && done[0].len() == 1 && done[0][0].trim().is_empty()) {
                out.push(done);
            }
        } else if c == sep.element {
            segment.push(vec![String::new()]);
        } else if c == sep.component {
            if let Some(e) = segment.last_mut() {
                e.push(String::new());
            }
        } else if c == '\r' || c == '\n' {
            // Line breaks between segments are common and mean nothing.
        } else {
            push_char(&mut segment, c);
        }
    }
    if !(segment.len() == 1 && segment[0].len() == 1 && segment[0][0].trim().is_empty()) {
        out.push(segment);
    }
    Ok(out)
}

fn push_char(segment: &mut Segment, c: char) {
    if let Some(component) = segment.last_mut().and_then(|e| e.last_mut()) {
        component.push(c);
    }
}

fn get(s: &Segment, element: usize, component: usize) -> &str {
    s.get(element)
        .and_then(|e| e.get(component))
        .map(|c| c.trim())
        .unwrap_or("")
}

/// Party qualifiers of persons travelling: passenger, crew member, and the
/// in-transit and crew-on-board variants.
const PERSON_QUALIFIERS: [&str; 5] = ["FL", "FM", "DDT", "DDU", "COT"];

/// A date of birth `YYMMDD` (or `CCYYMMDD` with format 102) as ISO 8601.
/// Two-digit years above `this_year % 100` are of the last century.
fn birth_date(value: &str, format: &str, this_year: u16) -> Option<String> {
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    match (value.len(), format) {
        (8, _) if digits => Some(format!("{}-{}-{}", &value[..4], &value[4..6], &value[6..])),
        (6, "" | "101") if digits => {
            let yy: u16 = value[..2].parse().ok()?;
            let century = if yy > this_year % 100 { 1900 } else { 2000 };
            Some(format!("{}-{}-{}", century + yy, &value[2..4], &value[4..]))
        }
        _ => None,
    }
}

/// The persons of a PAXLST interchange, in order; `this_year` decides the
/// century of two-digit years of birth.
pub fn read(text: &str, this_year: u16) -> Result<Vec<ScreeningRow>, PaxlstError> {
    if text.len() > MAX_BYTES {
        return Err(PaxlstError::TooLarge);
    }
    let segments = segments(text)?;
    let is_paxlst = segments
        .iter()
        .any(|s| get(s, 0, 0) == "UNH" && get(s, 2, 0) == "PAXLST");
    if !is_paxlst {
        return Err(PaxlstError::NotPaxlst(
            "no UNH segment of message type PAXLST",
        ));
    }
    let mut persons: Vec<ScreeningRow> = vec![];
    let mut current: Option<ScreeningRow> = None;
    for (index, s) in segments.iter().enumerate() {
        let tag = get(s, 0, 0);
        let bad = |reason| PaxlstError::Segment {
            index: index + 1,
            tag: tag.to_owned(),
            reason,
        };
        match tag {
            "NAD" if PERSON_QUALIFIERS.contains(&get(s, 1, 0)) => {
                persons.extend(current.take());
                if persons.len() >= MAX_PERSONS {
                    return Err(PaxlstError::TooManyPersons);
                }
                let name = s.get(4).ok_or_else(|| bad("a person without a name"))?;
                let surname = name.first().map(|c| c.trim()).unwrap_or("");
                let given: Vec<&str> = name
                    .iter()
                    .skip(1)
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect();
                if surname.is_empty() && given.is_empty() {
                    return Err(bad("a person without a name"));
                }
                current = Some(ScreeningRow {
                    id: format!("P{:05}", persons.len() + 1),
                    surname: surname.to_owned(),
                    given_names: given.join(" "),
                    script: "latin".into(),
                    ..ScreeningRow::default()
                });
            }
            "NAD" | "CNT" | "UNT" => {
                persons.extend(current.take());
            }
            _ => {}
        }
        let Some(p) = current.as_mut() else {
            continue;
        };
        match (tag, get(s, 1, 0)) {
            ("DTM", "329") => {
                p.date_of_birth = birth_date(get(s, 1, 1), get(s, 1, 2), this_year)
                    .ok_or_else(|| bad("date of birth is not YYMMDD or CCYYMMDD"))?;
            }
            ("ATT", "2") => {
                p.gender = match get(s, 3, 0) {
                    "M" => "M",
                    "F" => "F",
                    _ => "",
                }
                .to_owned();
            }
            ("NAT", "2") => p.nationality = get(s, 2, 0).to_owned(),
            ("DOC", _) if p.document_number.is_empty() => {
                p.document_number = get(s, 2, 0).to_owned();
            }
            ("RFF", "AVF" | "ABO") if !get(s, 1, 1).is_empty() => {
                // The booking reference makes the row traceable.
                p.id = format!("{}-{}", p.id, get(s, 1, 1));
            }
            _ => {}
        }
    }
    persons.extend(current.take());
    Ok(persons)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "UNA:+.? '\
UNB+UNOA:4+AIRLINE1:ZZ+USCSAPIS:ZZ+100607:0900+000000001++USADT'\
UNG+PAXLST+AIRLINE1+USCSAPIS+100607:0900+1+UN+D:05B'\
UNH+PAX001+PAXLST:D:05B:UN:IATA+API01+01'\
BGM+745'\
NAD+MS+++JONES'\
TDT+20+UA123+++UA'\
LOC+125+FRA'\
DTM+189:1006071200:201'\
LOC+87+IAD'\
NAD+FL+++PETROV:IVAN:SERGEYEVICH'\
ATT+2++M'\
DTM+329:750312'\
NAT+2+RUS'\
RFF+AVF:ABC123'\
DOC+P:110:111+7512345678'\
DTM+36:251231'\
LOC+91+RUS'\
NAD+FL+++O?'BRIEN:SEAN'\
ATT+2++M'\
DTM+329:19051224:102'\
NAT+2+IRL'\
DOC+P:110:111+PA1234567'\
NAD+FM+++DUPONT:MARIE'\
DTM+329:010203'\
CNT+42:3'\
UNT+25+PAX001'\
UNE+1+1'\
UNZ+1+000000001'";

    #[test]
    fn passengers_and_crew_are_read() {
        let rows = read(SAMPLE, 2026).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].surname, "PETROV");
        assert_eq!(rows[0].given_names, "IVAN SERGEYEVICH");
        assert_eq!(rows[0].date_of_birth, "1975-03-12");
        assert_eq!(rows[0].gender, "M");
        assert_eq!(rows[0].nationality, "RUS");
        assert_eq!(rows[0].document_number, "7512345678");
        assert_eq!(rows[0].id, "P00001-ABC123");
        assert_eq!(rows[1].surname, "O'BRIEN", "release character");
        assert_eq!(rows[1].date_of_birth, "1905-12-24");
        assert_eq!(rows[2].date_of_birth, "2001-02-03");
        assert_eq!(rows[2].document_number, "");
    }

    #[test]
    fn malformed_input_is_refused_with_a_reason() {
        assert!(matches!(
            read("hello", 2026),
            Err(PaxlstError::NotPaxlst(_))
        ));
        let bad_date = SAMPLE.replace("DTM+329:750312", "DTM+329:75AB12");
        let e = read(&bad_date, 2026).unwrap_err();
        assert!(e.to_string().contains("DTM"), "{e}");
        assert!(read("UNA:+", 2026).is_err());
    }
}

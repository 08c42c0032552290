//! Watchlists and passenger lists as CSV, the files `liaison screen` reads:
//! header `id,given_names,surname,full_name_native,script,date_of_birth,
//! nationality,gender,document_number`. Columns are found by name, in any
//! order; `id` is required, the others may be absent or empty. Alert files
//! (`liaison alert import`) add `category`, `action`, `valid_until` and
//! `handling_code`; `id` is then the owner's reference of the alert.

use std::io::Read;

/// The columns, in the order the format defines them; the last four are
/// read for alerts only.
pub const COLUMNS: [&str; 13] = [
    "id",
    "given_names",
    "surname",
    "full_name_native",
    "script",
    "date_of_birth",
    "nationality",
    "gender",
    "document_number",
    "category",
    "action",
    "valid_until",
    "handling_code",
];

/// One person of a list, as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScreeningRow {
    pub id: String,
    pub given_names: String,
    pub surname: String,
    pub full_name_native: String,
    pub script: String,
    pub date_of_birth: String,
    pub nationality: String,
    pub gender: String,
    pub document_number: String,
    /// Alerts only: what the alert asks for, what to do, until when, and
    /// its handling code (empty when the file does not say).
    pub category: String,
    pub action: String,
    pub valid_until: String,
    pub handling_code: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ScreeningCsvError {
    #[error("line {line}: {reason}")]
    Row { line: u64, reason: String },
    #[error("the header has no `id` column (expected {})", COLUMNS[..9].join(","))]
    NoId,
    #[error("line {line}: id {id} appears twice")]
    DuplicateId { line: u64, id: String },
    #[error(transparent)]
    Csv(#[from] csv::Error),
}

/// Reads a whole list; the first bad row stops it with its line number.
pub fn read(input: impl Read) -> Result<Vec<ScreeningRow>, ScreeningCsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers = reader.headers()?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
    };
    let index: Vec<Option<usize>> = COLUMNS.iter().map(|c| column(c)).collect();
    if index[0].is_none() {
        return Err(ScreeningCsvError::NoId);
    }
    let mut rows = vec![];
    let mut seen = std::collections::HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| ScreeningCsvError::Row {
            line: e.position().map_or(0, |p| p.line()),
            reason: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |i: usize| {
            index[i]
                .and_then(|c| record.get(c))
                .unwrap_or_default()
                .to_owned()
        };
        let row = ScreeningRow {
            id: get(0),
            given_names: get(1),
            surname: get(2),
            full_name_native: get(3),
            script: get(4),
            date_of_birth: get(5),
            nationality: get(6),
            gender: get(7),
            document_number: get(8),
            category: get(9),
            action: get(10),
            valid_until: get(11),
            handling_code: get(12),
        };
        if row.id.is_empty() {
            return Err(ScreeningCsvError::Row {
                line,
                reason: "empty id".into(),
            });
        }
        if !seen.insert(row.id.clone()) {
            return Err(ScreeningCsvError::DuplicateId { line, id: row.id });
        }
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_found_by_name_and_bad_rows_named() {
        let csv = "surname,id,given_names\nPetrov,T1,Ivan\n\"O'Brien, Jr\",T2,Seán\n";
        let rows = read(csv.as_bytes()).unwrap();
        assert_eq!(rows[0].id, "T1");
        assert_eq!(rows[1].surname, "O'Brien, Jr");
        assert_eq!(rows[1].date_of_birth, "");
        assert!(matches!(
            read("name\nx\n".as_bytes()),
            Err(ScreeningCsvError::NoId)
        ));
        let e = read("id,surname\nT1,A\nT1,B\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("line 3"), "{e}");
        let e = read("id,surname\nT1,A,extra\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }
}

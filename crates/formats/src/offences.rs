//! National offence tables from CSV: `code,label,iccs,list_offence,ecris`,
//! ICCS codes separated by `;`. Validated whole, like record imports.

use crate::rows::RowError;
use liaison_core::model::Problems;
use liaison_core::model::offence::NationalOffence;
use liaison_core::node::CountryCode;
use std::io::Read;

pub const COLUMNS: [&str; 5] = ["code", "label", "iccs", "list_offence", "ecris"];

pub fn read(
    country: &CountryCode,
    input: impl Read,
) -> Result<Vec<NationalOffence>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| {
            vec![RowError {
                line: 1,
                column: String::new(),
                reason: format!("cannot read the header: {e}"),
            }]
        })?
        .clone();
    let mut errors: Vec<RowError> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(h))
        .map(|h| RowError {
            line: 1,
            column: h.to_owned(),
            reason: format!("unknown column; the columns are: {}", COLUMNS.join(", ")),
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out = vec![];
    let mut seen = std::collections::HashMap::new();
    for (i, row) in reader.records().enumerate() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError {
                    line: i + 2,
                    column: String::new(),
                    reason: format!("malformed CSV: {e}"),
                });
                continue;
            }
        };
        let line = row.position().map(|p| p.line() as usize).unwrap_or(i + 2);
        let get = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| row.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let offence = NationalOffence {
            country: country.clone(),
            code: get("code").unwrap_or_default(),
            label: get("label").unwrap_or_default(),
            iccs: get("iccs")
                .map(|v| {
                    v.split(';')
                        .map(|c| c.trim().to_owned())
                        .filter(|c| !c.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            list_offence: get("list_offence"),
            ecris: get("ecris"),
        };
        let mut p = Problems::default();
        offence.check(&mut p);
        errors.extend(p.0.into_iter().map(|fe| RowError {
            line,
            column: fe.field,
            reason: fe.message,
        }));
        if let Some(first) = seen.insert(offence.code.clone(), line) {
            errors.push(RowError {
                line,
                column: "code".into(),
                reason: format!("`{}` is already defined on line {first}", offence.code),
            });
        }
        out.push(offence);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

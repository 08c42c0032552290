//! Reading a whole import file: every row is parsed and validated before
//! anything is written, so a file is accepted whole or rejected whole with a
//! report of every problem (line, column, reason).

use crate::rows::{self, Defaults, ImportKind, ParsedRow, PendingLink, RowError};
use liaison_core::model::NewRecord;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

impl InputFormat {
    /// From a file name: `.jsonl`/`.ndjson` are JSON Lines, the rest CSV.
    pub fn from_path(path: &std::path::Path) -> InputFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl" | "ndjson") => InputFormat::Jsonl,
            _ => InputFormat::Csv,
        }
    }
}

/// A validated file, ready to be written in one transaction.
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub records: Vec<(usize, NewRecord, Vec<PendingLink>)>,
    /// Relation rows, with their line numbers.
    pub relations: Vec<(usize, PendingLink)>,
}

impl ImportBatch {
    pub fn len(&self) -> usize {
        self.records.len() + self.relations.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads and validates a whole file. `progress` is called with the number of
/// rows read so far.
pub fn read(
    kind: ImportKind,
    format: InputFormat,
    input: impl Read,
    defaults: &Defaults,
    mut progress: impl FnMut(usize),
) -> Result<ImportBatch, Vec<RowError>> {
    let mut batch = ImportBatch::default();
    let mut errors = vec![];
    let mut refs_seen: HashMap<String, usize> = HashMap::new();
    let allowed = rows::all_columns(kind);
    let mut accept = |line: usize, cells: BTreeMap<String, String>, errors: &mut Vec<RowError>| {
        // Checked on the raw cell, so a duplicate is reported even on rows
        // that are invalid for other reasons.
        if let Some(r) = cells
            .get("external_ref")
            .map(|r| r.trim())
            .filter(|r| !r.is_empty())
            && let Some(first) = refs_seen.insert(r.to_owned(), line)
        {
            errors.push(RowError {
                line,
                column: "external_ref".into(),
                reason: format!("`{r}` is already used on line {first}"),
            });
        }
        match rows::parse_row(kind, line, &cells, defaults) {
            Ok(ParsedRow::Record { record, links }) => batch.records.push((line, record, links)),
            Ok(ParsedRow::Relation(l)) => batch.relations.push((line, l)),
            Err(e) => errors.extend(e),
        }
    };
    match format {
        InputFormat::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .flexible(false)
                .trim(csv::Trim::All)
                .from_reader(input);
            let headers = match reader.headers() {
                Ok(h) => h.clone(),
                Err(e) => {
                    return Err(vec![RowError {
                        line: 1,
                        column: String::new(),
                        reason: format!("cannot read the header: {e}"),
                    }]);
                }
            };
            for h in &headers {
                if !allowed.contains(&h) {
                    errors.push(RowError {
                        line: 1,
                        column: h.to_owned(),
                        reason: format!(
                            "unknown column; the columns of `{}` are: {}",
                            kind_name(kind),
                            allowed.join(", ")
                        ),
                    });
                }
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            for (i, result) in reader.records().enumerate() {
                match result {
                    Ok(record) => {
                        let line = record
                            .position()
                            .map(|p| p.line() as usize)
                            .unwrap_or(i + 2);
                        let cells = headers
                            .iter()
                            .zip(record.iter())
                            .map(|(h, v)| (h.to_owned(), v.to_owned()))
                            .collect();
                        accept(line, cells, &mut errors);
                    }
                    Err(e) => {
                        let line = e.position().map(|p| p.line() as usize).unwrap_or(i + 2);
                        errors.push(RowError {
                            line,
                            column: String::new(),
                            reason: format!("malformed CSV: {e}"),
                        });
                    }
                }
                progress(i + 1);
            }
        }
        InputFormat::Jsonl => {
            let reader = std::io::BufReader::new(input);
            for (i, line) in reader.lines().enumerate() {
                let n = i + 1;
                let text = match line {
                    Ok(t) => t,
                    Err(e) => {
                        errors.push(RowError {
                            line: n,
                            column: String::new(),
                            reason: format!("cannot read: {e}"),
                        });
                        break;
                    }
                };
                if text.trim().is_empty() {
                    continue;
                }
                match json_cells(&text, &allowed) {
                    Ok(cells) => accept(n, cells, &mut errors),
                    Err(e) => errors.push(RowError {
                        line: n,
                        column: e.0,
                        reason: e.1,
                    }),
                }
                progress(n);
            }
        }
    }
    if errors.is_empty() {
        Ok(batch)
    } else {
        Err(errors)
    }
}

fn kind_name(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Relation => "relation",
        ImportKind::Record(k) => k.as_str(),
    }
}

/// One JSON object per line, with the same names as the CSV columns; list
/// columns may be JSON arrays.
fn json_cells(text: &str, allowed: &[&str]) -> Result<BTreeMap<String, String>, (String, String)> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| (String::new(), format!("not JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| (String::new(), "each line must be a JSON object".to_owned()))?;
    let mut cells = BTreeMap::new();
    for (k, v) in obj {
        if !allowed.contains(&k.as_str()) {
            return Err((
                k.clone(),
                format!("unknown field; the fields are: {}", allowed.join(", ")),
            ));
        }
        let sep = if matches!(k.as_str(), "aliases" | "identifying_marks") {
            "|"
        } else {
            ";"
        };
        let s = match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Array(items) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| i.to_string())
                })
                .collect::<Vec<_>>()
                .join(sep),
            serde_json::Value::Object(_) => {
                return Err((k.clone(), "must be a string, number or list".into()));
            }
        };
        cells.insert(k.clone(), s);
    }
    Ok(cells)
}

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

/// Reads a file row by row: each call to `next` parses and validates one
/// row. Streaming, so a million-row file is never held in memory.
pub struct RowReader<'d, R: Read> {
    kind: ImportKind,
    defaults: &'d Defaults,
    allowed: Vec<&'static str>,
    source: Source<R>,
    /// Problems with the file itself (header), reported before any row.
    pub header_errors: Vec<RowError>,
}

enum Source<R: Read> {
    Csv {
        headers: Vec<String>,
        records: csv::StringRecordsIntoIter<R>,
        index: usize,
    },
    Jsonl {
        lines: std::io::Lines<std::io::BufReader<R>>,
        index: usize,
    },
}

/// One row of the file.
pub struct Row {
    /// Line number (1 is the header in CSV).
    pub line: usize,
    /// The raw `external_ref` cell, so that duplicates can be reported even
    /// on rows that are invalid for other reasons.
    pub external_ref: Option<String>,
    pub parsed: Result<ParsedRow, Vec<RowError>>,
}

fn raw_ref(cells: &BTreeMap<String, String>) -> Option<String> {
    cells
        .get("external_ref")
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
}

impl<'d, R: Read> RowReader<'d, R> {
    pub fn new(kind: ImportKind, format: InputFormat, input: R, defaults: &'d Defaults) -> Self {
        let allowed = rows::all_columns(kind);
        let mut header_errors = vec![];
        let source = match format {
            InputFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(false)
                    .trim(csv::Trim::All)
                    .from_reader(input);
                let headers: Vec<String> = match reader.headers() {
                    Ok(h) => h.iter().map(str::to_owned).collect(),
                    Err(e) => {
                        header_errors.push(RowError {
                            line: 1,
                            column: String::new(),
                            reason: format!("cannot read the header: {e}"),
                        });
                        vec![]
                    }
                };
                for h in &headers {
                    if !allowed.contains(&h.as_str()) {
                        header_errors.push(RowError {
                            line: 1,
                            column: h.clone(),
                            reason: format!(
                                "unknown column; the columns of `{}` are: {}",
                                kind_name(kind),
                                allowed.join(", ")
                            ),
                        });
                    }
                }
                Source::Csv {
                    headers,
                    records: reader.into_records(),
                    index: 0,
                }
            }
            InputFormat::Jsonl => Source::Jsonl {
                lines: std::io::BufReader::new(input).lines(),
                index: 0,
            },
        };
        RowReader {
            kind,
            defaults,
            allowed,
            source,
            header_errors,
        }
    }

    /// The next row, or `None` at the end of the file (or after a header error).
    pub fn next_row(&mut self) -> Option<Row> {
        if !self.header_errors.is_empty() {
            return None;
        }
        let (kind, defaults) = (self.kind, self.defaults);
        match &mut self.source {
            Source::Csv {
                headers,
                records,
                index,
            } => {
                let result = records.next()?;
                *index += 1;
                Some(match result {
                    Ok(record) => {
                        let line = record
                            .position()
                            .map(|p| p.line() as usize)
                            .unwrap_or(*index + 1);
                        let cells = headers
                            .iter()
                            .zip(record.iter())
                            .map(|(h, v)| (h.clone(), v.to_owned()))
                            .collect();
                        Row {
                            line,
                            external_ref: raw_ref(&cells),
                            parsed: rows::parse_row(kind, line, &cells, defaults),
                        }
                    }
                    Err(e) => {
                        let line = e
                            .position()
                            .map(|p| p.line() as usize)
                            .unwrap_or(*index + 1);
                        Row {
                            line,
                            external_ref: None,
                            parsed: Err(vec![RowError {
                                line,
                                column: String::new(),
                                reason: format!("malformed CSV: {e}"),
                            }]),
                        }
                    }
                })
            }
            Source::Jsonl { lines, index } => loop {
                let text = lines.next()?;
                *index += 1;
                let n = *index;
                let text = match text {
                    Ok(t) => t,
                    Err(e) => {
                        return Some(Row {
                            line: n,
                            external_ref: None,
                            parsed: Err(vec![RowError {
                                line: n,
                                column: String::new(),
                                reason: format!("cannot read: {e}"),
                            }]),
                        });
                    }
                };
                if text.trim().is_empty() {
                    continue;
                }
                return Some(match json_cells(&text, &self.allowed) {
                    Ok(cells) => Row {
                        line: n,
                        external_ref: raw_ref(&cells),
                        parsed: rows::parse_row(kind, n, &cells, defaults),
                    },
                    Err(e) => Row {
                        line: n,
                        external_ref: None,
                        parsed: Err(vec![RowError {
                            line: n,
                            column: e.0,
                            reason: e.1,
                        }]),
                    },
                });
            },
        }
    }
}

/// Reads and validates a whole file into memory. `progress` is called with
/// the number of rows read so far. (Large imports use [`RowReader`] twice
/// instead: validate, then write.)
pub fn read(
    kind: ImportKind,
    format: InputFormat,
    input: impl Read,
    defaults: &Defaults,
    mut progress: impl FnMut(usize),
) -> Result<ImportBatch, Vec<RowError>> {
    let mut reader = RowReader::new(kind, format, input, defaults);
    let mut errors = std::mem::take(&mut reader.header_errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut batch = ImportBatch::default();
    let mut refs_seen: HashMap<String, usize> = HashMap::new();
    let mut n = 0;
    while let Some(Row {
        line,
        external_ref,
        parsed,
    }) = reader.next_row()
    {
        n += 1;
        if let Some(r) = external_ref
            && let Some(first) = refs_seen.insert(r.clone(), line)
        {
            errors.push(RowError {
                line,
                column: "external_ref".into(),
                reason: format!("`{r}` is already used on line {first}"),
            });
        }
        match parsed {
            Ok(ParsedRow::Record { record, links }) => batch.records.push((line, record, links)),
            Ok(ParsedRow::Relation(l)) => batch.relations.push((line, l)),
            Err(e) => errors.extend(e),
        }
        progress(n);
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

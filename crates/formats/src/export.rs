//! Writing records as CSV or JSON Lines, in the import columns, so that an
//! export can be imported again.

use crate::rows::{self, ImportKind};
use liaison_core::model::{NewRecord, RecordKind};
use std::collections::BTreeMap;
use std::io::Write;

/// A stored record with the external references of the records it links to.
pub struct ExportItem<'a> {
    pub record: &'a NewRecord,
    /// e.g. `holder_ref` → `P-17`.
    pub refs: BTreeMap<&'static str, String>,
}

pub fn write_csv<'a>(
    kind: RecordKind,
    items: impl IntoIterator<Item = ExportItem<'a>>,
    out: impl Write,
) -> std::io::Result<()> {
    let columns = rows::all_columns(ImportKind::Record(kind));
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&columns)?;
    for item in items {
        let row = rows::record_row(item.record, &item.refs);
        w.write_record(
            columns
                .iter()
                .map(|c| row.get(c).map(String::as_str).unwrap_or("")),
        )?;
    }
    w.flush()
}

pub fn write_jsonl<'a>(
    items: impl IntoIterator<Item = ExportItem<'a>>,
    mut out: impl Write,
) -> std::io::Result<()> {
    for item in items {
        let row = rows::record_row(item.record, &item.refs);
        let obj: serde_json::Map<String, serde_json::Value> = row
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v)))
            .collect();
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

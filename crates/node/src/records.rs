//! Records of the common model: import and export. The web pages, the API
//! and the CLI share these functions, so that validation, atomicity and audit
//! are the same whichever way data comes in or goes out.

use crate::audit_log::{AuditError, AuditLog};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::model::{RecordId, RecordKind};
use liaison_core::policy::{Action, Permit};
use liaison_formats::export::{self as fexport, ExportItem};
use liaison_formats::ftm;
use liaison_formats::import::{InputFormat, Row, RowReader};
use liaison_formats::rows::{Defaults, ImportKind, ParsedRow, PendingLink, Ref, RowError};
use liaison_store::records::RecordInsert;
use liaison_store::{Store, StoreError};
use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};

#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    #[error("the file was rejected: {} problem(s); nothing was written", .0.len())]
    Rejected(Vec<RowError>),
    #[error(transparent)]
    Policy(#[from] liaison_core::policy::PolicyError),
    #[error("reading or writing a file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file changed while it was being imported; nothing was written")]
    Changed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Audit(#[from] AuditError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOutcome {
    pub records: usize,
    pub relations: usize,
}

/// Progress of a long import or export: (phase, done so far).
pub type Progress<'a> = &'a mut (dyn FnMut(&'static str, usize) + Send);

/// Imports at least this large refresh the database's statistics.
const STATISTICS_AFTER: usize = 10_000;

/// What to import and how to read it.
pub struct ImportSpec<'a> {
    pub kind: ImportKind,
    pub format: InputFormat,
    /// Values for columns a row leaves empty.
    pub defaults: &'a Defaults,
    /// The file's name, for the audit log.
    pub source_name: &'a str,
}

/// Validates a whole file, resolves its references, and writes it in one
/// transaction, or writes nothing and returns every problem.
///
/// The file is read twice, streaming: once to validate every row and
/// collect references, once to write in batches. `open` gives a fresh reader
/// each time. Memory grows with the number of references, not of rows.
pub async fn import<R: Read>(
    store: &Store,
    audit: &AuditLog,
    permit: &Permit,
    spec: &ImportSpec<'_>,
    mut open: impl FnMut() -> std::io::Result<R>,
    progress: Progress<'_>,
) -> Result<ImportOutcome, RecordsError> {
    debug_assert_eq!(permit.action(), Action::ImportRecords);
    let ImportSpec {
        kind,
        format,
        defaults,
        source_name,
    } = *spec;

    // Pass 1: validate every row; give every record its id.
    let mut reader = RowReader::new(kind, format, open()?, defaults);
    let mut errors = std::mem::take(&mut reader.header_errors);
    if !errors.is_empty() {
        return Err(RecordsError::Rejected(errors));
    }
    let mut ids: Vec<RecordId> = vec![];
    let mut local: HashMap<String, (RecordId, usize)> = HashMap::new();
    let mut links: Vec<(usize, RecordId, PendingLink)> = vec![];
    let mut relation_rows: Vec<(usize, PendingLink)> = vec![];
    let mut rows = 0usize;
    while let Some(Row {
        line,
        external_ref,
        parsed,
    }) = reader.next_row()
    {
        rows += 1;
        // Checked on the raw cell, so a duplicate is reported even on rows
        // that are invalid for other reasons.
        let id = RecordId::generate();
        if let Some(r) = external_ref {
            if let Some((_, first)) = local.get(&r) {
                errors.push(RowError {
                    line,
                    column: "external_ref".into(),
                    reason: format!("`{r}` is already used on line {first}"),
                });
            } else {
                local.insert(r, (id, line));
            }
        }
        match parsed {
            Ok(ParsedRow::Record {
                links: row_links, ..
            }) => {
                links.extend(row_links.into_iter().map(|l| (line, id, l)));
                ids.push(id);
            }
            Ok(ParsedRow::Relation(l)) => relation_rows.push((line, l)),
            Err(e) => errors.extend(e),
        }
        if rows.is_multiple_of(1000) {
            progress("validating", rows);
        }
    }
    progress("validating", rows);

    // References: to rows of this file, or to records already in the node.
    let wanted: Vec<String> = links
        .iter()
        .map(|(_, _, l)| l)
        .chain(relation_rows.iter().map(|(_, l)| l))
        .flat_map(|l| [&l.from, &l.to])
        .filter_map(|r| match r {
            Ref::External(x) if !local.contains_key(x) => Some(x.clone()),
            _ => None,
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let existing = store
        .ids_by_external_ref(defaults.owner_node.as_str(), &wanted)
        .await?;
    let resolve = |r: &Ref, this: Option<RecordId>| -> Option<RecordId> {
        match r {
            Ref::ThisRow => this,
            Ref::External(x) => local
                .get(x)
                .map(|(id, _)| *id)
                .or_else(|| existing.get(x).copied()),
        }
    };
    // Links come only from record rows, through their kind's link column.
    let column = match kind {
        ImportKind::Record(k) => liaison_formats::rows::link_column(k).unwrap_or("external_ref"),
        ImportKind::Relation => "from_ref",
    };
    let mut relations = vec![];
    for (line, id, l) in &links {
        match (resolve(&l.from, Some(*id)), resolve(&l.to, Some(*id))) {
            (Some(f), Some(t)) => relations.push((l.kind, f, t)),
            _ => errors.push(RowError {
                line: *line,
                column: column.into(),
                reason: format!("no record with external_ref `{}`", unresolved(l)),
            }),
        }
    }
    for (line, l) in &relation_rows {
        match (resolve(&l.from, None), resolve(&l.to, None)) {
            (Some(f), Some(t)) => relations.push((l.kind, f, t)),
            (None, _) => errors.push(RowError {
                line: *line,
                column: "from_ref".into(),
                reason: format!("no record with external_ref `{}`", ext(&l.from)),
            }),
            (_, None) => errors.push(RowError {
                line: *line,
                column: "to_ref".into(),
                reason: format!("no record with external_ref `{}`", ext(&l.to)),
            }),
        }
    }
    // References already used by records in the node would break uniqueness.
    let new_refs: Vec<String> = local.keys().cloned().collect();
    let taken = store
        .ids_by_external_ref(defaults.owner_node.as_str(), &new_refs)
        .await?;
    for (r, (_, line)) in &local {
        if taken.contains_key(r) {
            errors.push(RowError {
                line: *line,
                column: "external_ref".into(),
                reason: format!("`{r}` is already used by a record in this node"),
            });
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(RecordsError::Rejected(errors));
    }

    // Pass 2: write, in batches, in one transaction.
    let actor = permit.actor().name.clone();
    let mut writer = store.begin_import(&actor).await?;
    let mut reader = RowReader::new(kind, format, open()?, defaults);
    let mut batch: Vec<RecordInsert> = Vec::with_capacity(liaison_store::import_writer::BATCH_ROWS);
    let mut next_id = ids.into_iter();
    let mut written = 0usize;
    while let Some(Row { parsed, .. }) = reader.next_row() {
        // The same bytes as in pass 1 (unless the file changed in between,
        // which the id count check below catches).
        if let Ok(ParsedRow::Record { record, .. }) = parsed {
            let Some(id) = next_id.next() else {
                return Err(RecordsError::Changed);
            };
            let name_tokens = record.entity.name_tokens();
            batch.push(RecordInsert {
                id,
                record,
                name_tokens,
            });
            if batch.len() == liaison_store::import_writer::BATCH_ROWS {
                writer.write_records(&batch).await?;
                written += batch.len();
                batch.clear();
                progress("writing", written);
            }
        }
    }
    if next_id.next().is_some() {
        return Err(RecordsError::Changed);
    }
    writer.write_records(&batch).await?;
    written += batch.len();
    writer.write_relations(&relations).await?;
    writer.commit().await?;
    if written >= STATISTICS_AFTER {
        store.refresh_statistics().await?;
    }
    progress("writing", written);
    let outcome = ImportOutcome {
        records: written,
        relations: relations.len(),
    };
    audit
        .record(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::RecordsImported,
                Outcome::Success,
            )
            .target(format!("records:{}", kind_name(kind)))
            .detail(format!(
                "file={source_name} records={} relations={}",
                outcome.records, outcome.relations
            )),
        )
        .await?;
    Ok(outcome)
}

fn ext(r: &Ref) -> &str {
    match r {
        Ref::External(x) => x,
        Ref::ThisRow => "",
    }
}

fn unresolved(l: &liaison_formats::rows::PendingLink) -> &str {
    match (&l.from, &l.to) {
        (Ref::External(x), _) => x,
        (_, Ref::External(x)) => x,
        _ => "",
    }
}

fn kind_name(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Relation => "relation",
        ImportKind::Record(k) => k.as_str(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Jsonl,
    Ftm,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "csv" => Ok(ExportFormat::Csv),
            "jsonl" => Ok(ExportFormat::Jsonl),
            "ftm" => Ok(ExportFormat::Ftm),
            _ => Err(format!("unknown format `{s}`; expected csv, jsonl or ftm")),
        }
    }
}

/// What an export wrote.
#[derive(Debug, Default)]
pub struct ExportOutcome {
    pub records: usize,
    pub skipped: BTreeMap<&'static str, usize>,
}

/// Writes every record of `kind` (FtM: `kind` and the records it links to).
pub async fn export(
    store: &Store,
    audit: &AuditLog,
    permit: &Permit,
    kind: RecordKind,
    format: ExportFormat,
    out: impl Write,
    progress: Progress<'_>,
) -> Result<ExportOutcome, RecordsError> {
    debug_assert_eq!(permit.action(), Action::ExportRecords);
    const PAGE: i64 = 5000;
    let mut all = vec![];
    loop {
        let page = store.list_records(None, PAGE, all.len() as i64).await?;
        let n = page.len();
        all.extend(page);
        progress("reading", all.len());
        if (n as i64) < PAGE {
            break;
        }
    }
    // The same per-record rules as for views: an export never carries a
    // record its reader could not open.
    all.retain(|r| {
        liaison_core::record_policy::may_see_as(permit.actor(), &crate::record_access::facts(r))
    });
    let relations = store.all_relations().await?;
    let ext_of: HashMap<RecordId, String> = all
        .iter()
        .filter_map(|r| r.record.meta.external_ref.clone().map(|x| (r.id, x)))
        .collect();
    let selected: Vec<_> = all
        .iter()
        .filter(|r| r.record.entity.kind() == kind)
        .collect();
    let mut outcome = ExportOutcome {
        records: selected.len(),
        ..Default::default()
    };
    match format {
        ExportFormat::Csv | ExportFormat::Jsonl => {
            let items = selected.iter().map(|r| {
                let mut refs = BTreeMap::new();
                for rel in relations.iter().filter(|rel| rel.to == r.id) {
                    let col = match (kind, rel.kind) {
                        (RecordKind::Event, _) => "involved_refs",
                        (RecordKind::Phone | RecordKind::Email, _) => "user_ref",
                        (_, liaison_core::model::RelationKind::OwnerOf) => "owner_ref",
                        (
                            RecordKind::Document | RecordKind::Account,
                            liaison_core::model::RelationKind::HolderOf,
                        ) => "holder_ref",
                        _ => continue,
                    };
                    if let Some(x) = ext_of.get(&rel.from) {
                        refs.entry(col)
                            .and_modify(|v: &mut String| {
                                v.push(';');
                                v.push_str(x)
                            })
                            .or_insert_with(|| x.clone());
                    }
                }
                ExportItem {
                    record: &r.record,
                    refs,
                }
            });
            match format {
                ExportFormat::Csv => fexport::write_csv(kind, items, out)?,
                _ => fexport::write_jsonl(items, out)?,
            }
        }
        ExportFormat::Ftm => {
            // FtM entities of the kind, plus the records their links need.
            let ids: std::collections::HashSet<RecordId> = selected.iter().map(|r| r.id).collect();
            let linked: Vec<_> = relations
                .iter()
                .filter(|l| ids.contains(&l.from) || ids.contains(&l.to))
                .collect();
            let mut include: std::collections::HashSet<RecordId> = ids.clone();
            for l in &linked {
                include.insert(l.from);
                include.insert(l.to);
            }
            let records: Vec<(String, &liaison_core::model::NewRecord)> = all
                .iter()
                .filter(|r| include.contains(&r.id))
                .map(|r| (r.id.to_string(), &r.record))
                .collect();
            let links: Vec<ftm::FtmLink> = linked
                .iter()
                .map(|l| ftm::FtmLink {
                    kind: l.kind,
                    from: l.from.to_string(),
                    to: l.to.to_string(),
                })
                .collect();
            let result = ftm::export(&records, &links);
            let mut out = out;
            for e in &result.entities {
                serde_json::to_writer(&mut out, e).map_err(std::io::Error::other)?;
                out.write_all(b"\n")?;
            }
            outcome.skipped = result.skipped;
        }
    }
    audit
        .record(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::RecordsExported,
                Outcome::Success,
            )
            .target(format!("records:{kind}"))
            .detail(format!("format={format:?} records={}", outcome.records)),
        )
        .await?;
    Ok(outcome)
}

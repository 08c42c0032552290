//! Creating, changing and linking single records (web UI). A form is one
//! row of the import format, so a record typed by hand is validated by the
//! same rules as a file; every write is decided by the record policy and
//! written to the audit log, and every change keeps the previous version.

use crate::app::App;
use crate::audit_log::AuditError;
use crate::record_access::facts;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::model::{RecordId, RecordKind, RelationKind};
use liaison_core::policy::Actor;
use liaison_core::record_policy::{self, RecordAction, RecordPolicyError};
use liaison_formats::rows::{self, Defaults, ImportKind, ParsedRow, Ref, RowError};
use liaison_store::StoreError;
use liaison_store::records::{RecordInsert, StoredRecord};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// Form fields by column name (the columns of `liaison_formats::rows`).
pub type Cells = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error(transparent)]
    Policy(#[from] RecordPolicyError),
    #[error("{} problem(s) in the form", .0.len())]
    Invalid(Vec<RowError>),
    #[error("record not found")]
    NotFound,
    #[error("the record was changed by someone else since you opened it")]
    Stale,
    #[error("these records are already linked this way")]
    AlreadyLinked,
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Audit(#[from] AuditError),
}

impl From<StoreError> for EditError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => EditError::NotFound,
            StoreError::Stale => EditError::Stale,
            other => EditError::Store(other),
        }
    }
}

fn invalid(column: &str, reason: impl Into<String>) -> EditError {
    EditError::Invalid(vec![RowError {
        line: 1,
        column: column.into(),
        reason: reason.into(),
    }])
}

fn defaults(app: &App) -> Defaults {
    Defaults {
        owner_node: app.config.node.name.clone(),
        owner_unit: None,
        handling_code: None,
        handling_restriction: None,
        data_subject_category: None,
        evaluation: None,
        case_reference: None,
        purpose: None,
        review_after: None,
        delete_after: None,
    }
}

/// The columns a form for this kind shows: on creation the `*_ref`
/// columns link the new record to existing ones; afterwards links are
/// managed on the record's page and `external_ref` is fixed.
pub fn form_columns(kind: RecordKind, creating: bool) -> Vec<&'static str> {
    rows::all_columns(ImportKind::Record(kind))
        .into_iter()
        .filter(|c| creating || !(rows::is_link_column(c) || *c == "external_ref"))
        .collect()
}

/// A stored record as form cells (for the edit form).
pub fn cells_of(r: &StoredRecord) -> Cells {
    rows::record_row(&r.record, &BTreeMap::new())
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

/// The record a user may see and the parsed form, or every problem.
fn parse(app: &App, kind: RecordKind, cells: &Cells) -> Result<ParsedRow, EditError> {
    rows::parse_row(ImportKind::Record(kind), 1, cells, &defaults(app)).map_err(EditError::Invalid)
}

/// Creates a record from a form; returns its id.
pub async fn create(
    app: &App,
    actor: &Actor,
    kind: RecordKind,
    cells: &Cells,
    source: &str,
) -> Result<RecordId, EditError> {
    let local = &app.config.node.name;
    record_policy::authorize_record(actor, RecordAction::Create, None, None, local)?;
    let ParsedRow::Record { mut record, links } = parse(app, kind, cells)? else {
        return Err(invalid("kind", "not a record kind"));
    };
    record.meta.owner_unit = actor.unit;
    let id = RecordId::generate();
    let new = RecordInsert {
        id,
        name_tokens: record.entity.name_tokens(),
        record,
    };
    // Nobody creates a record they could not then see (an analyst filing
    // an informant, say): it would be lost to them and to the audit trail.
    check_visible(actor, &new)?;
    let mut relations = vec![];
    for link in links {
        let ((Ref::External(other), _) | (_, Ref::External(other))) = (&link.from, &link.to) else {
            continue;
        };
        let column = rows::link_column(kind).unwrap_or("external_ref");
        let other_id = app
            .store
            .ids_by_external_ref(local.as_str(), std::slice::from_ref(other))
            .await?
            .get(other)
            .copied();
        // A record the user may not see is reported as missing, so that the
        // form does not reveal that it exists.
        let other_id = match other_id {
            Some(o) if visible_to(app, actor, o).await? => o,
            _ => {
                return Err(invalid(
                    column,
                    format!("no record with external_ref `{other}`"),
                ));
            }
        };
        let pair = if matches!(link.to, Ref::ThisRow) {
            (other_id, id)
        } else {
            (id, other_id)
        };
        relations.push((link.kind, pair.0, pair.1));
    }
    let actor_name = actor.name.clone();
    match app
        .store
        .insert_records(std::slice::from_ref(&new), &relations, &actor_name, |_| {})
        .await
    {
        Err(StoreError::Conflict { .. }) => {
            let r = new.record.meta.external_ref.clone().unwrap_or_default();
            return Err(invalid(
                "external_ref",
                format!("`{r}` is already used by a record in this node"),
            ));
        }
        other => other?,
    }
    let mut disclosed = vec![id.to_string()];
    disclosed.extend(relations.iter().map(|(_, f, t)| {
        if *f == id {
            t.to_string()
        } else {
            f.to_string()
        }
    }));
    app.audit
        .record_for_records(
            AuditEvent::new(
                AuditActor::from(actor),
                AuditAction::RecordCreated,
                Outcome::Success,
            )
            .source(source)
            .target(format!("record:{id}"))
            .detail(format!("kind={kind}; links={}", relations.len())),
            &disclosed,
        )
        .await?;
    Ok(id)
}

fn check_visible(actor: &Actor, r: &RecordInsert) -> Result<(), EditError> {
    let f = record_policy::RecordFacts::of(&r.record);
    if record_policy::may_see_as(actor, &f) {
        Ok(())
    } else {
        Err(RecordPolicyError::RecordForbidden {
            role: actor.role,
            what: "the record as filled in (its category or handling code)".into(),
        }
        .into())
    }
}

async fn visible_to(app: &App, actor: &Actor, id: RecordId) -> Result<bool, EditError> {
    match app.store.record(id).await {
        Ok(r) => Ok(record_policy::may_see_as(actor, &facts(&r))),
        Err(StoreError::NotFound) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Whether `actor` may change this record (the same decision whichever page
/// asks: the record page's Edit button, the edit form, the save).
pub fn authorize_update(app: &App, actor: &Actor, r: &StoredRecord) -> Result<(), EditError> {
    record_policy::authorize_record(
        actor,
        RecordAction::Update,
        Some(&facts(r)),
        None,
        &app.config.node.name,
    )?;
    Ok(())
}

/// What an edit changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditOutcome {
    pub changed_fields: Vec<&'static str>,
}

/// Changes a record (as read by the caller) from a form. `read_at` is the `updated_at` of the
/// version the form was filled from: a record changed since is not
/// overwritten ([`EditError::Stale`]).
pub async fn update(
    app: &App,
    actor: &Actor,
    old: &StoredRecord,
    cells: &Cells,
    read_at: OffsetDateTime,
    source: &str,
) -> Result<EditOutcome, EditError> {
    let (id, kind) = (old.id, old.record.entity.kind());
    authorize_update(app, actor, old)?;
    let editable = form_columns(kind, false);
    let mut cells = cells.clone();
    cells.retain(|k, _| editable.contains(&k.as_str()));
    let ParsedRow::Record { mut record, .. } = parse(app, kind, &cells)? else {
        return Err(invalid("kind", "not a record kind"));
    };
    record.meta.owner_node = old.record.meta.owner_node.clone();
    record.meta.external_ref = old.record.meta.external_ref.clone();
    record.meta.owner_unit = old.record.meta.owner_unit;
    let new = RecordInsert {
        id,
        name_tokens: record.entity.name_tokens(),
        record,
    };
    check_visible(actor, &new)?;
    let before = rows::record_row(&old.record, &BTreeMap::new());
    let after = rows::record_row(&new.record, &BTreeMap::new());
    let changed: Vec<&'static str> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v))
        .map(|(k, _)| *k)
        .collect();
    if changed.is_empty() {
        return Ok(EditOutcome {
            changed_fields: changed,
        });
    }
    app.store
        .update_record(&new, read_at, &changed, &actor.name)
        .await?;
    app.audit
        .record_for_records(
            AuditEvent::new(
                AuditActor::from(actor),
                AuditAction::RecordUpdated,
                Outcome::Success,
            )
            .source(source)
            .target(format!("record:{id}"))
            .detail(format!("kind={kind}; fields={}", changed.join(","))),
            &[id.to_string()],
        )
        .await?;
    Ok(EditOutcome {
        changed_fields: changed,
    })
}

/// Finds the other end of a link typed by a user: a record id or an
/// `external_ref` of this node, visible to them.
pub async fn find_other(app: &App, actor: &Actor, typed: &str) -> Result<RecordId, EditError> {
    let typed = typed.trim();
    let id = match typed.parse::<RecordId>() {
        Ok(id) => Some(id),
        Err(_) => app
            .store
            .ids_by_external_ref(app.config.node.name.as_str(), &[typed.to_owned()])
            .await?
            .get(typed)
            .copied(),
    };
    match id {
        Some(id) if visible_to(app, actor, id).await? => Ok(id),
        _ => Err(invalid(
            "other",
            format!("no record with id or external_ref `{typed}`"),
        )),
    }
}

/// Links `from` to `to`. The user must be allowed to change the record the
/// link starts from or ends at (an owner's record) and to see both.
pub async fn link(
    app: &App,
    actor: &Actor,
    kind: RelationKind,
    from: RecordId,
    to: RecordId,
    source: &str,
) -> Result<String, EditError> {
    if from == to {
        return Err(invalid("other", "a record cannot be linked to itself"));
    }
    authorize_link(app, actor, from, to).await?;
    let rel = match app.store.insert_relation(kind, from, to, &actor.name).await {
        Err(StoreError::Conflict { .. }) => return Err(EditError::AlreadyLinked),
        other => other?,
    };
    audit_link(
        app,
        actor,
        AuditAction::RecordsLinked,
        kind,
        from,
        to,
        source,
    )
    .await?;
    Ok(rel)
}

/// Removes a link (same rule as [`link`]).
pub async fn unlink(
    app: &App,
    actor: &Actor,
    relation_id: &str,
    source: &str,
) -> Result<(), EditError> {
    let rel = app.store.relation(relation_id).await?;
    authorize_link(app, actor, rel.from, rel.to).await?;
    app.store.delete_relation(relation_id).await?;
    audit_link(
        app,
        actor,
        AuditAction::RecordsUnlinked,
        rel.kind,
        rel.from,
        rel.to,
        source,
    )
    .await
}

async fn authorize_link(
    app: &App,
    actor: &Actor,
    from: RecordId,
    to: RecordId,
) -> Result<(), EditError> {
    let local = &app.config.node.name;
    let a = app.store.record(from).await?;
    let b = app.store.record(to).await?;
    let (fa, fb) = (facts(&a), facts(&b));
    let may_change =
        |f| record_policy::authorize_record(actor, RecordAction::Update, Some(f), None, local);
    may_change(&fa).or_else(|_| may_change(&fb))?;
    if !record_policy::may_see_as(actor, &fa) || !record_policy::may_see_as(actor, &fb) {
        return Err(EditError::NotFound);
    }
    Ok(())
}

async fn audit_link(
    app: &App,
    actor: &Actor,
    action: AuditAction,
    kind: RelationKind,
    from: RecordId,
    to: RecordId,
    source: &str,
) -> Result<(), EditError> {
    app.audit
        .record_for_records(
            AuditEvent::new(AuditActor::from(actor), action, Outcome::Success)
                .source(source)
                .target(format!("record:{from}"))
                .detail(format!("relation={}; to=record:{to}", kind.as_str())),
            &[from.to_string(), to.to_string()],
        )
        .await?;
    Ok(())
}

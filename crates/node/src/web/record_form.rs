//! Forms to create and change a record, and to link or unlink records.
//! The form's fields are the columns of the import format, so the rules
//! (and the messages) are those of `liaison import`.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::records::{PurposeFields, policy_message};
use super::render;
use crate::app::App;
use crate::record_access::{self, AccessError};
use crate::record_edit::{self, Cells, EditError};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::codelists;
use liaison_core::model::{Gender, RecordId, RecordKind, RelationKind};
use liaison_core::record_policy::{self, Purpose, RecordAction};
use liaison_formats::rows::{META_COLUMNS, RowError};
use serde::Deserialize;
use std::collections::HashMap;
use time::OffsetDateTime;

pub enum FieldInput {
    Text,
    Date,
    Area,
    Select(Vec<(String, String)>),
}

pub struct FormField {
    pub name: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    pub input: FieldInput,
}

pub struct FieldGroup {
    pub legend: String,
    pub fields: Vec<FormField>,
}

#[derive(askama::Template)]
#[template(path = "record_form.html")]
struct FormPage {
    ctx: PageCtx,
    title: String,
    back: String,
    back_label: String,
    creating: bool,
    kind: String,
    kinds: Vec<(String, String)>,
    error: Option<String>,
    action: String,
    hidden: Vec<(String, String)>,
    groups: Vec<FieldGroup>,
    submit: String,
}

/// Columns whose format is worth a hint in the empty field.
const HINTED: [&str; 11] = [
    "external_ref",
    "evaluation",
    "date_of_birth",
    "nationalities",
    "aliases",
    "native_script",
    "offences",
    "started",
    "ended",
    "valid_from",
    "valid_until",
];

fn codelist_options(ctx: &PageCtx, list: &str) -> Vec<(String, String)> {
    codelists::get(list)
        .map(|l| {
            l.entries
                .iter()
                .map(|e| {
                    (
                        e.code.clone(),
                        format!("{} — {}", e.code, e.label(ctx.lang())),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn input_for(ctx: &PageCtx, column: &str) -> FieldInput {
    match column {
        "handling_code" => FieldInput::Select(codelist_options(ctx, "handling_codes")),
        "data_subject_category" => {
            FieldInput::Select(codelist_options(ctx, "data_subject_categories"))
        }
        "document_type" => FieldInput::Select(codelist_options(ctx, "icao_document_types")),
        // The values records are written back with (`Gender::as_str`), so
        // that an unchanged form changes nothing.
        "gender" => FieldInput::Select(
            [Gender::Female, Gender::Male, Gender::Other]
                .into_iter()
                .map(|g| {
                    (
                        g.as_str().to_owned(),
                        ctx.t(&format!("gender-{}", g.as_str())),
                    )
                })
                .collect(),
        ),
        "review_after" | "delete_after" => FieldInput::Date,
        "mrz" | "description" | "identifying_marks" | "handling_restriction" => FieldInput::Area,
        _ => FieldInput::Text,
    }
}

fn label_key(column: &str) -> String {
    format!("column-{}", column.replace('_', "-"))
}

fn hint(ctx: &PageCtx, column: &str) -> String {
    if liaison_formats::rows::is_link_column(column) {
        ctx.t("column-ref-hint")
    } else if HINTED.contains(&column) {
        ctx.t(&format!("{}-hint", label_key(column)))
    } else {
        String::new()
    }
}

/// The form's fields in two groups: the entity, then the record columns.
fn groups(
    ctx: &PageCtx,
    kind: RecordKind,
    creating: bool,
    values: &Cells,
    errors: &[RowError],
) -> Vec<FieldGroup> {
    let field = |c: &'static str| {
        let problems: Vec<&str> = errors
            .iter()
            .filter(|e| e.column == c)
            .map(|e| e.reason.as_str())
            .collect();
        FormField {
            name: c,
            label: ctx.t(&label_key(c)),
            hint: hint(ctx, c),
            value: values.get(c).cloned().unwrap_or_default(),
            error: (!problems.is_empty()).then(|| problems.join("; ")),
            input: input_for(ctx, c),
        }
    };
    let columns = record_edit::form_columns(kind, creating);
    let (meta, own): (Vec<&'static str>, Vec<&'static str>) =
        columns.into_iter().partition(|c| META_COLUMNS.contains(c));
    vec![
        FieldGroup {
            legend: ctx.t(&format!("kind-{kind}")),
            fields: own.into_iter().map(field).collect(),
        },
        FieldGroup {
            legend: ctx.t("record-about"),
            fields: meta.into_iter().map(field).collect(),
        },
    ]
}

/// Problems not tied to a field of the form (shown at the top).
fn general_error(ctx: &PageCtx, kind: RecordKind, creating: bool, errors: &[RowError]) -> String {
    let shown = record_edit::form_columns(kind, creating);
    let mut msg = ctx.t("record-form-invalid");
    for e in errors
        .iter()
        .filter(|e| !shown.contains(&e.column.as_str()))
    {
        msg.push_str(&format!(" {}: {}.", e.column, e.reason));
    }
    msg
}

fn kinds(ctx: &PageCtx) -> Vec<(String, String)> {
    RecordKind::ALL
        .iter()
        .map(|k| (k.to_string(), ctx.t(&format!("kind-{k}"))))
        .collect()
}

fn record_url(id: &str, purpose: &str, case: &str, extra: &str) -> String {
    let enc = |s: &str| url_encode(s);
    format!(
        "/records/{id}?purpose={}&case={}{extra}",
        enc(purpose),
        enc(case)
    )
}

fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[derive(Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    kind: Option<String>,
}

fn may_create(app: &App, me: &SignedIn) -> Result<(), WebError> {
    record_policy::authorize_record(
        &me.actor,
        RecordAction::Create,
        None,
        None,
        &app.config.node.name,
    )
    .map(|_| ())
    .map_err(|_| WebError::forbidden())
}

/// A year for review and five for deletion: what a new record starts with
/// unless the user sets its own dates.
fn new_record_defaults() -> Cells {
    let today = OffsetDateTime::now_utc().date();
    let years = |n: i32| {
        today
            .replace_year(today.year() + n)
            .unwrap_or(today)
            .to_string()
    };
    let mut c = Cells::new();
    c.insert("review_after".into(), years(1));
    c.insert("delete_after".into(), years(5));
    c.insert("evaluation".into(), "B2".into());
    c
}

fn create_page(
    ctx: PageCtx,
    kind: RecordKind,
    values: &Cells,
    errors: &[RowError],
    error: Option<String>,
) -> FormPage {
    FormPage {
        title: ctx.t("record-new"),
        back: "/records".into(),
        back_label: ctx.t("nav-records"),
        creating: true,
        kind: kind.to_string(),
        kinds: kinds(&ctx),
        error,
        action: "/records/new".into(),
        hidden: vec![("kind".into(), kind.to_string())],
        groups: groups(&ctx, kind, true, values, errors),
        submit: ctx.t("record-create"),
        ctx,
    }
}

pub async fn new_form(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<KindQuery>,
) -> Result<Response, WebError> {
    may_create(&app, &me)?;
    let kind = q
        .kind
        .as_deref()
        .unwrap_or("person")
        .parse::<RecordKind>()
        .map_err(|_| WebError::not_found())?;
    Ok(render(&create_page(
        me.ctx,
        kind,
        &new_record_defaults(),
        &[],
        None,
    )))
}

/// The form's fields as cells, without the fields that are not columns.
fn cells_from(form: HashMap<String, String>) -> Cells {
    let mut cells: Cells = form.into_iter().collect();
    for k in ["csrf", "kind", "read_at", "access_purpose", "access_case"] {
        cells.remove(k);
    }
    cells
}

fn status_of(e: &EditError) -> StatusCode {
    match e {
        EditError::Stale => StatusCode::CONFLICT,
        EditError::Policy(_) => StatusCode::FORBIDDEN,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

fn edit_failure(ctx: &PageCtx, e: &EditError) -> Result<(Vec<RowError>, String), WebError> {
    match e {
        EditError::Invalid(errors) => Ok((errors.clone(), String::new())),
        EditError::Stale => Ok((vec![], ctx.t("record-stale"))),
        EditError::Policy(p) => Ok((vec![], policy_message(ctx, p))),
        EditError::NotFound => Err(WebError::not_found()),
        other => {
            tracing::error!(error = %other, "record edit failed");
            Err(WebError::internal())
        }
    }
}

pub async fn create(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    may_create(&app, &me)?;
    let kind = form
        .get("kind")
        .and_then(|k| k.parse::<RecordKind>().ok())
        .ok_or_else(WebError::bad_request)?;
    let cells = cells_from(form);
    match record_edit::create(&app, &me.actor, kind, &cells, &me.source()).await {
        Ok(id) => {
            // The creator works on the case the record was filed for: that
            // is the purpose of showing it to them now.
            let purpose = cells.get("purpose").map(String::as_str).unwrap_or("");
            let case = cells
                .get("case_reference")
                .map(String::as_str)
                .unwrap_or("");
            Ok(Redirect::to(&record_url(
                &id.to_string(),
                purpose,
                case,
                "&notice=created",
            ))
            .into_response())
        }
        Err(e) => {
            let (errors, msg) = edit_failure(&me.ctx, &e)?;
            let error = if errors.is_empty() {
                msg
            } else {
                general_error(&me.ctx, kind, true, &errors)
            };
            let mut r = render(&create_page(me.ctx, kind, &cells, &errors, Some(error)));
            *r.status_mut() = status_of(&e);
            Ok(r)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    ctx: PageCtx,
    id: RecordId,
    kind: RecordKind,
    headline: &str,
    values: &Cells,
    read_at: i64,
    purpose: &str,
    case: &str,
    errors: &[RowError],
    error: Option<String>,
) -> FormPage {
    FormPage {
        title: format!("{} — {headline}", ctx.t("record-edit")),
        back: record_url(&id.to_string(), purpose, case, ""),
        back_label: headline.to_owned(),
        creating: false,
        kind: kind.to_string(),
        kinds: vec![],
        error,
        action: format!("/records/{id}/edit"),
        hidden: vec![
            ("read_at".into(), read_at.to_string()),
            // Not `purpose`: that is a column of the record itself.
            ("access_purpose".into(), purpose.to_owned()),
            ("access_case".into(), case.to_owned()),
        ],
        groups: groups(&ctx, kind, false, values, errors),
        submit: ctx.t("record-save"),
        ctx,
    }
}

/// The edit form shows the record, so it is a view: it needs a purpose
/// and is audited like one.
pub async fn edit_form(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Query(p): Query<PurposeFields>,
) -> Result<Response, WebError> {
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    let Ok(purpose) = Purpose::new(&p.purpose, &p.case_reference) else {
        return Ok(Redirect::to(&format!("/records/{id}")).into_response());
    };
    let view = match record_access::view(&app, &me.actor, Some(purpose), id, &me.source()).await {
        Ok(v) => v,
        Err(AccessError::NotFound) => return Err(WebError::not_found()),
        Err(AccessError::Policy(_)) => return Err(WebError::forbidden()),
        Err(e) => {
            tracing::error!(error = %e, "view for edit failed");
            return Err(WebError::internal());
        }
    };
    let r = &view.record;
    record_edit::authorize_update(&app, &me.actor, r).map_err(|_| WebError::forbidden())?;
    Ok(render(&edit_page(
        me.ctx,
        id,
        r.record.entity.kind(),
        &record_access::headline(r),
        &record_edit::cells_of(r),
        liaison_store::to_millis(r.updated_at),
        p.purpose.trim(),
        p.case_reference.trim(),
        &[],
        None,
    )))
}

pub async fn update(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    let purpose = form.get("access_purpose").cloned().unwrap_or_default();
    let case = form.get("access_case").cloned().unwrap_or_default();
    let read_at_ms: i64 = form
        .get("read_at")
        .and_then(|s| s.parse().ok())
        .ok_or_else(WebError::bad_request)?;
    let read_at = liaison_store::from_millis(read_at_ms).map_err(|_| WebError::bad_request())?;
    // Someone who may not change the record gets a plain refusal, not a
    // form that would show what the record holds.
    let old = app.store.record(id).await?;
    record_edit::authorize_update(&app, &me.actor, &old).map_err(|_| WebError::forbidden())?;
    let cells = cells_from(form);
    match record_edit::update(&app, &me.actor, &old, &cells, read_at, &me.source()).await {
        Ok(outcome) => {
            let notice = if outcome.changed_fields.is_empty() {
                "&notice=unchanged".to_owned()
            } else {
                format!("&notice=saved&fields={}", outcome.changed_fields.join(","))
            };
            Ok(
                Redirect::to(&record_url(&id.to_string(), &purpose, &case, &notice))
                    .into_response(),
            )
        }
        Err(e) => {
            let (errors, msg) = edit_failure(&me.ctx, &e)?;
            let kind = old.record.entity.kind();
            let error = if errors.is_empty() {
                msg
            } else {
                general_error(&me.ctx, kind, false, &errors)
            };
            let mut r = render(&edit_page(
                me.ctx,
                id,
                kind,
                &record_access::headline(&old),
                &cells,
                read_at_ms,
                &purpose,
                &case,
                &errors,
                Some(error),
            ));
            *r.status_mut() = status_of(&e);
            Ok(r)
        }
    }
}

#[derive(Deserialize)]
pub struct LinkForm {
    kind: String,
    /// `out`: this record → other; `in`: other → this record.
    direction: String,
    other: String,
    #[serde(flatten)]
    p: PurposeFields,
}

fn link_message(ctx: &PageCtx, e: &EditError) -> Result<String, WebError> {
    match e {
        EditError::Invalid(errors) => Ok(errors
            .iter()
            .map(|e| e.reason.clone())
            .collect::<Vec<_>>()
            .join("; ")),
        EditError::AlreadyLinked => Ok(ctx.t("record-already-linked")),
        EditError::Policy(p) => Ok(policy_message(ctx, p)),
        EditError::NotFound => Err(WebError::not_found()),
        other => {
            tracing::error!(error = %other, "linking failed");
            Err(WebError::internal())
        }
    }
}

pub async fn link(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<LinkForm>,
) -> Result<Response, WebError> {
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    let kind: RelationKind = f.kind.parse().map_err(|_| WebError::bad_request())?;
    let result = match record_edit::find_other(&app, &me.actor, &f.other).await {
        Ok(other) => {
            let (from, to) = if f.direction == "in" {
                (other, id)
            } else {
                (id, other)
            };
            record_edit::link(&app, &me.actor, kind, from, to, &me.source())
                .await
                .map(|_| ())
        }
        Err(e) => Err(e),
    };
    let extra = match result {
        Ok(()) => "&notice=linked".to_owned(),
        Err(e) => format!("&link_error={}", url_encode(&link_message(&me.ctx, &e)?)),
    };
    Ok(Redirect::to(&record_url(
        &id.to_string(),
        &f.p.purpose,
        &f.p.case_reference,
        &extra,
    ))
    .into_response())
}

pub async fn unlink(
    State(app): State<App>,
    me: SignedIn,
    Path((id, relation)): Path<(String, String)>,
    Form(p): Form<PurposeFields>,
) -> Result<Response, WebError> {
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    let extra = match record_edit::unlink(&app, &me.actor, &relation, &me.source()).await {
        Ok(()) => "&notice=unlinked".to_owned(),
        Err(e) => format!("&link_error={}", url_encode(&link_message(&me.ctx, &e)?)),
    };
    Ok(Redirect::to(&record_url(
        &id.to_string(),
        &p.purpose,
        &p.case_reference,
        &extra,
    ))
    .into_response())
}

/// Relation kinds for the link form, labelled.
pub fn relation_kinds(ctx: &PageCtx) -> Vec<(String, String)> {
    RelationKind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str().to_owned(),
                ctx.t(&format!("relation-{}", k.as_str().replace('_', "-"))),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_formats::rows::{self, ImportKind};

    /// The import rejects unknown columns: every field of a form must be
    /// one, and the edit form must not offer links.
    #[test]
    fn form_columns_are_import_columns() {
        for kind in RecordKind::ALL {
            let all = rows::all_columns(ImportKind::Record(kind));
            for creating in [true, false] {
                for c in record_edit::form_columns(kind, creating) {
                    assert!(all.contains(&c), "{kind}: {c}");
                }
            }
            let labels = crate::i18n::message_ids(include_str!("../../locales/en.ftl"));
            for c in rows::all_columns(ImportKind::Record(kind)) {
                assert!(labels.contains(&label_key(c)), "no label for {c}");
                if HINTED.contains(&c) {
                    assert!(
                        labels.contains(&format!("{}-hint", label_key(c))),
                        "no hint for {c}"
                    );
                }
            }
            assert!(
                !record_edit::form_columns(kind, false)
                    .iter()
                    .any(|c| rows::is_link_column(c))
            );
        }
    }
}

//! API for the common data model: codelists, the JSON Schema, national
//! offence tables, and record import and export.

use super::caller::ApiCaller;
use super::problem::{ApiError, ErrorCode, Problem};
use crate::app::App;
use crate::records::{self, ExportFormat, ImportSpec, RecordsError};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use liaison_core::codelists;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::{DataSubjectCategory, PartialDate, RecordKind};
use liaison_core::node::CountryCode;
use liaison_core::policy::Action;
use liaison_formats::import::InputFormat;
use liaison_formats::rows::{Defaults, ImportKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct CodelistSummary {
    pub name: String,
    pub title: BTreeMap<String, String>,
    pub source: String,
    pub entries: usize,
}

#[derive(Serialize, ToSchema)]
pub struct CodelistEntry {
    pub code: String,
    pub parent: Option<String>,
    /// Labels in en, fr, es, de and ar.
    pub labels: BTreeMap<String, String>,
    pub attributes: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct Codelist {
    pub name: String,
    pub title: BTreeMap<String, String>,
    pub source: String,
    pub entries: Vec<CodelistEntry>,
}

/// All codelists.
#[utoipa::path(get, path = "/api/v1/codelists", tag = "data model",
    responses((status = 200, body = Vec<CodelistSummary>), (status = 401, body = Problem)))]
pub async fn list_codelists(caller: ApiCaller) -> Result<Json<Vec<CodelistSummary>>, ApiError> {
    caller.permit(Action::ViewDashboard)?;
    Ok(Json(
        codelists::all()
            .iter()
            .map(|l| CodelistSummary {
                name: l.name.clone(),
                title: l.title.clone(),
                source: l.source.clone(),
                entries: l.entries.len(),
            })
            .collect(),
    ))
}

/// One codelist with every entry, label and attribute.
#[utoipa::path(get, path = "/api/v1/codelists/{name}", tag = "data model",
    params(("name" = String, Path, description = "e.g. countries, iccs, list_offences")),
    responses((status = 200, body = Codelist), (status = 404, body = Problem)))]
pub async fn get_codelist(
    caller: ApiCaller,
    Path(name): Path<String>,
) -> Result<Json<Codelist>, ApiError> {
    caller.permit(Action::ViewDashboard)?;
    let l = codelists::get(&name)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("no codelist named `{name}`")))?;
    Ok(Json(Codelist {
        name: l.name.clone(),
        title: l.title.clone(),
        source: l.source.clone(),
        entries: l
            .entries
            .iter()
            .map(|e| CodelistEntry {
                code: e.code.clone(),
                parent: e.parent.clone(),
                labels: e.labels.clone(),
                attributes: serde_json::Value::Object(e.attributes.clone()),
            })
            .collect(),
    }))
}

/// The JSON Schema (2020-12) of a record of the common model.
#[utoipa::path(get, path = "/api/v1/schema", tag = "data model",
    responses((status = 200, description = "JSON Schema 2020-12", body = Object)))]
pub async fn schema(caller: ApiCaller) -> Result<Response, ApiError> {
    caller.permit(Action::ViewDashboard)?;
    Ok((
        [(header::CONTENT_TYPE, "application/schema+json")],
        liaison_formats::schema::record_schema().to_string(),
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct NationalOffence {
    pub country: String,
    pub code: String,
    pub label: String,
    pub iccs: Vec<String>,
    pub list_offence: Option<String>,
    pub ecris: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct CountryFilter {
    /// ISO 3166-1 alpha-2; all countries when absent.
    pub country: Option<String>,
}

/// National offence tables: each country's codes mapped to ICCS and the list offences.
#[utoipa::path(get, path = "/api/v1/offences", tag = "data model", params(CountryFilter),
    responses((status = 200, body = Vec<NationalOffence>)))]
pub async fn list_offences(
    State(app): State<App>,
    caller: ApiCaller,
    Query(f): Query<CountryFilter>,
) -> Result<Json<Vec<NationalOffence>>, ApiError> {
    caller.permit(Action::ViewDashboard)?;
    let country = f
        .country
        .as_deref()
        .map(CountryCode::parse)
        .transpose()
        .map_err(|e| ApiError::new(ErrorCode::ValidationFailed, e.to_string()))?;
    Ok(Json(
        app.store
            .national_offences(country.as_ref())
            .await?
            .into_iter()
            .map(|o| NationalOffence {
                country: o.country.to_string(),
                code: o.code,
                label: o.label,
                iccs: o.iccs,
                list_offence: o.list_offence,
                ecris: o.ecris,
            })
            .collect(),
    ))
}

#[derive(Deserialize, IntoParams)]
pub struct ImportParams {
    /// person, document, vehicle, account, phone, email, organisation, location, firearm, event or relation.
    pub kind: String,
    /// csv (default) or jsonl.
    pub format: Option<String>,
    pub handling_code: Option<String>,
    pub handling_restriction: Option<String>,
    pub purpose: Option<String>,
    #[serde(rename = "case")]
    #[param(rename = "case")]
    pub case_reference: Option<String>,
    pub data_subject_category: Option<String>,
    /// 4x4 grade, e.g. B2.
    pub evaluation: Option<String>,
    /// YYYY-MM-DD.
    pub review_after: Option<String>,
    /// YYYY-MM-DD.
    pub delete_after: Option<String>,
    /// The file's name, for the audit log.
    pub source_name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ImportResult {
    pub records: usize,
    pub relations: usize,
}

/// A rejected import: every problem, by line and column.
#[derive(Serialize, ToSchema)]
pub struct ImportRejected {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: ErrorCode,
    pub errors: Vec<ImportProblem>,
}

#[derive(Serialize, ToSchema)]
pub struct ImportProblem {
    pub line: usize,
    pub column: String,
    pub reason: String,
}

fn invalid(param: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::ValidationFailed, format!("{param}: {e}"))
}

fn date(param: &str, v: &Option<String>) -> Result<Option<time::Date>, ApiError> {
    v.as_deref()
        .map(|s| {
            PartialDate::parse(s)
                .ok()
                .and_then(|d| d.to_date())
                .ok_or_else(|| invalid(param, "use YYYY-MM-DD"))
        })
        .transpose()
}

/// Imports a CSV or JSON Lines file (the request body): every row is
/// validated first; the file is written whole, in one transaction, or not at
/// all. Query parameters give values for columns a row leaves empty.
#[utoipa::path(post, path = "/api/v1/records/import", tag = "data model", params(ImportParams),
    request_body(content = String, description = "CSV with header, or JSON Lines", content_type = "text/csv"),
    responses((status = 200, body = ImportResult), (status = 422, body = ImportRejected), (status = 403, body = Problem)))]
pub async fn import(
    State(app): State<App>,
    caller: ApiCaller,
    Query(q): Query<ImportParams>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let permit = caller.permit(Action::ImportRecords)?;
    let kind: ImportKind = q.kind.parse().map_err(|e| invalid("kind", e))?;
    let format = match q.format.as_deref() {
        None | Some("csv") => InputFormat::Csv,
        Some("jsonl") => InputFormat::Jsonl,
        Some(f) => return Err(invalid("format", format!("`{f}`: use csv or jsonl"))),
    };
    let defaults = Defaults {
        owner_node: app.config.node.name.clone(),
        owner_unit: permit.actor().unit,
        handling_code: q
            .handling_code
            .as_deref()
            .map(str::parse::<HandlingCode>)
            .transpose()
            .map_err(|e| invalid("handling_code", e))?,
        handling_restriction: q.handling_restriction.clone(),
        data_subject_category: q
            .data_subject_category
            .as_deref()
            .map(str::parse::<DataSubjectCategory>)
            .transpose()
            .map_err(|e| invalid("data_subject_category", e))?,
        evaluation: q
            .evaluation
            .as_deref()
            .map(|e| {
                Evaluation::parse(e).ok_or_else(|| invalid("evaluation", "use a grade such as B2"))
            })
            .transpose()?,
        case_reference: q.case_reference.clone(),
        purpose: q.purpose.clone(),
        review_after: date("review_after", &q.review_after)?,
        delete_after: date("delete_after", &q.delete_after)?,
    };
    let name = q
        .source_name
        .clone()
        .unwrap_or_else(|| "api-upload".to_owned());
    let spec = ImportSpec {
        kind,
        format,
        defaults: &defaults,
        source_name: &name,
    };
    match records::import(
        &app.store,
        &app.audit,
        &permit,
        &spec,
        || Ok::<_, std::io::Error>(&body[..]),
        &mut |_, _| {},
    )
    .await
    {
        Ok(o) => Ok(Json(ImportResult {
            records: o.records,
            relations: o.relations,
        })
        .into_response()),
        Err(RecordsError::Rejected(errors)) => {
            let body = ImportRejected {
                kind: "/api/problems/validation_failed".into(),
                title: "Import rejected".into(),
                status: 422,
                detail: format!("{} problem(s); nothing was written", errors.len()),
                code: ErrorCode::ValidationFailed,
                errors: errors
                    .into_iter()
                    .map(|e| ImportProblem {
                        line: e.line,
                        column: e.column,
                        reason: e.reason,
                    })
                    .collect(),
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                [(header::CONTENT_TYPE, "application/problem+json")],
                serde_json::to_string(&body).unwrap_or_default(),
            )
                .into_response())
        }
        Err(RecordsError::Policy(e)) => Err(e.into()),
        Err(e) => {
            tracing::error!(error = %e, "import failed");
            Err(ApiError::new(
                ErrorCode::Internal,
                "internal error; see the node's log",
            ))
        }
    }
}

#[derive(Deserialize, IntoParams)]
pub struct ExportParams {
    pub kind: String,
    /// csv, jsonl or ftm.
    pub format: String,
}

/// Exports every record of a kind as CSV, JSON Lines or FollowTheMoney.
#[utoipa::path(get, path = "/api/v1/records/export", tag = "data model", params(ExportParams),
    responses((status = 200, description = "The file", content_type = "text/csv"), (status = 403, body = Problem)))]
pub async fn export(
    State(app): State<App>,
    caller: ApiCaller,
    Query(q): Query<ExportParams>,
) -> Result<Response, ApiError> {
    let permit = caller.permit(Action::ExportRecords)?;
    let kind: RecordKind = q.kind.parse().map_err(|e| invalid("kind", e))?;
    let format: ExportFormat = q.format.parse().map_err(|e| invalid("format", e))?;
    let mut out = vec![];
    records::export(
        &app.store,
        &app.audit,
        &permit,
        kind,
        format,
        &mut out,
        &mut |_, _| {},
    )
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "export failed");
        ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
    })?;
    let content_type = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Jsonl | ExportFormat::Ftm => "application/x-ndjson",
    };
    Ok(([(header::CONTENT_TYPE, content_type)], out).into_response())
}

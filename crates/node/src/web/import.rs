//! Importing a file of records from the browser: the same all-or-nothing
//! import as the CLI and the API, with the rejection report as a table.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use crate::app::App;
use crate::records::{self, ImportSpec, RecordsError};
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use liaison_core::evaluation::Evaluation;
use liaison_core::model::{DataSubjectCategory, PartialDate};
use liaison_core::policy::Action;
use liaison_formats::import::InputFormat;
use liaison_formats::rows::{Defaults, ImportKind, RowError};
use std::collections::HashMap;

#[derive(askama::Template)]
#[template(path = "import.html")]
struct ImportPage {
    ctx: PageCtx,
    kinds: Vec<&'static str>,
    categories: Vec<&'static str>,
    f: FormValues,
    error: Option<String>,
    problems: Vec<RowError>,
    imported: Option<(usize, usize)>,
}

const KINDS: [&str; 11] = [
    "person",
    "document",
    "vehicle",
    "account",
    "phone",
    "email",
    "organisation",
    "location",
    "firearm",
    "event",
    "relation",
];

/// What the form showed, to show it again after a rejection.
#[derive(Default)]
struct FormValues {
    kind: String,
    handling_code: String,
    data_subject_category: String,
    evaluation: String,
    case: String,
    purpose: String,
    review_after: String,
    delete_after: String,
}

impl FormValues {
    fn from(m: &HashMap<String, String>) -> Self {
        let g = |k: &str| m.get(k).cloned().unwrap_or_default();
        FormValues {
            kind: g("kind"),
            handling_code: g("handling_code"),
            data_subject_category: g("data_subject_category"),
            evaluation: g("evaluation"),
            case: g("case"),
            purpose: g("purpose"),
            review_after: g("review_after"),
            delete_after: g("delete_after"),
        }
    }
}

fn page(ctx: PageCtx, f: HashMap<String, String>) -> ImportPage {
    ImportPage {
        ctx,
        kinds: KINDS.to_vec(),
        categories: DataSubjectCategory::ALL
            .iter()
            .map(|c| c.as_str())
            .collect(),
        f: FormValues::from(&f),
        error: None,
        problems: vec![],
        imported: None,
    }
}

pub async fn form(me: SignedIn) -> Result<Response, WebError> {
    me.permit(Action::ImportRecords)?;
    Ok(render(&page(me.ctx, HashMap::new())))
}

pub async fn upload(
    State(app): State<App>,
    me: SignedIn,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ImportRecords)?;
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::bad_request())?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or("upload").to_owned();
            let bytes = field.bytes().await.map_err(|_| WebError::bad_request())?;
            file = Some((file_name, bytes.to_vec()));
        } else {
            let value = field.text().await.map_err(|_| WebError::bad_request())?;
            fields.insert(name, value);
        }
    }
    let get = |k: &str| {
        fields
            .get(k)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let fail = |ctx: PageCtx, fields: HashMap<String, String>, msg: String| {
        let mut p = page(ctx, fields);
        p.error = Some(msg);
        let mut r = render(&p);
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        r
    };
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        let msg = me.ctx.t("import-no-file");
        return Ok(fail(me.ctx, fields, msg));
    };
    let kind: ImportKind = match get("kind").unwrap_or_default().parse() {
        Ok(k) => k,
        Err(e) => return Ok(fail(me.ctx, fields, e)),
    };
    let date = |k: &str| {
        get(k)
            .and_then(|v| PartialDate::parse(&v).ok())
            .and_then(|d| d.to_date())
    };
    let defaults = Defaults {
        owner_node: app.config.node.name.clone(),
        owner_unit: me.actor.unit,
        handling_code: get("handling_code").and_then(|v| v.parse().ok()),
        handling_restriction: get("handling_restriction"),
        data_subject_category: get("data_subject_category").and_then(|v| v.parse().ok()),
        evaluation: get("evaluation").and_then(|v| Evaluation::parse(&v)),
        case_reference: get("case"),
        purpose: get("purpose"),
        review_after: date("review_after"),
        delete_after: date("delete_after"),
    };
    let format = InputFormat::from_path(std::path::Path::new(&file_name));
    let spec = ImportSpec {
        kind,
        format,
        defaults: &defaults,
        source_name: &file_name,
    };
    match records::import(
        &app.store,
        &app.audit,
        &permit,
        &spec,
        || Ok::<_, std::io::Error>(&bytes[..]),
        &mut |_, _| {},
    )
    .await
    {
        Ok(o) => {
            let mut p = page(me.ctx, HashMap::new());
            p.imported = Some((o.records, o.relations));
            Ok(render(&p))
        }
        Err(RecordsError::Rejected(problems)) => {
            let mut p = page(me.ctx, fields);
            p.problems = problems;
            let mut r = render(&p);
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => {
            tracing::error!(error = %e, "import failed");
            Err(WebError::internal())
        }
    }
}

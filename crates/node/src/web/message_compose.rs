//! The form to write a message, or a reply: recipients from the directory,
//! handling code, evaluation, text, records of this node and files.
//!
//! * Records are shared for a declared purpose and case, under the same
//!   rule as viewing them; the send's audit entry names each record, so its
//!   access history shows to whom it went.
//! * Files are encrypted into the outbound store as they upload, a chunk at
//!   a time, so a file of any size never sits in memory or in plaintext on
//!   disk. A form refused after its files arrived removes them.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::messages::{codelist_label, internal, join_help};
use super::render;
use crate::app::App;
use crate::federation::attachments::Attachment;
use crate::federation::messages::{MAX_BODY, MAX_SUBJECT, Outgoing, SendError};
use crate::message_access::{self as access, FederationStatus, MessageAccessError, RecordsToShare};
use crate::message_upload::{self as upload, UploadError};
use crate::record_access::{self, AccessError};
use axum::extract::{FromRequest, Multipart, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::RecordId;
use liaison_core::policy::Action;
use liaison_core::record_policy::Purpose;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// The largest compose request: files of at least 1 GB, with room to spare.
pub const UPLOAD_LIMIT: usize = 4 << 30;
/// A text field of the form: the body and a little more.
const MAX_TEXT_FIELD: usize = MAX_BODY + (64 << 10);
/// Files one message may carry.
const MAX_FILES: usize = 20;
/// Records one message may carry.
const MAX_RECORDS: usize = 100;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct RecipientOption {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

/// A record attached to the form: its id, and what the user saw of it.
pub struct AttachedRecord {
    pub id: String,
    pub label: String,
}

#[derive(Default)]
pub struct FieldErrors {
    pub to: Option<String>,
    pub handling_code: Option<String>,
    pub evaluation: Option<String>,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub records: Option<String>,
    pub purpose: Option<String>,
}

impl FieldErrors {
    fn any(&self) -> bool {
        self.to.is_some()
            || self.handling_code.is_some()
            || self.evaluation.is_some()
            || self.subject.is_some()
            || self.body.is_some()
            || self.records.is_some()
            || self.purpose.is_some()
    }
}

/// The form to write a message (or a reply, with its thread hidden).
pub struct ComposeForm {
    pub recipients: Vec<RecipientOption>,
    pub handling_codes: Vec<Choice>,
    pub evaluations: Vec<Choice>,
    pub subject: String,
    pub body: String,
    pub thread: String,
    pub records: Vec<AttachedRecord>,
    pub record_ids: String,
    pub purpose: String,
    pub case: String,
    pub errors: FieldErrors,
    pub error: Option<String>,
    /// Files came with a refused form and were dropped: choose them again.
    pub files_again: bool,
}

/// What the form sent (or what a reply starts with).
#[derive(Default)]
pub(super) struct ComposeValues {
    pub to: Vec<String>,
    pub handling_code: String,
    pub evaluation: String,
    pub subject: String,
    pub body: String,
    pub thread: String,
    /// Records attached as ticked boxes (`record`).
    pub records: Vec<String>,
    /// Records added by id (`record_ids`: spaces, commas or lines apart).
    pub record_ids: String,
    pub purpose: String,
    pub case: String,
}

impl ComposeValues {
    fn set(&mut self, key: &str, value: String) {
        match key {
            "to" => self.to.push(value),
            "handling_code" => self.handling_code = value,
            "evaluation" => self.evaluation = value,
            "subject" => self.subject = value,
            "body" => self.body = value,
            "thread" => self.thread = value,
            "record" => self.records.push(value),
            "record_ids" => self.record_ids = value,
            "purpose" => self.purpose = value,
            "case" => self.case = value,
            _ => {}
        }
    }

    /// Repeated `to` and `record` fields need the pairs, not a map.
    fn from_pairs(pairs: Vec<(String, String)>) -> ComposeValues {
        let mut v = ComposeValues::default();
        for (k, value) in pairs {
            v.set(&k, value);
        }
        v
    }

    /// Every record named, ticked or typed, once, in order; or the first
    /// word that is not a record id.
    fn record_ids(&self) -> Result<Vec<RecordId>, String> {
        let mut out: Vec<RecordId> = vec![];
        let typed = self
            .record_ids
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';');
        for word in self.records.iter().map(String::as_str).chain(typed) {
            let word = word.trim();
            if word.is_empty() {
                continue;
            }
            let id: RecordId = word.parse().map_err(|_| word.to_owned())?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }
}

fn country_name(ctx: &PageCtx, code: &str) -> String {
    codelist_label(ctx, "countries", code)
}

/// `labels`: what to show for attached records, by id (the id otherwise).
pub(super) fn compose_form(
    app: &App,
    ctx: &PageCtx,
    v: &ComposeValues,
    labels: &HashMap<String, String>,
    errors: FieldErrors,
    error: Option<String>,
) -> ComposeForm {
    let selected_code = v.handling_code.trim().to_ascii_lowercase();
    let selected_eval = v.evaluation.trim().to_ascii_uppercase();
    let mut records: Vec<AttachedRecord> = vec![];
    for id in v.records.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        if !records.iter().any(|r| r.id == id) {
            records.push(AttachedRecord {
                id: id.to_owned(),
                label: labels.get(id).cloned().unwrap_or_else(|| id.to_owned()),
            });
        }
    }
    ComposeForm {
        recipients: access::recipients(app)
            .into_iter()
            .map(|r| RecipientOption {
                checked: v.to.contains(&r.name),
                label: format!(
                    "{} · {} ({})",
                    r.agency,
                    country_name(ctx, &r.country),
                    r.country
                ),
                name: r.name,
            })
            .collect(),
        handling_codes: HandlingCode::ALL
            .iter()
            .map(|c| Choice {
                value: c.as_str().to_owned(),
                label: codelist_label(ctx, "handling_codes", c.as_str()),
                selected: selected_code == c.as_str(),
            })
            .collect(),
        evaluations: ['A', 'B', 'C', 'X']
            .iter()
            .flat_map(|s| ['1', '2', '3', '4'].map(move |a| (*s, a)))
            .map(|(s, a)| {
                let code = format!("{s}{a}");
                Choice {
                    label: format!(
                        "{code} — {}",
                        ctx.t2(
                            "message-evaluation-option",
                            (
                                "source",
                                &codelist_label(ctx, "source_reliability", &s.to_string())
                            ),
                            (
                                "accuracy",
                                &codelist_label(ctx, "information_accuracy", &a.to_string())
                            ),
                        )
                    ),
                    selected: selected_eval == code,
                    value: code,
                }
            })
            .collect(),
        subject: v.subject.clone(),
        body: v.body.clone(),
        thread: v.thread.clone(),
        records,
        record_ids: v.record_ids.clone(),
        purpose: v.purpose.clone(),
        case: v.case.clone(),
        errors,
        error,
        files_again: false,
    }
}

#[derive(askama::Template)]
#[template(path = "message_new.html")]
struct ComposePage {
    ctx: PageCtx,
    title: String,
    back: String,
    back_label: String,
    join: Option<super::messages::JoinHelp>,
    form: ComposeForm,
}

fn compose_page(app: &App, ctx: PageCtx, v: &ComposeValues, form: ComposeForm) -> ComposePage {
    let replying = !v.thread.is_empty();
    ComposePage {
        title: ctx.t(if replying {
            "message-reply-title"
        } else {
            "message-compose-title"
        }),
        back: if replying {
            format!("/messages/threads/{}", v.thread)
        } else {
            "/messages".into()
        },
        back_label: ctx.t(if replying {
            "thread-title"
        } else {
            "messages-title"
        }),
        join: join_help(app),
        form,
        ctx,
    }
}

#[derive(Deserialize, Default)]
pub struct ComposeQuery {
    /// A partner node to tick in advance.
    #[serde(default)]
    to: Option<String>,
    /// A record to attach (from its page), with the purpose it was opened
    /// for.
    #[serde(default)]
    record: Option<String>,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    case: String,
}

/// The form to write a new message; from a record's page, with the record
/// attached (opening it for the form is audited like viewing it).
pub async fn compose(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<ComposeQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::SendMessages)?;
    let mut v = ComposeValues {
        to: q.to.into_iter().collect(),
        purpose: q.purpose.clone(),
        case: q.case.clone(),
        ..ComposeValues::default()
    };
    let mut labels = HashMap::new();
    let mut errors = FieldErrors::default();
    if let Some(id) = q.record.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
        match Purpose::new(&q.purpose, &q.case) {
            Ok(purpose) => {
                match record_access::view(&app, &me.actor, Some(purpose), id, &me.source()).await {
                    Ok(view) => {
                        labels.insert(id.to_string(), record_access::headline(&view.record));
                    }
                    Err(AccessError::NotFound) => return Err(WebError::not_found()),
                    Err(AccessError::Policy(_)) => return Err(WebError::forbidden()),
                    Err(e) => {
                        tracing::error!(error = %e, "opening a record for a message failed");
                        return Err(WebError::internal());
                    }
                }
            }
            Err(_) => errors.purpose = Some(me.ctx.t("message-error-purpose")),
        }
        v.records.push(id.to_string());
    }
    let form = compose_form(&app, &me.ctx, &v, &labels, errors, None);
    Ok(render(&compose_page(&app, me.ctx, &v, form)))
}

/// A form with its problems, to show again.
struct Refusal {
    errors: FieldErrors,
    error: Option<String>,
    status: StatusCode,
}

impl Refusal {
    fn fields(errors: FieldErrors) -> Refusal {
        Refusal {
            errors,
            error: None,
            status: StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// Sends what the form holds (an ordinary form, or a multipart one with
/// files); back to the form with the problems marked next to their fields,
/// or on to the thread.
pub async fn send(
    State(app): State<App>,
    me: SignedIn,
    req: Request,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::SendMessages)?;
    let (v, files) = read_form(&app, req).await?;
    let refusal = match check_and_send(&app, &me, &permit, &v, &files).await {
        Ok(Ok(thread)) => {
            return Ok(
                Redirect::to(&format!("/messages/threads/{thread}?notice=sent")).into_response(),
            );
        }
        Ok(Err(refusal)) => refusal,
        Err(e) => {
            remove_files(&app, &files);
            return Err(e);
        }
    };
    remove_files(&app, &files);
    let error = refusal
        .error
        .or_else(|| Some(me.ctx.t("message-form-invalid")));
    let mut form = compose_form(&app, &me.ctx, &v, &HashMap::new(), refusal.errors, error);
    form.files_again = !files.is_empty();
    let mut r = render(&compose_page(&app, me.ctx, &v, form));
    *r.status_mut() = refusal.status;
    Ok(r)
}

fn remove_files(app: &App, files: &[Attachment]) {
    upload::remove_all(&app.data_dir, files);
}

/// Validates the form and sends: the thread, or what to show the user.
async fn check_and_send(
    app: &App,
    me: &SignedIn,
    permit: &liaison_core::policy::Permit,
    v: &ComposeValues,
    files: &[Attachment],
) -> Result<Result<Uuid, Refusal>, WebError> {
    let ctx = &me.ctx;
    let thread = match v.thread.trim() {
        "" => None,
        t => Some(Uuid::parse_str(t).map_err(|_| WebError::bad_request())?),
    };
    if access::federation_status(app) != FederationStatus::Member {
        return Ok(Err(Refusal {
            errors: FieldErrors::default(),
            error: None,
            status: StatusCode::CONFLICT,
        }));
    }
    let mut errors = FieldErrors::default();
    let to: Vec<String> =
        v.to.iter()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
    if to.is_empty() {
        errors.to = Some(ctx.t("message-error-to"));
    }
    let handling_code = v.handling_code.parse::<HandlingCode>().ok();
    if handling_code.is_none() {
        errors.handling_code = Some(ctx.t("message-error-handling-code"));
    }
    let evaluation = Evaluation::parse(&v.evaluation);
    if evaluation.is_none() {
        errors.evaluation = Some(ctx.t("message-error-evaluation"));
    }
    let subject_len = v.subject.trim().chars().count();
    if subject_len == 0 || subject_len > MAX_SUBJECT {
        errors.subject = Some(ctx.t("message-error-subject"));
    }
    let share = match v.record_ids() {
        Err(word) => {
            errors.records = Some(ctx.t1("message-error-record-id", "id", &word));
            None
        }
        Ok(ids) if ids.len() > MAX_RECORDS => {
            errors.records = Some(ctx.tn(
                "message-error-too-many-records",
                "count",
                &(MAX_RECORDS as i64),
            ));
            None
        }
        Ok(ids) if ids.is_empty() => None,
        Ok(ids) => match Purpose::new(&v.purpose, &v.case) {
            Ok(purpose) => Some(RecordsToShare { ids, purpose }),
            Err(_) => {
                errors.purpose = Some(ctx.t("message-error-purpose"));
                None
            }
        },
    };
    let (Some(handling_code), Some(evaluation), false) = (handling_code, evaluation, errors.any())
    else {
        return Ok(Err(Refusal::fields(errors)));
    };
    let out = Outgoing {
        to,
        handling_code,
        evaluation,
        subject: v.subject.clone(),
        body: v.body.clone(),
        thread,
        records: vec![],
        attachments: files.to_vec(),
    };
    let mut errors = FieldErrors::default();
    match access::send(app, permit, out, share).await {
        Ok((_, thread)) => return Ok(Ok(thread)),
        Err(MessageAccessError::Send(e)) => match &e {
            SendError::NoRecipient | SendError::ToSelf => {
                errors.to = Some(ctx.t("message-error-to"));
            }
            SendError::UnknownNode(node) => {
                errors.to = Some(ctx.t1("message-error-unknown-node", "node", node));
            }
            SendError::Subject => errors.subject = Some(ctx.t("message-error-subject")),
            SendError::Body => errors.body = Some(ctx.t("message-error-body")),
            SendError::RecordStricter { record, .. } => {
                errors.handling_code =
                    Some(ctx.t1("message-error-record-stricter", "code", record));
            }
            SendError::NotFederated => {
                return Ok(Err(Refusal {
                    errors,
                    error: None,
                    status: StatusCode::CONFLICT,
                }));
            }
            other => {
                tracing::error!(error = %other, "sending a message failed");
                return Err(WebError::internal());
            }
        },
        Err(MessageAccessError::NoSuchRecord(id)) => {
            errors.records = Some(ctx.t1("message-error-no-record", "id", &id.to_string()));
        }
        Err(MessageAccessError::RecordRefused(id, _)) => {
            errors.records = Some(ctx.t1("message-error-record-refused", "id", &id.to_string()));
        }
        Err(MessageAccessError::UnknownThread(_)) => {
            return Ok(Err(Refusal {
                errors,
                error: Some(ctx.t("message-error-thread")),
                status: StatusCode::UNPROCESSABLE_ENTITY,
            }));
        }
        Err(e) => return Err(internal(e)),
    }
    Ok(Err(Refusal::fields(errors)))
}

/// Reads the form: its fields, and its files already encrypted into the
/// outbound store. A request cut off or malformed leaves no file behind.
async fn read_form(app: &App, req: Request) -> Result<(ComposeValues, Vec<Attachment>), WebError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let axum::Form(pairs) = axum::Form::<Vec<(String, String)>>::from_request(req, app)
            .await
            .map_err(|_| WebError::bad_request())?;
        return Ok((ComposeValues::from_pairs(pairs), vec![]));
    }
    let mut form = Multipart::from_request(req, app)
        .await
        .map_err(|_| WebError::bad_request())?;
    let mut v = ComposeValues::default();
    let mut files: Vec<Attachment> = vec![];
    let outcome: Result<(), WebError> = async {
        while let Some(field) = form
            .next_field()
            .await
            .map_err(|_| WebError::bad_request())?
        {
            let name = field.name().unwrap_or_default().to_owned();
            if name == "file" {
                if let Some(file) = upload::store_file(&app.data_dir, field)
                    .await
                    .map_err(rejected)?
                {
                    files.push(file);
                    if files.len() > MAX_FILES {
                        return Err(WebError::bad_request());
                    }
                }
            } else {
                let text = upload::read_text(field, MAX_TEXT_FIELD)
                    .await
                    .map_err(rejected)?;
                v.set(&name, text);
            }
        }
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => Ok((v, files)),
        Err(e) => {
            remove_files(app, &files);
            Err(e)
        }
    }
}

fn rejected(e: UploadError) -> WebError {
    match e {
        UploadError::Store(e) => {
            tracing::error!(error = %e, "storing an uploaded file failed");
            WebError::internal()
        }
        _ => WebError::bad_request(),
    }
}

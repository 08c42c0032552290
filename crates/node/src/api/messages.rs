//! API for federation messages: the boxes, one message, a thread, and
//! sending. Same rules as the web UI (see [`crate::message_access`]):
//! reading a message or a thread is audited and marks it read, which sends
//! the sender a signed read receipt; listing a box shows headers only.

use super::caller::ApiCaller;
use super::problem::{ApiError, ErrorCode, Problem};
use crate::app::App;
use crate::federation::attachments::Attachment;
use crate::federation::messages::{MAX_BODY, Outgoing, SendError};
use crate::message_access::{self as access, MessageAccessError, MessageEntry, RecordsToShare};
use crate::message_upload::{self as upload, UploadError};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use liaison_core::codelists;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::RecordId;
use liaison_core::policy::Action;
use liaison_core::record_policy::Purpose;
use liaison_store::messages::Direction;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// One recipient's copy of a message this node sent.
#[derive(Serialize, ToSchema)]
pub struct Delivery {
    /// The recipient node.
    pub recipient: String,
    /// `queued`, `delivered`, `read` or `rejected`.
    pub status: String,
    /// When the recipient's signed delivery receipt came (RFC 3339).
    pub delivered_at: Option<String>,
    /// When the recipient's signed read receipt came (RFC 3339).
    pub read_at: Option<String>,
    /// Why the recipient refused the message (`rejected` only).
    pub error: Option<String>,
    /// Delivery attempts so far.
    pub attempts: i64,
}

/// A message, inbound or outbound.
#[derive(Serialize, ToSchema)]
pub struct Message {
    /// UUIDv7; the same on every node that holds the message.
    pub id: String,
    /// The thread (case conversation) it belongs to.
    pub thread: String,
    /// This node's order of storage; pass it as `before` to page back.
    pub seq: i64,
    /// `inbox` (received) or `outbox` (sent).
    #[serde(rename = "box")]
    pub mailbox: String,
    /// The sending node.
    pub from: String,
    /// The recipient nodes.
    pub to: Vec<String>,
    pub subject: String,
    /// Inbox: `unread` or `read`. Outbox: the least advanced delivery,
    /// `queued`, `delivered` or `read`, or `rejected` if any recipient refused.
    pub status: String,
    /// `H0`–`H3`, set by the sender; it binds the receiver.
    pub handling_code: String,
    /// What the handling code asks of the receiver (English).
    pub handling_meaning: String,
    /// 4x4 evaluation, e.g. `B2`.
    pub evaluation: String,
    /// When the sender wrote it (RFC 3339).
    pub created_at: String,
    /// Inbox: when this node received it.
    pub received_at: Option<String>,
    /// Inbox: when someone on this node first opened it, and who.
    pub read_at: Option<String>,
    pub read_by: Option<String>,
    /// Outbox: the user or system that sent it.
    pub author: Option<String>,
    /// Outbox: one entry per recipient. Inbox: empty.
    pub deliveries: Vec<Delivery>,
    /// The text; only when one message or a thread is read, not in lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Records of the common model attached (shown only when reading).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_count: Option<usize>,
    /// The records themselves, in the common model (`GET /api/v1/schema`),
    /// each with its own handling code (shown only when reading).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub records: Option<Vec<serde_json::Value>>,
    /// Attached files (shown only when reading).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AttachmentInfo>>,
}

/// A file attached to a message.
#[derive(Serialize, ToSchema)]
pub struct AttachmentInfo {
    pub file_id: String,
    /// Where to download it (decrypted, checked chunk by chunk).
    pub download: String,
    pub name: String,
    /// Bytes.
    pub size: u64,
    /// SHA-256 of the file, hex.
    pub sha256: String,
}

#[derive(Serialize, ToSchema)]
pub struct Thread {
    pub thread: String,
    /// Every message of the thread, both directions, in this node's order.
    pub messages: Vec<Message>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendMessage {
    /// Recipient node names (several make a broadcast).
    pub to: Vec<String>,
    /// `H0`–`H3` (or lower case).
    pub handling_code: String,
    /// 4x4 evaluation such as `B2`; `X4` (not assessed) when absent.
    #[serde(default)]
    pub evaluation: Option<String>,
    /// At most 300 characters.
    pub subject: String,
    /// At most 1 MiB.
    #[serde(default)]
    pub body: String,
    /// A thread this node holds, to reply in it; a new thread when absent.
    #[serde(default)]
    pub thread: Option<String>,
    /// Ids of records of this node to attach. The caller must be allowed to
    /// view each for `purpose`; sending them is written to each record's
    /// access log. The message must be at least as strict as the records.
    #[serde(default)]
    pub records: Vec<String>,
    /// Why the records are shared (required with `records`).
    #[serde(default)]
    pub purpose: Option<String>,
    /// The case the records are shared for (required with `records`).
    #[serde(default)]
    pub case_reference: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SentMessage {
    pub id: String,
    pub thread: String,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BoxQuery {
    /// `inbox` (default) or `outbox`.
    #[serde(rename = "box")]
    pub mailbox: Option<String>,
    /// Only messages before this `seq` (paging).
    pub before: Option<i64>,
    /// At most this many (1–500, default 50).
    pub limit: Option<u32>,
}

fn rfc3339(ms: i64) -> String {
    access::time_of(ms).format(&Rfc3339).unwrap_or_default()
}

fn meaning(code: &str) -> String {
    codelists::get("handling_codes")
        .and_then(|l| l.entry(&code.to_ascii_lowercase()))
        .map(|e| e.label("en").to_owned())
        .unwrap_or_default()
}

fn message_dto(e: &MessageEntry, with_body: bool) -> Message {
    let m = &e.message;
    let content = if with_body { e.content() } else { None };
    Message {
        id: m.id.clone(),
        thread: m.thread.clone(),
        seq: m.seq,
        mailbox: if e.inbound() { "inbox" } else { "outbox" }.to_owned(),
        from: m.sender.clone(),
        to: m.recipient_list().into_iter().map(str::to_owned).collect(),
        subject: m.subject.clone(),
        status: e.status.clone(),
        handling_code: m.handling_code.to_uppercase(),
        handling_meaning: meaning(&m.handling_code),
        evaluation: m.evaluation.clone(),
        created_at: rfc3339(m.created_at),
        received_at: m.received_at.map(rfc3339),
        read_at: m.read_at.map(rfc3339),
        read_by: m.read_by.clone(),
        author: m.author.clone(),
        deliveries: e
            .deliveries
            .iter()
            .map(|d| Delivery {
                recipient: d.recipient.clone(),
                status: d.status.clone(),
                delivered_at: d.delivered_at.map(rfc3339),
                read_at: d.read_at.map(rfc3339),
                error: d.last_error.clone().filter(|_| d.status == "rejected"),
                attempts: d.attempts,
            })
            .collect(),
        body: content.as_ref().map(|c| c.body.clone()),
        record_count: content.as_ref().map(|c| c.records.len()),
        records: content.as_ref().map(|c| {
            c.records
                .iter()
                .filter_map(|r| serde_json::to_value(r).ok())
                .collect()
        }),
        attachments: content.as_ref().map(|c| {
            c.attachments
                .iter()
                .map(|a| AttachmentInfo {
                    download: format!("/api/v1/messages/{}/files/{}", m.id, a.file_id),
                    file_id: a.file_id.clone(),
                    name: a.name.clone(),
                    size: a.size,
                    sha256: a.sha256.clone(),
                })
                .collect()
        }),
    }
}

impl From<MessageAccessError> for ApiError {
    fn from(e: MessageAccessError) -> Self {
        match e {
            MessageAccessError::NotFound => ApiError::not_found(),
            MessageAccessError::UnknownThread(_) | MessageAccessError::NoSuchRecord(_) => {
                ApiError::new(ErrorCode::ValidationFailed, e.to_string())
            }
            MessageAccessError::RecordRefused(..) => {
                ApiError::new(ErrorCode::Forbidden, e.to_string())
            }
            MessageAccessError::Send(s) => match s {
                SendError::NotFederated => ApiError::new(ErrorCode::NotFederated, s.to_string()),
                SendError::NoRecipient
                | SendError::UnknownNode(_)
                | SendError::ToSelf
                | SendError::Subject
                | SendError::Body
                | SendError::RecordStricter { .. } => {
                    ApiError::new(ErrorCode::ValidationFailed, s.to_string())
                }
                SendError::NeedsPermission { .. } => {
                    ApiError::new(ErrorCode::NeedsPermission, s.to_string())
                }
                SendError::NoSuchMessage(_) => ApiError::not_found(),
                SendError::NotOwner { .. } => ApiError::new(ErrorCode::Forbidden, s.to_string()),
                other => {
                    tracing::error!(error = %other, "sending a message failed");
                    ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
                }
            },
            MessageAccessError::Store(s) => s.into(),
            MessageAccessError::Audit(a) => {
                tracing::error!(error = %a, "messages");
                ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
            }
        }
    }
}

fn parse_uuid(s: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(s).map_err(|_| ApiError::not_found())
}

/// A box, newest first: headers only (no body), not audited.
#[utoipa::path(get, path = "/api/v1/messages", tag = "messages", params(BoxQuery),
    responses((status = 200, body = Vec<Message>), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn list_messages(
    State(app): State<App>,
    caller: ApiCaller,
    Query(q): Query<BoxQuery>,
) -> Result<Json<Vec<Message>>, ApiError> {
    let permit = caller.permit(Action::ReadMessages)?;
    let direction = match q.mailbox.as_deref() {
        None | Some("") | Some("inbox") => Direction::In,
        Some("outbox") => Direction::Out,
        Some(other) => {
            return Err(ApiError::new(
                ErrorCode::ValidationFailed,
                format!("box `{other}`: use inbox or outbox"),
            ));
        }
    };
    let page = access::list_box(
        &app,
        &permit,
        direction,
        q.before,
        q.limit.unwrap_or(access::PAGE_SIZE),
    )
    .await?;
    Ok(Json(
        page.entries.iter().map(|e| message_dto(e, false)).collect(),
    ))
}

/// One message with its body. Audited; an unread inbound message becomes
/// read and its sender receives a signed read receipt.
#[utoipa::path(get, path = "/api/v1/messages/{id}", tag = "messages",
    params(("id" = String, Path, description = "Message id (UUID)")),
    responses((status = 200, body = Message), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn get_message(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Message>, ApiError> {
    let permit = caller.permit(Action::ReadMessages)?;
    let entry = access::open_message(&app, &permit, parse_uuid(&id)?, &caller.source()).await?;
    Ok(Json(message_dto(&entry, true)))
}

/// Every message of a thread with its body. Audited; unread inbound
/// messages become read and their senders receive read receipts.
#[utoipa::path(get, path = "/api/v1/threads/{thread}", tag = "messages",
    params(("thread" = String, Path, description = "Thread id (UUID)")),
    responses((status = 200, body = Thread), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn get_thread(
    State(app): State<App>,
    caller: ApiCaller,
    Path(thread): Path<String>,
) -> Result<Json<Thread>, ApiError> {
    let permit = caller.permit(Action::ReadMessages)?;
    let thread = parse_uuid(&thread)?;
    let entries = access::open_thread(&app, &permit, thread, &caller.source()).await?;
    Ok(Json(Thread {
        thread: thread.to_string(),
        messages: entries.iter().map(|e| message_dto(e, true)).collect(),
    }))
}

/// Sends a message: it is signed, encrypted to each recipient and queued;
/// the outbox shows its delivery. With files, send `multipart/form-data`:
/// a part `message` holding this JSON, then one part `file` per file (any
/// size; each is encrypted on this node as it arrives).
#[utoipa::path(post, path = "/api/v1/messages", tag = "messages",
    request_body(content(
        (SendMessage = "application/json"),
        (SendMessageWithFiles = "multipart/form-data"))),
    responses((status = 201, body = SentMessage), (status = 403, body = Problem),
        (status = 409, body = Problem, description = "This node belongs to no network"),
        (status = 422, body = Problem)))]
pub async fn send_message(
    State(app): State<App>,
    caller: ApiCaller,
    req: Request,
) -> Result<Response, ApiError> {
    let permit = caller.permit(Action::SendMessages)?;
    let (req, files) = read_send(&app, req).await?;
    let sent = send_checked(&app, &permit, req, files.clone()).await;
    if sent.is_err() {
        upload::remove_all(&app.data_dir, &files);
    }
    let (id, thread) = sent?;
    Ok(sent_response(id, thread))
}

/// The multipart form of a message with files (for the OpenAPI document).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SendMessageWithFiles {
    /// The message, as JSON ([`SendMessage`]).
    message: SendMessage,
    /// The files, one part each.
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<Vec<u8>>,
}

/// Files one message may carry.
const MAX_FILES: usize = 20;

fn upload_problem(e: UploadError) -> ApiError {
    match e {
        UploadError::Store(e) => {
            tracing::error!(error = %e, "storing an uploaded file failed");
            ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
        }
        other => ApiError::new(ErrorCode::BadRequest, other.to_string()),
    }
}

/// The message (JSON, or the `message` part of a multipart request) and
/// the files stored from it. A refused request leaves no file behind.
async fn read_send(app: &App, req: Request) -> Result<(SendMessage, Vec<Attachment>), ApiError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let Json(message) = Json::<SendMessage>::from_request(req, app).await?;
        return Ok((message, vec![]));
    }
    let mut form = Multipart::from_request(req, app)
        .await
        .map_err(|e| ApiError::new(ErrorCode::BadRequest, e.body_text()))?;
    let mut message: Option<SendMessage> = None;
    let mut files: Vec<Attachment> = vec![];
    let read: Result<(), ApiError> = async {
        while let Some(field) = form
            .next_field()
            .await
            .map_err(|e| ApiError::new(ErrorCode::BadRequest, e.body_text()))?
        {
            match field.name().unwrap_or_default() {
                "message" => {
                    let text = upload::read_text(field, MAX_BODY + (64 << 10))
                        .await
                        .map_err(upload_problem)?;
                    message = Some(serde_json::from_str(&text).map_err(|e| {
                        ApiError::new(ErrorCode::BadRequest, format!("part `message`: {e}"))
                    })?);
                }
                "file" => {
                    if let Some(f) = upload::store_file(&app.data_dir, field)
                        .await
                        .map_err(upload_problem)?
                    {
                        files.push(f);
                        if files.len() > MAX_FILES {
                            return Err(ApiError::new(
                                ErrorCode::ValidationFailed,
                                format!("a message carries at most {MAX_FILES} files"),
                            ));
                        }
                    }
                }
                other => {
                    return Err(ApiError::new(
                        ErrorCode::BadRequest,
                        format!("unexpected part `{other}`: send `message` and `file` parts"),
                    ));
                }
            }
        }
        Ok(())
    }
    .await;
    let outcome = read.and_then(|()| {
        message.ok_or_else(|| {
            ApiError::new(
                ErrorCode::BadRequest,
                "the multipart request has no `message` part",
            )
        })
    });
    match outcome {
        Ok(m) => Ok((m, files)),
        Err(e) => {
            upload::remove_all(&app.data_dir, &files);
            Err(e)
        }
    }
}

async fn send_checked(
    app: &App,
    permit: &liaison_core::policy::Permit,
    req: SendMessage,
    files: Vec<Attachment>,
) -> Result<(Uuid, Uuid), ApiError> {
    let invalid = |m: String| ApiError::new(ErrorCode::ValidationFailed, m);
    let handling_code: HandlingCode = req
        .handling_code
        .parse()
        .map_err(|e: liaison_core::handling::UnknownHandlingCode| invalid(e.to_string()))?;
    let evaluation_code = req.evaluation.as_deref().unwrap_or("X4");
    let evaluation = Evaluation::parse(evaluation_code).ok_or_else(|| {
        invalid(format!(
            "evaluation `{evaluation_code}`: use a 4x4 grade such as B2"
        ))
    })?;
    let thread = match req.thread.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(t) => {
            Some(Uuid::parse_str(t).map_err(|_| invalid(format!("thread `{t}` is not a UUID")))?)
        }
    };
    let share = if req.records.is_empty() {
        None
    } else {
        let ids = req
            .records
            .iter()
            .map(|r| {
                r.trim()
                    .parse::<RecordId>()
                    .map_err(|_| invalid(format!("records: `{r}` is not a record id")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let purpose = Purpose::new(
            req.purpose.as_deref().unwrap_or_default(),
            req.case_reference.as_deref().unwrap_or_default(),
        )
        .map_err(|e| invalid(format!("records need `purpose` and `case_reference`: {e}")))?;
        Some(RecordsToShare { ids, purpose })
    };
    Ok(access::send(
        app,
        permit,
        Outgoing {
            to: req.to,
            handling_code,
            evaluation,
            subject: req.subject,
            body: req.body,
            thread,
            records: vec![],
            attachments: files,
        },
        share,
    )
    .await?)
}

/// Downloads a file attached to a message: decrypted as it streams, each
/// chunk authenticated; a file altered at rest ends the transfer with an
/// error. Audited like reading the message.
#[utoipa::path(get, path = "/api/v1/messages/{id}/files/{file_id}", tag = "messages",
    params(("id" = String, Path, description = "Message id (UUID)"),
        ("file_id" = String, Path, description = "The file's id, from the message's `attachments`")),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"),
        (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn get_file(
    State(app): State<App>,
    caller: ApiCaller,
    Path((id, file_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let permit = caller.permit(Action::ReadMessages)?;
    let id = parse_uuid(&id)?.to_string();
    let file = access::open_file(&app, &permit, &id, &file_id, &caller.source()).await?;
    Ok(file.into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ForwardMessage {
    /// The nodes to forward to.
    pub to: Vec<String>,
    /// A note to go with it (for a permission request: why it is needed).
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantPermission {
    /// The node allowed to forward.
    pub node: String,
    /// The nodes it may forward to.
    pub to: Vec<String>,
}

/// 201 for a message queued, with where to find it.
fn sent_response(id: Uuid, thread: Uuid) -> Response {
    (
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/messages/{id}"))],
        Json(SentMessage {
            id: id.to_string(),
            thread: thread.to_string(),
        }),
    )
        .into_response()
}

/// 201 for a message the service queued, or its refusal as a problem.
fn created(sent: Result<(Uuid, Uuid), SendError>) -> Result<Response, ApiError> {
    let (id, thread) = sent.map_err(|e| ApiError::from(MessageAccessError::Send(e)))?;
    Ok(sent_response(id, thread))
}

/// Forwards a message; the copy keeps its handling code. An H2/H3 message
/// to a third party without its owner's permission: 409 `needs_permission`.
#[utoipa::path(post, path = "/api/v1/messages/{id}/forward", tag = "messages", request_body = ForwardMessage,
    params(("id" = String, Path, description = "Message id (UUID)")),
    responses((status = 201, body = SentMessage), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "The owner's permission is needed (needs_permission)")))]
pub async fn forward_message(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<ForwardMessage>, JsonRejection>,
) -> Result<Response, ApiError> {
    caller.permit(Action::ReadMessages)?;
    caller.permit(Action::SendMessages)?;
    let req = req?.0;
    let id = parse_uuid(&id)?.to_string();
    let actor = liaison_core::audit::AuditActor::from(&caller.actor);
    created(crate::federation::messages::forward(&app, &actor, &id, req.to, &req.note).await)
}

/// Asks a message's owner for permission to forward it to `to`.
#[utoipa::path(post, path = "/api/v1/messages/{id}/permission-requests", tag = "messages", request_body = ForwardMessage,
    params(("id" = String, Path, description = "Message id (UUID)")),
    responses((status = 201, body = SentMessage), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn ask_permission(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<ForwardMessage>, JsonRejection>,
) -> Result<Response, ApiError> {
    caller.permit(Action::SendMessages)?;
    let req = req?.0;
    let id = parse_uuid(&id)?.to_string();
    let actor = liaison_core::audit::AuditActor::from(&caller.actor);
    created(crate::federation::messages::ask_permission(&app, &actor, &id, req.to, &req.note).await)
}

/// As the owner of message `id`, allows `node` to forward it to `to`.
#[utoipa::path(post, path = "/api/v1/messages/{id}/grants", tag = "messages", request_body = GrantPermission,
    params(("id" = String, Path, description = "Id of a message this node owns (UUID)")),
    responses((status = 201, body = SentMessage), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn grant_permission(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<GrantPermission>, JsonRejection>,
) -> Result<Response, ApiError> {
    caller.permit(Action::SendMessages)?;
    let req = req?.0;
    let id = parse_uuid(&id)?.to_string();
    let actor = liaison_core::audit::AuditActor::from(&caller.actor);
    created(
        crate::federation::messages::grant_permission(&app, &actor, &id, &req.node, req.to).await,
    )
}

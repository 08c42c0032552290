//! Messages pages: the inbox and the outbox, a form to write, and a thread
//! with its receipts and a reply form. Handlers parse, ask `core` policy for
//! a permit, and call [`crate::message_access`], which audits every opened
//! thread and marks what was unread as read (sending the read receipt).

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::message_compose::{
    ComposeForm, ComposeValues, FieldErrors, RecipientOption, compose_form,
};
use super::render;
use super::users::format_time;
use crate::app::App;
use crate::message_access::{self as access, FederationStatus, MessageAccessError, MessageEntry};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use liaison_core::codelists;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::policy::Action;
use liaison_store::messages::{Delivery, Direction};
use serde::Deserialize;
use uuid::Uuid;

/// What the pages say when the node is not (yet) in a network: the steps
/// for its operator.
pub struct JoinHelp {
    /// The request was written; only the authority's answer is missing.
    pub requested: bool,
    pub data_dir: String,
    pub node: String,
}

pub(super) fn join_help(app: &App) -> Option<JoinHelp> {
    let requested = match access::federation_status(app) {
        FederationStatus::Member => return None,
        FederationStatus::NoNetwork => true,
        FederationStatus::NotFederated => false,
    };
    Some(JoinHelp {
        requested,
        data_dir: app.data_dir.display().to_string(),
        node: app.config.node.name.to_string(),
    })
}

/// One recipient's delivery, as the outbox and the thread show it.
pub struct DeliveryRow {
    pub recipient: String,
    pub status: String,
    pub label: String,
    pub css: &'static str,
    pub delivered_at: String,
    pub read_at: String,
    /// Why the recipient refused the message.
    pub reason: String,
}

fn status_css(status: &str) -> &'static str {
    match status {
        "unread" => "warn",
        "read" | "delivered" => "ok",
        "rejected" => "bad",
        _ => "",
    }
}

fn status_label(ctx: &PageCtx, status: &str) -> String {
    ctx.t(&format!("messages-status-{status}"))
}

fn ms_time(ms: i64) -> String {
    format_time(access::time_of(ms))
}

fn delivery_row(ctx: &PageCtx, d: &Delivery) -> DeliveryRow {
    DeliveryRow {
        recipient: d.recipient.clone(),
        status: d.status.clone(),
        label: status_label(ctx, &d.status),
        css: status_css(&d.status),
        delivered_at: d.delivered_at.map(ms_time).unwrap_or_default(),
        read_at: d.read_at.map(ms_time).unwrap_or_default(),
        reason: if d.status == "rejected" {
            d.last_error.clone().unwrap_or_default()
        } else {
            String::new()
        },
    }
}

/// `h1` and its badge text `H1`; anything unexpected shows as it came.
fn handling(code: &str) -> (String, String) {
    match code.parse::<HandlingCode>() {
        Ok(c) => (c.as_str().to_owned(), c.as_str().to_uppercase()),
        Err(_) => ("h3".to_owned(), code.to_uppercase()),
    }
}

pub(super) fn codelist_label(ctx: &PageCtx, list: &str, code: &str) -> String {
    codelists::get(list)
        .and_then(|l| l.entry(code))
        .map(|e| e.label(ctx.lang()).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// What a handling code asks of the receiver, in a sentence.
fn marking(ctx: &PageCtx, code: &str) -> String {
    ctx.t(&format!("messages-marking-{}", handling(code).0))
}

pub struct BoxRow {
    pub id: String,
    pub thread: String,
    pub unread: bool,
    pub handling: String,
    pub handling_label: String,
    pub marking: String,
    pub from: String,
    pub subject: String,
    pub time: String,
    pub status_label: String,
    pub status_css: &'static str,
    pub deliveries: Vec<DeliveryRow>,
}

fn box_row(ctx: &PageCtx, e: &MessageEntry) -> BoxRow {
    let m = &e.message;
    let (code, label) = handling(&m.handling_code);
    BoxRow {
        id: m.id.clone(),
        thread: m.thread.clone(),
        unread: e.status == "unread",
        marking: marking(ctx, &code),
        handling: code,
        handling_label: label,
        from: m.sender.clone(),
        subject: m.subject.clone(),
        time: ms_time(m.received_at.unwrap_or(m.created_at)),
        status_label: status_label(ctx, &e.status),
        status_css: status_css(&e.status),
        deliveries: e.deliveries.iter().map(|d| delivery_row(ctx, d)).collect(),
    }
}

#[derive(askama::Template)]
#[template(path = "messages.html")]
struct BoxPageView {
    ctx: PageCtx,
    outbox: bool,
    join: Option<JoinHelp>,
    can_send: bool,
    rows: Vec<BoxRow>,
    older: Option<i64>,
    paged: bool,
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    before: Option<i64>,
}

async fn show_box(
    app: App,
    me: SignedIn,
    direction: Direction,
    q: PageQuery,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ReadMessages)?;
    let page = access::list_box(&app, &permit, direction, q.before, access::PAGE_SIZE)
        .await
        .map_err(internal)?;
    let rows = page.entries.iter().map(|e| box_row(&me.ctx, e)).collect();
    Ok(render(&BoxPageView {
        outbox: direction == Direction::Out,
        join: join_help(&app),
        can_send: me.permit(Action::SendMessages).is_ok(),
        rows,
        older: page.older,
        paged: q.before.is_some(),
        ctx: me.ctx,
    }))
}

/// The inbox, newest first.
pub async fn inbox(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    show_box(app, me, Direction::In, q).await
}

/// The outbox, newest first, with each recipient's delivery.
pub async fn outbox(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    show_box(app, me, Direction::Out, q).await
}

pub(super) fn internal(e: MessageAccessError) -> WebError {
    match e {
        MessageAccessError::NotFound => WebError::not_found(),
        other => {
            tracing::error!(error = %other, "messages");
            WebError::internal()
        }
    }
}

pub struct ThreadMessage {
    pub id: String,
    pub inbound: bool,
    pub from: String,
    pub to: String,
    pub time: String,
    pub handling: String,
    pub handling_label: String,
    pub marking: String,
    pub evaluation: String,
    pub evaluation_label: String,
    pub subject: String,
    pub body: String,
    pub records: Vec<CarriedRecord>,
    /// "2 records are attached to this message."
    pub records_note: String,
    /// Attached files: name, size and file id (for the download link).
    pub attachments: Vec<(String, String, String)>,
    /// Inbound: who opened it first, and when. Outbound: who sent it.
    pub person: String,
    /// Inbound: "read by … at …".
    pub read_note: String,
    pub status_label: String,
    pub status_css: &'static str,
    pub deliveries: Vec<DeliveryRow>,
    /// A partner asks this node, the owner, for permission to forward one
    /// of its messages: (requester, nodes) for the grant button.
    pub permission_request: Option<String>,
}

/// A record of the common model that a message carries, as the thread
/// shows it: what it is, its own marking, and its fields.
pub struct CarriedRecord {
    pub kind: String,
    pub headline: String,
    pub handling: String,
    pub handling_label: String,
    pub marking: String,
    pub owner: String,
    pub evaluation: String,
    pub case: String,
    pub facts: Vec<super::records::Fact>,
}

fn carried_record(ctx: &PageCtx, r: &liaison_core::model::NewRecord) -> CarriedRecord {
    let (code, label) = handling(r.meta.handling_code.as_str());
    CarriedRecord {
        kind: ctx.t(&format!("kind-{}", r.entity.kind())),
        headline: crate::record_access::headline_of(&r.entity),
        marking: marking(ctx, &code),
        handling: code,
        handling_label: label,
        owner: r.meta.owner_node.to_string(),
        evaluation: r.meta.evaluation.code(),
        case: r.meta.case_reference.clone(),
        facts: super::records::entity_facts(ctx, &r.entity),
    }
}

/// A file size for people: bytes, KiB, MiB or GiB.
fn file_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

fn thread_message(ctx: &PageCtx, e: &MessageEntry, grantable: bool) -> ThreadMessage {
    let m = &e.message;
    let (code, label) = handling(&m.handling_code);
    let content = e.content();
    let evaluation_label = Evaluation::parse(&m.evaluation)
        .map(|ev| {
            let code = ev.code();
            let (s, a) = code.split_at(1);
            ctx.t2(
                "message-evaluation-option",
                ("source", &codelist_label(ctx, "source_reliability", s)),
                ("accuracy", &codelist_label(ctx, "information_accuracy", a)),
            )
        })
        .unwrap_or_default();
    ThreadMessage {
        id: m.id.clone(),
        inbound: e.inbound(),
        from: m.sender.clone(),
        to: m.recipient_list().join(", "),
        time: ms_time(m.received_at.unwrap_or(m.created_at)),
        marking: marking(ctx, &code),
        handling: code,
        handling_label: label,
        evaluation: m.evaluation.clone(),
        evaluation_label,
        subject: m.subject.clone(),
        body: content.as_ref().map(|c| c.body.clone()).unwrap_or_default(),
        records_note: ctx.tn(
            "thread-records",
            "count",
            &content.as_ref().map_or(0, |c| c.records.len() as i64),
        ),
        records: content
            .as_ref()
            .map(|c| c.records.iter().map(|r| carried_record(ctx, r)).collect())
            .unwrap_or_default(),
        attachments: content
            .as_ref()
            .map(|c| {
                c.attachments
                    .iter()
                    .map(|a| (a.name.clone(), file_size(a.size), a.file_id.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        person: if e.inbound() {
            m.read_by.clone().unwrap_or_default()
        } else {
            m.author.clone().unwrap_or_default()
        },
        read_note: match (e.inbound(), m.read_at) {
            (true, Some(at)) => ctx.t2(
                "thread-read-by",
                ("who", m.read_by.as_deref().unwrap_or("")),
                ("at", &ms_time(at)),
            ),
            _ => String::new(),
        },
        status_label: status_label(ctx, &e.status),
        status_css: status_css(&e.status),
        deliveries: e.deliveries.iter().map(|d| delivery_row(ctx, d)).collect(),
        permission_request: content
            .as_ref()
            .and_then(|c| c.permission_request.clone())
            .filter(|r| grantable && e.inbound() && !r.to.is_empty())
            .map(|r| {
                ctx.t2(
                    "thread-grant",
                    ("node", &m.sender),
                    ("nodes", &r.to.join(", ")),
                )
            }),
    }
}

#[derive(askama::Template)]
#[template(path = "message_thread.html")]
struct ThreadPage {
    ctx: PageCtx,
    thread: String,
    subject: String,
    notice: Option<String>,
    /// A forward refused for lack of the owner's permission: (message id,
    /// nodes, explanation, label of the button that asks).
    refused: Option<(String, String, String, String)>,
    /// Partners to forward to.
    peers: Vec<RecipientOption>,
    messages: Vec<ThreadMessage>,
    join: Option<JoinHelp>,
    form: Option<ComposeForm>,
}

#[derive(Deserialize, Default)]
pub struct ThreadQuery {
    #[serde(default)]
    notice: String,
    /// A refused forward: the message and the nodes.
    #[serde(default)]
    refused: String,
    #[serde(default)]
    to: String,
}

/// A thread: every message in both directions, receipts of those sent, and
/// a reply form. Opening it is audited and marks unread messages read.
pub async fn thread(
    State(app): State<App>,
    me: SignedIn,
    Path(thread): Path<String>,
    Query(q): Query<ThreadQuery>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ReadMessages)?;
    let thread = Uuid::parse_str(&thread).map_err(|_| WebError::not_found())?;
    let entries = access::open_thread(&app, &permit, thread, &me.source())
        .await
        .map_err(internal)?;
    let mut ctx = me.ctx.clone();
    // The frame counted before this page marked messages read.
    ctx.unread_messages = access::unread_count(&app, &permit).await.unwrap_or(0);
    let join = join_help(&app);
    let form = (join.is_none() && me.permit(Action::SendMessages).is_ok()).then(|| {
        let last = entries.last().map(|e| &e.message);
        let first = entries.first().map(|e| e.message.subject.as_str());
        let subject = first.unwrap_or_default();
        let v = ComposeValues {
            to: access::reply_parties(&app, &entries),
            handling_code: last.map(|m| m.handling_code.clone()).unwrap_or_default(),
            subject: if subject.starts_with("Re: ") {
                subject.to_owned()
            } else {
                format!("Re: {subject}")
            },
            thread: thread.to_string(),
            ..ComposeValues::default()
        };
        compose_form(
            &app,
            &ctx,
            &v,
            &std::collections::HashMap::new(),
            FieldErrors::default(),
            None,
        )
    });
    // Requests for permission that this node can grant: it owns the
    // message they name.
    let this = app.config.node.name.to_string();
    let mut grantable = std::collections::HashSet::new();
    for e in &entries {
        if let Some(r) = e.content().and_then(|c| c.permission_request)
            && let Ok(original) = app.store.message(&r.message_id).await
            && crate::federation::messages::owner(&original) == this
        {
            grantable.insert(e.message.id.clone());
        }
    }
    let messages: Vec<ThreadMessage> = entries
        .iter()
        .map(|e| thread_message(&ctx, e, grantable.contains(&e.message.id)))
        .collect();
    let refused = entries
        .iter()
        .find(|e| !q.refused.is_empty() && e.message.id == q.refused)
        .map(|e| {
            let owner = crate::federation::messages::owner(&e.message);
            let text = ctx.t2(
                "thread-forward-refused",
                ("owner", &owner),
                ("nodes", &q.to),
            );
            let button = ctx.t1("thread-ask-permission", "owner", &owner);
            (e.message.id.clone(), q.to.clone(), text, button)
        });
    let peers = if me.permit(Action::SendMessages).is_ok() {
        forward_peers(&app)
    } else {
        vec![]
    };
    Ok(render(&ThreadPage {
        thread: thread.to_string(),
        subject: entries
            .first()
            .map(|e| e.message.subject.clone())
            .unwrap_or_default(),
        notice: match q.notice.as_str() {
            "sent" => Some(ctx.t("thread-sent-notice")),
            "forwarded" => Some(ctx.t("thread-forwarded-notice")),
            "asked" => Some(ctx.t("thread-asked-notice")),
            "granted" => Some(ctx.t("thread-granted-notice")),
            _ => None,
        },
        refused,
        peers,
        messages,
        join,
        form,
        ctx,
    }))
}

#[cfg(test)]
mod tests {
    use crate::i18n::{LANGUAGES, message_ids};
    use std::collections::BTreeSet;

    /// The keys these pages build at run time exist.
    #[test]
    fn every_status_and_marking_label_is_defined() {
        let en: BTreeSet<String> = message_ids(LANGUAGES[0].2).into_iter().collect();
        let keys = ["unread", "read", "queued", "delivered", "rejected"]
            .map(|s| format!("messages-status-{s}"))
            .into_iter()
            .chain(["h0", "h1", "h2", "h3"].map(|c| format!("messages-marking-{c}")))
            .chain(
                [
                    "message-evaluation-option",
                    "thread-read-by",
                    "messages-join-requested",
                ]
                .map(str::to_owned),
            );
        let missing: Vec<String> = keys.filter(|k| !en.contains(k)).collect();
        assert!(
            missing.is_empty(),
            "missing from locales/en.ftl: {missing:?}"
        );
    }
}

/// Every partner node, for the forward form.
fn forward_peers(app: &App) -> Vec<RecipientOption> {
    let Some(fed) = app.federation.as_ref() else {
        return vec![];
    };
    fed.state
        .snapshot()
        .peers(app.config.node.name.as_str())
        .into_iter()
        .map(|p| RecipientOption {
            label: format!("{} · {}", p.member.agency, p.member.country),
            name: p.member.name,
            checked: false,
        })
        .collect()
}

#[derive(Deserialize)]
pub struct ForwardForm {
    #[serde(default)]
    to: Vec<String>,
    #[serde(default)]
    note: String,
}

fn forward_form(pairs: Vec<(String, String)>) -> ForwardForm {
    let mut f = ForwardForm {
        to: vec![],
        note: String::new(),
    };
    for (k, v) in pairs {
        match k.as_str() {
            "to" => f.to.extend(
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            ),
            "note" => f.note = v,
            _ => {}
        }
    }
    f
}

async fn thread_of(app: &App, id: &str) -> Result<String, WebError> {
    app.store
        .message(id)
        .await
        .map(|m| m.thread)
        .map_err(|_| WebError::not_found())
}

fn to_thread(thread: &str, query: &str) -> Response {
    axum::response::Redirect::to(&format!("/messages/threads/{thread}?{query}")).into_response()
}

/// Forwards a message. An H2/H3 message refused for lack of the owner's
/// permission brings the user back to the thread, which offers to ask.
pub async fn forward(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    me.permit(Action::ReadMessages)?;
    me.permit(Action::SendMessages)?;
    let f = forward_form(pairs);
    if f.to.is_empty() {
        return Err(WebError::bad_request());
    }
    let actor = liaison_core::audit::AuditActor::from(&me.actor);
    match crate::federation::messages::forward(&app, &actor, &id, f.to.clone(), &f.note).await {
        Ok((_, thread)) => Ok(to_thread(&thread.to_string(), "notice=forwarded")),
        Err(crate::federation::messages::SendError::NeedsPermission { nodes, .. }) => {
            Ok(to_thread(
                &thread_of(&app, &id).await?,
                &format!("refused={}&to={}", urlencoding(&id), urlencoding(&nodes)),
            ))
        }
        Err(e) => Err(internal(e.into())),
    }
}

/// Asks the owner of a message for permission to forward it.
pub async fn ask_permission(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    me.permit(Action::SendMessages)?;
    let f = forward_form(pairs);
    let actor = liaison_core::audit::AuditActor::from(&me.actor);
    let (_, thread) = crate::federation::messages::ask_permission(&app, &actor, &id, f.to, &f.note)
        .await
        .map_err(|e| internal(e.into()))?;
    Ok(to_thread(&thread.to_string(), "notice=asked"))
}

/// The owner grants a partner permission to forward one of its messages.
/// `id` is the request; it names the message and the nodes.
pub async fn grant(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    me.permit(Action::SendMessages)?;
    let request = app
        .store
        .message(&id)
        .await
        .map_err(|_| WebError::not_found())?;
    let content: crate::federation::messages::MessageContent =
        serde_json::from_str(&request.content).map_err(|_| WebError::bad_request())?;
    let asked = content
        .permission_request
        .ok_or_else(WebError::bad_request)?;
    let actor = liaison_core::audit::AuditActor::from(&me.actor);
    crate::federation::messages::grant_permission(
        &app,
        &actor,
        &asked.message_id,
        &request.sender,
        asked.to,
    )
    .await
    .map_err(|e| internal(e.into()))?;
    Ok(to_thread(&request.thread, "notice=granted"))
}

fn urlencoding(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Downloads an attached file: decrypted chunk by chunk as it streams, each
/// chunk authenticated (a cut or altered file stops the download with an
/// error). Audited like opening the message.
pub async fn attachment(
    State(app): State<App>,
    me: SignedIn,
    Path((id, file_id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ReadMessages)?;
    let file = access::open_file(&app, &permit, &id, &file_id, &me.source())
        .await
        .map_err(internal)?;
    Ok(file.into_response())
}

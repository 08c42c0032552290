//! Federation messages for people and national systems: the inbox and the
//! outbox, a thread, one message, and sending. The web UI and the REST API
//! both come here, so both follow the same rules:
//!
//! * every function takes the [`Permit`] of its action
//!   ([`Action::ReadMessages`], [`Action::SendMessages`]), which only
//!   `core` policy issues;
//! * opening a thread or a message shows case content: it is written to the
//!   audit log (`message_read`, with the reader and their address) before
//!   the content is returned, and unread inbound messages are marked read
//!   through [`messages::mark_read`], which queues the signed read receipt
//!   for the sender;
//! * the boxes show headers only (sender, recipients, subject, marking,
//!   status) and are not logged, like a search form without results.

use crate::app::App;
use crate::audit_log::AuditError;
use crate::federation::attachments::{self, Attachment};
use crate::federation::messages::{self, MessageContent, Outgoing, SendError};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::model::RecordId;
use liaison_core::policy::{Action, Actor, Permit};
use liaison_core::record_policy::{self, Purpose, RecordAction, RecordPolicyError};
use liaison_store::StoreError;
use liaison_store::messages::{Delivery, Direction, StoredMessage};
use liaison_store::records::StoredRecord;
use uuid::Uuid;

/// Messages per page of a box, unless the caller asks for another number.
pub const PAGE_SIZE: u32 = 50;
/// The most a caller may ask for at once.
pub const MAX_PAGE_SIZE: u32 = 500;

#[derive(Debug, thiserror::Error)]
pub enum MessageAccessError {
    #[error("no such message or thread on this node")]
    NotFound,
    #[error(
        "thread {0} is not known on this node: reply in an existing thread, or leave the thread out to start one"
    )]
    UnknownThread(Uuid),
    #[error("no record {0} on this node")]
    NoSuchRecord(RecordId),
    #[error("record {0} cannot be shared: {1}")]
    RecordRefused(RecordId, RecordPolicyError),
    #[error(transparent)]
    Send(#[from] SendError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// Whether, and how far, this node takes part in a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FederationStatus {
    /// No federation keys: `liaison node request` was never run.
    NotFederated,
    /// Keys and a request, but no network joined yet.
    NoNetwork,
    /// A member of at least one network.
    Member,
}

pub fn federation_status(app: &App) -> FederationStatus {
    match app.federation.as_ref() {
        None => FederationStatus::NotFederated,
        Some(f) if f.state.snapshot().networks.is_empty() => FederationStatus::NoNetwork,
        Some(_) => FederationStatus::Member,
    }
}

/// A partner node a message can go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub name: String,
    pub country: String,
    pub agency: String,
    pub network: String,
}

/// The current members of this node's networks, except itself, by name.
pub fn recipients(app: &App) -> Vec<Recipient> {
    let Some(fed) = app.federation.as_ref() else {
        return vec![];
    };
    fed.state
        .snapshot()
        .peers(app.config.node.name.as_str())
        .into_iter()
        .map(|p| Recipient {
            name: p.member.name,
            country: p.member.country,
            agency: p.member.agency,
            network: p.network,
        })
        .collect()
}

/// One message with what this node knows of its delivery.
#[derive(Clone, Debug)]
pub struct MessageEntry {
    pub message: StoredMessage,
    /// Outbound: one per recipient, by recipient name. Inbound: none.
    pub deliveries: Vec<Delivery>,
    /// `unread`/`read` (inbound), `queued`/`delivered`/`read`/`rejected`
    /// (outbound): see [`messages::status`].
    pub status: String,
}

impl MessageEntry {
    pub fn inbound(&self) -> bool {
        self.message.direction == Direction::In.as_str()
    }

    /// The opened content (subject, body, records), if it parses.
    pub fn content(&self) -> Option<MessageContent> {
        serde_json::from_str(&self.message.content).ok()
    }
}

/// A page of a box, newest first; `older` is the `before` of the next page.
#[derive(Clone, Debug)]
pub struct BoxPage {
    pub entries: Vec<MessageEntry>,
    pub older: Option<i64>,
}

async fn entries(
    app: &App,
    list: Vec<StoredMessage>,
) -> Result<Vec<MessageEntry>, MessageAccessError> {
    let outbound: Vec<String> = list
        .iter()
        .filter(|m| m.direction == Direction::Out.as_str())
        .map(|m| m.id.clone())
        .collect();
    let deliveries = app.store.deliveries(&outbound).await?;
    Ok(list
        .into_iter()
        .map(|m| {
            let status = messages::status(&m, &deliveries);
            let mine = deliveries
                .iter()
                .filter(|d| d.message_id == m.id)
                .cloned()
                .collect();
            MessageEntry {
                message: m,
                deliveries: mine,
                status,
            }
        })
        .collect())
}

/// A page of the inbox or the outbox, newest first.
pub async fn list_box(
    app: &App,
    permit: &Permit,
    direction: Direction,
    before: Option<i64>,
    limit: u32,
) -> Result<BoxPage, MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::ReadMessages);
    let limit = limit.clamp(1, MAX_PAGE_SIZE);
    let mut list = app
        .store
        .list_messages(direction, before, limit + 1)
        .await?;
    let older = if list.len() > limit as usize {
        list.truncate(limit as usize);
        list.last().map(|m| m.seq)
    } else {
        None
    };
    Ok(BoxPage {
        entries: entries(app, list).await?,
        older,
    })
}

/// Inbound messages nobody on this node has opened yet (for the navigation).
pub async fn unread_count(app: &App, permit: &Permit) -> Result<i64, MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::ReadMessages);
    Ok(app.store.count_unread().await?)
}

/// Marks the unread inbound messages among `list` read by `reader` (each
/// queues a read receipt); returns the ids marked.
async fn mark_unread(
    app: &App,
    list: &[StoredMessage],
    reader: &str,
) -> Result<Vec<String>, MessageAccessError> {
    let mut marked = vec![];
    for m in list
        .iter()
        .filter(|m| m.direction == Direction::In.as_str() && m.read_at.is_none())
    {
        messages::mark_read(app, m, reader).await?;
        marked.push(m.id.clone());
    }
    Ok(marked)
}

fn read_event(permit: &Permit, source: &str, target: String, detail: String) -> AuditEvent {
    AuditEvent::new(
        AuditActor::from(permit.actor()),
        AuditAction::MessageRead,
        Outcome::Success,
    )
    .target(target)
    .source(source)
    .detail(detail)
}

/// Opens a thread: every message of it, both directions, in the order this
/// node stored them. Audited; unread inbound messages become read.
pub async fn open_thread(
    app: &App,
    permit: &Permit,
    thread: Uuid,
    source: &str,
) -> Result<Vec<MessageEntry>, MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::ReadMessages);
    let key = thread.to_string();
    let list = app.store.thread_messages(&key).await?;
    if list.is_empty() {
        return Err(MessageAccessError::NotFound);
    }
    app.audit
        .record(read_event(
            permit,
            source,
            format!("thread:{thread}"),
            format!(
                "{} message(s): {}",
                list.len(),
                list.iter()
                    .map(|m| m.id.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ))
        .await?;
    let marked = mark_unread(app, &list, &permit.actor().name).await?;
    let list = if marked.is_empty() {
        list
    } else {
        app.store.thread_messages(&key).await?
    };
    entries(app, list).await
}

/// Opens one message. Audited; an unread inbound message becomes read.
pub async fn open_message(
    app: &App,
    permit: &Permit,
    id: Uuid,
    source: &str,
) -> Result<MessageEntry, MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::ReadMessages);
    let key = id.to_string();
    let m = match app.store.message(&key).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return Err(MessageAccessError::NotFound),
        Err(e) => return Err(e.into()),
    };
    app.audit
        .record(read_event(
            permit,
            source,
            format!("message:{id}"),
            format!("thread {}", m.thread),
        ))
        .await?;
    let m = if mark_unread(app, std::slice::from_ref(&m), &permit.actor().name)
        .await?
        .is_empty()
    {
        m
    } else {
        app.store.message(&key).await?
    };
    entries(app, vec![m])
        .await?
        .pop()
        .ok_or(MessageAccessError::NotFound)
}

/// The nodes a reply in this thread goes to by default: everyone who wrote
/// or was written to in it, except this node.
pub fn reply_parties(app: &App, thread: &[MessageEntry]) -> Vec<String> {
    let this = app.config.node.name.as_str();
    let mut out: Vec<String> = thread
        .iter()
        .flat_map(|e| std::iter::once(e.message.sender.as_str()).chain(e.message.recipient_list()))
        .filter(|n| *n != this)
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Sends a message (sealed and queued; the delivery worker takes it from
/// there). A reply must name a thread this node holds. Returns the message
/// id and its thread.
pub async fn send(
    app: &App,
    permit: &Permit,
    mut out: Outgoing,
    share: Option<RecordsToShare>,
) -> Result<(Uuid, Uuid), MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::SendMessages);
    if app.federation.is_none() {
        return Err(SendError::NotFederated.into());
    }
    if let Some(t) = out.thread
        && app.store.thread_messages(&t.to_string()).await?.is_empty()
    {
        return Err(MessageAccessError::UnknownThread(t));
    }
    let mut disclosure = messages::Disclosure::default();
    if let Some(share) = share.filter(|s| !s.ids.is_empty()) {
        for id in &share.ids {
            let stored = shareable_record(app, permit.actor(), &share.purpose, *id).await?;
            out.records.push(stored.record);
            disclosure.records.push(id.to_string());
        }
        disclosure.purpose = format!(
            "purpose: {} · case {}",
            share.purpose.reason, share.purpose.case_reference
        );
    }
    Ok(messages::send_disclosing(app, &AuditActor::from(permit.actor()), out, &disclosure).await?)
}

/// Records a user attaches to a message, with the purpose that justifies
/// passing them to a partner.
#[derive(Clone, Debug)]
pub struct RecordsToShare {
    pub ids: Vec<RecordId>,
    pub purpose: Purpose,
}

/// A record `actor` may disclose for `purpose`: the same rule as viewing it
/// (role, unit, handling code, purpose); the send's audit entry names it.
pub async fn shareable_record(
    app: &App,
    actor: &Actor,
    purpose: &Purpose,
    id: RecordId,
) -> Result<StoredRecord, MessageAccessError> {
    let stored = match app.store.record(id).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => return Err(MessageAccessError::NoSuchRecord(id)),
        Err(e) => return Err(e.into()),
    };
    record_policy::authorize_record(
        actor,
        RecordAction::View,
        Some(&crate::record_access::facts(&stored)),
        Some(purpose.clone()),
        &app.config.node.name,
    )
    .map_err(|e| MessageAccessError::RecordRefused(id, e))?;
    Ok(stored)
}

/// A file attached to a message, opened for download.
pub struct OpenedFile {
    pub attachment: Attachment,
    /// The plaintext, decrypted a chunk at a time on the blocking pool; an
    /// altered or missing chunk ends the stream with an error.
    pub body: axum::body::Body,
}

impl axum::response::IntoResponse for OpenedFile {
    fn into_response(self) -> axum::response::Response {
        use axum::http::header;
        let name: String = url::form_urlencoded::byte_serialize(self.attachment.name.as_bytes())
            .collect::<String>()
            .replace('+', "%20");
        (
            [
                (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename*=UTF-8''{name}"),
                ),
                (header::CONTENT_LENGTH, self.attachment.size.to_string()),
            ],
            self.body,
        )
            .into_response()
    }
}

/// Opens a file of a message for download. Audited (`message_read`, with
/// the file's name and size).
pub async fn open_file(
    app: &App,
    permit: &Permit,
    message_id: &str,
    file_id: &str,
    source: &str,
) -> Result<OpenedFile, MessageAccessError> {
    debug_assert_eq!(permit.action(), Action::ReadMessages);
    let m = match app.store.message(message_id).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return Err(MessageAccessError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let content: MessageContent =
        serde_json::from_str(&m.content).map_err(|_| MessageAccessError::NotFound)?;
    let file = content
        .attachments
        .into_iter()
        .find(|a| a.file_id == file_id)
        .ok_or(MessageAccessError::NotFound)?;
    app.audit
        .record(read_event(
            permit,
            source,
            format!("message:{message_id}"),
            format!("downloaded file {} ({} bytes)", file.name, file.size),
        ))
        .await?;
    let dir = attachments::stored_dir(
        &app.data_dir,
        &m.sender,
        app.config.node.name.as_str(),
        &file.file_id,
    );
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let streamed = file.clone();
    tokio::task::spawn_blocking(move || {
        let mut sink = ChannelWriter(tx.clone());
        if let Err(e) = attachments::decrypt_to(&dir, &streamed, &mut sink) {
            tracing::warn!(file = %streamed.name, error = %e, "attachment download stopped");
            let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    Ok(OpenedFile {
        attachment: file,
        body: axum::body::Body::from_stream(stream),
    })
}

/// Hands decrypted bytes to the response stream (blocks while the client
/// is slow: back-pressure, not memory).
struct ChannelWriter(tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>);

impl std::io::Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.blocking_send(Ok(buf.to_vec())).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::BrokenPipe, "download cancelled")
        })?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Milliseconds since 1970 (the store's times) as a time.
pub fn time_of(ms: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

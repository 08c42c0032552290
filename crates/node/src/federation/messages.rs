//! Sending and receiving messages: compose → seal → outbox; envelope →
//! checks → open → inbox → signed receipt; opened by a user → read receipt.

use super::FederationParts;
use super::state::{Peer, Snapshot, now_ms};
use crate::app::App;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::NewRecord;
use liaison_protocol::envelope::{self, EnvelopeHeader, RecipientKey, SenderKey};
use liaison_protocol::receipt::{self, Receipt, ReceiptKind};
use liaison_protocol::signed;
use liaison_protocol::transfer::Outcome as TransferOutcome;
use liaison_store::messages::{Direction, NewMessage, StoredMessage};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const CONTENT_TYPE: &str = "application/vnd.liaison.message+json";
/// How long an envelope may take to arrive before it is refused.
pub const DEFAULT_VALIDITY_MS: i64 = 30 * 24 * 3600 * 1000;
/// Clock difference between nodes tolerated on `created`.
const CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;
pub const MAX_SUBJECT: usize = 300;
pub const MAX_BODY: usize = 1 << 20;
/// The refusal that asks the sender to try again later (nothing is wrong
/// with the envelope).
pub const TEMPORARY: &str = "temporarily unavailable";

/// What travels encrypted inside an envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageContent {
    pub subject: String,
    pub body: String,
    /// Records of the common model, each with its own handling code.
    #[serde(default)]
    pub records: Vec<NewRecord>,
    /// Files, whose encrypted chunks travel ahead of the envelope.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<super::attachments::Attachment>,
    /// Set on a forwarded copy: where it came from. The copy keeps (at
    /// least) the original's handling code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<Forwarded>,
    /// A request to the owner of a message for permission to forward it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_request: Option<PermissionRef>,
    /// The owner's permission to forward a message to these nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_grant: Option<PermissionRef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forwarded {
    pub message_id: String,
    /// The node that owns the original (its first sender).
    pub owner: String,
    pub handling_code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermissionRef {
    pub message_id: String,
    /// The third parties concerned.
    pub to: Vec<String>,
}

/// A message to send.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub to: Vec<String>,
    pub handling_code: HandlingCode,
    pub evaluation: Evaluation,
    pub subject: String,
    pub body: String,
    pub thread: Option<Uuid>,
    pub records: Vec<NewRecord>,
    /// Files already encrypted into this node's store
    /// ([`super::attachments::store_outbound`]).
    pub attachments: Vec<super::attachments::Attachment>,
}

/// The structured parts of a message that are not text.
#[derive(Clone, Debug, Default)]
pub struct Extras {
    pub forwarded: Option<Forwarded>,
    pub permission_request: Option<PermissionRef>,
    pub permission_grant: Option<PermissionRef>,
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("this node belongs to no network; run `liaison node request` and `liaison node join`")]
    NotFederated,
    #[error("no recipient; name at least one node")]
    NoRecipient,
    #[error("{0} is not a current member of this node's networks")]
    UnknownNode(String),
    #[error("a node cannot send a message to itself")]
    ToSelf,
    #[error("the subject is empty or longer than {MAX_SUBJECT} characters")]
    Subject,
    #[error("the body is longer than {MAX_BODY} bytes")]
    Body,
    #[error(
        "this message is {code}: forwarding it to {nodes} needs the permission of its owner, {owner} \
         (ask for it: liaison message ask-permission --id {message} --to {nodes})"
    )]
    NeedsPermission {
        code: String,
        owner: String,
        message: String,
        nodes: String,
    },
    #[error(
        "a record in this message is {record}: the message must be {record} or stricter (it is {message})"
    )]
    RecordStricter { record: String, message: String },
    #[error("no message {0} on this node")]
    NoSuchMessage(String),
    #[error("only the owner of a message ({owner}) can grant permission to forward it")]
    NotOwner { owner: String },
    #[error("sealing the envelope: {0}")]
    Seal(#[from] liaison_protocol::EnvelopeError),
    #[error(transparent)]
    Store(#[from] liaison_store::StoreError),
    #[error(transparent)]
    Audit(#[from] crate::audit_log::AuditError),
}

fn federation(app: &App) -> Result<&FederationParts, SendError> {
    app.federation.as_ref().ok_or(SendError::NotFederated)
}

/// Validates, seals and queues a message; returns its id. The delivery
/// worker sends it (now, or when the recipient is reachable again).
pub async fn send(app: &App, author: &AuditActor, out: Outgoing) -> Result<Uuid, SendError> {
    Ok(
        send_with(app, author, out, Extras::default(), &Disclosure::default())
            .await?
            .0,
    )
}

/// Records of this node a message discloses to partners, and why: the
/// audit entry of the send names them, so that a record's access history
/// shows to whom it went.
#[derive(Clone, Debug, Default)]
pub struct Disclosure {
    /// Record ids, as the store knows them.
    pub records: Vec<String>,
    /// The purpose and case given for disclosing them, in words.
    pub purpose: String,
}

/// Sends a message carrying records of this node (already authorised by
/// the caller); the audit entry lists them with the purpose.
pub async fn send_disclosing(
    app: &App,
    author: &AuditActor,
    out: Outgoing,
    disclosure: &Disclosure,
) -> Result<(Uuid, Uuid), SendError> {
    send_with(app, author, out, Extras::default(), disclosure).await
}

/// Sends; returns the new message's id and its thread.
async fn send_with(
    app: &App,
    author: &AuditActor,
    out: Outgoing,
    extras: Extras,
    disclosure: &Disclosure,
) -> Result<(Uuid, Uuid), SendError> {
    let mut prepared = prepare(app, Uuid::now_v7(), out, extras)?;
    prepared.1.author = Some(author.name.clone());
    let id = prepared.0;
    let m = &prepared.2;
    let mut detail = format!(
        "to {} · {} · thread {}",
        m.recipients.join(", "),
        m.handling_code,
        m.thread
    );
    if !disclosure.records.is_empty() {
        detail.push_str(&format!(
            " · {} record(s) · {}",
            disclosure.records.len(),
            disclosure.purpose
        ));
    }
    let event = AuditEvent::new(author.clone(), AuditAction::MessageSent, Outcome::Success)
        .target(format!("message:{id}"))
        .detail(detail);
    crate::audit_log::trace(&event);
    app.store
        .queue_outbound_audited(&[prepared.1], Some((&event, &disclosure.records)))
        .await?;
    app.delivery_wakeup.notify_one();
    Ok((id, m.thread))
}

/// Queues many messages in one transaction (all or none), sealing them on
/// every core; returns their ids in order.
pub async fn send_many(
    app: &App,
    author: &AuditActor,
    batch: Vec<Outgoing>,
) -> Result<Vec<Uuid>, SendError> {
    if batch.is_empty() {
        return Ok(vec![]);
    }
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let per = batch.len().div_ceil(workers);
    let mut tasks = vec![];
    // Ids first, in order, so that id order is queue order (UUIDv7 sorts by
    // time); sealing then runs in parallel.
    let mut rest: Vec<(Uuid, Outgoing)> = batch.into_iter().map(|o| (Uuid::now_v7(), o)).collect();
    while !rest.is_empty() {
        let tail = rest.split_off(per.min(rest.len()));
        let chunk = std::mem::replace(&mut rest, tail);
        let app = app.clone();
        tasks.push(tokio::task::spawn_blocking(move || {
            chunk
                .into_iter()
                .map(|(id, o)| prepare(&app, id, o, Extras::default()).map(|(id, m, _)| (id, m)))
                .collect::<Result<Vec<_>, _>>()
        }));
    }
    let mut ids = vec![];
    let mut rows = vec![];
    for t in tasks {
        let part = t.await.map_err(|_| {
            SendError::Seal(liaison_protocol::EnvelopeError::Malformed(
                "sealing task failed",
            ))
        })??;
        for (id, mut m) in part {
            m.author = Some(author.name.clone());
            ids.push(id);
            rows.push(m);
        }
    }
    let event = AuditEvent::new(author.clone(), AuditAction::MessageSent, Outcome::Success)
        .target(format!("message:{}", ids[0]))
        .detail(format!(
            "batch of {} messages, {} … {}",
            ids.len(),
            ids[0],
            ids[ids.len() - 1]
        ));
    crate::audit_log::trace(&event);
    app.store
        .queue_outbound_audited(&rows, Some((&event, &[])))
        .await?;
    app.delivery_wakeup.notify_one();
    Ok(ids)
}

/// Checks a message and seals it: (id, row to queue, summary for the log).
fn prepare(
    app: &App,
    id: Uuid,
    out: Outgoing,
    extras: Extras,
) -> Result<(Uuid, NewMessage, Summary), SendError> {
    let fed = federation(app)?;
    let snap = fed.state.snapshot();
    let this = app.config.node.name.as_str();
    let mut to: Vec<String> = out.to.iter().map(|t| t.trim().to_owned()).collect();
    to.retain(|t| !t.is_empty());
    to.sort();
    to.dedup();
    if to.is_empty() {
        return Err(SendError::NoRecipient);
    }
    if to.iter().any(|t| t == this) {
        return Err(SendError::ToSelf);
    }
    let peers = to
        .iter()
        .map(|t| {
            snap.peer(t)
                .ok_or_else(|| SendError::UnknownNode(t.clone()))
        })
        .collect::<Result<Vec<Peer>, _>>()?;
    let subject = out.subject.trim().to_owned();
    if subject.is_empty() || subject.chars().count() > MAX_SUBJECT {
        return Err(SendError::Subject);
    }
    if out.body.len() > MAX_BODY {
        return Err(SendError::Body);
    }
    // A message carrying a record is at least as restricted as the record.
    if let Some(strictest) = out.records.iter().map(|r| r.meta.handling_code).max()
        && strictest > out.handling_code
    {
        return Err(SendError::RecordStricter {
            record: strictest.as_str().to_uppercase(),
            message: out.handling_code.as_str().to_uppercase(),
        });
    }
    let thread = out.thread.unwrap_or(id);
    let created = now_ms();
    let header = EnvelopeHeader {
        message_id: *id.as_bytes(),
        sender: this.to_owned(),
        recipients: to.clone(),
        thread: *thread.as_bytes(),
        handling_code: out.handling_code.as_str().to_owned(),
        evaluation: out.evaluation.code(),
        created_ms: created,
        expires_ms: created + DEFAULT_VALIDITY_MS,
        protocol_version: envelope::PROTOCOL_VERSION,
    };
    let content = MessageContent {
        subject,
        body: out.body,
        records: out.records,
        attachments: out.attachments,
        forwarded: extras.forwarded,
        permission_request: extras.permission_request,
        permission_grant: extras.permission_grant,
    };
    let plaintext = serde_json::to_vec(&content).unwrap_or_default();
    let envelope = seal(app, &peers, &header, &plaintext)?;
    let summary = Summary {
        recipients: to.clone(),
        handling_code: header.handling_code.clone(),
        thread,
    };
    Ok((
        id,
        NewMessage {
            id: id.to_string(),
            thread: thread.to_string(),
            sender: this.to_owned(),
            recipients: to,
            handling_code: header.handling_code.clone(),
            evaluation: header.evaluation.clone(),
            subject: content.subject.clone(),
            content: serde_json::to_string(&content).unwrap_or_default(),
            envelope,
            created_at: created,
            expires_at: header.expires_ms,
            author: None,
            files: content
                .attachments
                .iter()
                .map(|a| (a.file_id.clone(), a.chunks))
                .collect(),
        },
        summary,
    ))
}

struct Summary {
    recipients: Vec<String>,
    handling_code: String,
    thread: Uuid,
}

/// The node that owns a stored message: its first sender, or, for a
/// forwarded copy, the original's owner.
pub fn owner(message: &StoredMessage) -> String {
    provenance(message).owner
}

/// Who owns a message and the id the owner knows it by (a forwarded copy
/// points to the original).
struct Provenance {
    owner: String,
    original_id: String,
}

fn provenance(message: &StoredMessage) -> Provenance {
    match serde_json::from_str::<MessageContent>(&message.content)
        .ok()
        .and_then(|c| c.forwarded)
    {
        Some(f) => Provenance {
            owner: f.owner,
            original_id: f.message_id,
        },
        None => Provenance {
            owner: message.sender.clone(),
            original_id: message.id.clone(),
        },
    }
}

/// A stored message by id; a missing one is [`SendError::NoSuchMessage`].
async fn stored(app: &App, id: &str) -> Result<StoredMessage, SendError> {
    match app.store.message(id).await {
        Ok(m) => Ok(m),
        Err(liaison_store::StoreError::NotFound) => Err(SendError::NoSuchMessage(id.to_owned())),
        Err(e) => Err(e.into()),
    }
}

/// Evaluation of what a node says itself (grants): A1; of what it relays
/// without assessing it (requests, defaults): X4.
pub(crate) const SELF_EVALUATION: Evaluation = Evaluation {
    source_reliability: liaison_core::evaluation::SourceReliability::A,
    information_accuracy: liaison_core::evaluation::InformationAccuracy::NotInDoubt,
};
const UNASSESSED: Evaluation = Evaluation {
    source_reliability: liaison_core::evaluation::SourceReliability::X,
    information_accuracy: liaison_core::evaluation::InformationAccuracy::Uncorroborated,
};

/// Nodes among `to` that a forward of `message` would need the owner's
/// permission for: H2 and H3 items go to no third party without it.
pub async fn forward_needs_permission(
    app: &App,
    message: &StoredMessage,
    to: &[String],
) -> Result<Vec<String>, SendError> {
    let code: HandlingCode = message.handling_code.parse().unwrap_or(HandlingCode::H3);
    let this = app.config.node.name.as_str();
    let Provenance { owner, original_id } = provenance(message);
    if code < HandlingCode::H2 || owner == this {
        return Ok(vec![]);
    }
    let granted = app.store.forward_permissions(&original_id, this).await?;
    let parties: Vec<&str> = std::iter::once(message.sender.as_str())
        .chain(message.recipient_list())
        .chain(std::iter::once(owner.as_str()))
        .collect();
    Ok(to
        .iter()
        .filter(|n| !parties.contains(&n.as_str()) && !granted.contains(n))
        .cloned()
        .collect())
}

/// Forwards a stored message (with a note) to other nodes. The copy keeps
/// the original's handling code, records and a pointer to the original; H2
/// and H3 messages are refused for third parties the owner has not allowed.
pub async fn forward(
    app: &App,
    author: &AuditActor,
    message_id: &str,
    to: Vec<String>,
    note: &str,
) -> Result<(Uuid, Uuid), SendError> {
    let m = stored(app, message_id).await?;
    let origin = provenance(&m);
    let missing = forward_needs_permission(app, &m, &to).await?;
    if !missing.is_empty() {
        app.audit
            .record(
                AuditEvent::new(author.clone(), AuditAction::MessageSent, Outcome::Denied)
                    .target(format!("message:{}", m.id))
                    .detail(format!(
                        "forward of a {} message to {} refused: no permission from {}",
                        m.handling_code.to_uppercase(),
                        missing.join(", "),
                        origin.owner
                    )),
            )
            .await?;
        return Err(SendError::NeedsPermission {
            code: m.handling_code.to_uppercase(),
            owner: origin.owner,
            message: m.id.clone(),
            nodes: missing.join(","),
        });
    }
    let content: MessageContent = serde_json::from_str(&m.content).map_err(|_| {
        SendError::Store(liaison_store::StoreError::Corrupt {
            what: format!("content of message {}", m.id),
        })
    })?;
    let code: HandlingCode = m.handling_code.parse().unwrap_or(HandlingCode::H3);
    let body = format!(
        "{note}\n\n---- Forwarded message from {} ({}) ----\n{}",
        m.sender,
        m.handling_code.to_uppercase(),
        content.body
    );
    let subject: String = format!("Fwd: {}", content.subject)
        .chars()
        .take(MAX_SUBJECT)
        .collect();
    send_with(
        app,
        author,
        Outgoing {
            to,
            handling_code: code,
            evaluation: Evaluation::parse(&m.evaluation).unwrap_or(UNASSESSED),
            subject,
            body: body.chars().take(MAX_BODY).collect(),
            thread: Uuid::parse_str(&m.thread).ok(),
            records: content.records,
            attachments: vec![],
        },
        Extras {
            forwarded: Some(Forwarded {
                message_id: origin.original_id,
                owner: origin.owner,
                handling_code: code.as_str().to_owned(),
            }),
            ..Extras::default()
        },
        &Disclosure::default(),
    )
    .await
}

/// Asks a message's owner for permission to forward it to `to`.
pub async fn ask_permission(
    app: &App,
    author: &AuditActor,
    message_id: &str,
    to: Vec<String>,
    reason: &str,
) -> Result<(Uuid, Uuid), SendError> {
    let m = stored(app, message_id).await?;
    let Provenance { owner, original_id } = provenance(&m);
    send_with(
        app,
        author,
        Outgoing {
            to: vec![owner],
            handling_code: m.handling_code.parse().unwrap_or(HandlingCode::H3),
            evaluation: UNASSESSED,
            subject: format!("Permission to forward: {}", m.subject)
                .chars()
                .take(MAX_SUBJECT)
                .collect(),
            body: format!(
                "{} asks for permission to pass message {} on to {}.\n\n{reason}",
                app.config.node.name,
                original_id,
                to.join(", ")
            ),
            thread: Uuid::parse_str(&m.thread).ok(),
            records: vec![],
            attachments: vec![],
        },
        Extras {
            permission_request: Some(PermissionRef {
                message_id: original_id,
                to,
            }),
            ..Extras::default()
        },
        &Disclosure::default(),
    )
    .await
}

/// The owner allows `holder` to forward one of its messages to `to`.
pub async fn grant_permission(
    app: &App,
    author: &AuditActor,
    message_id: &str,
    holder: &str,
    to: Vec<String>,
) -> Result<(Uuid, Uuid), SendError> {
    let m = stored(app, message_id).await?;
    let owner = owner(&m);
    if owner != app.config.node.name.as_str() {
        return Err(SendError::NotOwner { owner });
    }
    send_with(
        app,
        author,
        Outgoing {
            to: vec![holder.to_owned()],
            handling_code: m.handling_code.parse().unwrap_or(HandlingCode::H3),
            evaluation: SELF_EVALUATION,
            subject: format!("Permission granted: {}", m.subject)
                .chars()
                .take(MAX_SUBJECT)
                .collect(),
            body: format!(
                "{} may pass message {} on to {}. The copies keep handling code {}.",
                holder,
                m.id,
                to.join(", "),
                m.handling_code.to_uppercase()
            ),
            thread: Uuid::parse_str(&m.thread).ok(),
            records: vec![],
            attachments: vec![],
        },
        Extras {
            permission_grant: Some(PermissionRef {
                message_id: m.id.clone(),
                to,
            }),
            ..Extras::default()
        },
        &Disclosure::default(),
    )
    .await
}

/// A grant received from a message's owner is recorded; one from anyone
/// else is ignored (and logged).
async fn record_grants(app: &App, stored: &[&NewMessage], now: i64) {
    for m in stored {
        let Ok(content) = serde_json::from_str::<MessageContent>(&m.content) else {
            continue;
        };
        let Some(grant) = content.permission_grant else {
            continue;
        };
        let owner = match app.store.message(&grant.message_id).await {
            Ok(original) => owner(&original),
            Err(_) => continue,
        };
        if owner != m.sender {
            tracing::warn!(from = %m.sender, message = %grant.message_id, "permission grant from a node that does not own the message ignored");
            continue;
        }
        if let Err(e) = app
            .store
            .record_forward_permission(
                &grant.message_id,
                app.config.node.name.as_str(),
                &grant.to,
                &m.sender,
                &m.id,
                now,
            )
            .await
        {
            tracing::error!(error = %e, "cannot record a forward permission");
        }
    }
}

pub(crate) fn seal(
    app: &App,
    peers: &[Peer],
    header: &EnvelopeHeader,
    plaintext: &[u8],
) -> Result<Vec<u8>, SendError> {
    let fed = federation(app)?;
    let signing = app.identity.signing_key();
    let sender_kid = signed::key_id(signing.verifying_key().as_bytes());
    let keys: Vec<([u8; 16], x25519_dalek::PublicKey)> = peers
        .iter()
        .map(|p| {
            let mut k = [0u8; 32];
            k.copy_from_slice(&p.member.encryption_key);
            (signed::key_id(&k), x25519_dalek::PublicKey::from(k))
        })
        .collect();
    let recipients: Vec<RecipientKey> = keys
        .iter()
        .map(|(kid, public)| RecipientKey {
            key_id: kid,
            public,
        })
        .collect();
    let own_kid = signed::key_id(fed.keys.encryption_public().as_bytes());
    Ok(envelope::seal_with(
        &SenderKey {
            key_id: &sender_kid,
            key: signing,
        },
        header,
        CONTENT_TYPE,
        plaintext,
        &recipients,
        Some(&envelope::StaticAgreement {
            key_id: &own_kid,
            secret: &fed.keys.encryption,
            cache: &fed.shared,
        }),
    )?)
}

/// One inbound envelope after the checks: ready to store.
struct Accepted {
    index: usize,
    message: NewMessage,
    digest: Vec<u8>,
}

/// Why an envelope is refused; the text goes back to the sender and into
/// the log.
/// What the receiving side needs to check and open envelopes, off the
/// async threads.
struct Receiving {
    snap: std::sync::Arc<Snapshot>,
    this: String,
    from: Peer,
    keys: std::sync::Arc<super::keys::FederationKeys>,
    shared: std::sync::Arc<envelope::SharedSecrets>,
    data_dir: std::path::PathBuf,
    now: i64,
}

fn check_and_open(
    bytes: &[u8],
    verified: Result<envelope::Verified, liaison_protocol::EnvelopeError>,
    r: &Receiving,
) -> Result<(NewMessage, Vec<u8>), String> {
    let (this, from, keys, shared, now, data_dir) = (
        r.this.as_str(),
        &r.from,
        &r.keys,
        &*r.shared,
        r.now,
        r.data_dir.as_path(),
    );
    let verified = verified.map_err(|e| e.to_string())?;
    let h = &verified.header;
    if h.sender != from.member.name {
        return Err(format!(
            "envelope from {} relayed by {}: only direct delivery is accepted",
            h.sender, from.member.name
        ));
    }
    if !h.recipients.iter().any(|r| r == this) {
        return Err(format!("misaddressed: {this} is not a recipient"));
    }
    if h.expires_ms <= now {
        return Err("expired".into());
    }
    if h.created_ms > now + CLOCK_SKEW_MS {
        return Err("created in the future (check the sender's clock)".into());
    }
    let handling: HandlingCode = h.handling_code.parse().map_err(|_| "handling code")?;
    let evaluation = Evaluation::parse(&h.evaluation).ok_or("evaluation")?;
    let own_kid = signed::key_id(keys.encryption_public().as_bytes());
    // An ECDH-SS envelope names the sender's static key: it must be the
    // one the directory lists for the sender.
    let sender_key = |kid: &[u8]| {
        let k: [u8; 32] = from.member.encryption_key.as_slice().try_into().ok()?;
        (signed::key_id(&k).as_slice() == kid).then(|| x25519_dalek::PublicKey::from(k))
    };
    let opened = verified
        .open_with(
            &own_kid,
            &keys.encryption,
            Some(&envelope::SenderStatic {
                lookup: &sender_key,
                cache: shared,
            }),
        )
        .map_err(|e| e.to_string())?;
    if opened.content_type != CONTENT_TYPE {
        return Err(format!(
            "content type {} not supported",
            opened.content_type
        ));
    }
    let content: MessageContent = serde_json::from_slice(&opened.plaintext)
        .map_err(|e| format!("content does not match the message schema: {e}"))?;
    if content.subject.chars().count() > MAX_SUBJECT || content.body.len() > MAX_BODY {
        return Err("subject or body too long".into());
    }
    for a in &content.attachments {
        if super::attachments::inbound_chunks(data_dir, &h.sender, &a.file_id) < a.chunks {
            // The sender pushes chunks before the envelope; it checks again
            // and sends what is missing before it retries.
            return Err(TEMPORARY.into());
        }
    }
    Ok((
        NewMessage {
            id: Uuid::from_bytes(h.message_id).to_string(),
            thread: Uuid::from_bytes(h.thread).to_string(),
            sender: h.sender.clone(),
            recipients: h.recipients.clone(),
            handling_code: handling.as_str().to_owned(),
            evaluation: evaluation.code(),
            subject: content.subject.clone(),
            content: serde_json::to_string(&content).unwrap_or_default(),
            envelope: bytes.to_vec(),
            created_at: h.created_ms,
            expires_at: h.expires_ms,
            author: None,
            files: content
                .attachments
                .iter()
                .map(|a| (a.file_id.clone(), a.chunks))
                .collect(),
        },
        receipt::envelope_digest(bytes),
    ))
}

/// Receives a batch of envelopes from a connected peer: checks and opens
/// them (in parallel, on blocking threads), stores the good ones in one
/// transaction, and answers each with a signed receipt or the reason it was
/// refused.
pub async fn receive(app: &App, from: &Peer, items: Vec<Vec<u8>>) -> Vec<TransferOutcome> {
    let Some(fed) = app.federation.as_ref() else {
        return items
            .iter()
            .map(|_| TransferOutcome::Rejected("this node does not federate".into()))
            .collect();
    };
    let now = now_ms();
    let this = app.config.node.name.to_string();
    let items = std::sync::Arc::new(items);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let per = items.len().div_ceil(workers).max(1);
    let mut tasks = vec![];
    for start in (0..items.len()).step_by(per) {
        let items = items.clone();
        let r = Receiving {
            snap: fed.state.snapshot(),
            this: this.clone(),
            from: from.clone(),
            keys: fed.keys.clone(),
            shared: fed.shared.clone(),
            data_dir: app.data_dir.clone(),
            now,
        };
        tasks.push(tokio::task::spawn_blocking(move || {
            let range = start..(start + per).min(items.len());
            // The chunk's signatures in one batch check.
            let bytes: Vec<&[u8]> = range.clone().map(|i| items[i].as_slice()).collect();
            let verified = envelope::verify_many(&bytes, |kid| r.snap.sender(kid));
            range
                .zip(verified)
                .map(|(i, v)| (i, check_and_open(&items[i], v, &r)))
                .collect::<Vec<_>>()
        }));
    }
    let mut outcomes: Vec<TransferOutcome> = (0..items.len())
        .map(|_| TransferOutcome::Rejected("not processed".into()))
        .collect();
    let mut accepted = vec![];
    for t in tasks {
        match t.await {
            Ok(results) => {
                for (index, r) in results {
                    match r {
                        Ok((message, digest)) => accepted.push(Accepted {
                            index,
                            message,
                            digest,
                        }),
                        Err(reason) => outcomes[index] = TransferOutcome::Rejected(reason),
                    }
                }
            }
            Err(e) => tracing::error!(error = %e, "envelope check task failed"),
        }
    }
    let rejected = items.len() - accepted.len();
    crate::metrics::Metrics::count(&app.metrics.envelopes_received, "rejected", rejected as u64);
    for (i, o) in outcomes.iter().enumerate() {
        if let TransferOutcome::Rejected(reason) = o
            && !accepted.iter().any(|a| a.index == i)
        {
            tracing::warn!(peer = %from.member.name, %reason, "envelope rejected");
            let _ = app
                .audit
                .record(
                    AuditEvent::new(
                        peer_actor(&from.member.name),
                        AuditAction::EnvelopeRejected,
                        Outcome::Denied,
                    )
                    .detail(reason.clone()),
                )
                .await;
        }
    }
    if accepted.is_empty() {
        return outcomes;
    }
    let batch: Vec<NewMessage> = accepted.iter().map(|a| a.message.clone()).collect();
    // Receipts are signed while the batch is stored; they go out only if
    // it was.
    let signing = sign_receipts(app, &this, now, &accepted);
    let sender = from.member.name.clone();
    let storing = app.store.store_inbound_audited(&batch, now, |new_ids| {
        (!new_ids.is_empty()).then(|| {
            let event = AuditEvent::new(
                peer_actor(&sender),
                AuditAction::MessagesReceived,
                Outcome::Success,
            )
            .detail(format!(
                "{} message(s): {}",
                new_ids.len(),
                new_ids.join(" ")
            ));
            crate::audit_log::trace(&event);
            event
        })
    });
    let (stored, signed) = tokio::join!(storing, signing);
    let fresh = match stored {
        Ok(f) => f,
        Err(e) => {
            // Nothing stored: the sender keeps them queued and retries.
            tracing::error!(error = %e, "cannot store received messages");
            for a in &accepted {
                outcomes[a.index] = TransferOutcome::Rejected(TEMPORARY.into());
            }
            return outcomes;
        }
    };
    let new_ids: Vec<&str> = accepted
        .iter()
        .zip(&fresh)
        .filter(|(_, f)| **f)
        .map(|(a, _)| a.message.id.as_str())
        .collect();
    let stored: Vec<&NewMessage> = accepted
        .iter()
        .zip(&fresh)
        .filter(|(_, f)| **f)
        .map(|(a, _)| &a.message)
        .collect();
    record_grants(app, &stored, now).await;
    let duplicates = accepted.len() - new_ids.len();
    crate::metrics::Metrics::count(
        &app.metrics.envelopes_received,
        "stored",
        new_ids.len() as u64,
    );
    crate::metrics::Metrics::count(
        &app.metrics.envelopes_received,
        "duplicate",
        duplicates as u64,
    );
    if duplicates > 0 {
        // A sender retrying after a lost answer, or someone replaying a
        // recorded envelope: either way the application sees it once.
        tracing::info!(peer = %from.member.name, duplicates, "envelopes already held were not stored again");
    }
    for (a, receipt) in accepted.iter().zip(signed) {
        outcomes[a.index] = TransferOutcome::Receipt(receipt);
    }
    outcomes
}

async fn sign_receipts(app: &App, this: &str, now: i64, accepted: &[Accepted]) -> Vec<Vec<u8>> {
    let items: Vec<(Vec<u8>, Vec<u8>)> = accepted
        .iter()
        .map(|a| {
            (
                Uuid::parse_str(&a.message.id)
                    .map(|u| u.as_bytes().to_vec())
                    .unwrap_or_default(),
                a.digest.clone(),
            )
        })
        .collect();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let per = items.len().div_ceil(workers).max(1);
    let mut tasks = vec![];
    for chunk in items.chunks(per) {
        let chunk = chunk.to_vec();
        let len = chunk.len();
        let (app, this) = (app.clone(), this.to_owned());
        tasks.push((
            len,
            tokio::task::spawn_blocking(move || {
                let key = app.identity.signing_key();
                chunk
                    .into_iter()
                    .map(|(message_id, envelope_sha256)| {
                        Receipt {
                            message_id,
                            receiver: this.clone(),
                            kind: ReceiptKind::Delivered,
                            at_ms: now,
                            envelope_sha256,
                        }
                        .sign(key)
                    })
                    .collect::<Vec<_>>()
            }),
        ));
    }
    let mut out = Vec::with_capacity(accepted.len());
    for (len, t) in tasks {
        // A failed signing task leaves its messages with an empty receipt,
        // which the sender does not accept: it sends them again.
        out.extend(t.await.unwrap_or_else(|_| vec![Vec::new(); len]));
    }
    out
}

fn peer_actor(node: &str) -> AuditActor {
    AuditActor {
        kind: "node".into(),
        id: None,
        name: node.to_owned(),
    }
}

/// Receipts a peer sends back (read receipts): each must be signed by that
/// peer and be for a message this node sent it.
pub async fn receive_receipts(app: &App, from: &Peer, items: Vec<Vec<u8>>) -> Vec<TransferOutcome> {
    let Some(fed) = app.federation.as_ref() else {
        return vec![];
    };
    let snap = fed.state.snapshot();
    let mut out = vec![];
    for bytes in items {
        let r = match receipt::verify(&bytes, |kid| snap.sender(kid)) {
            Ok(r) if r.receiver == from.member.name => r,
            Ok(_) => {
                out.push(TransferOutcome::Rejected(
                    "receipt from another node than the connected one".into(),
                ));
                continue;
            }
            Err(e) => {
                out.push(TransferOutcome::Rejected(e.to_string()));
                continue;
            }
        };
        let Ok(id) = Uuid::from_slice(&r.message_id) else {
            out.push(TransferOutcome::Rejected("message id".into()));
            continue;
        };
        let result = match r.kind {
            ReceiptKind::Read => {
                app.store
                    .record_read(&id.to_string(), &from.member.name, &bytes, r.at_ms)
                    .await
            }
            ReceiptKind::Delivered => Ok(true),
        };
        out.push(match result {
            Ok(true) => TransferOutcome::Accepted,
            Ok(false) => TransferOutcome::Rejected("no such message to that node".into()),
            Err(e) => {
                tracing::error!(error = %e, "cannot record a receipt");
                TransferOutcome::Rejected("temporarily unavailable".into())
            }
        });
    }
    out
}

/// Marks an inbound message read by `user`; the first time, queues a
/// signed read receipt for its sender.
pub async fn mark_read(app: &App, message: &StoredMessage, user: &str) -> Result<(), SendError> {
    if message.direction != Direction::In.as_str() {
        return Ok(());
    }
    let now = now_ms();
    if !app.store.mark_read(&message.id, user, now).await? {
        return Ok(());
    }
    let envelope = app.store.message_envelope(&message.id).await?;
    let r = Receipt {
        message_id: Uuid::parse_str(&message.id)
            .map(|u| u.as_bytes().to_vec())
            .unwrap_or_default(),
        receiver: app.config.node.name.to_string(),
        kind: ReceiptKind::Read,
        at_ms: now,
        envelope_sha256: receipt::envelope_digest(&envelope),
    };
    app.store
        .queue_receipt(
            &message.id,
            &message.sender,
            &r.sign(app.identity.signing_key()),
            now,
        )
        .await?;
    app.delivery_wakeup.notify_one();
    Ok(())
}

/// A message's status as one word: inbound `unread`/`read`; outbound the
/// least advanced of its deliveries (`queued` < `delivered` < `read`), or
/// `rejected` if any recipient refused it.
pub fn status(message: &StoredMessage, deliveries: &[liaison_store::messages::Delivery]) -> String {
    if message.direction == Direction::In.as_str() {
        return if message.read_at.is_some() {
            "read"
        } else {
            "unread"
        }
        .into();
    }
    let mine: Vec<&str> = deliveries
        .iter()
        .filter(|d| d.message_id == message.id)
        .map(|d| d.status.as_str())
        .collect();
    if mine.contains(&"rejected") {
        "rejected"
    } else if mine.contains(&"queued") || mine.is_empty() {
        "queued"
    } else if mine.contains(&"delivered") {
        "delivered"
    } else {
        "read"
    }
    .into()
}

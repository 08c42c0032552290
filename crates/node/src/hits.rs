//! The life of a hit after screening found it: recorded as a candidate,
//! verified by a human (confirmed or false hit), acted on (or why not),
//! reported to the alert's owner through a federation message, closed. The
//! owner has 12 hours to reply in the report's thread; a reply that is late
//! is escalated (audited, counted in the metrics, shown on the hits page).

use crate::app::App;
use crate::federation::state::now_ms;
use liaison_core::alert::{HitStatus, OWNER_REPLY};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::handling::HandlingCode;
use liaison_core::policy::{Action, Permit};
use liaison_store::StoreError;
use liaison_store::hits::{HitEvent, HitFilter, HitStep, NewHit, StoredHit};
use sha2::{Digest, Sha256};

/// A hit as screening or a partner's answer found it.
#[derive(Clone, Debug)]
pub struct FoundHit {
    pub alert_owner: String,
    pub alert_reference: String,
    /// Set when the alert is this node's.
    pub alert_id: Option<String>,
    pub category: String,
    pub action: String,
    pub contact: String,
    /// The person (name) or identifier screened.
    pub subject: String,
    /// Date of birth, nationality, document, as screened.
    pub subject_facts: String,
    pub score: f64,
    /// (field, how, weight).
    pub explanation: Vec<(String, String, f64)>,
    pub origin: Origin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// This node's screening against its own alerts.
    Screening,
    /// A partner's hit/no-hit answer.
    Partner,
}

impl Origin {
    fn as_str(self) -> &'static str {
        match self {
            Origin::Screening => "screening",
            Origin::Partner => "partner",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum HitError {
    #[error("no hit {0}")]
    NotFound(String),
    #[error("a hit that is {from} cannot become {to}")]
    NotNext { from: String, to: String },
    #[error("someone else moved this hit first; look at it again")]
    Moved,
    #[error("say why (a note is needed for a false hit and for an action not possible)")]
    NoteNeeded,
    #[error("the report to the alert's owner could not be sent: {0}")]
    Report(#[from] crate::federation::messages::SendError),
    #[error(transparent)]
    Audit(#[from] crate::audit_log::AuditError),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for HitError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict { .. } => HitError::Moved,
            e => HitError::Store(e),
        }
    }
}

/// The same alert and the same subject, screened again while the hit is
/// open, are the same hit.
fn dedupe_key(h: &FoundHit) -> String {
    let mut d = Sha256::new();
    for part in [
        &h.alert_owner,
        &h.alert_reference,
        &h.subject.to_lowercase(),
        &h.subject_facts.to_lowercase(),
    ] {
        d.update((part.len() as u64).to_be_bytes());
        d.update(part.as_bytes());
    }
    hex::encode(d.finalize())
}

/// Records found hits as candidates (an open hit on the same alert and
/// subject is kept, not doubled); returns each hit's id, in order.
pub async fn record(
    app: &App,
    permit: &Permit,
    found: &[FoundHit],
    purpose: &str,
    case_reference: &str,
) -> Result<Vec<String>, HitError> {
    if found.is_empty() {
        return Ok(vec![]);
    }
    let at = now_ms();
    let by = permit.actor().name.clone();
    let hits: Vec<NewHit> = found
        .iter()
        .map(|h| NewHit {
            id: uuid::Uuid::now_v7().to_string(),
            dedupe_key: dedupe_key(h),
            alert_owner: h.alert_owner.clone(),
            alert_reference: h.alert_reference.clone(),
            alert_id: h.alert_id.clone(),
            category: h.category.clone(),
            action: h.action.clone(),
            contact: h.contact.clone(),
            subject: h.subject.clone(),
            subject_facts: h.subject_facts.clone(),
            score: h.score,
            explanation: serde_json::to_string(&h.explanation).unwrap_or_else(|_| "[]".into()),
            origin: h.origin.as_str().to_owned(),
            purpose: purpose.to_owned(),
            case_reference: case_reference.to_owned(),
            found_by: by.clone(),
            found_at: at,
        })
        .collect();
    let mut alerts: Vec<String> = found
        .iter()
        .map(|h| format!("{}/{}", h.alert_owner, h.alert_reference))
        .collect();
    alerts.sort();
    alerts.dedup();
    let event = AuditEvent::new(
        AuditActor::from(permit.actor()),
        AuditAction::HitsRecorded,
        Outcome::Success,
    )
    .detail(format!("{} hit(s) on {}", found.len(), alerts.join(", ")));
    crate::audit_log::trace(&event);
    Ok(app.store.record_hits(&hits, &event).await?)
}

pub async fn hit(app: &App, id: &str) -> Result<(StoredHit, Vec<HitEvent>), HitError> {
    let hit = match app.store.hit(id).await {
        Ok(h) => h,
        Err(StoreError::NotFound) => return Err(HitError::NotFound(id.to_owned())),
        Err(e) => return Err(e.into()),
    };
    let events = app.store.hit_events(id).await?;
    Ok((hit, events))
}

/// Hits, newest first; replies that arrived since are noted first.
pub async fn list(app: &App, filter: HitFilter, limit: u32) -> Result<Vec<StoredHit>, HitError> {
    app.store.note_owner_replies().await?;
    Ok(app.store.hits(filter, limit).await?)
}

/// Moves a hit one step. The step to `owner_informed` sends the report to
/// the alert's owner (a federation message in a thread of its own, whose
/// reply stops the owner's clock); an alert of this node's own needs no
/// report and no reply.
pub async fn step(
    app: &App,
    permit: &Permit,
    id: &str,
    from: HitStatus,
    to: HitStatus,
    note: &str,
) -> Result<(), HitError> {
    debug_assert_eq!(permit.action(), Action::ScreenTravellers);
    let note = note.trim();
    if !from.can_move_to(to) {
        return Err(HitError::NotNext {
            from: from.as_str().into(),
            to: to.as_str().into(),
        });
    }
    if matches!(to, HitStatus::FalseHit | HitStatus::ActionNotPossible) && note.is_empty() {
        return Err(HitError::NoteNeeded);
    }
    let (hit, events) = hit(app, id).await?;
    if hit.status != from.as_str() {
        return Err(HitError::Moved);
    }
    let at = now_ms();
    let mut report = None;
    let mut replied_at = None;
    if to == HitStatus::OwnerInformed {
        if hit.alert_owner == app.config.node.name.as_str() {
            replied_at = Some(at);
        } else {
            report = Some(send_report(app, permit, &hit, &events, note).await?);
        }
    }
    let event = AuditEvent::new(
        AuditActor::from(permit.actor()),
        AuditAction::HitUpdated,
        Outcome::Success,
    )
    .target(format!("hit:{id}"))
    .detail(format!(
        "{} -> {} · alert {}/{}{}",
        from.as_str(),
        to.as_str(),
        hit.alert_owner,
        hit.alert_reference,
        report
            .as_ref()
            .map(|(m, _): &(String, String)| format!(" · reported in message {m}"))
            .unwrap_or_default()
    ));
    crate::audit_log::trace(&event);
    let step = HitStep {
        from: from.as_str(),
        to: to.as_str(),
        note,
        by: &permit.actor().name,
        at,
        report: report.as_ref().map(|(m, t)| (m.as_str(), t.as_str())),
        replied_at,
    };
    app.store.move_hit(id, &step, &event).await?;
    Ok(())
}

/// The report of a hit to the alert's owner, in the spirit of SIRENE form
/// G: which alert, whom, when, what was done; restricted (H2) because it
/// names a person.
async fn send_report(
    app: &App,
    permit: &Permit,
    hit: &StoredHit,
    events: &[HitEvent],
    note: &str,
) -> Result<(String, String), HitError> {
    let mut body = format!(
        "Hit on your alert {reference} ({category}).\n\n\
         Subject as checked: {subject}{facts}\n\
         Found: {found} by {by} ({origin}, score {score:.0} %)\n",
        reference = hit.alert_reference,
        category = hit.category,
        subject = hit.subject,
        facts = if hit.subject_facts.is_empty() {
            String::new()
        } else {
            format!(" · {}", hit.subject_facts)
        },
        found = crate::message_access::time_of(hit.found_at),
        by = hit.found_by,
        origin = hit.origin,
        score = hit.score * 100.0,
    );
    if !hit.case_reference.is_empty() {
        body.push_str(&format!(
            "Our case: {} · purpose: {}\n",
            hit.case_reference, hit.purpose
        ));
    }
    body.push_str("\nSteps:\n");
    for e in events {
        body.push_str(&format!(
            "* {} {} by {}{}\n",
            crate::message_access::time_of(e.at),
            e.status,
            e.by_user,
            if e.note.is_empty() {
                String::new()
            } else {
                format!(": {}", e.note)
            }
        ));
    }
    if !note.is_empty() {
        body.push_str(&format!("\n{note}\n"));
    }
    body.push_str(&format!(
        "\nPlease reply in this thread within {} hours.\n",
        OWNER_REPLY.whole_hours()
    ));
    let out = crate::federation::messages::Outgoing {
        to: vec![hit.alert_owner.clone()],
        handling_code: HandlingCode::H2,
        // What this node's own officers established.
        evaluation: crate::federation::messages::SELF_EVALUATION,
        subject: format!("Hit on alert {} ({})", hit.alert_reference, hit.category),
        body,
        thread: None,
        records: vec![],
        attachments: vec![],
    };
    let (message, thread) = crate::federation::messages::send_disclosing(
        app,
        &AuditActor::from(permit.actor()),
        out,
        &Default::default(),
    )
    .await?;
    Ok((message.to_string(), thread.to_string()))
}

/// Where the owner's reply clock of a hit stands `now`, if one runs.
pub fn reply_clock(
    hit: &StoredHit,
    now: time::OffsetDateTime,
) -> Option<liaison_core::alert::ReplyClock> {
    match (hit.status.as_str(), hit.informed_at, hit.owner_replied_at) {
        ("owner_informed", Some(informed), None) => Some(liaison_core::alert::reply_clock(
            crate::message_access::time_of(informed),
            now,
        )),
        _ => None,
    }
}

/// Every minute: notes owners' replies, and escalates (once each) the hits
/// whose owner has not replied within 12 hours: a warning in the log, an
/// audit entry, and the metric `liaison_hits_reply_overdue`.
pub fn spawn_escalation(app: App) {
    tokio::spawn(async move {
        loop {
            if let Err(e) = escalate(&app).await {
                tracing::warn!(error = %e, "cannot check hits' reply clocks");
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    });
}

/// One round of [`spawn_escalation`]; returns the hits escalated now.
pub async fn escalate(app: &App) -> Result<Vec<String>, HitError> {
    app.store.note_owner_replies().await?;
    let now = now_ms();
    let due_before = now - OWNER_REPLY.whole_milliseconds() as i64;
    let overdue = app
        .store
        .count_hits(HitFilter::ReplyOverdue {
            informed_before: due_before,
        })
        .await?;
    app.metrics.hits_reply_overdue.set(overdue);
    let fresh = app
        .store
        .hits(
            HitFilter::ToEscalate {
                informed_before: due_before,
            },
            1_000,
        )
        .await?;
    let ids: Vec<String> = fresh.iter().map(|h| h.id.clone()).collect();
    for h in &fresh {
        tracing::warn!(
            hit = %h.id,
            owner = %h.alert_owner,
            alert = %h.alert_reference,
            "the owner of the alert has not replied to the hit report within 12 hours"
        );
        app.audit
            .record(
                AuditEvent::new(
                    AuditActor {
                        kind: "node".into(),
                        id: None,
                        name: app.config.node.name.to_string(),
                    },
                    AuditAction::HitReplyOverdue,
                    Outcome::Failure,
                )
                .target(format!("hit:{}", h.id))
                .detail(format!(
                    "{} has not replied about alert {} within {} hours",
                    h.alert_owner,
                    h.alert_reference,
                    OWNER_REPLY.whole_hours()
                )),
            )
            .await?;
    }
    app.store.mark_escalated(&ids, now).await?;
    Ok(ids)
}

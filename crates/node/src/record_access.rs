//! Searching and viewing records, always with a declared purpose, each
//! access written to the audit log with the records it disclosed; and the
//! retention sweep that flags records for review and deletes expired ones.

use crate::app::App;
use crate::audit_log::AuditError;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::model::identifiers as idn;
use liaison_core::model::{Entity, RecordId};
use liaison_core::record_policy::{
    self, RecordAction, RecordFacts, RecordPermit, RecordPolicyError,
};
use liaison_store::StoreError;
use liaison_store::records::{StoredRecord, StoredRelation};

#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error(transparent)]
    Policy(#[from] RecordPolicyError),
    #[error("record not found")]
    NotFound,
    #[error("{field}: {reason}")]
    BadCriterion { field: &'static str, reason: String },
    #[error("give at least one search criterion")]
    NoCriteria,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// What to look for. Empty fields are ignored; identifiers are normalised
/// the way they are stored.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub document_number: String,
    #[serde(default)]
    pub plate: String,
    #[serde(default)]
    pub vin: String,
    #[serde(default)]
    pub iban: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl SearchQuery {
    /// The criteria as written in the audit log.
    pub fn describe(&self) -> String {
        [
            ("name", &self.name),
            ("date_of_birth", &self.date_of_birth),
            ("document_number", &self.document_number),
            ("plate", &self.plate),
            ("vin", &self.vin),
            ("iban", &self.iban),
            ("phone", &self.phone),
            ("email", &self.email),
        ]
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={}", v.trim()))
        .collect::<Vec<_>>()
        .join(" ")
    }
}

pub const SEARCH_LIMIT: i64 = 100;

/// Puts a typed identifier into its stored form, or says why it is invalid.
type Normaliser = fn(&str) -> Result<String, String>;

pub fn facts(r: &StoredRecord) -> RecordFacts {
    RecordFacts::of(&r.record)
}

fn bad(field: &'static str, reason: impl Into<String>) -> AccessError {
    AccessError::BadCriterion {
        field,
        reason: reason.into(),
    }
}

fn detail(permit: &RecordPermit, rest: &str) -> String {
    let p = permit.purpose();
    format!(
        "purpose={}; case={}; {rest}",
        p.map(|p| p.reason.as_str()).unwrap_or(""),
        p.map(|p| p.case_reference.as_str()).unwrap_or("")
    )
}

/// Runs a search. Records the caller may not see are left out; the search
/// and the records it disclosed are audited.
pub async fn search(
    app: &App,
    permit: &RecordPermit,
    q: &SearchQuery,
    source: &str,
) -> Result<Vec<StoredRecord>, AccessError> {
    debug_assert_eq!(permit.action(), RecordAction::Search);
    let mut found: Vec<StoredRecord> = vec![];
    let mut any = false;
    let by_id = |records: Vec<StoredRecord>, found: &mut Vec<StoredRecord>| {
        for r in records {
            if !found.iter().any(|f| f.id == r.id) {
                found.push(r);
            }
        }
    };
    let ids: [(&'static str, &str, Normaliser); 6] = [
        ("document_number", &q.document_number, |s| {
            idn::normalise_document_number(s).map_err(str::to_owned)
        }),
        ("plate", &q.plate, |s| {
            idn::normalise_plate(s).map_err(str::to_owned)
        }),
        ("vin", &q.vin, |s| {
            idn::normalise_vin(s).map_err(str::to_owned)
        }),
        ("iban", &q.iban, idn::normalise_iban),
        ("phone", &q.phone, |s| {
            idn::normalise_phone(s).map_err(str::to_owned)
        }),
        ("email", &q.email, |s| {
            idn::normalise_email(s)
                .map(|e| e.to_lowercase())
                .map_err(str::to_owned)
        }),
    ];
    for (scheme, value, normalise) in ids {
        if value.trim().is_empty() {
            continue;
        }
        any = true;
        let v = normalise(value).map_err(|e| bad(scheme, e))?;
        by_id(
            app.store.records_by_identifier(scheme, &v).await?,
            &mut found,
        );
    }
    let dob = q.date_of_birth.trim();
    if !dob.is_empty() {
        liaison_core::model::PartialDate::parse(dob)
            .map_err(|e| bad("date_of_birth", e.to_string()))?;
    }
    let tokens = idn::name_tokens(&q.name);
    if !tokens.is_empty() {
        any = true;
        by_id(
            app.store
                .records_by_name(&tokens, Some(dob).filter(|d| !d.is_empty()), SEARCH_LIMIT)
                .await?,
            &mut found,
        );
    } else if !dob.is_empty() {
        return Err(bad(
            "date_of_birth",
            "search by date of birth together with a name",
        ));
    }
    if !any {
        return Err(AccessError::NoCriteria);
    }
    found.retain(|r| record_policy::may_see(permit, &facts(r)));
    found.truncate(SEARCH_LIMIT as usize);
    let ids: Vec<String> = found.iter().map(|r| r.id.to_string()).collect();
    app.audit
        .record_for_records(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::RecordsSearched,
                Outcome::Success,
            )
            .source(source)
            .detail(detail(
                permit,
                &format!("{} → {} result(s)", q.describe(), found.len()),
            )),
            &ids,
        )
        .await?;
    Ok(found)
}

/// A record with its relations and the records at their other ends.
pub struct RecordView {
    pub record: StoredRecord,
    pub relations: Vec<(StoredRelation, Option<StoredRecord>)>,
}

/// Views one record (policy checked against its facts), audited.
pub async fn view(
    app: &App,
    actor: &liaison_core::policy::Actor,
    purpose: Option<liaison_core::record_policy::Purpose>,
    id: RecordId,
    source: &str,
) -> Result<RecordView, AccessError> {
    let record = app.store.record(id).await.map_err(|e| match e {
        StoreError::NotFound => AccessError::NotFound,
        other => other.into(),
    })?;
    let permit = record_policy::authorize_record(
        actor,
        RecordAction::View,
        Some(&facts(&record)),
        purpose,
        &app.config.node.name,
    )?;
    let mut relations = vec![];
    for rel in app.store.relations_of(id).await? {
        let other_id = if rel.from == id { rel.to } else { rel.from };
        // The other end is shown only if this caller may see it.
        let other = app
            .store
            .record(other_id)
            .await
            .ok()
            .filter(|o| record_policy::may_see(&permit, &facts(o)));
        relations.push((rel, other));
    }
    let mut disclosed = vec![id.to_string()];
    disclosed.extend(
        relations
            .iter()
            .filter_map(|(_, o)| o.as_ref().map(|o| o.id.to_string())),
    );
    app.audit
        .record_for_records(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::RecordViewed,
                Outcome::Success,
            )
            .source(source)
            .target(format!("record:{id}"))
            .detail(detail(
                &permit,
                &format!("kind={}", record.record.entity.kind()),
            )),
            &disclosed,
        )
        .await?;
    Ok(RecordView { record, relations })
}

/// What a retention run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RetentionReport {
    pub flagged_for_review: usize,
    pub deleted: usize,
}

/// Flags records whose review date has come and deletes those past their
/// deletion date, writing each deletion to the audit log.
pub async fn run_retention(app: &App, today: time::Date) -> Result<RetentionReport, AccessError> {
    let system = AuditActor {
        kind: "system".into(),
        id: None,
        name: "retention".into(),
    };
    let due = app.store.records_due_for_review(today).await?;
    if !due.is_empty() {
        app.store.flag_for_review(&due).await?;
        let ids: Vec<String> = due.iter().map(|i| i.to_string()).collect();
        app.audit
            .record_for_records(
                AuditEvent::new(
                    system.clone(),
                    AuditAction::RecordReviewDue,
                    Outcome::Success,
                )
                .detail(format!(
                    "{} record(s) reached their review date {today}",
                    due.len()
                )),
                &ids,
            )
            .await?;
    }
    let expired = app.store.records_past_retention(today).await?;
    for (id, kind) in &expired {
        app.store.delete_record(*id).await?;
        app.audit
            .record_for_records(
                AuditEvent::new(system.clone(), AuditAction::RecordDeleted, Outcome::Success)
                    .target(format!("record:{id}"))
                    .detail(format!(
                        "kind={kind}; retention: delete_after passed ({today})"
                    )),
                &[id.to_string()],
            )
            .await?;
    }
    Ok(RetentionReport {
        flagged_for_review: due.len(),
        deleted: expired.len(),
    })
}

/// The personal data a record shows in lists: its caption, or for persons
/// the display name and date of birth.
pub fn headline(r: &StoredRecord) -> String {
    headline_of(&r.record.entity)
}

/// [`headline`] of a record that is not (or not yet) stored here: one a
/// partner sent in a message.
pub fn headline_of(entity: &Entity) -> String {
    match entity {
        Entity::Person(_) => entity.caption(),
        e => format!("{} {}", e.kind(), e.caption()),
    }
}

/// Everything the node holds on one person, for a subject access request
/// (Directive (EU) 2016/680 Art 14): the record, the records linked to it,
/// and every access to them.
#[derive(serde::Serialize)]
pub struct SubjectAccess {
    pub node: String,
    #[serde(with = "time::serde::rfc3339")]
    pub generated_at: time::OffsetDateTime,
    pub request_reference: String,
    pub subject: SubjectRecord,
    pub linked: Vec<SubjectRecord>,
    pub accesses: Vec<SubjectAccessEvent>,
}

#[derive(serde::Serialize)]
pub struct SubjectRecord {
    pub id: String,
    pub relation: Option<String>,
    pub record: liaison_core::model::NewRecord,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: time::OffsetDateTime,
    pub created_by: String,
}

#[derive(serde::Serialize)]
pub struct SubjectAccessEvent {
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
    pub who: String,
    pub action: String,
    pub detail: String,
}

/// Gathers a subject access answer. The gathering is itself an access,
/// audited with the request reference.
pub async fn subject_access(
    app: &App,
    permit: &liaison_core::policy::Permit,
    id: RecordId,
    request_reference: &str,
    source: &str,
) -> Result<SubjectAccess, AccessError> {
    debug_assert_eq!(
        permit.action(),
        liaison_core::policy::Action::AnswerSubjectAccess
    );
    let purpose = liaison_core::record_policy::Purpose::new(
        "answer a data subject access request",
        request_reference,
    )?;
    let view = view(app, permit.actor(), Some(purpose), id, source).await?;
    let to_subject = |r: &StoredRecord, relation: Option<String>| SubjectRecord {
        id: r.id.to_string(),
        relation,
        record: r.record.clone(),
        created_at: r.created_at,
        created_by: r.created_by.clone(),
    };
    let linked: Vec<SubjectRecord> = view
        .relations
        .iter()
        .filter_map(|(rel, other)| {
            other
                .as_ref()
                .map(|o| to_subject(o, Some(rel.kind.as_str().to_owned())))
        })
        .collect();
    let mut accesses = vec![];
    for rid in std::iter::once(id.to_string()).chain(linked.iter().map(|l| l.id.clone())) {
        for a in app.store.accesses_to_record(&rid).await? {
            accesses.push(SubjectAccessEvent {
                at: a.event.occurred_at,
                who: format!("{} ({})", a.event.actor.name, a.event.actor.kind),
                action: a.event.action.to_string(),
                detail: a.event.detail.unwrap_or_default(),
            });
        }
    }
    accesses.sort_by_key(|a| std::cmp::Reverse(a.at));
    accesses.dedup_by(|a, b| a.at == b.at && a.action == b.action && a.who == b.who);
    Ok(SubjectAccess {
        node: app.config.node.name.to_string(),
        generated_at: time::OffsetDateTime::now_utc(),
        request_reference: request_reference.trim().to_owned(),
        subject: to_subject(&view.record, None),
        linked,
        accesses,
    })
}

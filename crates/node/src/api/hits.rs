//! API of hits and of hit/no-hit queries: the hits found (here or by
//! partners) with their workflow, the steps taken on them, the network
//! asked about a person or an identifier, and this node's alerts listed
//! and withdrawn.

use super::caller::ApiCaller;
use super::problem::{ApiError, ErrorCode, Problem};
use super::screening::Traveller;
use crate::app::App;
use crate::federation::hit_queries;
use crate::hits::{self, HitError};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use liaison_core::alert::{HitStatus, ReplyClock};
use liaison_core::policy::Action;
use liaison_formats::screening::ScreeningRow;
use liaison_store::hits::{HitFilter, StoredHit};
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use utoipa::{IntoParams, ToSchema};

fn rfc3339(ms: i64) -> String {
    crate::message_access::time_of(ms)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// One step of a hit.
#[derive(Serialize, ToSchema)]
pub struct HitStep {
    pub status: String,
    pub note: String,
    pub by: String,
    pub at: String,
}

/// A hit and where it stands.
#[derive(Serialize, ToSchema)]
pub struct HitRecord {
    pub id: String,
    /// candidate, confirmed, false_hit, action_taken, action_not_possible, owner_informed, closed.
    pub status: String,
    /// The statuses it may move to next.
    pub next: Vec<String>,
    pub alert_owner: String,
    pub alert_reference: String,
    pub category: String,
    /// What to do (this node's alerts; a partner's says it when asked).
    pub action: String,
    pub contact: String,
    /// The person or identifier checked.
    pub subject: String,
    pub subject_facts: String,
    pub score: f64,
    /// `screening` (this node's alerts) or `partner` (a hit/no-hit answer).
    pub origin: String,
    pub purpose: String,
    pub case_reference: String,
    pub found_by: String,
    pub found_at: String,
    pub informed_at: Option<String>,
    /// The thread of the report to the alert's owner.
    pub report_thread: Option<String>,
    pub owner_replied_at: Option<String>,
    /// When the owner's reply is (or was) due, while it is awaited.
    pub reply_due_at: Option<String>,
    /// The reply is overdue (the hit is escalated).
    pub reply_overdue: bool,
    /// Every step so far (only on `GET /api/v1/hits/{id}`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<HitStep>,
}

fn record(h: &StoredHit, now: time::OffsetDateTime) -> HitRecord {
    let clock = hits::reply_clock(h, now);
    HitRecord {
        id: h.id.clone(),
        status: h.status.clone(),
        next: h
            .status
            .parse::<HitStatus>()
            .ok()
            .map(|s| s.next().iter().map(|n| n.as_str().to_owned()).collect())
            .unwrap_or_default(),
        alert_owner: h.alert_owner.clone(),
        alert_reference: h.alert_reference.clone(),
        category: h.category.clone(),
        action: h.action.clone(),
        contact: h.contact.clone(),
        subject: h.subject.clone(),
        subject_facts: h.subject_facts.clone(),
        score: h.score,
        origin: h.origin.clone(),
        purpose: h.purpose.clone(),
        case_reference: h.case_reference.clone(),
        found_by: h.found_by.clone(),
        found_at: rfc3339(h.found_at),
        informed_at: h.informed_at.map(rfc3339),
        report_thread: h.report_thread.clone(),
        owner_replied_at: h.owner_replied_at.map(rfc3339),
        reply_due_at: clock
            .and(h.informed_at)
            .map(|at| rfc3339(at + liaison_core::alert::OWNER_REPLY.whole_milliseconds() as i64)),
        reply_overdue: matches!(clock, Some(ReplyClock::Overdue(_))),
        steps: vec![],
    }
}

impl From<HitError> for ApiError {
    fn from(e: HitError) -> Self {
        match e {
            HitError::NotFound(_) => ApiError::new(ErrorCode::NotFound, e.to_string()),
            HitError::Moved => ApiError::new(ErrorCode::Conflict, e.to_string()),
            HitError::NotNext { .. } | HitError::NoteNeeded => {
                ApiError::new(ErrorCode::ValidationFailed, e.to_string())
            }
            HitError::Report(crate::federation::messages::SendError::NotFederated) => {
                ApiError::new(ErrorCode::NotFederated, e.to_string())
            }
            HitError::Store(s) => s.into(),
            other => {
                tracing::error!(error = %other, "hits");
                ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
            }
        }
    }
}

#[derive(Deserialize, IntoParams)]
pub struct HitsQuery {
    /// Closed hits too.
    #[serde(default)]
    pub all: bool,
    /// Only hits whose owner's reply is overdue.
    #[serde(default)]
    pub overdue: bool,
    /// At most this many, newest first (default 100, at most 1000).
    pub limit: Option<u32>,
}

/// Hits, newest first: open ones unless `all`.
#[utoipa::path(get, path = "/api/v1/hits", tag = "screening", params(HitsQuery),
    responses((status = 200, body = Vec<HitRecord>), (status = 403, body = Problem)))]
pub async fn list_hits(
    State(app): State<App>,
    caller: ApiCaller,
    Query(q): Query<HitsQuery>,
) -> Result<Json<Vec<HitRecord>>, ApiError> {
    caller.permit(Action::ScreenTravellers)?;
    let now = time::OffsetDateTime::now_utc();
    let filter = if q.overdue {
        let due = now - liaison_core::alert::OWNER_REPLY;
        HitFilter::ReplyOverdue {
            informed_before: liaison_store::to_millis(due),
        }
    } else if q.all {
        HitFilter::All
    } else {
        HitFilter::Open
    };
    let found = hits::list(&app, filter, q.limit.unwrap_or(100).clamp(1, 1000)).await?;
    Ok(Json(found.iter().map(|h| record(h, now)).collect()))
}

/// One hit with every step.
#[utoipa::path(get, path = "/api/v1/hits/{id}", tag = "screening",
    params(("id" = String, Path, description = "The hit's id")),
    responses((status = 200, body = HitRecord), (status = 404, body = Problem)))]
pub async fn get_hit(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<HitRecord>, ApiError> {
    caller.permit(Action::ScreenTravellers)?;
    app.store.note_owner_replies().await?;
    let (h, events) = hits::hit(&app, &id).await?;
    let mut r = record(&h, time::OffsetDateTime::now_utc());
    r.steps = events
        .into_iter()
        .map(|e| HitStep {
            status: e.status,
            note: e.note,
            by: e.by_user,
            at: rfc3339(e.at),
        })
        .collect();
    Ok(Json(r))
}

/// A step to take on a hit.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStep {
    /// The status the caller saw (the step is refused with 409 if someone
    /// moved the hit meanwhile).
    pub from: String,
    /// One of the hit's `next` statuses. `owner_informed` sends the report
    /// to the alert's owner.
    pub to: String,
    /// Why; required for `false_hit` and `action_not_possible`.
    #[serde(default)]
    pub note: String,
}

fn status(s: &str) -> Result<HitStatus, ApiError> {
    s.parse()
        .map_err(|e: String| ApiError::new(ErrorCode::ValidationFailed, e))
}

/// Moves a hit one step; answers the hit as it now stands.
#[utoipa::path(post, path = "/api/v1/hits/{id}/steps", tag = "screening", request_body = NewStep,
    params(("id" = String, Path, description = "The hit's id")),
    responses((status = 200, body = HitRecord), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "Someone moved the hit first"),
        (status = 422, body = Problem)))]
pub async fn step_hit(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<NewStep>, JsonRejection>,
) -> Result<Json<HitRecord>, ApiError> {
    let permit = caller.permit(Action::ScreenTravellers)?;
    let step = req?.0;
    let (from, to) = (status(&step.from)?, status(&step.to)?);
    hits::step(&app, &permit, &id, from, to, &step.note).await?;
    get_hit(State(app), caller, Path(id)).await
}

/// A question to the partner nodes.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HitQueryRequest {
    /// Why (a few words); both sides log it.
    pub purpose: String,
    pub case_reference: String,
    /// Persons (a name, with date of birth, nationality, gender if known)
    /// or identifiers alone in `document_number` (passport, VIN or plate,
    /// serial number, IBAN); identifiers travel blinded.
    pub subjects: Vec<Traveller>,
}

/// A partner's hit.
#[derive(Serialize, ToSchema)]
pub struct PartnerHit {
    /// This node's record of the hit.
    pub hit_id: String,
    pub alert_reference: String,
    pub category: String,
    pub contact: String,
    pub score: f64,
    /// (field, how it agreed).
    pub reasons: Vec<(String, String)>,
}

/// One partner's answer.
#[derive(Serialize, ToSchema)]
pub struct PartnerAnswer {
    pub node: String,
    /// Per subject, in order, its hits (empty: no hit); absent when the
    /// partner did not answer.
    pub results: Option<Vec<Vec<PartnerHit>>>,
    /// Why there is no answer.
    pub error: Option<String>,
}

/// Asks every partner node whether it holds an alert on these subjects:
/// each answers hit or no hit, with the alert's reference, category and
/// contact on a hit, never its data. Hits are recorded as candidates.
#[utoipa::path(post, path = "/api/v1/hit-queries", tag = "screening", request_body = HitQueryRequest,
    responses((status = 200, body = Vec<PartnerAnswer>), (status = 403, body = Problem),
        (status = 422, body = Problem), (status = 503, body = Problem, description = "Not in a network")))]
pub async fn ask_partners(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<HitQueryRequest>, JsonRejection>,
) -> Result<Json<Vec<PartnerAnswer>>, ApiError> {
    let permit = caller.permit(Action::ScreenTravellers)?;
    let q = req?.0;
    if q.subjects.is_empty() || q.subjects.len() > liaison_protocol::query::MAX_SUBJECTS {
        return Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!(
                "give 1 to {} subjects",
                liaison_protocol::query::MAX_SUBJECTS
            ),
        ));
    }
    let rows: Vec<ScreeningRow> = q
        .subjects
        .into_iter()
        .enumerate()
        .map(|(i, t)| t.into_row(|| (i + 1).to_string()))
        .collect();
    if let Some(i) = rows
        .iter()
        .position(|r| !crate::screening::row_has_name(r) && r.document_number.trim().is_empty())
    {
        return Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!("subject {}: give a name or an identifier", i + 1),
        ));
    }
    let answers = hit_queries::ask_and_record(&app, &permit, &rows, &q.purpose, &q.case_reference)
        .await
        .map_err(|e| match e {
            hit_queries::HitQueryError::NotFederated => {
                ApiError::new(ErrorCode::NotFederated, e.to_string())
            }
            hit_queries::HitQueryError::Purpose => {
                ApiError::new(ErrorCode::ValidationFailed, e.to_string())
            }
            other => {
                tracing::error!(error = %other, "hit/no-hit");
                ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
            }
        })?;
    Ok(Json(
        answers
            .into_iter()
            .map(|a| match a.result {
                Ok(results) => PartnerAnswer {
                    node: a.node,
                    results: Some(
                        results
                            .into_iter()
                            .map(|hits| {
                                hits.into_iter()
                                    .map(|r| PartnerHit {
                                        hit_id: r.hit_id,
                                        alert_reference: r.hit.alert_reference,
                                        category: r.hit.category,
                                        contact: r.hit.contact,
                                        score: r.hit.score,
                                        reasons: r.hit.reasons,
                                    })
                                    .collect()
                            })
                            .collect(),
                    ),
                    error: None,
                },
                Err(e) => PartnerAnswer {
                    node: a.node,
                    results: None,
                    error: Some(e),
                },
            })
            .collect(),
    ))
}

/// An alert of this node.
#[derive(Serialize, ToSchema)]
pub struct Alert {
    pub id: String,
    pub reference: String,
    pub category: String,
    pub handling_code: String,
    pub action: String,
    pub given_names: String,
    pub surname: String,
    pub full_name_native: String,
    pub date_of_birth: String,
    pub nationality: String,
    pub gender: String,
    /// Document number, VIN, serial number or account.
    pub document_number: String,
    pub valid_until: String,
    pub withdrawn_at: Option<String>,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Deserialize, IntoParams)]
pub struct AlertsQuery {
    /// At most this many, newest first (default 100, at most 1000).
    pub limit: Option<u32>,
}

/// This node's alerts, newest first (withdrawn and expired ones too).
#[utoipa::path(get, path = "/api/v1/alerts", tag = "screening", params(AlertsQuery),
    responses((status = 200, body = Vec<Alert>), (status = 403, body = Problem)))]
pub async fn list_alerts(
    State(app): State<App>,
    caller: ApiCaller,
    Query(q): Query<AlertsQuery>,
) -> Result<Json<Vec<Alert>>, ApiError> {
    caller.permit(Action::ManageAlerts)?;
    let (list, _) = app
        .store
        .recent_alerts(q.limit.unwrap_or(100).clamp(1, 1000))
        .await?;
    Ok(Json(
        list.into_iter()
            .map(|a| Alert {
                id: a.id,
                reference: a.reference,
                category: a.category,
                handling_code: a.handling_code,
                action: a.action,
                given_names: a.given_names,
                surname: a.surname,
                full_name_native: a.full_name_native,
                date_of_birth: a.date_of_birth,
                nationality: a.nationality,
                gender: a.gender,
                document_number: a.document_number,
                valid_until: a.valid_until,
                withdrawn_at: a.withdrawn_at.map(rfc3339),
                created_by: a.created_by,
                created_at: rfc3339(a.created_at),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    #[serde(default)]
    pub reason: String,
}

/// Withdraws an alert of this node: screening stops using it at once.
#[utoipa::path(post, path = "/api/v1/alerts/{id}/withdrawal", tag = "screening", request_body = Withdrawal,
    params(("id" = String, Path, description = "The alert's id")),
    responses((status = 204), (status = 404, body = Problem, description = "No such alert in force")))]
pub async fn withdraw_alert(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<Withdrawal>, JsonRejection>,
) -> Result<axum::http::StatusCode, ApiError> {
    let permit = caller.permit(Action::ManageAlerts)?;
    let w = req?.0;
    crate::alerts::withdraw(&app, &permit, &id, &w.reason).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

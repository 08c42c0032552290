//! API for border systems: screen a passenger list or one traveller against
//! the alerts in force, and manage this node's alerts. Hits are candidates
//! with their explanation; screening is audited like the web page.

use super::caller::ApiCaller;
use super::problem::{ApiError, ErrorCode, Problem};
use crate::alerts::{self, AlertDefaults, AlertError};
use crate::app::App;
use crate::screening::{self, ScreeningHit};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use liaison_core::policy::Action;
use liaison_formats::screening::ScreeningRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Largest passenger list accepted in one request.
pub const LIST_LIMIT: usize = 64 << 20;

/// A person as a passenger list or a border check gives it.
#[derive(Clone, Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Traveller {
    /// The caller's own identifier of the traveller (echoed in hits).
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub surname: String,
    /// The name in its own script, if known.
    #[serde(default)]
    pub full_name_native: String,
    /// ISO 8601, possibly partial (`1975`, `1975-03`).
    #[serde(default)]
    pub date_of_birth: String,
    /// ISO 3166 alpha-3.
    #[serde(default)]
    pub nationality: String,
    /// `M`, `F` or empty.
    #[serde(default)]
    pub gender: String,
    #[serde(default)]
    pub document_number: String,
}

impl Traveller {
    /// As a screening row; `default_id` when the caller gave none.
    pub fn into_row(self, default_id: impl FnOnce() -> String) -> ScreeningRow {
        ScreeningRow {
            id: if self.id.is_empty() {
                default_id()
            } else {
                self.id
            },
            given_names: self.given_names,
            surname: self.surname,
            full_name_native: self.full_name_native,
            date_of_birth: self.date_of_birth,
            nationality: self.nationality,
            gender: self.gender,
            document_number: self.document_number,
            ..ScreeningRow::default()
        }
    }
}

/// What one field said about a hit.
#[derive(Serialize, ToSchema)]
pub struct Reason {
    /// `name`, `date_of_birth`, `document_number`, `nationality`, `gender`, `unconfirmed`.
    pub field: String,
    /// How the values agreed, in words.
    pub how: String,
    /// Its log-odds weight; the weights add up to the score.
    pub weight: f64,
}

/// The alert a traveller hit (no more of it than the border needs).
#[derive(Serialize, ToSchema)]
pub struct AlertRef {
    pub id: String,
    /// The owner's reference.
    pub reference: String,
    pub category: String,
    pub owner_node: String,
    pub handling_code: String,
    /// What to do now.
    pub action: String,
    pub valid_until: String,
    /// The alert's subject as the alert names them.
    pub subject: String,
}

/// A candidate hit: to verify before acting.
#[derive(Serialize, ToSchema)]
pub struct Hit {
    /// This node's record of the hit: verify it and act on it at
    /// `/api/v1/hits/{hit_id}`.
    pub hit_id: String,
    /// The traveller's `id` (passenger lists: the row's id).
    pub traveller_id: String,
    pub traveller: String,
    pub score: f64,
    pub alert: AlertRef,
    pub reasons: Vec<Reason>,
}

#[derive(Serialize, ToSchema)]
pub struct ScreeningResult {
    pub travellers: usize,
    /// Alerts in force that were screened against.
    pub alerts: usize,
    /// Best first.
    pub hits: Vec<Hit>,
}

fn hit(rows: &[ScreeningRow], h: &ScreeningHit) -> Hit {
    Hit {
        hit_id: h.hit_id.clone(),
        traveller_id: rows[h.traveller].id.clone(),
        traveller: h.traveller_name.clone(),
        score: (h.score * 10_000.0).round() / 10_000.0,
        alert: AlertRef {
            id: h.alert.id.clone(),
            reference: h.alert.reference.clone(),
            category: h.alert.category.clone(),
            owner_node: h.alert.owner_node.clone(),
            handling_code: h.alert.handling_code.to_uppercase(),
            action: h.alert.action.clone(),
            valid_until: h.alert.valid_until.clone(),
            subject: h.alert_name.clone(),
        },
        reasons: h
            .contributions
            .iter()
            .map(|c| Reason {
                field: c.field.to_owned(),
                how: c.how.clone(),
                weight: (c.weight * 100.0).round() / 100.0,
            })
            .collect(),
    }
}

async fn run(
    app: &App,
    caller: &ApiCaller,
    rows: Vec<ScreeningRow>,
) -> Result<ScreeningResult, ApiError> {
    let permit = caller.permit(Action::ScreenTravellers)?;
    let found = screening::screen(app, &permit, &rows, &caller.source())
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "screening failed");
            ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
        })?;
    Ok(ScreeningResult {
        travellers: rows.len(),
        alerts: app.screening.current().alerts.len(),
        hits: found.iter().map(|h| hit(&rows, h)).collect(),
    })
}

/// Screens a passenger list: the body is the screening CSV
/// (`id,given_names,surname,full_name_native,script,date_of_birth,nationality,gender,document_number`)
/// or a UN/EDIFACT PAXLST message.
#[utoipa::path(post, path = "/api/v1/screening/passenger-lists", tag = "screening",
    request_body(content = String, content_type = "text/csv",
        description = "The list as CSV, or a PAXLST message (application/edifact)"),
    responses((status = 200, body = ScreeningResult), (status = 403, body = Problem),
        (status = 422, body = Problem, description = "The list could not be read")))]
pub async fn screen_list(
    State(app): State<App>,
    caller: ApiCaller,
    body: Bytes,
) -> Result<Json<ScreeningResult>, ApiError> {
    caller.permit(Action::ScreenTravellers)?;
    let rows = screening::parse_list(&body)
        .map_err(|e| ApiError::new(ErrorCode::ValidationFailed, format!("the list: {e}")))?;
    Ok(Json(run(&app, &caller, rows).await?))
}

/// Screens one traveller, in real time (a border check).
#[utoipa::path(post, path = "/api/v1/screening/travellers", tag = "screening", request_body = Traveller,
    responses((status = 200, body = ScreeningResult), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn screen_traveller(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<Traveller>, JsonRejection>,
) -> Result<Json<ScreeningResult>, ApiError> {
    caller.permit(Action::ScreenTravellers)?;
    let row = req?.0.into_row(|| "1".into());
    if !screening::row_has_name(&row) && row.document_number.trim().is_empty() {
        return Err(ApiError::new(
            ErrorCode::ValidationFailed,
            "give a name or a document number",
        ));
    }
    Ok(Json(run(&app, &caller, vec![row]).await?))
}

/// An alert to create.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAlert {
    /// This node's own reference; unique among its alerts.
    pub reference: String,
    /// arrest_for_surrender, missing_person, judicial_procedure, discreet_check, inquiry_check,
    /// specific_check, refusal_of_entry, return_decision, travel_document, vehicle, firearm,
    /// banknote, object.
    pub category: String,
    /// `H0`–`H3`; `H2` when absent.
    #[serde(default)]
    pub handling_code: Option<String>,
    /// What to do on a hit; the category's usual action when absent.
    #[serde(default)]
    pub action: Option<String>,
    /// YYYY-MM-DD; one year from today when absent.
    #[serde(default)]
    pub valid_until: Option<String>,
    #[serde(flatten)]
    pub subject: Traveller,
}

#[derive(Serialize, ToSchema)]
pub struct AlertsCreated {
    pub created: usize,
}

/// Creates alerts, all or none; screening uses them at once.
#[utoipa::path(post, path = "/api/v1/alerts", tag = "screening", request_body = Vec<NewAlert>,
    responses((status = 201, body = AlertsCreated), (status = 403, body = Problem),
        (status = 409, body = Problem, description = "A reference is already used"),
        (status = 422, body = Problem)))]
pub async fn create_alerts(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<Vec<NewAlert>>, JsonRejection>,
) -> Result<Response, ApiError> {
    let permit = caller.permit(Action::ManageAlerts)?;
    let list = req?.0;
    let rows: Vec<ScreeningRow> = list
        .into_iter()
        .map(|a| ScreeningRow {
            category: a.category,
            action: a.action.unwrap_or_default(),
            valid_until: a.valid_until.unwrap_or_default(),
            handling_code: a.handling_code.unwrap_or_default(),
            ..Traveller {
                id: a.reference,
                ..a.subject
            }
            .into_row(String::new)
        })
        .collect();
    let defaults = AlertDefaults {
        category: None,
        handling_code: liaison_core::handling::HandlingCode::H2,
        valid_until: (time::OffsetDateTime::now_utc().date() + time::Duration::days(365))
            .to_string(),
    };
    let created = alerts::import(&app, &permit, &rows, &defaults, "the API").await?;
    Ok((StatusCode::CREATED, Json(AlertsCreated { created })).into_response())
}

impl From<AlertError> for ApiError {
    fn from(e: AlertError) -> Self {
        match e {
            AlertError::Invalid { .. } => ApiError::new(ErrorCode::ValidationFailed, e.to_string()),
            AlertError::Duplicate => ApiError::new(ErrorCode::Conflict, e.to_string()),
            AlertError::NotInForce(_) => ApiError::new(ErrorCode::NotFound, e.to_string()),
            AlertError::Audit(a) => {
                tracing::error!(error = %a, "audit");
                ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
            }
            AlertError::Store(s) => s.into(),
        }
    }
}

//! Alerts page: this node's alerts (the newest first, withdrawn and expired
//! ones marked), a form to issue one, and withdrawal.

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::format_time;
use crate::alerts::{self, AlertDefaults, AlertError};
use crate::app::App;
use crate::message_access::time_of;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::alert::{AlertCategory, AlertSubject};
use liaison_core::handling::HandlingCode;
use liaison_core::policy::Action;
use liaison_formats::screening::ScreeningRow;
use serde::Deserialize;

/// Alerts listed on the page (the newest).
const LISTED: u32 = 200;

pub struct AlertView {
    pub id: String,
    pub reference: String,
    pub category: String,
    pub subject: String,
    pub handling: String,
    pub valid_until: String,
    pub created: String,
    /// In force: neither withdrawn nor expired.
    pub in_force: bool,
    pub state: String,
}

/// The form's values, kept when it is refused.
#[derive(Deserialize, Default, Clone)]
pub struct AlertForm {
    #[serde(default)]
    reference: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    given_names: String,
    #[serde(default)]
    surname: String,
    #[serde(default)]
    full_name_native: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    nationality: String,
    #[serde(default)]
    gender: String,
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    handling_code: String,
    #[serde(default)]
    valid_until: String,
    #[serde(default)]
    action: String,
}

#[derive(askama::Template)]
#[template(path = "alerts.html")]
struct AlertsPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    alerts: Vec<AlertView>,
    total: i64,
    /// (value, label, person or object).
    categories: Vec<(&'static str, String, bool)>,
    handling_codes: Vec<&'static str>,
    form: AlertForm,
}

fn default_valid_until() -> String {
    (time::OffsetDateTime::now_utc().date() + time::Duration::days(365)).to_string()
}

async fn page(
    app: &App,
    me: SignedIn,
    flash: Option<String>,
    error: Option<String>,
    form: AlertForm,
) -> Result<Response, WebError> {
    me.permit(Action::ManageAlerts)?;
    let (stored, total) = app.store.recent_alerts(LISTED).await?;
    let ctx = me.ctx;
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let alerts: Vec<AlertView> = stored
        .into_iter()
        .map(|a| {
            let expired = a.valid_until < today;
            let state = match (a.withdrawn_at, expired) {
                (Some(at), _) => ctx.t1("alert-withdrawn-at", "time", &format_time(time_of(at))),
                (None, true) => ctx.t("alert-expired"),
                (None, false) => ctx.t("alert-in-force"),
            };
            let name = format!("{} {}", a.given_names, a.surname);
            let subject = [
                name.trim(),
                a.full_name_native.trim(),
                a.date_of_birth.trim(),
                a.document_number.trim(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            AlertView {
                in_force: a.withdrawn_at.is_none() && !expired,
                id: a.id,
                reference: a.reference,
                category: ctx.t(&format!("alert-category-{}", a.category.replace('_', "-"))),
                subject,
                handling: a.handling_code.to_uppercase(),
                valid_until: a.valid_until,
                created: format_time(time_of(a.created_at)),
                state,
            }
        })
        .collect();
    let mut form = form;
    if form.valid_until.is_empty() {
        form.valid_until = default_valid_until();
    }
    if form.handling_code.is_empty() {
        form.handling_code = "h2".into();
    }
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&AlertsPage {
        categories: AlertCategory::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str(),
                    ctx.t(&format!("alert-category-{}", c.as_str().replace('_', "-"))),
                    c.subject() == AlertSubject::Person,
                )
            })
            .collect(),
        handling_codes: HandlingCode::ALL.iter().map(|h| h.as_str()).collect(),
        ctx,
        flash,
        error,
        alerts,
        total,
        form,
    });
    *r.status_mut() = status;
    Ok(r)
}

pub async fn list(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    let flash = q.message(&me.ctx);
    page(&app, me, flash, None, AlertForm::default()).await
}

pub async fn create(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<AlertForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageAlerts)?;
    let row = ScreeningRow {
        id: form.reference.trim().to_owned(),
        given_names: form.given_names.trim().to_owned(),
        surname: form.surname.trim().to_owned(),
        full_name_native: form.full_name_native.trim().to_owned(),
        date_of_birth: form.date_of_birth.trim().to_owned(),
        nationality: form.nationality.trim().to_uppercase(),
        gender: form.gender.trim().to_owned(),
        document_number: form.identifier.trim().to_owned(),
        category: form.category.clone(),
        handling_code: form.handling_code.clone(),
        valid_until: form.valid_until.trim().to_owned(),
        action: form.action.trim().to_owned(),
        ..ScreeningRow::default()
    };
    if row.id.is_empty() {
        let msg = me.ctx.t("alert-reference-missing");
        return page(&app, me, None, Some(msg), form).await;
    }
    let defaults = AlertDefaults {
        category: None,
        handling_code: HandlingCode::H2,
        valid_until: default_valid_until(),
    };
    match alerts::import(&app, &permit, &[row], &defaults, "the web form").await {
        Ok(_) => Ok(Redirect::to("/alerts?flash=flash-alert-created").into_response()),
        Err(AlertError::Invalid { reason, .. }) => page(&app, me, None, Some(reason), form).await,
        Err(AlertError::Duplicate) => {
            let msg = me.ctx.t("alert-reference-taken");
            page(&app, me, None, Some(msg), form).await
        }
        Err(e) => {
            tracing::error!(error = %e, "creating an alert");
            Err(WebError::internal())
        }
    }
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    reason: String,
}

pub async fn withdraw(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageAlerts)?;
    match alerts::withdraw(&app, &permit, &id, &form.reason).await {
        Ok(()) => Ok(Redirect::to("/alerts?flash=flash-alert-withdrawn").into_response()),
        Err(AlertError::NotInForce(_)) => Err(WebError::not_found()),
        Err(e) => {
            tracing::error!(error = %e, "withdrawing an alert");
            Err(WebError::internal())
        }
    }
}

//! Hits pages: the open hits with their status and the owner's reply
//! clock, and one hit with what matched, its steps and the next ones.

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::format_time;
use crate::app::App;
use crate::hits::{self, HitError};
use crate::message_access::time_of;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::alert::{HitStatus, ReplyClock};
use liaison_core::policy::Action;
use liaison_store::hits::{HitFilter, StoredHit};
use serde::Deserialize;

/// A hit as the list and the hit page show it.
pub struct HitView {
    pub id: String,
    pub status: String,
    pub status_label: String,
    pub status_css: &'static str,
    pub subject: String,
    pub subject_facts: String,
    pub owner: String,
    pub reference: String,
    pub category: String,
    pub percent: String,
    pub found: String,
    /// The owner's reply clock, in words, when one runs or ran.
    pub clock: Option<String>,
    /// The reply is overdue: escalated.
    pub overdue: bool,
}

fn status_css(status: &str) -> &'static str {
    match status {
        "candidate" => "warn",
        "confirmed" | "action_taken" | "action_not_possible" => "bad",
        "owner_informed" => "info",
        _ => "",
    }
}

fn hours_minutes(d: time::Duration) -> String {
    format!("{} h {:02} min", d.whole_hours(), d.whole_minutes() % 60)
}

pub fn view(ctx: &PageCtx, h: &StoredHit, now: time::OffsetDateTime) -> HitView {
    let (clock, overdue) = match (hits::reply_clock(h, now), h.owner_replied_at) {
        (Some(ReplyClock::Running(left)), _) => (
            Some(ctx.t1("hit-reply-due-in", "time", &hours_minutes(left))),
            false,
        ),
        (Some(ReplyClock::Overdue(late)), _) => (
            Some(ctx.t1("hit-reply-overdue", "time", &hours_minutes(late))),
            true,
        ),
        (None, Some(at)) if h.report_thread.is_some() => (
            Some(ctx.t1("hit-replied", "time", &format_time(time_of(at)))),
            false,
        ),
        _ => (None, false),
    };
    HitView {
        id: h.id.clone(),
        status: h.status.clone(),
        status_label: ctx.t(&format!("hit-status-{}", h.status.replace('_', "-"))),
        status_css: status_css(&h.status),
        subject: h.subject.clone(),
        subject_facts: h.subject_facts.clone(),
        owner: h.alert_owner.clone(),
        reference: h.alert_reference.clone(),
        category: ctx.t(&format!("alert-category-{}", h.category.replace('_', "-"))),
        percent: format!("{:.0} %", h.score * 100.0),
        found: format_time(time_of(h.found_at)),
        clock,
        overdue,
    }
}

#[derive(askama::Template)]
#[template(path = "hits.html")]
struct HitsPage {
    ctx: PageCtx,
    all: bool,
    hits: Vec<HitView>,
    overdue: usize,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    all: Option<String>,
}

fn failed(e: HitError) -> WebError {
    tracing::error!(error = %e, "hits");
    WebError::internal()
}

pub async fn list(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::ScreenTravellers)?;
    let all = q.all.is_some();
    let filter = if all { HitFilter::All } else { HitFilter::Open };
    let found = hits::list(&app, filter, 500).await.map_err(failed)?;
    let now = time::OffsetDateTime::now_utc();
    let hits: Vec<HitView> = found.iter().map(|h| view(&me.ctx, h, now)).collect();
    let overdue = hits.iter().filter(|h| h.overdue).count();
    Ok(render(&HitsPage {
        ctx: me.ctx,
        all,
        hits,
        overdue,
    }))
}

/// A step the user may take from here.
pub struct NextStep {
    pub to: &'static str,
    pub label: String,
    /// The step needs a note (why).
    pub needs_note: bool,
    pub css: &'static str,
}

#[derive(askama::Template)]
#[template(path = "hit.html")]
struct HitPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    hit: HitView,
    action: String,
    contact: String,
    origin: String,
    case_reference: String,
    purpose: String,
    /// (field, how, weight or empty).
    why: Vec<(String, String, String)>,
    /// (when, status label, by, note).
    steps: Vec<(String, String, String, String)>,
    next: Vec<NextStep>,
    /// The owner is another node (the report goes as a message).
    owner_elsewhere: bool,
    report_thread: Option<String>,
}

async fn page(
    app: &App,
    me: SignedIn,
    id: &str,
    flash: Option<String>,
    error: Option<String>,
) -> Result<Response, WebError> {
    let (stored, events) = match hits::hit(app, id).await {
        Ok(found) => found,
        Err(HitError::NotFound(_)) => return Err(WebError::not_found()),
        Err(e) => return Err(failed(e)),
    };
    let ctx = me.ctx;
    let now = time::OffsetDateTime::now_utc();
    let status: Option<HitStatus> = stored.status.parse().ok();
    let next = status
        .map(|s| s.next())
        .unwrap_or_default()
        .iter()
        .map(|n| NextStep {
            to: n.as_str(),
            label: ctx.t(&format!("hit-step-{}", n.as_str().replace('_', "-"))),
            needs_note: matches!(n, HitStatus::FalseHit | HitStatus::ActionNotPossible),
            css: match n {
                HitStatus::Confirmed | HitStatus::ActionTaken | HitStatus::OwnerInformed => {
                    "primary"
                }
                _ => "",
            },
        })
        .collect();
    let why: Vec<(String, String, f64)> =
        serde_json::from_str(&stored.explanation).unwrap_or_default();
    let has_error = error.is_some();
    let mut r = render(&HitPage {
        flash,
        error,
        hit: view(&ctx, &stored, now),
        action: stored.action.clone(),
        contact: stored.contact.clone(),
        origin: ctx.t(&format!("hit-origin-{}", stored.origin)),
        case_reference: stored.case_reference.clone(),
        purpose: stored.purpose.clone(),
        why: why
            .into_iter()
            .map(|(f, how, w)| {
                (
                    ctx.t(&format!("screening-field-{}", f.replace('_', "-"))),
                    how,
                    if w == 0.0 {
                        String::new()
                    } else {
                        format!("{w:+.1}")
                    },
                )
            })
            .collect(),
        steps: events
            .into_iter()
            .map(|e| {
                (
                    format_time(time_of(e.at)),
                    ctx.t(&format!("hit-status-{}", e.status.replace('_', "-"))),
                    e.by_user,
                    e.note,
                )
            })
            .collect(),
        next,
        owner_elsewhere: stored.alert_owner != app.config.node.name.as_str(),
        report_thread: stored.report_thread.clone(),
        ctx,
    });
    if has_error {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::ScreenTravellers)?;
    let flash = q.message(&me.ctx);
    page(&app, me, &id, flash, None).await
}

#[derive(Deserialize)]
pub struct StepForm {
    from: String,
    to: String,
    #[serde(default)]
    note: String,
}

fn status(s: &str) -> Result<HitStatus, WebError> {
    s.parse().map_err(|_| WebError::bad_request())
}

pub async fn step(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<StepForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ScreenTravellers)?;
    let (from, to) = (status(&form.from)?, status(&form.to)?);
    let note: String = form.note.chars().take(4000).collect();
    match hits::step(&app, &permit, &id, from, to, &note).await {
        Ok(()) => Ok(Redirect::to(&format!("/hits/{id}?flash=flash-hit-moved")).into_response()),
        Err(HitError::NotFound(_)) => Err(WebError::not_found()),
        Err(e @ (HitError::Store(_) | HitError::Audit(_))) => Err(failed(e)),
        Err(e) => {
            let msg = match &e {
                HitError::Moved => me.ctx.t("hit-moved-meanwhile"),
                HitError::NoteNeeded => me.ctx.t("hit-note-needed"),
                other => other.to_string(),
            };
            page(&app, me, &id, None, Some(msg)).await
        }
    }
}

//! The audit log page, for the DPO and admins: filter by action or actor,
//! page backwards through history.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::format_time;
use crate::app::App;
use axum::extract::{Query, State};
use axum::response::Response;
use liaison_core::audit::AuditAction;
use liaison_core::policy::Action;
use liaison_store::audit::AuditQuery;
use serde::Deserialize;

pub const PAGE_SIZE: u32 = 50;

pub struct EventRow {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub actor_kind: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub source: String,
    pub detail: String,
}

#[derive(askama::Template)]
#[template(path = "audit.html")]
struct AuditPage {
    ctx: PageCtx,
    events: Vec<EventRow>,
    actions: Vec<&'static str>,
    action: String,
    actor: String,
    next_before: Option<i64>,
}

#[derive(Deserialize, Default)]
pub struct AuditFilter {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    before: Option<i64>,
}

pub async fn list(
    State(app): State<App>,
    me: SignedIn,
    Query(f): Query<AuditFilter>,
) -> Result<Response, WebError> {
    me.permit(Action::ReadAuditLog)?;
    let records = app
        .store
        .list_audit_events(&AuditQuery {
            before_seq: f.before,
            action: AuditAction::parse(&f.action),
            actor: Some(f.actor.trim().to_owned()).filter(|a| !a.is_empty()),
            limit: PAGE_SIZE,
        })
        .await?;
    let next_before = (records.len() == PAGE_SIZE as usize)
        .then(|| records.last().map(|r| r.seq))
        .flatten();
    let events = records
        .into_iter()
        .map(|r| EventRow {
            seq: r.seq,
            at: format_time(r.event.occurred_at),
            actor: r.event.actor.name,
            actor_kind: r.event.actor.kind,
            action: r.event.action.to_string(),
            target: r.event.target.unwrap_or_default(),
            outcome: r.event.outcome.as_str().to_owned(),
            source: r.event.source.unwrap_or_default(),
            detail: if liaison_core::policy::may_read_audit_detail(me.actor.role, r.event.action) {
                r.event.detail.unwrap_or_default()
            } else {
                me.ctx.t("audit-detail-dpo-only")
            },
        })
        .collect();
    Ok(render(&AuditPage {
        ctx: me.ctx,
        events,
        actions: AuditAction::ALL.iter().map(|a| a.as_str()).collect(),
        action: f.action,
        actor: f.actor,
        next_before,
    }))
}

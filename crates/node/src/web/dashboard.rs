//! The start page: who and where you are, and what needs attention.

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use crate::app::App;
use axum::extract::{Query, State};
use axum::response::Response;
use liaison_core::policy::Action;

#[derive(askama::Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    ctx: PageCtx,
    flash: Option<String>,
    unit_name: String,
    totp_enabled: bool,
    require_totp: bool,
    /// Admin figures; absent for other roles.
    stats: Option<Stats>,
    public_key: String,
}

struct Stats {
    users: i64,
    active_sessions: i64,
    audit_events: i64,
    api_tokens: i64,
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::ViewDashboard)?;
    let unit_name = match me.user.unit_id {
        Some(id) => app.store.unit(id).await.map(|u| u.name).unwrap_or_default(),
        None => String::new(),
    };
    let stats = if me.permit(Action::ListUsers).is_ok() {
        Some(Stats {
            users: app.store.count_users().await?,
            active_sessions: app.store.count_sessions().await?,
            audit_events: app.store.count_audit_events().await?,
            api_tokens: app
                .store
                .list_api_tokens()
                .await?
                .iter()
                .filter(|t| t.revoked_at.is_none())
                .count() as i64,
        })
    } else {
        None
    };
    Ok(render(&DashboardPage {
        flash: q.message(&me.ctx),
        ctx: me.ctx,
        unit_name,
        totp_enabled: me.user.totp_enabled,
        require_totp: app.require_totp().await,
        stats,
        public_key: app.identity.public_key_hex(),
    }))
}

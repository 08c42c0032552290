//! Admin page for node settings that can change while the node runs.

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use crate::app::{App, SETTING_REQUIRE_TOTP};
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::policy::Action;
use serde::Deserialize;

#[derive(askama::Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    ctx: PageCtx,
    flash: Option<String>,
    require_totp: bool,
    listen: String,
    database: String,
    tls: bool,
    idle_minutes: u32,
    absolute_hours: u32,
    lockout_threshold: u32,
    public_key: String,
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::ChangeNodeSettings)?;
    let s = &app.config.security;
    Ok(render(&SettingsPage {
        flash: q.message(&me.ctx),
        ctx: me.ctx,
        require_totp: app.require_totp().await,
        listen: app.config.http.listen.to_string(),
        database: liaison_store::redact_url(&app.config.database.url),
        tls: app.tls,
        idle_minutes: s.session_idle_minutes,
        absolute_hours: s.session_absolute_hours,
        lockout_threshold: s.lockout_threshold,
        public_key: app.identity.public_key_hex(),
    }))
}

#[derive(Deserialize)]
pub struct SettingsForm {
    /// A checkbox: present when ticked.
    #[serde(default)]
    require_totp: Option<String>,
}

pub async fn update(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<SettingsForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ChangeNodeSettings)?;
    let before = app.require_totp().await;
    let after = form.require_totp.is_some();
    if before != after {
        app.store
            .set_setting(SETTING_REQUIRE_TOTP, if after { "true" } else { "false" })
            .await?;
        app.audit
            .record(
                AuditEvent::new(
                    AuditActor::from(permit.actor()),
                    AuditAction::SettingsChanged,
                    Outcome::Success,
                )
                .source(me.source())
                .target("setting:security.require_totp")
                .detail(format!("{before} -> {after}")),
            )
            .await
            .map_err(|_| WebError::internal())?;
    }
    Ok(Redirect::to("/admin/settings?flash=flash-settings-saved").into_response())
}

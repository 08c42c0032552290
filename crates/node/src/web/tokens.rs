//! Admin page for API tokens of national systems.

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::{SecretShownPage, account_error_message, format_time};
use crate::app::App;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::policy::Action;
use liaison_core::{ApiTokenId, Role};
use serde::Deserialize;

pub struct TokenRow {
    pub id: String,
    pub label: String,
    pub role: String,
    pub unit: String,
    pub created_by: String,
    pub created: String,
    pub last_used: String,
    pub revoked: String,
}

#[derive(askama::Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    tokens: Vec<TokenRow>,
    units: Vec<liaison_store::units::Unit>,
    roles: Vec<&'static str>,
}

async fn page(
    app: &App,
    me: SignedIn,
    flash: Option<String>,
    error: Option<String>,
) -> Result<Response, WebError> {
    me.permit(Action::ManageApiTokens)?;
    let units = app.store.list_units().await?;
    let tokens = app
        .store
        .list_api_tokens()
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id.to_string(),
            label: t.label,
            role: t.role.to_string(),
            unit: t
                .unit_id
                .and_then(|id| units.iter().find(|u| u.id == id))
                .map(|u| u.code.to_string())
                .unwrap_or_default(),
            created_by: t.created_by,
            created: format_time(t.created_at),
            last_used: t.last_used_at.map(format_time).unwrap_or_default(),
            revoked: t.revoked_at.map(format_time).unwrap_or_default(),
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&TokensPage {
        ctx: me.ctx,
        flash,
        error,
        tokens,
        units,
        roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
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
    page(&app, me, flash, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    label: String,
    role: String,
    #[serde(default)]
    unit: String,
}

pub async fn create(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<TokenForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageApiTokens)?;
    let role: Role = form.role.parse().map_err(|_| WebError::bad_request())?;
    match app
        .accounts
        .create_api_token(&permit, &form.label, role, Some(&form.unit), &me.source())
        .await
    {
        Ok((token, secret)) => {
            let mut r = render(&SecretShownPage {
                title: me.ctx.t("token-created-title"),
                explanation: me.ctx.t1("token-created-explained", "label", &token.label),
                secret,
                back: "/admin/tokens".to_owned(),
                ctx: me.ctx,
            });
            r.headers_mut().insert(
                header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            Ok(r)
        }
        Err(e) => match account_error_message(&me.ctx, &e) {
            Some(msg) => page(&app, me, None, Some(msg)).await,
            None => Err(e.into()),
        },
    }
}

pub async fn revoke(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageApiTokens)?;
    let id: ApiTokenId = id.parse().map_err(|_| WebError::not_found())?;
    app.accounts
        .revoke_api_token(&permit, id, &me.source())
        .await?;
    Ok(Redirect::to("/admin/tokens?flash=flash-token-revoked").into_response())
}

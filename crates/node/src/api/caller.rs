//! Who is calling the API: a national system with a bearer token, or a
//! person's browser session (then with the CSRF header on every change).

use super::problem::{ApiError, ErrorCode};
use crate::app::App;
use crate::secrets;
use crate::web::frame::{self, CSRF_HEADER, ClientAddr};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, header};
use liaison_core::policy::{self, Action, Actor, Permit};
use liaison_store::sessions::SessionStage;

pub struct ApiCaller {
    pub actor: Actor,
    pub addr: ClientAddr,
}

impl ApiCaller {
    pub fn permit(&self, action: Action) -> Result<Permit, ApiError> {
        Ok(policy::authorize(&self.actor, action)?)
    }
    pub fn source(&self) -> String {
        self.addr.0.to_string()
    }
}

impl FromRequestParts<App> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        let addr = ClientAddr::of(&parts.extensions);
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or_else(|| {
                    ApiError::new(
                        ErrorCode::Unauthenticated,
                        "use `Authorization: Bearer <token>`",
                    )
                })?;
            let actor = app
                .accounts
                .actor_for_api_token(token.trim())
                .await?
                .ok_or_else(|| {
                    ApiError::new(ErrorCode::Unauthenticated, "unknown or revoked API token")
                })?;
            return Ok(ApiCaller { actor, addr });
        }
        let current = frame::find_session(app, &parts.headers)
            .await
            .filter(|c| c.session.stage == SessionStage::Active)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::Unauthenticated,
                    "send an API token (`Authorization: Bearer …`) or sign in",
                )
            })?;
        if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
            let presented = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if !presented.is_some_and(|p| secrets::constant_time_eq(p, &current.session.csrf_token))
            {
                return Err(ApiError::new(
                    ErrorCode::CsrfFailed,
                    "a browser session must send its CSRF token in the X-CSRF-Token header",
                ));
            }
        }
        Ok(ApiCaller {
            actor: crate::accounts::actor_for_user(&current.user),
            addr,
        })
    }
}

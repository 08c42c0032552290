//! What every page needs (language, node, user, CSRF token), and the
//! extractors that give a handler its caller.

use super::frame::{ClientAddr, CurrentSession};
use crate::accounts::actor_for_user;
use crate::app::App;
use crate::i18n::{LANGUAGES, Tr};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::policy::{self, Action, Actor};
use liaison_store::sessions::SessionStage;
use liaison_store::users::User;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct NavUser {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub signed_in: bool,
}

#[derive(Clone, Debug)]
pub struct PageCtx {
    pub tr: Tr,
    pub node_name: String,
    pub country: String,
    pub agency: String,
    pub user: Option<NavUser>,
    pub csrf: String,
    /// The current path, for forms that come back here (the language switch).
    pub path: String,
    pub can_admin: bool,
    pub can_audit: bool,
    /// Case work: everyone but the admin.
    pub can_records: bool,
    /// Federation messages (case workers).
    pub can_messages: bool,
    /// Screening travellers against alerts.
    pub can_screen: bool,
    /// Creating and withdrawing this node's alerts.
    pub can_manage_alerts: bool,
    /// Inbound messages nobody on this node has opened yet.
    pub unread_messages: i64,
    pub languages: Vec<(&'static str, &'static str)>,
}

impl PageCtx {
    pub async fn new(
        app: &App,
        tr: Tr,
        current: Option<&CurrentSession>,
        csrf: &str,
        path: &str,
    ) -> PageCtx {
        let active = current.filter(|c| c.session.stage == SessionStage::Active);
        let actor = active.map(|c| actor_for_user(&c.user));
        let allowed = |a| {
            actor
                .as_ref()
                .is_some_and(|x| policy::authorize(x, a).is_ok())
        };
        let messages = actor
            .as_ref()
            .and_then(|a| policy::authorize(a, Action::ReadMessages).ok());
        let unread_messages = match &messages {
            Some(permit) if app.federation.is_some() => {
                crate::message_access::unread_count(app, permit)
                    .await
                    .unwrap_or(0)
            }
            _ => 0,
        };
        PageCtx {
            tr,
            node_name: app.config.node.name.to_string(),
            country: app.config.node.country.to_string(),
            agency: app.config.node.agency.clone().unwrap_or_default(),
            user: current.map(|c| NavUser {
                username: c.user.username.to_string(),
                display_name: c.user.display_name.clone(),
                role: c.user.role.to_string(),
                signed_in: c.session.stage == SessionStage::Active,
            }),
            csrf: csrf.to_owned(),
            path: if path.starts_with('/') {
                path.to_owned()
            } else {
                "/".to_owned()
            },
            can_admin: allowed(Action::ManageUsers),
            can_audit: allowed(Action::ReadAuditLog),
            can_records: actor
                .as_ref()
                .is_some_and(|a| a.role != liaison_core::Role::Admin),
            can_messages: messages.is_some(),
            can_screen: allowed(Action::ScreenTravellers),
            can_manage_alerts: allowed(Action::ManageAlerts),
            unread_messages,
            languages: LANGUAGES.iter().map(|(c, n, _)| (*c, *n)).collect(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr.t1(key, name, value)
    }
    pub fn t2(&self, key: &str, a: (&str, &str), b: (&str, &str)) -> String {
        self.tr.t2(key, a, b)
    }
    pub fn tn(&self, key: &str, name: &str, value: &i64) -> String {
        self.tr.tn(key, name, *value)
    }
    pub fn lang(&self) -> &'static str {
        self.tr.lang()
    }
    pub fn dir(&self) -> &'static str {
        self.tr.dir()
    }
    /// Label of a role, for tables and forms.
    pub fn role_label(&self, role: &str) -> String {
        self.tr.t(&format!("role-{}", role.replace('_', "-")))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        parts
            .extensions
            .get::<PageCtx>()
            .cloned()
            .ok_or_else(|| super::error::WebError::internal().into_response())
    }
}

/// Anyone, signed in or not.
pub struct Visitor {
    pub ctx: PageCtx,
    pub session: Option<Arc<CurrentSession>>,
    pub addr: ClientAddr,
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Response> {
        Ok(Visitor {
            ctx: PageCtx::from_request_parts(parts, s).await?,
            session: parts.extensions.get::<Arc<CurrentSession>>().cloned(),
            addr: ClientAddr::of(&parts.extensions),
        })
    }
}

/// A fully signed-in user. Anyone else is sent to the step of the login they
/// have reached; a user whose password was reset must first change it.
pub struct SignedIn {
    pub ctx: PageCtx,
    pub user: User,
    pub actor: Actor,
    pub addr: ClientAddr,
}

impl SignedIn {
    pub fn source(&self) -> String {
        self.addr.0.to_string()
    }
    pub fn permit(&self, action: Action) -> Result<policy::Permit, super::error::WebError> {
        policy::authorize(&self.actor, action).map_err(|_| super::error::WebError::forbidden())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Response> {
        let ctx = PageCtx::from_request_parts(parts, s).await?;
        let Some(current) = parts.extensions.get::<Arc<CurrentSession>>().cloned() else {
            return Err(Redirect::to("/login").into_response());
        };
        match current.session.stage {
            SessionStage::SecondFactorDue => {
                return Err(Redirect::to("/login/second-factor").into_response());
            }
            SessionStage::EnrolmentDue => return Err(Redirect::to("/login/enrol").into_response()),
            SessionStage::Active => {}
        }
        let path = parts.uri.path();
        if current.user.must_change_password && path != "/account" && path != "/account/password" {
            return Err(Redirect::to("/account?flash=flash-must-change-password").into_response());
        }
        Ok(SignedIn {
            actor: actor_for_user(&current.user),
            user: current.user.clone(),
            ctx,
            addr: ClientAddr::of(&parts.extensions),
        })
    }
}

/// A `?flash=` key, accepted only when it names a known flash message.
#[derive(serde::Deserialize, Default)]
pub struct FlashQuery {
    pub flash: Option<String>,
}

impl FlashQuery {
    pub fn message(&self, ctx: &PageCtx) -> Option<String> {
        let key = self.flash.as_deref()?;
        if !key.starts_with("flash-") || !key.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        let text = ctx.t(key);
        (!text.starts_with('⟦')).then_some(text)
    }
}

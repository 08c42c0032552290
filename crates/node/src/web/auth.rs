//! Login: password, then the second factor (or its enrolment), then the
//! session. Each step gets a new session id, so a token seen before login is
//! worthless after it.

use super::ctx::{FlashQuery, PageCtx, Visitor};
use super::error::WebError;
use super::frame::{CurrentSession, cookie_header, session_cookie_name};
use super::render;
use crate::accounts::{LoginError, NextStep};
use crate::app::App;
use crate::secrets;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::UserId;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_store::sessions::{Session, SessionStage};
use serde::Deserialize;
use time::OffsetDateTime;

#[derive(askama::Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: PageCtx,
    error: Option<String>,
    flash: Option<String>,
    username: String,
}

pub async fn login_page(v: Visitor, Query(q): Query<FlashQuery>) -> Response {
    if v.session
        .as_ref()
        .is_some_and(|s| s.session.stage == SessionStage::Active)
    {
        return Redirect::to("/").into_response();
    }
    let flash = q.message(&v.ctx);
    render(&LoginPage {
        ctx: v.ctx,
        error: None,
        flash,
        username: String::new(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
}

/// Opens a session at `stage`; returns the `Set-Cookie` header for it and
/// the session's CSRF token.
async fn open_session(
    app: &App,
    user_id: UserId,
    stage: SessionStage,
    source: &str,
    replacing: Option<&CurrentSession>,
) -> Result<(axum::http::HeaderValue, String), WebError> {
    if let Some(old) = replacing {
        app.store.delete_session(&old.session.id_hash).await?;
    }
    let token = secrets::random_token();
    let csrf = secrets::random_token();
    let now = OffsetDateTime::now_utc();
    app.store
        .create_session(&Session {
            id_hash: secrets::sha256_hex(&token),
            user_id,
            csrf_token: csrf.clone(),
            stage,
            created_at: now,
            last_seen_at: now,
            source: Some(source.to_owned()),
        })
        .await?;
    Ok((
        cookie_header(app, session_cookie_name(app), &token, None),
        csrf,
    ))
}

fn redirect_with_cookie(to: &str, cookie: axum::http::HeaderValue) -> Response {
    let mut r = Redirect::to(to).into_response();
    r.headers_mut().append(header::SET_COOKIE, cookie);
    r
}

pub async fn login_submit(
    State(app): State<App>,
    v: Visitor,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let source = v.addr.0.to_string();
    let fail = |ctx: PageCtx, status: StatusCode, error: String, username: String| {
        let mut r = render(&LoginPage {
            ctx,
            error: Some(error),
            flash: None,
            username,
        });
        *r.status_mut() = status;
        r
    };
    if app.login_limiter.check_key(&v.addr.0).is_err() {
        app.metrics.rate_limited.inc();
        app.metrics.login("rate_limited");
        let msg = v.ctx.t("login-rate-limited");
        return Ok(fail(
            v.ctx,
            StatusCode::TOO_MANY_REQUESTS,
            msg,
            form.username,
        ));
    }
    let require_totp = app.require_totp().await;
    match app
        .accounts
        .authenticate(&form.username, &form.password, require_totp, &source)
        .await
    {
        Ok((user, next)) => {
            app.metrics.login(match next {
                NextStep::Done => "success",
                _ => "password_accepted",
            });
            let (stage, to) = match next {
                NextStep::SecondFactor => (SessionStage::SecondFactorDue, "/login/second-factor"),
                NextStep::Enrol => (SessionStage::EnrolmentDue, "/login/enrol"),
                NextStep::Done => (SessionStage::Active, "/"),
            };
            let (cookie, _) =
                open_session(&app, user.id, stage, &source, v.session.as_deref()).await?;
            Ok(redirect_with_cookie(to, cookie))
        }
        Err(LoginError::BadCredentials) => {
            app.metrics.login("failure");
            let msg = v.ctx.t("login-failed");
            Ok(fail(v.ctx, StatusCode::UNAUTHORIZED, msg, form.username))
        }
        Err(LoginError::Locked { until }) => {
            app.metrics.login("locked");
            let minutes = ((until - OffsetDateTime::now_utc()).whole_minutes() + 1).max(1);
            let msg = v.ctx.tn("login-locked", "minutes", &minutes);
            Ok(fail(
                v.ctx,
                StatusCode::TOO_MANY_REQUESTS,
                msg,
                form.username,
            ))
        }
        Err(LoginError::Internal(e)) => Err(e.into()),
    }
}

#[derive(askama::Template)]
#[template(path = "second_factor.html")]
struct SecondFactorPage {
    ctx: PageCtx,
    error: Option<String>,
}

fn session_at(v: &Visitor, stages: &[SessionStage]) -> Option<std::sync::Arc<CurrentSession>> {
    v.session
        .clone()
        .filter(|s| stages.contains(&s.session.stage))
}

pub async fn second_factor_page(v: Visitor) -> Response {
    if session_at(&v, &[SessionStage::SecondFactorDue]).is_none() {
        return Redirect::to("/login").into_response();
    }
    render(&SecondFactorPage {
        ctx: v.ctx,
        error: None,
    })
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn second_factor_submit(
    State(app): State<App>,
    v: Visitor,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(current) = session_at(&v, &[SessionStage::SecondFactorDue]) else {
        return Ok(Redirect::to("/login").into_response());
    };
    let source = v.addr.0.to_string();
    if app.login_limiter.check_key(&v.addr.0).is_err() {
        app.metrics.rate_limited.inc();
        let error = Some(v.ctx.t("login-rate-limited"));
        let mut r = render(&SecondFactorPage { ctx: v.ctx, error });
        *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return Ok(r);
    }
    match app
        .accounts
        .verify_second_factor(current.user.id, &form.code, &source)
        .await
    {
        Ok(()) => {
            app.metrics.login("success");
            let (cookie, _) = open_session(
                &app,
                current.user.id,
                SessionStage::Active,
                &source,
                Some(&current),
            )
            .await?;
            Ok(redirect_with_cookie("/", cookie))
        }
        Err(LoginError::Internal(e)) => Err(e.into()),
        Err(e) => {
            app.metrics.login("failure");
            let error = Some(match e {
                LoginError::Locked { .. } => v.ctx.tn("login-locked", "minutes", &1),
                _ => v.ctx.t("second-factor-wrong"),
            });
            let mut r = render(&SecondFactorPage { ctx: v.ctx, error });
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            Ok(r)
        }
    }
}

#[derive(askama::Template)]
#[template(path = "enrol.html")]
struct EnrolPage {
    ctx: PageCtx,
    secret: String,
    error: Option<String>,
}

const ENROL_STAGES: [SessionStage; 2] = [SessionStage::EnrolmentDue, SessionStage::Active];

pub async fn enrol_page(State(app): State<App>, v: Visitor) -> Result<Response, WebError> {
    let Some(current) = session_at(&v, &ENROL_STAGES) else {
        return Ok(Redirect::to("/login").into_response());
    };
    if current.user.totp_enabled {
        return Ok(Redirect::to("/account").into_response());
    }
    if current.user.totp_secret.is_none() {
        app.accounts.begin_totp_enrolment(current.user.id).await?;
    }
    let secret = app
        .accounts
        .totp_factor(current.user.id)
        .await?
        .map(|(_, s)| s)
        .unwrap_or_default();
    Ok(render(&EnrolPage {
        ctx: v.ctx,
        secret: group_secret(&secret),
        error: None,
    }))
}

/// `JBSWY3DPEHPK3PXP…` as `JBSW Y3DP EHPK …`, easier to type by hand.
fn group_secret(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub async fn enrol_qr(State(app): State<App>, v: Visitor) -> Result<Response, WebError> {
    let Some(current) = session_at(&v, &ENROL_STAGES) else {
        return Err(WebError::forbidden());
    };
    if current.user.totp_enabled {
        // The secret of an active factor is never shown again.
        return Err(WebError::not_found());
    }
    let Some((factor, _)) = app.accounts.totp_factor(current.user.id).await? else {
        return Err(WebError::not_found());
    };
    let svg = factor.qr_svg().ok_or_else(WebError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        svg,
    )
        .into_response())
}

#[derive(askama::Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub ctx: PageCtx,
    pub codes: Vec<String>,
}

pub async fn enrol_submit(
    State(app): State<App>,
    v: Visitor,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(current) = session_at(&v, &ENROL_STAGES) else {
        return Ok(Redirect::to("/login").into_response());
    };
    let source = v.addr.0.to_string();
    match app
        .accounts
        .confirm_totp_enrolment(current.user.id, &form.code, &source)
        .await
    {
        Ok(codes) => {
            let (cookie, csrf) = open_session(
                &app,
                current.user.id,
                SessionStage::Active,
                &source,
                Some(&current),
            )
            .await?;
            // The page belongs to the new session: its forms carry its token.
            let mut ctx = v.ctx;
            ctx.csrf = csrf;
            let mut r = render(&RecoveryCodesPage { ctx, codes });
            r.headers_mut().append(header::SET_COOKIE, cookie);
            r.headers_mut().insert(
                header::CACHE_CONTROL,
                "no-store".parse().map_err(|_| WebError::internal())?,
            );
            Ok(r)
        }
        Err(crate::accounts::AccountError::WrongCode) => {
            let secret = app
                .accounts
                .totp_factor(current.user.id)
                .await?
                .map(|(_, s)| s)
                .unwrap_or_default();
            let error = Some(v.ctx.t("second-factor-wrong"));
            let mut r = render(&EnrolPage {
                ctx: v.ctx,
                secret: group_secret(&secret),
                error,
            });
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn logout(State(app): State<App>, v: Visitor) -> Result<Response, WebError> {
    if let Some(current) = &v.session {
        app.store.delete_session(&current.session.id_hash).await?;
        app.audit
            .record(
                AuditEvent::new(
                    AuditActor::from(&crate::accounts::actor_for_user(&current.user)),
                    AuditAction::Logout,
                    Outcome::Success,
                )
                .source(v.addr.0.to_string()),
            )
            .await
            .map_err(|_| WebError::internal())?;
    }
    let clear = cookie_header(
        &app,
        session_cookie_name(&app),
        "",
        Some(time::Duration::ZERO),
    );
    Ok(redirect_with_cookie("/login?flash=flash-logged-out", clear))
}

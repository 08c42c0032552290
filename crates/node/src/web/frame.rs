//! The frame around every web request, in this order:
//! 1. find the session from its cookie (expired, idle or disabled ⇒ none);
//! 2. pick the language: the user's, else the `liaison_lang` cookie, else
//!    `Accept-Language`;
//! 3. refuse a state-changing request whose CSRF token is missing or wrong;
//! 4. run the handler; render a [`WebError`] it returned as a page.

use super::ctx::PageCtx;
use super::error::WebError;
use crate::app::App;
use crate::i18n::{self, Tr};
use crate::secrets;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cookie::{Cookie, SameSite};
use liaison_store::sessions::{Session, SessionStage};
use liaison_store::users::User;
use std::net::IpAddr;
use std::sync::Arc;
use time::{Duration, OffsetDateTime};

pub const CSRF_HEADER: &str = "x-csrf-token";
pub const CSRF_FIELD: &str = "csrf";
const MAX_FORM_BYTES: usize = 1 << 20;

/// The signed-in (or half signed-in) user of this request.
#[derive(Debug)]
pub struct CurrentSession {
    pub session: Session,
    pub user: User,
}

/// The network address of the client.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub IpAddr);

impl ClientAddr {
    pub fn of(req_extensions: &axum::http::Extensions) -> ClientAddr {
        ClientAddr(
            req_extensions
                .get::<ConnectInfo<crate::server::PeerAddr>>()
                .map(|c| c.0.0.ip())
                .unwrap_or(IpAddr::from([127, 0, 0, 1])),
        )
    }
}

/// The anonymous visitor's CSRF token (double-submit cookie), for login forms.
#[derive(Clone, Debug)]
pub struct LoginCsrf(pub String);

pub fn session_cookie_name(app: &App) -> &'static str {
    if app.tls {
        "__Host-liaison_session"
    } else {
        "liaison_session"
    }
}
pub fn login_csrf_cookie_name(app: &App) -> &'static str {
    if app.tls {
        "__Host-liaison_login_csrf"
    } else {
        "liaison_login_csrf"
    }
}
pub const LANG_COOKIE: &str = "liaison_lang";

pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, path `/`, Secure on TLS.
/// `max_age = None` makes a browser-session cookie; zero deletes it.
pub fn cookie_header(app: &App, name: &str, value: &str, max_age: Option<Duration>) -> HeaderValue {
    let mut c = Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(app.tls);
    if let Some(age) = max_age {
        c = c.max_age(age);
    }
    HeaderValue::from_str(&c.build().to_string()).unwrap_or(HeaderValue::from_static(""))
}

pub(crate) async fn find_session(app: &App, headers: &HeaderMap) -> Option<CurrentSession> {
    let token = read_cookie(headers, session_cookie_name(app))?;
    let id_hash = secrets::sha256_hex(&token);
    let session = app.store.session(&id_hash).await.ok()??;
    let now = OffsetDateTime::now_utc();
    let s = &app.config.security;
    let idle = now - session.last_seen_at > Duration::minutes(i64::from(s.session_idle_minutes));
    let too_old = now - session.created_at > Duration::hours(i64::from(s.session_absolute_hours));
    // A half-finished login (second factor due) gets ten minutes at most.
    let stale_step =
        session.stage != SessionStage::Active && now - session.created_at > Duration::minutes(10);
    if idle || too_old || stale_step {
        let _ = app.store.delete_session(&id_hash).await;
        return None;
    }
    let user = app.store.user(session.user_id).await.ok()?;
    if user.disabled {
        let _ = app.store.delete_session(&id_hash).await;
        return None;
    }
    // Touch at most once a minute: idle timeouts need no finer grain, and
    // every page view need not be a database write.
    if now - session.last_seen_at > Duration::minutes(1) {
        let _ = app.store.touch_session(&id_hash, now).await;
    }
    Some(CurrentSession { session, user })
}

fn pick_language(current: Option<&CurrentSession>, headers: &HeaderMap) -> Tr {
    if let Some(lang) = current
        .and_then(|c| c.user.language.as_deref())
        .and_then(i18n::supported)
    {
        return Tr::new(lang);
    }
    if let Some(lang) = read_cookie(headers, LANG_COOKIE)
        .as_deref()
        .and_then(i18n::supported)
    {
        return Tr::new(lang);
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Tr::new(i18n::negotiate(accept))
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Finds the CSRF token a request presents: the header, else the form field
/// (the body is buffered and put back for the handler).
async fn presented_csrf(req: Request) -> Result<(Option<String>, Request), WebError> {
    if let Some(v) = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()) {
        let token = v.to_owned();
        return Ok((Some(token), req));
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("multipart/form-data") {
        // File uploads carry the token in the form's action URL, so the
        // file need not be buffered to find it. Pages send no Referer, and
        // the server logs no query strings.
        let token = req
            .uri()
            .query()
            .and_then(|q| url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == CSRF_FIELD))
            .map(|(_, v)| v.into_owned());
        return Ok((token, req));
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok((None, req));
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| WebError::bad_request())?;
    let token = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.into_owned());
    Ok((token, Request::from_parts(parts, Body::from(bytes))))
}

pub async fn web_frame(State(app): State<App>, mut req: Request, next: Next) -> Response {
    let current = find_session(&app, req.headers()).await.map(Arc::new);
    let tr = pick_language(current.as_deref(), req.headers());
    let login_csrf_cookie = read_cookie(req.headers(), login_csrf_cookie_name(&app));
    let new_login_csrf =
        (current.is_none() && login_csrf_cookie.is_none()).then(secrets::random_token);
    let csrf = match (&current, &login_csrf_cookie, &new_login_csrf) {
        (Some(c), _, _) => c.session.csrf_token.clone(),
        (None, Some(t), _) | (None, None, Some(t)) => t.clone(),
        (None, None, None) => String::new(),
    };
    let path = match req.method() {
        // After a POST the form's own page is the better place to come back to.
        &Method::GET => req.uri().path().to_owned(),
        _ => "/".to_owned(),
    };
    let ctx = PageCtx::new(&app, tr, current.as_deref(), &csrf, &path).await;

    if is_state_changing(req.method()) {
        // What the browser sent, not a token minted for this response.
        let expected = match &current {
            Some(c) => Some(c.session.csrf_token.clone()),
            None => login_csrf_cookie.clone(),
        };
        let (presented, rebuilt) = match presented_csrf(req).await {
            Ok(x) => x,
            Err(e) => return render_error(&ctx, e),
        };
        req = rebuilt;
        let ok = matches!((&expected, &presented), (Some(e), Some(p)) if secrets::constant_time_eq(e, p));
        if !ok {
            tracing::warn!(path = %req.uri().path(), "CSRF check failed");
            return render_error(&ctx, WebError::csrf());
        }
    }

    req.extensions_mut().insert(ctx.clone());
    if let Some(c) = &current {
        req.extensions_mut().insert(c.clone());
    }
    let mut response = next.run(req).await;

    if let Some(err) = response.extensions_mut().remove::<WebError>() {
        response = render_error(&ctx, err);
    }
    if let Some(token) = new_login_csrf {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookie_header(&app, login_csrf_cookie_name(&app), &token, None),
        );
    }
    response
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a PageCtx,
    status: u16,
    message: String,
}

fn render_error(ctx: &PageCtx, err: WebError) -> Response {
    let page = ErrorPage {
        ctx,
        status: err.status.as_u16(),
        message: ctx.tr.t(err.key),
    };
    let mut r = super::render(&page);
    *r.status_mut() = err.status;
    r.into_response()
}

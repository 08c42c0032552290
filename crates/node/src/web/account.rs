//! My account: password, second factor, recovery codes, language.

use super::auth::RecoveryCodesPage;
use super::ctx::{FlashQuery, PageCtx, SignedIn, Visitor};
use super::error::WebError;
use super::frame::{LANG_COOKIE, cookie_header};
use super::render;
use crate::accounts::AccountError;
use crate::app::App;
use crate::i18n;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::policy::Action;
use serde::Deserialize;

#[derive(askama::Template)]
#[template(path = "account.html")]
struct AccountPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    must_change_password: bool,
    totp_enabled: bool,
    recovery_codes_left: i64,
    language: String,
    unit_name: String,
}

async fn page(
    app: &App,
    me: SignedIn,
    flash: Option<String>,
    error: Option<String>,
) -> Result<Response, WebError> {
    let recovery_codes_left = app.store.unused_recovery_codes(me.user.id).await?;
    let unit_name = match me.user.unit_id {
        Some(id) => app.store.unit(id).await.map(|u| u.name).unwrap_or_default(),
        None => String::new(),
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&AccountPage {
        flash,
        error,
        must_change_password: me.user.must_change_password,
        totp_enabled: me.user.totp_enabled,
        recovery_codes_left,
        language: me.user.language.clone().unwrap_or_default(),
        unit_name,
        ctx: me.ctx,
    });
    *r.status_mut() = status;
    Ok(r)
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    me.permit(Action::ManageOwnAccount)?;
    let flash = q.message(&me.ctx);
    page(&app, me, flash, None).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

pub async fn change_password(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageOwnAccount)?;
    if form.new_password != form.confirm_password {
        let e = me.ctx.t("password-mismatch");
        return page(&app, me, None, Some(e)).await;
    }
    match app
        .accounts
        .change_own_password(
            &permit,
            &form.current_password,
            &form.new_password,
            &me.source(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to("/account?flash=flash-password-changed").into_response()),
        Err(AccountError::WrongCurrentPassword) => {
            let e = me.ctx.t("password-wrong-current");
            page(&app, me, None, Some(e)).await
        }
        Err(AccountError::SamePassword) => {
            let e = me.ctx.t("password-same");
            page(&app, me, None, Some(e)).await
        }
        Err(AccountError::WeakPassword(w)) => {
            let e = weak_password_message(&me.ctx, &w);
            page(&app, me, None, Some(e)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub fn weak_password_message(ctx: &PageCtx, w: &liaison_core::user::WeakPassword) -> String {
    use liaison_core::user::{MIN_PASSWORD_CHARS, WeakPassword as W};
    match w {
        W::TooShort => ctx.tn("password-too-short", "min", &(MIN_PASSWORD_CHARS as i64)),
        W::TooLong => ctx.t("password-too-long"),
        W::SameAsUsername => ctx.t("password-is-username"),
        W::Repetitive => ctx.t("password-repetitive"),
    }
}

pub async fn regenerate_codes(State(app): State<App>, me: SignedIn) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageOwnAccount)?;
    if !me.user.totp_enabled {
        return Err(WebError::bad_request());
    }
    let codes = app
        .accounts
        .regenerate_recovery_codes(&permit, &me.source())
        .await?;
    let mut r = render(&RecoveryCodesPage { ctx: me.ctx, codes });
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(r)
}

/// Voluntary enrolment when the node does not require a second factor.
pub async fn begin_enrolment(State(app): State<App>, me: SignedIn) -> Result<Response, WebError> {
    me.permit(Action::ManageOwnAccount)?;
    app.accounts.begin_totp_enrolment(me.user.id).await?;
    Ok(Redirect::to("/login/enrol").into_response())
}

#[derive(Deserialize)]
pub struct LanguageForm {
    language: String,
    #[serde(default)]
    back: Option<String>,
}

/// Sets the language: on the account when signed in, else in a cookie.
pub async fn choose_language(
    State(app): State<App>,
    v: Visitor,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    let lang = match form.language.as_str() {
        "" | "auto" => None,
        l => Some(i18n::supported(l).ok_or_else(WebError::bad_request)?),
    };
    // Only local paths, so the form cannot be used to redirect elsewhere.
    let back = form
        .back
        .filter(|b| b.starts_with('/') && !b.starts_with("//"))
        .unwrap_or_else(|| "/".to_owned());
    let signed_in = v
        .session
        .as_ref()
        .filter(|s| s.session.stage == liaison_store::sessions::SessionStage::Active);
    if let Some(current) = signed_in {
        let actor = crate::accounts::actor_for_user(&current.user);
        let permit = liaison_core::policy::authorize(&actor, Action::ManageOwnAccount)?;
        app.accounts
            .set_language(&permit, lang, &v.addr.0.to_string())
            .await?;
    }
    let mut r = Redirect::to(&back).into_response();
    let cookie = match lang {
        Some(l) => cookie_header(&app, LANG_COOKIE, l, Some(time::Duration::days(365))),
        None => cookie_header(&app, LANG_COOKIE, "", Some(time::Duration::ZERO)),
    };
    r.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(r)
}

//! Admin pages for user accounts.

use super::account::weak_password_message;
use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use crate::accounts::{AccountError, NewAccount};
use crate::app::App;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::policy::Action;
use liaison_core::{Role, UserId};
use liaison_store::units::Unit;
use liaison_store::users::User;
use serde::Deserialize;

pub struct UserRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub unit: String,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub locked: bool,
    pub last_login: String,
}

fn unit_code(units: &[Unit], id: Option<liaison_core::UnitId>) -> String {
    id.and_then(|id| units.iter().find(|u| u.id == id))
        .map(|u| u.code.to_string())
        .unwrap_or_default()
}

pub fn format_time(t: time::OffsetDateTime) -> String {
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    t.format(&f).unwrap_or_default()
}

fn row(u: &User, units: &[Unit]) -> UserRow {
    UserRow {
        id: u.id.to_string(),
        username: u.username.to_string(),
        display_name: u.display_name.clone(),
        role: u.role.to_string(),
        unit: unit_code(units, u.unit_id),
        totp_enabled: u.totp_enabled,
        disabled: u.disabled,
        locked: u
            .locked_until
            .is_some_and(|t| t > time::OffsetDateTime::now_utc()),
        last_login: u.last_login_at.map(format_time).unwrap_or_default(),
    }
}

#[derive(askama::Template)]
#[template(path = "users.html")]
struct UsersPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    users: Vec<UserRow>,
    units: Vec<Unit>,
    roles: Vec<&'static str>,
    form: CreateForm,
}

#[derive(Deserialize, Default)]
pub struct CreateForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    password: String,
}

fn roles() -> Vec<&'static str> {
    Role::ALL.iter().map(|r| r.as_str()).collect()
}

async fn list_page(
    app: &App,
    me: SignedIn,
    flash: Option<String>,
    error: Option<String>,
    form: CreateForm,
) -> Result<Response, WebError> {
    me.permit(Action::ListUsers)?;
    let units = app.store.list_units().await?;
    let users = app
        .store
        .list_users()
        .await?
        .iter()
        .map(|u| row(u, &units))
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&UsersPage {
        ctx: me.ctx,
        flash,
        error,
        users,
        units,
        roles: roles(),
        form: CreateForm {
            password: String::new(),
            ..form
        },
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
    list_page(&app, me, flash, None, CreateForm::default()).await
}

pub fn account_error_message(ctx: &PageCtx, e: &AccountError) -> Option<String> {
    Some(match e {
        AccountError::InvalidUsername(_) => ctx.t("user-invalid-username"),
        AccountError::UsernameTaken(name) => ctx.t1("user-username-taken", "name", name),
        AccountError::UnknownUnit(code) => ctx.t1("unit-unknown", "code", code),
        AccountError::WeakPassword(w) => weak_password_message(ctx, w),
        AccountError::LastAdmin => ctx.t("user-last-admin"),
        AccountError::Policy(liaison_core::policy::PolicyError::SelfLockout) => {
            ctx.t("user-self-lockout")
        }
        AccountError::EmptyName => ctx.t("error-empty-name"),
        AccountError::InvalidUnitCode(_) => ctx.t("unit-invalid-code"),
        AccountError::UnitCodeTaken(code) => ctx.t1("unit-code-taken", "code", code),
        _ => return None,
    })
}

pub async fn create(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<CreateForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageUsers)?;
    let Ok(role) = form.role.parse::<Role>() else {
        let e = me.ctx.t("user-pick-role");
        return list_page(&app, me, None, Some(e), form).await;
    };
    let result = app
        .accounts
        .create_user(
            &permit,
            NewAccount {
                username: &form.username,
                display_name: &form.display_name,
                role,
                unit_code: Some(form.unit.as_str()),
                password: &form.password,
                must_change_password: true,
            },
            &me.source(),
        )
        .await;
    match result {
        Ok(_) => Ok(Redirect::to("/admin/users?flash=flash-user-created").into_response()),
        Err(e) => match account_error_message(&me.ctx, &e) {
            Some(msg) => list_page(&app, me, None, Some(msg), form).await,
            None => Err(e.into()),
        },
    }
}

#[derive(askama::Template)]
#[template(path = "user.html")]
struct UserPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    user: UserRow,
    unit_code: String,
    units: Vec<Unit>,
    roles: Vec<&'static str>,
    is_self: bool,
    created: String,
}

fn parse_id(id: &str) -> Result<UserId, WebError> {
    id.parse().map_err(|_| WebError::not_found())
}

async fn user_page(
    app: &App,
    me: SignedIn,
    id: UserId,
    flash: Option<String>,
    error: Option<String>,
) -> Result<Response, WebError> {
    me.permit(Action::ListUsers)?;
    let user = app.accounts.user(id).await?;
    let units = app.store.list_units().await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&UserPage {
        flash,
        error,
        unit_code: unit_code(&units, user.unit_id),
        user: row(&user, &units),
        units,
        roles: roles(),
        is_self: me.user.id == id,
        created: format_time(user.created_at),
        ctx: me.ctx,
    });
    *r.status_mut() = status;
    Ok(r)
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let flash = q.message(&me.ctx);
    user_page(&app, me, id, flash, None).await
}

#[derive(Deserialize)]
pub struct UpdateForm {
    display_name: String,
    role: String,
    #[serde(default)]
    unit: String,
}

pub async fn update(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<UpdateForm>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let permit = me.permit(Action::ManageUsers)?;
    let role: Role = form.role.parse().map_err(|_| WebError::bad_request())?;
    match app
        .accounts
        .update_user(
            &permit,
            id,
            &form.display_name,
            role,
            Some(&form.unit),
            &me.source(),
        )
        .await
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/admin/users/{id}?flash=flash-user-saved")).into_response())
        }
        Err(e) => match account_error_message(&me.ctx, &e) {
            Some(msg) => user_page(&app, me, id, None, Some(msg)).await,
            None => Err(e.into()),
        },
    }
}

async fn set_disabled(
    app: App,
    me: SignedIn,
    id: String,
    disabled: bool,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let permit = me.permit(Action::ManageUsers)?;
    match app
        .accounts
        .set_disabled(&permit, id, disabled, &me.source())
        .await
    {
        Ok(()) => {
            let flash = if disabled {
                "flash-user-disabled"
            } else {
                "flash-user-enabled"
            };
            Ok(Redirect::to(&format!("/admin/users/{id}?flash={flash}")).into_response())
        }
        Err(e) => match account_error_message(&me.ctx, &e) {
            Some(msg) => user_page(&app, me, id, None, Some(msg)).await,
            None => Err(e.into()),
        },
    }
}

pub async fn disable(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    set_disabled(app, me, id, true).await
}

pub async fn enable(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    set_disabled(app, me, id, false).await
}

#[derive(askama::Template)]
#[template(path = "secret_shown.html")]
pub struct SecretShownPage {
    pub ctx: PageCtx,
    pub title: String,
    pub explanation: String,
    pub secret: String,
    pub back: String,
}

pub async fn reset_password(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let permit = me.permit(Action::ManageUsers)?;
    let user = app.accounts.user(id).await?;
    let password = app
        .accounts
        .reset_password(&permit, id, &me.source())
        .await?;
    let mut r = render(&SecretShownPage {
        title: me.ctx.t("user-reset-password"),
        explanation: me.ctx.t1(
            "user-temporary-password-explained",
            "name",
            user.username.as_str(),
        ),
        secret: password,
        back: format!("/admin/users/{id}"),
        ctx: me.ctx,
    });
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(r)
}

pub async fn reset_totp(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let permit = me.permit(Action::ManageUsers)?;
    app.accounts.reset_totp(&permit, id, &me.source()).await?;
    Ok(Redirect::to(&format!(
        "/admin/users/{id}?flash=flash-second-factor-reset"
    ))
    .into_response())
}

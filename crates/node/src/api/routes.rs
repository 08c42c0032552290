//! API handlers: parse, authorise, call the account service, answer JSON.

use super::caller::ApiCaller;
use super::dto;
use super::problem::{ApiError, ErrorCode, Problem};
use crate::accounts::NewAccount;
use crate::app::App;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use liaison_core::audit::AuditAction;
use liaison_core::policy::Action;
use liaison_core::{ApiTokenId, Role, UnitKind, UserId};
use liaison_store::audit::AuditQuery;
use liaison_store::units::Unit;
use time::format_description::well_known::Rfc3339;

type ApiResult<T> = Result<T, ApiError>;

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn unit_code(units: &[Unit], id: Option<liaison_core::UnitId>) -> Option<String> {
    id.and_then(|id| units.iter().find(|u| u.id == id))
        .map(|u| u.code.to_string())
}

fn user_dto(u: &liaison_store::users::User, units: &[Unit]) -> dto::User {
    dto::User {
        id: u.id.to_string(),
        username: u.username.to_string(),
        display_name: u.display_name.clone(),
        role: u.role.to_string(),
        unit: unit_code(units, u.unit_id),
        totp_enabled: u.totp_enabled,
        disabled: u.disabled,
        must_change_password: u.must_change_password,
        created_at: rfc3339(u.created_at),
        last_login_at: u.last_login_at.map(rfc3339),
    }
}

fn parse_role(s: &str) -> ApiResult<Role> {
    s.parse().map_err(|e: liaison_core::role::UnknownRole| {
        ApiError::new(ErrorCode::ValidationFailed, e.to_string())
    })
}

fn body<T>(b: Result<Json<T>, JsonRejection>) -> ApiResult<T> {
    Ok(b?.0)
}

/// This node's identity.
#[utoipa::path(get, path = "/api/v1/node", tag = "node",
    responses((status = 200, body = dto::NodeInfo), (status = 401, body = Problem)))]
pub async fn node_info(
    State(app): State<App>,
    caller: ApiCaller,
) -> ApiResult<Json<dto::NodeInfo>> {
    caller.permit(Action::ViewDashboard)?;
    Ok(Json(dto::NodeInfo {
        name: app.config.node.name.to_string(),
        country: app.config.node.country.to_string(),
        agency: app.config.node.agency.clone(),
        public_key: app.identity.public_key_hex(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }))
}

/// Who the caller is.
#[utoipa::path(get, path = "/api/v1/me", tag = "node",
    responses((status = 200, body = dto::Me), (status = 401, body = Problem)))]
pub async fn me(State(app): State<App>, caller: ApiCaller) -> ApiResult<Json<dto::Me>> {
    let units = app.store.list_units().await?;
    let kind = match caller.actor.kind {
        liaison_core::policy::ActorKind::User(_) => "user",
        liaison_core::policy::ActorKind::ApiToken(_) => "api_token",
        liaison_core::policy::ActorKind::LocalOperator => "local_operator",
    };
    Ok(Json(dto::Me {
        kind: kind.to_owned(),
        name: caller.actor.name.clone(),
        role: caller.actor.role.to_string(),
        unit: unit_code(&units, caller.actor.unit),
    }))
}

/// All user accounts.
#[utoipa::path(get, path = "/api/v1/users", tag = "users",
    responses((status = 200, body = Vec<dto::User>), (status = 403, body = Problem)))]
pub async fn list_users(
    State(app): State<App>,
    caller: ApiCaller,
) -> ApiResult<Json<Vec<dto::User>>> {
    caller.permit(Action::ListUsers)?;
    let units = app.store.list_units().await?;
    let users = app.store.list_users().await?;
    Ok(Json(users.iter().map(|u| user_dto(u, &units)).collect()))
}

/// Creates a user, who must change the password at first login.
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = dto::CreateUser,
    responses((status = 201, body = dto::User), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_user(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<dto::CreateUser>, JsonRejection>,
) -> ApiResult<(StatusCode, Json<dto::User>)> {
    let permit = caller.permit(Action::ManageUsers)?;
    let req = body(req)?;
    let role = parse_role(&req.role)?;
    let user = app
        .accounts
        .create_user(
            &permit,
            NewAccount {
                username: &req.username,
                display_name: &req.display_name,
                role,
                unit_code: req.unit.as_deref(),
                password: &req.password,
                must_change_password: true,
            },
            &caller.source(),
        )
        .await?;
    let units = app.store.list_units().await?;
    Ok((StatusCode::CREATED, Json(user_dto(&user, &units))))
}

fn parse_user_id(id: &str) -> ApiResult<UserId> {
    id.parse().map_err(|_| ApiError::not_found())
}

/// One user account.
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users",
    params(("id" = String, Path, description = "User id")),
    responses((status = 200, body = dto::User), (status = 404, body = Problem)))]
pub async fn get_user(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<dto::User>> {
    caller.permit(Action::ListUsers)?;
    let user = app.accounts.user(parse_user_id(&id)?).await?;
    let units = app.store.list_units().await?;
    Ok(Json(user_dto(&user, &units)))
}

/// Changes a user's name, role, unit, or disables or enables the account.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "users", request_body = dto::UpdateUser,
    params(("id" = String, Path, description = "User id")),
    responses((status = 200, body = dto::User), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn update_user(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    req: Result<Json<dto::UpdateUser>, JsonRejection>,
) -> ApiResult<Json<dto::User>> {
    let permit = caller.permit(Action::ManageUsers)?;
    let req = body(req)?;
    let id = parse_user_id(&id)?;
    let user = app.accounts.user(id).await?;
    let units = app.store.list_units().await?;
    if req.display_name.is_some() || req.role.is_some() || req.unit.is_some() {
        let role = match &req.role {
            Some(r) => parse_role(r)?,
            None => user.role,
        };
        let unit = match &req.unit {
            Some(u) => Some(u.clone()),
            None => unit_code(&units, user.unit_id),
        };
        app.accounts
            .update_user(
                &permit,
                id,
                req.display_name.as_deref().unwrap_or(&user.display_name),
                role,
                unit.as_deref(),
                &caller.source(),
            )
            .await?;
    }
    if let Some(disabled) = req.disabled
        && disabled != user.disabled
    {
        app.accounts
            .set_disabled(&permit, id, disabled, &caller.source())
            .await?;
    }
    let user = app.accounts.user(id).await?;
    Ok(Json(user_dto(&user, &units)))
}

/// Gives the user a one-time password, to be changed at next login.
#[utoipa::path(post, path = "/api/v1/users/{id}/password-reset", tag = "users",
    params(("id" = String, Path, description = "User id")),
    responses((status = 200, body = dto::TemporaryPassword), (status = 404, body = Problem)))]
pub async fn reset_password(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<dto::TemporaryPassword>> {
    let permit = caller.permit(Action::ManageUsers)?;
    let password = app
        .accounts
        .reset_password(&permit, parse_user_id(&id)?, &caller.source())
        .await?;
    Ok(Json(dto::TemporaryPassword {
        temporary_password: password,
    }))
}

fn unit_dto(u: &Unit) -> dto::Unit {
    dto::Unit {
        id: u.id.to_string(),
        code: u.code.to_string(),
        name: u.name.clone(),
        kind: u.kind.to_string(),
    }
}

/// All units.
#[utoipa::path(get, path = "/api/v1/units", tag = "units",
    responses((status = 200, body = Vec<dto::Unit>), (status = 403, body = Problem)))]
pub async fn list_units(
    State(app): State<App>,
    caller: ApiCaller,
) -> ApiResult<Json<Vec<dto::Unit>>> {
    caller.permit(Action::ListUnits)?;
    Ok(Json(
        app.store.list_units().await?.iter().map(unit_dto).collect(),
    ))
}

/// Creates a unit.
#[utoipa::path(post, path = "/api/v1/units", tag = "units", request_body = dto::CreateUnit,
    responses((status = 201, body = dto::Unit), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_unit(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<dto::CreateUnit>, JsonRejection>,
) -> ApiResult<(StatusCode, Json<dto::Unit>)> {
    let permit = caller.permit(Action::ManageUnits)?;
    let req = body(req)?;
    let kind: UnitKind = req
        .kind
        .parse()
        .map_err(|e: liaison_core::unit::UnknownUnitKind| {
            ApiError::new(ErrorCode::ValidationFailed, e.to_string())
        })?;
    let unit = app
        .accounts
        .create_unit(&permit, &req.code, &req.name, kind, &caller.source())
        .await?;
    Ok((StatusCode::CREATED, Json(unit_dto(&unit))))
}

fn token_dto(t: &liaison_store::api_tokens::ApiToken, units: &[Unit]) -> dto::ApiToken {
    dto::ApiToken {
        id: t.id.to_string(),
        label: t.label.clone(),
        role: t.role.to_string(),
        unit: unit_code(units, t.unit_id),
        created_by: t.created_by.clone(),
        created_at: rfc3339(t.created_at),
        revoked_at: t.revoked_at.map(rfc3339),
        last_used_at: t.last_used_at.map(rfc3339),
    }
}

/// All API tokens (never their secrets).
#[utoipa::path(get, path = "/api/v1/api-tokens", tag = "api-tokens",
    responses((status = 200, body = Vec<dto::ApiToken>), (status = 403, body = Problem)))]
pub async fn list_api_tokens(
    State(app): State<App>,
    caller: ApiCaller,
) -> ApiResult<Json<Vec<dto::ApiToken>>> {
    caller.permit(Action::ManageApiTokens)?;
    let units = app.store.list_units().await?;
    Ok(Json(
        app.store
            .list_api_tokens()
            .await?
            .iter()
            .map(|t| token_dto(t, &units))
            .collect(),
    ))
}

/// Creates an API token; its secret is in this response only.
#[utoipa::path(post, path = "/api/v1/api-tokens", tag = "api-tokens", request_body = dto::CreateApiToken,
    responses((status = 201, body = dto::CreatedApiToken), (status = 422, body = Problem)))]
pub async fn create_api_token(
    State(app): State<App>,
    caller: ApiCaller,
    req: Result<Json<dto::CreateApiToken>, JsonRejection>,
) -> ApiResult<(StatusCode, Json<dto::CreatedApiToken>)> {
    let permit = caller.permit(Action::ManageApiTokens)?;
    let req = body(req)?;
    let role = parse_role(&req.role)?;
    let (token, secret) = app
        .accounts
        .create_api_token(
            &permit,
            &req.label,
            role,
            req.unit.as_deref(),
            &caller.source(),
        )
        .await?;
    let units = app.store.list_units().await?;
    Ok((
        StatusCode::CREATED,
        Json(dto::CreatedApiToken {
            token: token_dto(&token, &units),
            secret,
        }),
    ))
}

/// Revokes an API token at once.
#[utoipa::path(delete, path = "/api/v1/api-tokens/{id}", tag = "api-tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn revoke_api_token(
    State(app): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let permit = caller.permit(Action::ManageApiTokens)?;
    let id: ApiTokenId = id.parse().map_err(|_| ApiError::not_found())?;
    app.accounts
        .revoke_api_token(&permit, id, &caller.source())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The audit log, newest first.
#[utoipa::path(get, path = "/api/v1/audit-events", tag = "audit", params(dto::AuditFilter),
    responses((status = 200, body = Vec<dto::AuditEvent>), (status = 403, body = Problem)))]
pub async fn list_audit_events(
    State(app): State<App>,
    caller: ApiCaller,
    Query(f): Query<dto::AuditFilter>,
) -> ApiResult<Json<Vec<dto::AuditEvent>>> {
    caller.permit(Action::ReadAuditLog)?;
    let action = match f.action.as_deref() {
        None | Some("") => None,
        Some(a) => Some(AuditAction::parse(a).ok_or_else(|| {
            ApiError::new(
                ErrorCode::ValidationFailed,
                format!("unknown audit action `{a}`"),
            )
        })?),
    };
    let records = app
        .store
        .list_audit_events(&AuditQuery {
            before_seq: f.before,
            action,
            actor: f.actor.filter(|a| !a.is_empty()),
            limit: f.limit.unwrap_or(100),
        })
        .await?;
    Ok(Json(
        records
            .into_iter()
            .map(|r| dto::AuditEvent {
                seq: r.seq,
                occurred_at: rfc3339(r.event.occurred_at),
                actor_kind: r.event.actor.kind,
                actor_id: r.event.actor.id,
                actor_name: r.event.actor.name,
                action: r.event.action.to_string(),
                target: r.event.target,
                outcome: r.event.outcome.as_str().to_owned(),
                source: r.event.source,
                detail: r.event.detail.filter(|_| {
                    liaison_core::policy::may_read_audit_detail(caller.actor.role, r.event.action)
                }),
            })
            .collect(),
    ))
}

//! Errors as RFC 9457 problem details with a stable `code`.
//!
//! Codes are API: clients match on them, so add new ones, never rename.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    CsrfFailed,
    NotFound,
    BadRequest,
    ValidationFailed,
    WeakPassword,
    Conflict,
    LastAdmin,
    SelfLockout,
    Internal,
    /// This node belongs to no network (federation messages).
    NotFederated,
    /// An H2/H3 message may not go to these nodes without its owner's
    /// permission (ask with `permission-requests`).
    NeedsPermission,
}

impl ErrorCode {
    pub const fn status(self) -> StatusCode {
        match self {
            ErrorCode::Unauthenticated => StatusCode::UNAUTHORIZED,
            ErrorCode::Forbidden | ErrorCode::CsrfFailed => StatusCode::FORBIDDEN,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            ErrorCode::ValidationFailed | ErrorCode::WeakPassword => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ErrorCode::Conflict | ErrorCode::LastAdmin | ErrorCode::SelfLockout => {
                StatusCode::CONFLICT
            }
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::NotFederated | ErrorCode::NeedsPermission => StatusCode::CONFLICT,
        }
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::CsrfFailed => "csrf_failed",
            ErrorCode::NotFound => "not_found",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::WeakPassword => "weak_password",
            ErrorCode::Conflict => "conflict",
            ErrorCode::LastAdmin => "last_admin",
            ErrorCode::SelfLockout => "self_lockout",
            ErrorCode::Internal => "internal",
            ErrorCode::NotFederated => "not_federated",
            ErrorCode::NeedsPermission => "needs_permission",
        }
    }
    const fn title(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "Authentication required",
            ErrorCode::Forbidden => "Not allowed",
            ErrorCode::CsrfFailed => "CSRF token missing or wrong",
            ErrorCode::NotFound => "Not found",
            ErrorCode::BadRequest => "Malformed request",
            ErrorCode::ValidationFailed => "Invalid value",
            ErrorCode::WeakPassword => "Password refused",
            ErrorCode::Conflict => "Already exists",
            ErrorCode::LastAdmin => "Last admin",
            ErrorCode::SelfLockout => "Would lock you out",
            ErrorCode::Internal => "Internal error",
            ErrorCode::NotFederated => "Node not in a network",
            ErrorCode::NeedsPermission => "Owner's permission needed",
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the problem type.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable code.
    pub code: ErrorCode,
}

#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub detail: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        ApiError {
            code,
            detail: detail.into(),
        }
    }
    pub fn not_found() -> Self {
        ApiError::new(ErrorCode::NotFound, "no such resource")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.code.status();
        let body = Problem {
            kind: format!("/api/problems/{}", self.code.as_str()),
            title: self.code.title().to_owned(),
            status: status.as_u16(),
            detail: self.detail,
            code: self.code,
        };
        let json = serde_json::to_string(&body).unwrap_or_default();
        (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            json,
        )
            .into_response()
    }
}

impl From<crate::accounts::AccountError> for ApiError {
    fn from(e: crate::accounts::AccountError) -> Self {
        use crate::accounts::AccountError as E;
        use liaison_core::policy::PolicyError;
        let code = match &e {
            E::Policy(PolicyError::SelfLockout) => ErrorCode::SelfLockout,
            E::Policy(_) => ErrorCode::Forbidden,
            E::InvalidUsername(_) | E::InvalidUnitCode(_) | E::UnknownUnit(_) | E::EmptyName => {
                ErrorCode::ValidationFailed
            }
            E::WeakPassword(_) | E::SamePassword | E::WrongCurrentPassword => {
                ErrorCode::WeakPassword
            }
            E::UsernameTaken(_) | E::UnitCodeTaken(_) => ErrorCode::Conflict,
            E::UserNotFound | E::TokenNotFound => ErrorCode::NotFound,
            E::LastAdmin => ErrorCode::LastAdmin,
            E::WrongCode | E::NoEnrolment => ErrorCode::ValidationFailed,
            E::Audit(_) | E::Store(_) => {
                tracing::error!(error = %e, "API request failed");
                return ApiError::new(ErrorCode::Internal, "internal error; see the node's log");
            }
        };
        ApiError::new(code, e.to_string())
    }
}

impl From<liaison_store::StoreError> for ApiError {
    fn from(e: liaison_store::StoreError) -> Self {
        match e {
            liaison_store::StoreError::NotFound => ApiError::not_found(),
            other => {
                tracing::error!(error = %other, "store error");
                ApiError::new(ErrorCode::Internal, "internal error; see the node's log")
            }
        }
    }
}

impl From<liaison_core::policy::PolicyError> for ApiError {
    fn from(e: liaison_core::policy::PolicyError) -> Self {
        ApiError::new(ErrorCode::Forbidden, e.to_string())
    }
}

impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(e: axum::extract::rejection::JsonRejection) -> Self {
        ApiError::new(ErrorCode::BadRequest, e.body_text())
    }
}

//! Errors shown as pages. A handler returns a [`WebError`]; the frame renders
//! it in the visitor's language with the normal page around it.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Clone, Debug)]
pub struct WebError {
    pub status: StatusCode,
    /// Translation key of the explanation.
    pub key: &'static str,
}

impl WebError {
    pub fn forbidden() -> Self {
        WebError {
            status: StatusCode::FORBIDDEN,
            key: "error-forbidden",
        }
    }
    pub fn not_found() -> Self {
        WebError {
            status: StatusCode::NOT_FOUND,
            key: "error-not-found",
        }
    }
    pub fn csrf() -> Self {
        WebError {
            status: StatusCode::FORBIDDEN,
            key: "error-csrf",
        }
    }
    pub fn internal() -> Self {
        WebError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            key: "error-internal",
        }
    }
    pub fn bad_request() -> Self {
        WebError {
            status: StatusCode::BAD_REQUEST,
            key: "error-bad-request",
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut r = self.status.into_response();
        r.extensions_mut().insert(self);
        r
    }
}

impl From<crate::accounts::AccountError> for WebError {
    fn from(e: crate::accounts::AccountError) -> Self {
        use crate::accounts::AccountError as E;
        match e {
            E::Policy(_) => WebError::forbidden(),
            E::UserNotFound | E::TokenNotFound => WebError::not_found(),
            other => {
                tracing::error!(error = %other, "account operation failed");
                WebError::internal()
            }
        }
    }
}

impl From<liaison_store::StoreError> for WebError {
    fn from(e: liaison_store::StoreError) -> Self {
        tracing::error!(error = %e, "store error");
        WebError::internal()
    }
}

impl From<liaison_core::policy::PolicyError> for WebError {
    fn from(_: liaison_core::policy::PolicyError) -> Self {
        WebError::forbidden()
    }
}

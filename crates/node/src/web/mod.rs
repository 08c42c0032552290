//! The server-rendered web UI.
//!
//! [`frame`] wraps every page: it loads the session, picks the language,
//! checks the CSRF token of every state-changing request and renders error
//! pages. Handlers live in one module per domain noun and stay thin: parse,
//! authorise through `liaison_core::policy`, call [`crate::accounts`], render.

pub mod account;
pub mod alerts;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod ctx;
pub mod dashboard;
pub mod error;
pub mod frame;
pub mod hits;
pub mod import;
pub mod message_compose;
pub mod messages;
pub mod record_form;
pub mod records;
pub mod screening;
pub mod settings;
pub mod tokens;
pub mod units;
pub mod users;

use crate::app::App;
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};

/// Uploads may be large (an import file, message attachments); every other
/// request body stays small.
const BODY_LIMIT: usize = 2 << 20;

pub fn router(app: App) -> Router<App> {
    let uploads = Router::new()
        .route(
            "/records/import",
            get(import::form)
                .post(import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::api::IMPORT_LIMIT,
                )),
        )
        .route(
            "/screening",
            get(screening::form).post(screening::upload).layer(
                axum::extract::DefaultBodyLimit::max(screening::UPLOAD_LIMIT),
            ),
        )
        .route(
            "/messages/new",
            get(message_compose::compose)
                .post(message_compose::send)
                .layer(axum::extract::DefaultBodyLimit::max(
                    message_compose::UPLOAD_LIMIT,
                )),
        );
    Router::new()
        .route("/", get(dashboard::show))
        .route("/login", get(auth::login_page).post(auth::login_submit))
        .route(
            "/login/second-factor",
            get(auth::second_factor_page).post(auth::second_factor_submit),
        )
        .route(
            "/login/enrol",
            get(auth::enrol_page).post(auth::enrol_submit),
        )
        .route("/login/enrol/qr.svg", get(auth::enrol_qr))
        .route("/logout", post(auth::logout))
        .route("/language", post(account::choose_language))
        .route("/account", get(account::show))
        .route("/account/password", post(account::change_password))
        .route("/account/recovery-codes", post(account::regenerate_codes))
        .route("/account/second-factor", post(account::begin_enrolment))
        .route("/admin/users", get(users::list).post(users::create))
        .route("/admin/users/{id}", get(users::show).post(users::update))
        .route("/admin/users/{id}/disable", post(users::disable))
        .route("/admin/users/{id}/enable", post(users::enable))
        .route(
            "/admin/users/{id}/reset-password",
            post(users::reset_password),
        )
        .route(
            "/admin/users/{id}/reset-second-factor",
            post(users::reset_totp),
        )
        .route("/admin/units", get(units::list).post(units::create))
        .route("/admin/tokens", get(tokens::list).post(tokens::create))
        .route("/admin/tokens/{id}/revoke", post(tokens::revoke))
        .route(
            "/admin/settings",
            get(settings::show).post(settings::update),
        )
        .route("/audit", get(audit::list))
        .route("/screening/check", post(screening::check))
        .route("/hits", get(hits::list))
        .route("/hits/{id}", get(hits::show).post(hits::step))
        .route("/alerts", get(alerts::list).post(alerts::create))
        .route("/alerts/{id}/withdraw", post(alerts::withdraw))
        .route("/records", get(records::search_page))
        .route("/records/search", post(records::search))
        .route(
            "/records/new",
            get(record_form::new_form).post(record_form::create),
        )
        .route("/records/{id}", get(records::show))
        .route(
            "/records/{id}/edit",
            get(record_form::edit_form).post(record_form::update),
        )
        .route("/records/{id}/links", post(record_form::link))
        .route(
            "/records/{id}/links/{relation}/delete",
            post(record_form::unlink),
        )
        .route("/records/{id}/accesses", get(records::accesses))
        .route("/records/{id}/subject-access", get(records::subject_access))
        .route("/messages", get(messages::inbox))
        .route("/messages/outbox", get(messages::outbox))
        .route("/messages/threads/{thread}", get(messages::thread))
        .route("/messages/{id}/forward", post(messages::forward))
        .route(
            "/messages/{id}/ask-permission",
            post(messages::ask_permission),
        )
        .route("/messages/{id}/grant", post(messages::grant))
        .route("/messages/{id}/files/{file_id}", get(messages::attachment))
        .route("/assets/{*path}", get(assets::serve))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(BODY_LIMIT))
        .merge(uploads)
        .layer(from_fn_with_state(app, frame::web_frame))
}

/// Renders an askama template into an HTML response.
pub(crate) fn render(t: &impl askama::Template) -> axum::response::Response {
    use axum::response::IntoResponse;
    match t.render() {
        Ok(html) => axum::response::Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            error::WebError::internal().into_response()
        }
    }
}

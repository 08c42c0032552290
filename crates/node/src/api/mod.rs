//! The REST API for national systems, under `/api/v1`, described by an
//! OpenAPI 3.1 document generated from this code (`/api/openapi.json`) and
//! browsable with the vendored Swagger UI (`/api/docs`).

pub mod caller;
pub mod data;
pub mod dto;
pub mod hits;
pub mod messages;
pub mod problem;
pub mod routes;
pub mod screening;

use crate::app::App;
use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Liaison node API",
        description = "REST API of one Liaison node, for national systems. Authenticate with an API \
            token (`Authorization: Bearer lsn_…`) created by the node's admin. Errors are RFC 9457 \
            problem details whose `code` is stable.",
        license(name = "EUPL-1.2")
    ),
    paths(
        routes::node_info,
        routes::me,
        routes::list_users,
        routes::create_user,
        routes::get_user,
        routes::update_user,
        routes::reset_password,
        routes::list_units,
        routes::create_unit,
        routes::list_api_tokens,
        routes::create_api_token,
        routes::revoke_api_token,
        routes::list_audit_events,
        data::list_codelists,
        data::get_codelist,
        data::schema,
        data::list_offences,
        data::import,
        data::export,
        messages::list_messages,
        messages::send_message,
        messages::get_file,
        messages::get_message,
        messages::get_thread,
        messages::forward_message,
        messages::ask_permission,
        messages::grant_permission,
        screening::screen_list,
        screening::screen_traveller,
        screening::create_alerts,
        hits::list_alerts,
        hits::withdraw_alert,
        hits::list_hits,
        hits::get_hit,
        hits::step_hit,
        hits::ask_partners,
    ),
    components(schemas(problem::Problem, problem::ErrorCode)),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags(
        (name = "node", description = "This node"),
        (name = "users", description = "User accounts (admin)"),
        (name = "units", description = "Units, the agency's desks (admin)"),
        (name = "api-tokens", description = "API tokens (admin)"),
        (name = "audit", description = "Audit log (dpo, admin)"),
        (name = "data model", description = "Codelists, schema, offence tables, record import and export"),
        (name = "messages", description = "Federation messages with partner nodes (case-working roles)"),
        (name = "screening", description = "Alerts, and screening travellers against them (border guards, SPOC)"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("lsn_ token")
                    .build(),
            ),
        );
    }
}

/// Largest file the import endpoint accepts.
pub const IMPORT_LIMIT: usize = 256 << 20;

pub fn router() -> Router<App> {
    Router::new()
        .route("/api/openapi.json", get(openapi_json))
        .route("/api/docs", get(swagger_ui))
        .route("/api/v1/node", get(routes::node_info))
        .route("/api/v1/me", get(routes::me))
        .route(
            "/api/v1/users",
            get(routes::list_users).post(routes::create_user),
        )
        .route(
            "/api/v1/users/{id}",
            get(routes::get_user).patch(routes::update_user),
        )
        .route(
            "/api/v1/users/{id}/password-reset",
            post(routes::reset_password),
        )
        .route(
            "/api/v1/units",
            get(routes::list_units).post(routes::create_unit),
        )
        .route(
            "/api/v1/api-tokens",
            get(routes::list_api_tokens).post(routes::create_api_token),
        )
        .route(
            "/api/v1/api-tokens/{id}",
            axum::routing::delete(routes::revoke_api_token),
        )
        .route("/api/v1/audit-events", get(routes::list_audit_events))
        .route("/api/v1/codelists", get(data::list_codelists))
        .route("/api/v1/codelists/{name}", get(data::get_codelist))
        .route("/api/v1/schema", get(data::schema))
        .route("/api/v1/offences", get(data::list_offences))
        .route("/api/v1/records/export", get(data::export))
        .route(
            "/api/v1/records/import",
            // Imports are files: they may be far larger than a form.
            post(data::import).layer(axum::extract::DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
        .route(
            "/api/v1/messages",
            get(messages::list_messages)
                .post(messages::send_message)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::web::message_compose::UPLOAD_LIMIT,
                )),
        )
        .route("/api/v1/messages/{id}", get(messages::get_message))
        .route(
            "/api/v1/messages/{id}/files/{file_id}",
            get(messages::get_file),
        )
        .route("/api/v1/threads/{thread}", get(messages::get_thread))
        .route(
            "/api/v1/messages/{id}/forward",
            post(messages::forward_message),
        )
        .route(
            "/api/v1/messages/{id}/permission-requests",
            post(messages::ask_permission),
        )
        .route(
            "/api/v1/messages/{id}/grants",
            post(messages::grant_permission),
        )
        .route(
            "/api/v1/screening/passenger-lists",
            post(screening::screen_list)
                .layer(axum::extract::DefaultBodyLimit::max(screening::LIST_LIMIT)),
        )
        .route(
            "/api/v1/screening/travellers",
            post(screening::screen_traveller),
        )
        .route(
            "/api/v1/alerts",
            get(hits::list_alerts).post(screening::create_alerts),
        )
        .route("/api/v1/alerts/{id}/withdrawal", post(hits::withdraw_alert))
        .route("/api/v1/hits", get(hits::list_hits))
        .route("/api/v1/hits/{id}", get(hits::get_hit))
        .route("/api/v1/hits/{id}/steps", post(hits::step_hit))
        .route("/api/v1/hit-queries", post(hits::ask_partners))
        .fallback(|| async { problem::ApiError::not_found() })
}

async fn openapi_json() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        ApiDoc::openapi().to_pretty_json().unwrap_or_default(),
    )
        .into_response()
}

/// Swagger UI styles its widgets inline, so this one page allows inline
/// styles; scripts stay limited to our own files.
async fn swagger_ui() -> Response {
    (
        [(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
             img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
        )],
        Html(include_str!("../../templates/swagger.html")),
    )
        .into_response()
}

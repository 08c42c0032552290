//! What the API sends and receives. Kept apart from the store's types so the
//! wire format changes only on purpose.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct NodeInfo {
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub agency: Option<String>,
    /// The node's Ed25519 public key, hex.
    pub public_key: String,
    pub version: String,
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    /// `user` or `api_token`.
    pub kind: String,
    pub name: String,
    pub role: String,
    pub unit: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct User {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: String,
    /// Unit code.
    pub unit: Option<String>,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub must_change_password: bool,
    /// RFC 3339.
    pub created_at: String,
    pub last_login_at: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    pub username: String,
    #[serde(default)]
    pub display_name: String,
    /// One of officer, border_guard, analyst, fiu_analyst, prosecutor, investigator, dpo, admin.
    pub role: String,
    /// Unit code.
    #[serde(default)]
    pub unit: Option<String>,
    /// Initial password; the user must change it at first login.
    pub password: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    pub display_name: Option<String>,
    pub role: Option<String>,
    /// Unit code; an empty string removes the unit.
    pub unit: Option<String>,
    pub disabled: Option<bool>,
}

#[derive(Serialize, ToSchema)]
pub struct TemporaryPassword {
    pub temporary_password: String,
}

#[derive(Serialize, ToSchema)]
pub struct Unit {
    pub id: String,
    pub code: String,
    pub name: String,
    /// spoc, sirene_bureau, ncb, piu, fiu, aro, central_authority or other.
    pub kind: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUnit {
    pub code: String,
    pub name: String,
    pub kind: String,
}

#[derive(Serialize, ToSchema)]
pub struct ApiToken {
    pub id: String,
    pub label: String,
    pub role: String,
    pub unit: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub last_used_at: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiToken {
    pub label: String,
    pub role: String,
    #[serde(default)]
    pub unit: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedApiToken {
    pub token: ApiToken,
    /// The bearer token. Shown this once; only its hash is kept.
    pub secret: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEvent {
    pub seq: i64,
    pub occurred_at: String,
    pub actor_kind: String,
    pub actor_id: Option<String>,
    pub actor_name: String,
    pub action: String,
    pub target: Option<String>,
    pub outcome: String,
    pub source: Option<String>,
    pub detail: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct AuditFilter {
    /// Only this action, e.g. `login`.
    pub action: Option<String>,
    /// Only this actor (id or name).
    pub actor: Option<String>,
    /// Only events before this sequence number (paging).
    pub before: Option<i64>,
    /// At most this many events (1–1000, default 100).
    pub limit: Option<u32>,
}

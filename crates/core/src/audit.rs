//! Audit events: who did what, to what, when, from where, with what outcome.
//!
//! Callers build an [`AuditEvent`] and hand it to the node's audit log. Where
//! the event is kept (a table today, a Merkle ledger later) is the log's
//! business, not the caller's.

use crate::policy::{Actor, ActorKind};
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    NodeInitialised,
    Login,
    LoginSecondFactor,
    Logout,
    AccountLocked,
    TotpEnrolled,
    TotpReset,
    RecoveryCodeUsed,
    PasswordChanged,
    PasswordReset,
    LanguageChanged,
    UserCreated,
    UserUpdated,
    UserDisabled,
    UserEnabled,
    UnitCreated,
    ApiTokenCreated,
    ApiTokenRevoked,
    SettingsChanged,
    AccessDenied,
    RecordsImported,
    RecordsExported,
    RecordsSearched,
    RecordViewed,
    RecordReviewDue,
    RecordDeleted,
    RecordCreated,
    RecordUpdated,
    RecordsLinked,
    RecordsUnlinked,
    MessageSent,
    MessagesReceived,
    MessageRead,
    EnvelopeRejected,
    NetworkJoined,
    DirectoryInstalled,
    AlertsCreated,
    AlertWithdrawn,
    TravellersScreened,
    HitQuerySent,
    HitQueryAnswered,
    HitsRecorded,
    HitUpdated,
    HitReplyOverdue,
}

impl AuditAction {
    pub const ALL: [AuditAction; 44] = [
        AuditAction::NodeInitialised,
        AuditAction::Login,
        AuditAction::LoginSecondFactor,
        AuditAction::Logout,
        AuditAction::AccountLocked,
        AuditAction::TotpEnrolled,
        AuditAction::TotpReset,
        AuditAction::RecoveryCodeUsed,
        AuditAction::PasswordChanged,
        AuditAction::PasswordReset,
        AuditAction::LanguageChanged,
        AuditAction::UserCreated,
        AuditAction::UserUpdated,
        AuditAction::UserDisabled,
        AuditAction::UserEnabled,
        AuditAction::UnitCreated,
        AuditAction::ApiTokenCreated,
        AuditAction::ApiTokenRevoked,
        AuditAction::SettingsChanged,
        AuditAction::AccessDenied,
        AuditAction::RecordsImported,
        AuditAction::RecordsExported,
        AuditAction::RecordsSearched,
        AuditAction::RecordViewed,
        AuditAction::RecordReviewDue,
        AuditAction::RecordDeleted,
        AuditAction::RecordCreated,
        AuditAction::RecordUpdated,
        AuditAction::RecordsLinked,
        AuditAction::RecordsUnlinked,
        AuditAction::MessageSent,
        AuditAction::MessagesReceived,
        AuditAction::MessageRead,
        AuditAction::EnvelopeRejected,
        AuditAction::NetworkJoined,
        AuditAction::DirectoryInstalled,
        AuditAction::AlertsCreated,
        AuditAction::AlertWithdrawn,
        AuditAction::TravellersScreened,
        AuditAction::HitQuerySent,
        AuditAction::HitQueryAnswered,
        AuditAction::HitsRecorded,
        AuditAction::HitUpdated,
        AuditAction::HitReplyOverdue,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AuditAction::NodeInitialised => "node_initialised",
            AuditAction::Login => "login",
            AuditAction::LoginSecondFactor => "login_second_factor",
            AuditAction::Logout => "logout",
            AuditAction::AccountLocked => "account_locked",
            AuditAction::TotpEnrolled => "totp_enrolled",
            AuditAction::TotpReset => "totp_reset",
            AuditAction::RecoveryCodeUsed => "recovery_code_used",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::LanguageChanged => "language_changed",
            AuditAction::UserCreated => "user_created",
            AuditAction::UserUpdated => "user_updated",
            AuditAction::UserDisabled => "user_disabled",
            AuditAction::UserEnabled => "user_enabled",
            AuditAction::UnitCreated => "unit_created",
            AuditAction::ApiTokenCreated => "api_token_created",
            AuditAction::ApiTokenRevoked => "api_token_revoked",
            AuditAction::SettingsChanged => "settings_changed",
            AuditAction::AccessDenied => "access_denied",
            AuditAction::RecordsImported => "records_imported",
            AuditAction::RecordsExported => "records_exported",
            AuditAction::RecordsSearched => "records_searched",
            AuditAction::RecordViewed => "record_viewed",
            AuditAction::RecordReviewDue => "record_review_due",
            AuditAction::RecordDeleted => "record_deleted",
            AuditAction::RecordCreated => "record_created",
            AuditAction::RecordUpdated => "record_updated",
            AuditAction::RecordsLinked => "records_linked",
            AuditAction::RecordsUnlinked => "records_unlinked",
            AuditAction::MessageSent => "message_sent",
            AuditAction::MessagesReceived => "messages_received",
            AuditAction::MessageRead => "message_read",
            AuditAction::EnvelopeRejected => "envelope_rejected",
            AuditAction::NetworkJoined => "network_joined",
            AuditAction::DirectoryInstalled => "directory_installed",
            AuditAction::AlertsCreated => "alerts_created",
            AuditAction::AlertWithdrawn => "alert_withdrawn",
            AuditAction::TravellersScreened => "travellers_screened",
            AuditAction::HitQuerySent => "hit_query_sent",
            AuditAction::HitQueryAnswered => "hit_query_answered",
            AuditAction::HitsRecorded => "hits_recorded",
            AuditAction::HitUpdated => "hit_updated",
            AuditAction::HitReplyOverdue => "hit_reply_overdue",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether the event's detail may hold personal data (search criteria,
    /// purposes naming people), which only the DPO reads.
    pub const fn detail_is_personal(self) -> bool {
        matches!(
            self,
            AuditAction::RecordsSearched | AuditAction::RecordViewed
        )
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
    Denied,
}

impl Outcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Denied => "denied",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Outcome::Success, Outcome::Failure, Outcome::Denied]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// The actor as recorded: a kind, an id where there is one, and a name.
/// A failed login by an unknown name has no id, only the name tried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditActor {
    pub kind: String,
    pub id: Option<String>,
    pub name: String,
}

impl AuditActor {
    pub fn anonymous(name_tried: &str) -> Self {
        // A mistyped password pasted into the username field must not end up
        // in the log in full.
        let name: String = name_tried.chars().take(64).collect();
        AuditActor {
            kind: "anonymous".into(),
            id: None,
            name,
        }
    }
}

impl From<&Actor> for AuditActor {
    fn from(a: &Actor) -> Self {
        let (kind, id) = match a.kind {
            ActorKind::User(id) => ("user", Some(id.to_string())),
            ActorKind::ApiToken(id) => ("api_token", Some(id.to_string())),
            ActorKind::LocalOperator => ("local_operator", None),
        };
        AuditActor {
            kind: kind.into(),
            id,
            name: a.name.clone(),
        }
    }
}

/// One accountable event. Holds no secrets: never a password, token or TOTP secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    #[serde(with = "time::serde::rfc3339")]
    pub occurred_at: OffsetDateTime,
    pub actor: AuditActor,
    pub action: AuditAction,
    /// What was acted on, e.g. `user:0190…` or `api_token:0190…`.
    pub target: Option<String>,
    pub outcome: Outcome,
    /// Network address the request came from, or `cli`.
    pub source: Option<String>,
    /// Free text for people reading the log: what changed, why it failed.
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(actor: AuditActor, action: AuditAction, outcome: Outcome) -> Self {
        AuditEvent {
            occurred_at: OffsetDateTime::now_utc(),
            actor,
            action,
            target: None,
            outcome,
            source: None,
            detail: None,
        }
    }
    pub fn target(mut self, target: impl Into<String>) -> Self {
        self.target = Some(target.into());
        self
    }
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
    }

    #[test]
    fn anonymous_names_are_truncated() {
        assert_eq!(AuditActor::anonymous(&"x".repeat(500)).name.len(), 64);
    }
}

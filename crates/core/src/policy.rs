//! Who may do what. Every route asks [`authorize`] before acting, and only this
//! module can build a [`Permit`], so a service that takes a `&Permit` cannot be
//! reached unchecked.

use crate::{ApiTokenId, Role, UnitId, UserId};
use serde::Serialize;
use std::fmt;

/// Who is acting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub kind: ActorKind,
    pub role: Role,
    pub unit: Option<UnitId>,
    /// Display name: the username, the token's label, or `local-operator`.
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum ActorKind {
    /// A person logged in through the web UI (or using the API with a session).
    User(UserId),
    /// A national system calling the REST API with a bearer token.
    ApiToken(ApiTokenId),
    /// Someone with shell access to the node's data directory (the `liaison` CLI).
    /// File-system access already grants everything, so the CLI acts as admin.
    LocalOperator,
}

impl Actor {
    pub fn local_operator() -> Self {
        Actor {
            kind: ActorKind::LocalOperator,
            role: Role::Admin,
            unit: None,
            name: "local-operator".to_owned(),
        }
    }

    pub fn user_id(&self) -> Option<UserId> {
        match self.kind {
            ActorKind::User(id) => Some(id),
            _ => None,
        }
    }
}

/// What an actor wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    ViewDashboard,
    /// Change one's own password, second factor or language (people only).
    ManageOwnAccount,
    ListUsers,
    ManageUsers,
    ListUnits,
    ManageUnits,
    ManageApiTokens,
    ReadAuditLog,
    ChangeNodeSettings,
    /// Bring records of the common model in from a file.
    ImportRecords,
    /// Take records out of the node as a file.
    ExportRecords,
    /// Answer a data subject's access request: everything held on one person.
    AnswerSubjectAccess,
    /// Read federation messages (inbox, outbox, threads): case content.
    ReadMessages,
    /// Send federation messages to partner nodes.
    SendMessages,
    /// Screen passenger lists and single travellers against the alerts.
    ScreenTravellers,
    /// Create, import and withdraw this node's alerts.
    ManageAlerts,
}

impl Action {
    pub const ALL: [Action; 16] = [
        Action::ViewDashboard,
        Action::ManageOwnAccount,
        Action::ListUsers,
        Action::ManageUsers,
        Action::ListUnits,
        Action::ManageUnits,
        Action::ManageApiTokens,
        Action::ReadAuditLog,
        Action::ChangeNodeSettings,
        Action::ImportRecords,
        Action::ExportRecords,
        Action::AnswerSubjectAccess,
        Action::ReadMessages,
        Action::SendMessages,
        Action::ScreenTravellers,
        Action::ManageAlerts,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Action::ViewDashboard => "view_dashboard",
            Action::ManageOwnAccount => "manage_own_account",
            Action::ListUsers => "list_users",
            Action::ManageUsers => "manage_users",
            Action::ListUnits => "list_units",
            Action::ManageUnits => "manage_units",
            Action::ManageApiTokens => "manage_api_tokens",
            Action::ReadAuditLog => "read_audit_log",
            Action::ChangeNodeSettings => "change_node_settings",
            Action::ImportRecords => "import_records",
            Action::ExportRecords => "export_records",
            Action::AnswerSubjectAccess => "answer_subject_access",
            Action::ReadMessages => "read_messages",
            Action::SendMessages => "send_messages",
            Action::ScreenTravellers => "screen_travellers",
            Action::ManageAlerts => "manage_alerts",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("role `{role}` may not {action}")]
    RoleForbids { role: Role, action: Action },
    #[error("only a person can {action}; API tokens cannot")]
    PeopleOnly { action: Action },
    #[error("you cannot disable your own account or remove your own admin role")]
    SelfLockout,
}

/// Proof that [`authorize`] allowed `action` to `actor`.
#[derive(Debug)]
pub struct Permit {
    actor: Actor,
    action: Action,
}

impl Permit {
    pub fn actor(&self) -> &Actor {
        &self.actor
    }
    pub fn action(&self) -> Action {
        self.action
    }
}

/// Whether `role` may do `action` at all. Admins run the node but see no case
/// content; the DPO reads the audit log.
pub const fn role_allows(role: Role, action: Action) -> bool {
    match action {
        Action::ViewDashboard | Action::ManageOwnAccount => true,
        Action::ListUsers
        | Action::ManageUsers
        | Action::ListUnits
        | Action::ManageUnits
        | Action::ManageApiTokens
        | Action::ChangeNodeSettings => matches!(role, Role::Admin),
        Action::ReadAuditLog => matches!(role, Role::Admin | Role::Dpo),
        // Case work: the desks that hold and exchange records. Admins run the
        // node but see no case content.
        Action::ImportRecords | Action::ExportRecords => matches!(
            role,
            Role::Officer | Role::Analyst | Role::FiuAnalyst | Role::Investigator
        ),
        Action::AnswerSubjectAccess => matches!(role, Role::Dpo),
        // Messages are case work between desks: every role that works cases
        // reads and sends them. Not the admin (no case content), nor the DPO,
        // who supervises through the audit log rather than taking part.
        Action::ReadMessages | Action::SendMessages => is_case_worker(role),
        // Border checks, and the desks that answer for hits.
        Action::ScreenTravellers => matches!(
            role,
            Role::BorderGuard | Role::Officer | Role::Investigator | Role::Analyst
        ),
        // Alerts are issued by the SPOC / SIRENE desk and investigators.
        Action::ManageAlerts => matches!(role, Role::Officer | Role::Investigator),
    }
}

/// The roles that work cases: every role but the node's admin and the DPO.
pub const fn is_case_worker(role: Role) -> bool {
    matches!(
        role,
        Role::Officer
            | Role::BorderGuard
            | Role::Analyst
            | Role::FiuAnalyst
            | Role::Prosecutor
            | Role::Investigator
    )
}

pub fn authorize(actor: &Actor, action: Action) -> Result<Permit, PolicyError> {
    if action == Action::ManageOwnAccount && !matches!(actor.kind, ActorKind::User(_)) {
        return Err(PolicyError::PeopleOnly { action });
    }
    // Shell access to the data directory already gives everything; refusing
    // the operator would protect nothing.
    if actor.kind == ActorKind::LocalOperator {
        return Ok(Permit {
            actor: actor.clone(),
            action,
        });
    }
    if !role_allows(actor.role, action) {
        return Err(PolicyError::RoleForbids {
            role: actor.role,
            action,
        });
    }
    Ok(Permit {
        actor: actor.clone(),
        action,
    })
}

/// Whether `role` may read the detail of an audit event: admins read the
/// log but not the personal data some details hold (search criteria).
pub fn may_read_audit_detail(role: Role, action: crate::audit::AuditAction) -> bool {
    !(role == Role::Admin && action.detail_is_personal())
}

/// A change an admin makes to a user account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserChange {
    Disable,
    SetRole(Role),
    Other,
}

/// Refuses changes by which an admin would lock themselves out of their own node.
pub fn check_user_change(
    permit: &Permit,
    target: UserId,
    change: UserChange,
) -> Result<(), PolicyError> {
    let is_self = permit.actor.user_id() == Some(target);
    match change {
        UserChange::Disable if is_self => Err(PolicyError::SelfLockout),
        UserChange::SetRole(role) if is_self && role != Role::Admin => {
            Err(PolicyError::SelfLockout)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn user(role: Role) -> Actor {
        Actor {
            kind: ActorKind::User(UserId::generate()),
            role,
            unit: None,
            name: "u".into(),
        }
    }

    #[test]
    fn only_admins_manage_users_and_only_admin_or_dpo_read_the_audit_log() {
        for role in Role::ALL {
            assert_eq!(
                authorize(&user(role), Action::ManageUsers).is_ok(),
                role == Role::Admin
            );
            assert_eq!(
                authorize(&user(role), Action::ReadAuditLog).is_ok(),
                matches!(role, Role::Admin | Role::Dpo)
            );
        }
    }

    #[test]
    fn case_workers_read_and_send_messages_admin_and_dpo_do_not() {
        for role in Role::ALL {
            let expected = !matches!(role, Role::Admin | Role::Dpo);
            for action in [Action::ReadMessages, Action::SendMessages] {
                assert_eq!(
                    authorize(&user(role), action).is_ok(),
                    expected,
                    "{role} {action}"
                );
            }
        }
    }

    #[test]
    fn tokens_have_no_own_account() {
        let token = Actor {
            kind: ActorKind::ApiToken(ApiTokenId::generate()),
            role: Role::Admin,
            unit: None,
            name: "t".into(),
        };
        assert_eq!(
            authorize(&token, Action::ManageOwnAccount).unwrap_err(),
            PolicyError::PeopleOnly {
                action: Action::ManageOwnAccount
            }
        );
    }

    #[test]
    fn an_admin_cannot_lock_themselves_out() {
        let admin = user(Role::Admin);
        let me = admin.user_id().unwrap();
        let permit = authorize(&admin, Action::ManageUsers).unwrap();
        assert!(check_user_change(&permit, me, UserChange::Disable).is_err());
        assert!(check_user_change(&permit, me, UserChange::SetRole(Role::Officer)).is_err());
        assert!(check_user_change(&permit, me, UserChange::SetRole(Role::Admin)).is_ok());
        assert!(check_user_change(&permit, UserId::generate(), UserChange::Disable).is_ok());
    }

    fn any_role() -> impl Strategy<Value = Role> {
        proptest::sample::select(Role::ALL.to_vec())
    }
    fn any_action() -> impl Strategy<Value = Action> {
        proptest::sample::select(Action::ALL.to_vec())
    }

    proptest! {
        /// The permit names exactly the actor and action that were checked,
        /// and a permit exists only where the role table allows it.
        #[test]
        fn permit_matches_the_role_table(role in any_role(), action in any_action()) {
            let actor = user(role);
            match authorize(&actor, action) {
                Ok(p) => {
                    prop_assert!(role_allows(role, action));
                    prop_assert_eq!(p.actor(), &actor);
                    prop_assert_eq!(p.action(), action);
                }
                Err(_) => prop_assert!(!role_allows(role, action)),
            }
        }

        /// Messages carry case content: admins never read or send them, and
        /// whoever may send may also read what comes back.
        #[test]
        fn admins_see_no_messages(role in any_role()) {
            let read = authorize(&user(role), Action::ReadMessages).is_ok();
            let send = authorize(&user(role), Action::SendMessages).is_ok();
            if role == Role::Admin {
                prop_assert!(!read && !send);
            }
            prop_assert_eq!(read, send);
            prop_assert_eq!(read, is_case_worker(role));
        }

        /// Nobody but an admin gets any administrative power.
        #[test]
        fn non_admins_never_administer(role in any_role()) {
            prop_assume!(role != Role::Admin);
            for action in [Action::ManageUsers, Action::ManageUnits, Action::ManageApiTokens, Action::ChangeNodeSettings, Action::ListUsers] {
                prop_assert!(authorize(&user(role), action).is_err());
            }
        }
    }
}

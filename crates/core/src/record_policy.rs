//! Who may search, view, create, change or delete records of the common
//! model, and why. One function, [`authorize_record`], decides every case
//! from the actor's role, the record's facts (owner, handling code, data-
//! subject category, kind) and the purpose declared for the access.
//!
//! The rules, most specific first:
//! * Every search and every view states a purpose and a case reference
//!   (purpose limitation, Directive (EU) 2016/680 Art 4(1)(b)).
//! * Admins run the node and see no case content.
//! * Border guards see persons, documents and vehicles, not financial or
//!   communications data, and not victims', witnesses' or informants'.
//! * FIU analysts see persons, organisations, accounts and events.
//! * Informants are visible only to officers, investigators and the DPO.
//! * `h3` records (restrictions in free text) are visible only to officers,
//!   analysts, investigators and the DPO, who read the restriction; an `h3`
//!   record held by a unit is visible only inside that unit (and to the DPO).
//! * Only the owner node changes or deletes a record, and within it only
//!   the unit that holds it; the DPO may delete (erasure) but not change.

use crate::handling::HandlingCode;
use crate::model::{DataSubjectCategory, NewRecord, RecordKind};
use crate::node::NodeName;
use crate::policy::{Actor, ActorKind};
use crate::{Role, UnitId};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordAction {
    Search,
    View,
    Create,
    Update,
    Delete,
}

impl RecordAction {
    pub const ALL: [RecordAction; 5] = [
        Self::Search,
        Self::View,
        Self::Create,
        Self::Update,
        Self::Delete,
    ];
}

/// What the policy needs to know about a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordFacts {
    pub kind: RecordKind,
    pub owner_node: NodeName,
    pub handling_code: HandlingCode,
    pub data_subject_category: Option<DataSubjectCategory>,
    /// The unit holding the record, if any.
    pub owner_unit: Option<UnitId>,
}

impl RecordFacts {
    pub fn of(record: &NewRecord) -> RecordFacts {
        RecordFacts {
            kind: record.entity.kind(),
            owner_node: record.meta.owner_node.clone(),
            handling_code: record.meta.handling_code,
            data_subject_category: record.meta.data_subject_category,
            owner_unit: record.meta.owner_unit,
        }
    }
}

/// Why personal data is being accessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Purpose {
    /// In words: "identify the driver of the vehicle seized on 3 October".
    pub reason: String,
    /// The case it serves.
    pub case_reference: String,
}

impl Purpose {
    /// A purpose with both parts filled in, or why not.
    pub fn new(reason: &str, case_reference: &str) -> Result<Purpose, RecordPolicyError> {
        let reason = reason.trim();
        let case_reference = case_reference.trim();
        if reason.chars().count() < 5 {
            return Err(RecordPolicyError::PurposeMissing);
        }
        if case_reference.is_empty() {
            return Err(RecordPolicyError::CaseMissing);
        }
        Ok(Purpose {
            reason: reason.chars().take(500).collect(),
            case_reference: case_reference.chars().take(100).collect(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordPolicyError {
    #[error("state the purpose of this access (at least a few words)")]
    PurposeMissing,
    #[error("give the case reference this access serves")]
    CaseMissing,
    #[error("role `{role}` has no access to case data")]
    NoCaseAccess { role: Role },
    #[error("role `{role}` may not {action:?} records")]
    ActionForbidden { role: Role, action: RecordAction },
    #[error("role `{role}` may not see {what}")]
    RecordForbidden { role: Role, what: String },
    #[error("only the owner node {owner} may change or delete this record")]
    NotOwner { owner: NodeName },
    #[error("only the unit that holds this record may change it")]
    NotOwningUnit,
}

/// Proof that [`authorize_record`] allowed an access, carrying its purpose
/// for the audit log.
#[derive(Debug)]
pub struct RecordPermit {
    actor: Actor,
    action: RecordAction,
    purpose: Option<Purpose>,
}

impl RecordPermit {
    pub fn actor(&self) -> &Actor {
        &self.actor
    }
    pub fn action(&self) -> RecordAction {
        self.action
    }
    pub fn purpose(&self) -> Option<&Purpose> {
        self.purpose.as_ref()
    }
}

fn may_do(role: Role, action: RecordAction) -> bool {
    use RecordAction::*;
    match role {
        Role::Admin => false,
        Role::Officer | Role::Analyst | Role::FiuAnalyst | Role::Investigator => true,
        Role::BorderGuard | Role::Prosecutor => matches!(action, Search | View),
        Role::Dpo => matches!(action, Search | View | Delete),
    }
}

/// Whether `role` may see records of this kind at all.
pub fn role_sees_kind(role: Role, kind: RecordKind) -> bool {
    use RecordKind::*;
    match role {
        Role::Admin => false,
        Role::BorderGuard => matches!(kind, Person | Document | Vehicle),
        Role::FiuAnalyst => matches!(
            kind,
            Person | Organisation | Account | Event | Location | Phone | Email
        ),
        _ => true,
    }
}

fn sees_record(actor: &Actor, facts: &RecordFacts) -> Result<(), String> {
    let role = actor.role;
    if !role_sees_kind(role, facts.kind) {
        return Err(format!("{} records", facts.kind));
    }
    if let Some(c) = facts.data_subject_category {
        let sensitive_for_border = matches!(
            c,
            DataSubjectCategory::Victim
                | DataSubjectCategory::Witness
                | DataSubjectCategory::Informant
        );
        if role == Role::BorderGuard && sensitive_for_border {
            return Err(format!("{} records", c.as_str()));
        }
        if c == DataSubjectCategory::Informant
            && !matches!(role, Role::Officer | Role::Investigator | Role::Dpo)
        {
            return Err("informants".into());
        }
    }
    if facts.handling_code == HandlingCode::H3
        && !matches!(
            role,
            Role::Officer | Role::Analyst | Role::Investigator | Role::Dpo
        )
    {
        return Err("records under handling code h3".into());
    }
    if facts.handling_code == HandlingCode::H3
        && facts.owner_unit.is_some()
        && actor.unit != facts.owner_unit
        && role != Role::Dpo
    {
        return Err("h3 records of another unit".into());
    }
    Ok(())
}

/// The one decision on records. `facts` is `None` for searches and creation
/// (then only the role and purpose are checked; each result is checked with
/// [`may_see`]). `local_node` is this node's name.
pub fn authorize_record(
    actor: &Actor,
    action: RecordAction,
    facts: Option<&RecordFacts>,
    purpose: Option<Purpose>,
    local_node: &NodeName,
) -> Result<RecordPermit, RecordPolicyError> {
    let role = actor.role;
    // The CLI operator imports and exports (files on the node's own disk),
    // but searching and viewing are for people, with a purpose.
    if actor.kind == ActorKind::LocalOperator
        && matches!(action, RecordAction::Create | RecordAction::Delete)
    {
        return Ok(RecordPermit {
            actor: actor.clone(),
            action,
            purpose,
        });
    }
    if role == Role::Admin {
        return Err(RecordPolicyError::NoCaseAccess { role });
    }
    if !may_do(role, action) {
        return Err(RecordPolicyError::ActionForbidden { role, action });
    }
    if matches!(action, RecordAction::Search | RecordAction::View) && purpose.is_none() {
        return Err(RecordPolicyError::PurposeMissing);
    }
    if let Some(f) = facts {
        sees_record(actor, f).map_err(|what| RecordPolicyError::RecordForbidden { role, what })?;
        if matches!(action, RecordAction::Update | RecordAction::Delete)
            && &f.owner_node != local_node
        {
            return Err(RecordPolicyError::NotOwner {
                owner: f.owner_node.clone(),
            });
        }
        // Erasure by the DPO is not the unit's decision.
        let unit_bound =
            action == RecordAction::Update || (action == RecordAction::Delete && role != Role::Dpo);
        if unit_bound && f.owner_unit.is_some() && actor.unit != f.owner_unit {
            return Err(RecordPolicyError::NotOwningUnit);
        }
    }
    Ok(RecordPermit {
        actor: actor.clone(),
        action,
        purpose,
    })
}

/// Whether a search result may be shown to the holder of a search permit.
pub fn may_see(permit: &RecordPermit, facts: &RecordFacts) -> bool {
    may_see_as(permit.actor(), facts)
}

/// Whether an actor may see a record at all: the same rules for views,
/// search results and exports. The CLI operator sees everything.
pub fn may_see_as(actor: &Actor, facts: &RecordFacts) -> bool {
    actor.kind == ActorKind::LocalOperator || sees_record(actor, facts).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UserId;
    use proptest::prelude::*;

    fn actor(role: Role) -> Actor {
        Actor {
            kind: ActorKind::User(UserId::generate()),
            role,
            unit: None,
            name: "u".into(),
        }
    }
    fn here() -> NodeName {
        NodeName::parse("de-bka").unwrap()
    }
    fn purpose() -> Option<Purpose> {
        Purpose::new("identify the courier", "DE-2026-1").ok()
    }
    fn facts(
        kind: RecordKind,
        code: HandlingCode,
        dsc: Option<DataSubjectCategory>,
        owner: &str,
    ) -> RecordFacts {
        RecordFacts {
            kind,
            owner_node: NodeName::parse(owner).unwrap(),
            handling_code: code,
            data_subject_category: dsc,
            owner_unit: None,
        }
    }

    #[test]
    fn searches_and_views_need_a_purpose() {
        assert_eq!(
            Purpose::new("x", "C-1").unwrap_err(),
            RecordPolicyError::PurposeMissing
        );
        assert_eq!(
            Purpose::new("a real reason", " ").unwrap_err(),
            RecordPolicyError::CaseMissing
        );
        let a = actor(Role::Officer);
        assert_eq!(
            authorize_record(&a, RecordAction::Search, None, None, &here()).unwrap_err(),
            RecordPolicyError::PurposeMissing
        );
        assert!(authorize_record(&a, RecordAction::Search, None, purpose(), &here()).is_ok());
    }

    #[test]
    fn admins_see_no_case_content() {
        for action in RecordAction::ALL {
            assert!(
                authorize_record(&actor(Role::Admin), action, None, purpose(), &here()).is_err()
            );
        }
    }

    #[test]
    fn border_guards_see_travel_data_not_finance_or_victims() {
        let bg = actor(Role::BorderGuard);
        let ok = facts(RecordKind::Document, HandlingCode::H1, None, "de-bka");
        assert!(authorize_record(&bg, RecordAction::View, Some(&ok), purpose(), &here()).is_ok());
        let account = facts(RecordKind::Account, HandlingCode::H0, None, "de-bka");
        assert!(
            authorize_record(&bg, RecordAction::View, Some(&account), purpose(), &here()).is_err()
        );
        let victim = facts(
            RecordKind::Person,
            HandlingCode::H0,
            Some(DataSubjectCategory::Victim),
            "de-bka",
        );
        assert!(
            authorize_record(&bg, RecordAction::View, Some(&victim), purpose(), &here()).is_err()
        );
        assert!(authorize_record(&bg, RecordAction::Create, None, None, &here()).is_err());
    }

    #[test]
    fn only_the_owner_changes_a_record() {
        let o = actor(Role::Officer);
        let foreign = facts(
            RecordKind::Person,
            HandlingCode::H0,
            Some(DataSubjectCategory::Suspect),
            "fr-dcpj",
        );
        assert!(matches!(
            authorize_record(&o, RecordAction::Update, Some(&foreign), None, &here()),
            Err(RecordPolicyError::NotOwner { .. })
        ));
        assert!(
            authorize_record(&o, RecordAction::View, Some(&foreign), purpose(), &here()).is_ok()
        );
    }

    #[test]
    fn units_keep_their_h3_records_and_maintain_their_own() {
        let (spoc, fiu) = (UnitId::generate(), UnitId::generate());
        let in_unit = |role, unit| Actor {
            unit,
            ..actor(role)
        };
        let mut covert = facts(
            RecordKind::Person,
            HandlingCode::H3,
            Some(DataSubjectCategory::Suspect),
            "de-bka",
        );
        covert.owner_unit = Some(spoc);
        let view = |a: &Actor, f: &RecordFacts| {
            authorize_record(a, RecordAction::View, Some(f), purpose(), &here()).is_ok()
        };
        assert!(view(&in_unit(Role::Analyst, Some(spoc)), &covert));
        assert!(!view(&in_unit(Role::Analyst, Some(fiu)), &covert));
        assert!(!view(&in_unit(Role::Officer, None), &covert));
        assert!(view(&in_unit(Role::Dpo, None), &covert));
        // Below h3, other units read the record but do not change it.
        let mut ordinary = covert.clone();
        ordinary.handling_code = HandlingCode::H2;
        let other = in_unit(Role::Officer, Some(fiu));
        assert!(view(&other, &ordinary));
        assert_eq!(
            authorize_record(&other, RecordAction::Update, Some(&ordinary), None, &here())
                .unwrap_err(),
            RecordPolicyError::NotOwningUnit
        );
        let own = in_unit(Role::Officer, Some(spoc));
        assert!(
            authorize_record(&own, RecordAction::Update, Some(&ordinary), None, &here()).is_ok()
        );
        // The DPO erases whatever the unit.
        assert!(
            authorize_record(
                &in_unit(Role::Dpo, None),
                RecordAction::Delete,
                Some(&ordinary),
                None,
                &here()
            )
            .is_ok()
        );
    }

    fn any_role() -> impl Strategy<Value = Role> {
        proptest::sample::select(Role::ALL.to_vec())
    }
    fn any_action() -> impl Strategy<Value = RecordAction> {
        proptest::sample::select(RecordAction::ALL.to_vec())
    }
    fn any_kind() -> impl Strategy<Value = RecordKind> {
        proptest::sample::select(RecordKind::ALL.to_vec())
    }
    fn any_code() -> impl Strategy<Value = HandlingCode> {
        proptest::sample::select(HandlingCode::ALL.to_vec())
    }
    fn any_dsc() -> impl Strategy<Value = Option<DataSubjectCategory>> {
        proptest::option::of(proptest::sample::select(DataSubjectCategory::ALL.to_vec()))
    }

    proptest! {
        /// No permit is ever given for an access the rules forbid.
        #[test]
        fn permits_respect_every_rule(role in any_role(), action in any_action(), kind in any_kind(),
                                      code in any_code(), dsc in any_dsc(), local in any::<bool>(), with_purpose in any::<bool>(),
                                      record_unit in 0..3usize, actor_unit in 0..3usize) {
            // 0: no unit; 1 and 2: two units.
            let units = [None, Some(UnitId::generate()), Some(UnitId::generate())];
            let mut f = facts(kind, code, dsc, if local { "de-bka" } else { "nl-klpd" });
            f.owner_unit = units[record_unit];
            let a = Actor { unit: units[actor_unit], ..actor(role) };
            let same_unit = record_unit == 0 || record_unit == actor_unit;
            let p = if with_purpose { purpose() } else { None };
            if let Ok(permit) = authorize_record(&a, action, Some(&f), p, &here()) {
                if code == HandlingCode::H3 && role != Role::Dpo {
                    prop_assert!(same_unit);
                }
                if action == RecordAction::Update || (action == RecordAction::Delete && role != Role::Dpo) {
                    prop_assert!(same_unit);
                }
                prop_assert!(role != Role::Admin);
                prop_assert!(role_sees_kind(role, kind));
                if matches!(action, RecordAction::Search | RecordAction::View) {
                    prop_assert!(permit.purpose().is_some());
                }
                if matches!(action, RecordAction::Update | RecordAction::Delete) {
                    prop_assert!(local);
                }
                if code == HandlingCode::H3 {
                    prop_assert!(matches!(role, Role::Officer | Role::Analyst | Role::Investigator | Role::Dpo));
                }
                if dsc == Some(DataSubjectCategory::Informant) {
                    prop_assert!(matches!(role, Role::Officer | Role::Investigator | Role::Dpo));
                }
                if role == Role::BorderGuard {
                    prop_assert!(!matches!(action, RecordAction::Create | RecordAction::Update | RecordAction::Delete));
                }
                prop_assert!(may_see(&permit, &f));
            }
        }
    }
}

//! Alerts (requests to act when a subject is found) and the life of a hit
//! on one: from a candidate that a human must verify to a closed case, with
//! the owner's reply clock.
//!
//! Categories follow the Schengen Information System (Reg (EU) 2018/1862,
//! 2018/1861, 2018/1860) as `../shared/domain.md` §4 lists them.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// What an alert asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertCategory {
    /// Arrest for surrender or extradition (a European Arrest Warrant).
    ArrestForSurrender,
    /// A missing person, to protect or to locate.
    MissingPerson,
    /// A witness or a person summoned to judicial proceedings.
    JudicialProcedure,
    /// Note where and with whom, without the person knowing.
    DiscreetCheck,
    /// Interview the person.
    InquiryCheck,
    /// Search the person and what they carry.
    SpecificCheck,
    /// Refuse entry and stay (third-country nationals).
    RefusalOfEntry,
    /// A return decision to enforce.
    ReturnDecision,
    /// A stolen, lost, invalidated or blank travel document.
    TravelDocument,
    Vehicle,
    Firearm,
    Banknote,
    /// Any other object sought for seizure or as evidence.
    Object,
}

/// Whether an alert is on a person or on a thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertSubject {
    Person,
    Object,
}

impl AlertCategory {
    pub const ALL: [AlertCategory; 13] = [
        AlertCategory::ArrestForSurrender,
        AlertCategory::MissingPerson,
        AlertCategory::JudicialProcedure,
        AlertCategory::DiscreetCheck,
        AlertCategory::InquiryCheck,
        AlertCategory::SpecificCheck,
        AlertCategory::RefusalOfEntry,
        AlertCategory::ReturnDecision,
        AlertCategory::TravelDocument,
        AlertCategory::Vehicle,
        AlertCategory::Firearm,
        AlertCategory::Banknote,
        AlertCategory::Object,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AlertCategory::ArrestForSurrender => "arrest_for_surrender",
            AlertCategory::MissingPerson => "missing_person",
            AlertCategory::JudicialProcedure => "judicial_procedure",
            AlertCategory::DiscreetCheck => "discreet_check",
            AlertCategory::InquiryCheck => "inquiry_check",
            AlertCategory::SpecificCheck => "specific_check",
            AlertCategory::RefusalOfEntry => "refusal_of_entry",
            AlertCategory::ReturnDecision => "return_decision",
            AlertCategory::TravelDocument => "travel_document",
            AlertCategory::Vehicle => "vehicle",
            AlertCategory::Firearm => "firearm",
            AlertCategory::Banknote => "banknote",
            AlertCategory::Object => "object",
        }
    }

    pub const fn subject(self) -> AlertSubject {
        match self {
            AlertCategory::TravelDocument
            | AlertCategory::Vehicle
            | AlertCategory::Firearm
            | AlertCategory::Banknote
            | AlertCategory::Object => AlertSubject::Object,
            _ => AlertSubject::Person,
        }
    }

    /// What the officer who meets the subject must do, unless the alert
    /// says otherwise.
    pub const fn default_action(self) -> &'static str {
        match self {
            AlertCategory::ArrestForSurrender => {
                "Arrest the person; inform the issuing node at once."
            }
            AlertCategory::MissingPerson => {
                "Protect the person if in danger; report where they are to the issuing node."
            }
            AlertCategory::JudicialProcedure => {
                "Report the person's place of residence or domicile to the issuing node."
            }
            AlertCategory::DiscreetCheck => {
                "Note the circumstances, companions and route without the person knowing; report."
            }
            AlertCategory::InquiryCheck => "Interview the person; report the answers.",
            AlertCategory::SpecificCheck => {
                "Search the person, vehicle and objects carried; report what was found."
            }
            AlertCategory::RefusalOfEntry => "Refuse entry; report to the issuing node.",
            AlertCategory::ReturnDecision => "Verify departure or enforce the return decision.",
            AlertCategory::TravelDocument
            | AlertCategory::Vehicle
            | AlertCategory::Firearm
            | AlertCategory::Banknote
            | AlertCategory::Object => "Seize the object; report to the issuing node.",
        }
    }
}

impl std::str::FromStr for AlertCategory {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        AlertCategory::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown alert category `{s}`; one of {}",
                    AlertCategory::ALL.map(|c| c.as_str()).join(", ")
                )
            })
    }
}

impl std::fmt::Display for AlertCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a hit stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HitStatus {
    /// Found by matching; a human has not yet confirmed the identity.
    Candidate,
    /// Identity verified: it is the alert's subject.
    Confirmed,
    /// Not the alert's subject.
    FalseHit,
    ActionTaken,
    ActionNotPossible,
    /// The owner of the alert has been told (a federation message); their
    /// reply is due within [`OWNER_REPLY`].
    OwnerInformed,
    Closed,
}

/// How long the owner of an alert has to answer a reported hit (SIRENE
/// Manual: 12 hours).
pub const OWNER_REPLY: Duration = Duration::hours(12);

impl HitStatus {
    pub const ALL: [HitStatus; 7] = [
        HitStatus::Candidate,
        HitStatus::Confirmed,
        HitStatus::FalseHit,
        HitStatus::ActionTaken,
        HitStatus::ActionNotPossible,
        HitStatus::OwnerInformed,
        HitStatus::Closed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            HitStatus::Candidate => "candidate",
            HitStatus::Confirmed => "confirmed",
            HitStatus::FalseHit => "false_hit",
            HitStatus::ActionTaken => "action_taken",
            HitStatus::ActionNotPossible => "action_not_possible",
            HitStatus::OwnerInformed => "owner_informed",
            HitStatus::Closed => "closed",
        }
    }

    /// The steps a hit may take from here. A false hit closes; a confirmed
    /// one needs the action (or why it was not possible) reported to the
    /// owner before it closes.
    pub const fn next(self) -> &'static [HitStatus] {
        match self {
            HitStatus::Candidate => &[HitStatus::Confirmed, HitStatus::FalseHit],
            HitStatus::Confirmed => &[HitStatus::ActionTaken, HitStatus::ActionNotPossible],
            HitStatus::ActionTaken | HitStatus::ActionNotPossible => &[HitStatus::OwnerInformed],
            HitStatus::FalseHit | HitStatus::OwnerInformed => &[HitStatus::Closed],
            HitStatus::Closed => &[],
        }
    }

    pub fn can_move_to(self, next: HitStatus) -> bool {
        self.next().contains(&next)
    }
}

impl std::str::FromStr for HitStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        HitStatus::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown hit status `{s}`; one of {}",
                    HitStatus::ALL.map(|x| x.as_str()).join(", ")
                )
            })
    }
}

/// The owner's reply clock of a hit reported to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyClock {
    /// Time left before the reply is due.
    Running(Duration),
    /// Due since this long: escalate.
    Overdue(Duration),
}

/// Where the owner's reply clock stands `now`, for a hit reported at
/// `informed_at` and not yet answered.
pub fn reply_clock(informed_at: OffsetDateTime, now: OffsetDateTime) -> ReplyClock {
    let due = informed_at + OWNER_REPLY;
    if now < due {
        ReplyClock::Running(due - now)
    } else {
        ReplyClock::Overdue(now - due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_and_know_their_subject() {
        for c in AlertCategory::ALL {
            assert_eq!(c.as_str().parse::<AlertCategory>().unwrap(), c);
        }
        assert_eq!(
            "Arrest for surrender".parse(),
            Ok(AlertCategory::ArrestForSurrender)
        );
        assert_eq!(AlertCategory::Vehicle.subject(), AlertSubject::Object);
        assert_eq!(AlertCategory::MissingPerson.subject(), AlertSubject::Person);
        assert!(
            "wanted"
                .parse::<AlertCategory>()
                .unwrap_err()
                .contains("arrest_for_surrender")
        );
    }

    #[test]
    fn a_hit_moves_only_forward_and_every_path_ends_closed() {
        use HitStatus::*;
        assert!(Candidate.can_move_to(Confirmed));
        assert!(!Candidate.can_move_to(ActionTaken), "verify identity first");
        assert!(!Confirmed.can_move_to(Closed), "report the action first");
        assert!(ActionNotPossible.can_move_to(OwnerInformed));
        // From any status, following the steps reaches Closed.
        let all = [
            Candidate,
            Confirmed,
            FalseHit,
            ActionTaken,
            ActionNotPossible,
            OwnerInformed,
            Closed,
        ];
        for start in all {
            let mut s = start;
            for _ in 0..10 {
                match s.next().first() {
                    Some(n) => s = *n,
                    None => break,
                }
            }
            assert_eq!(s, Closed, "from {start:?}");
        }
    }

    #[test]
    fn the_owner_has_twelve_hours() {
        let t = time::macros::datetime!(2026-11-25 08:00 UTC);
        assert_eq!(
            reply_clock(t, t + Duration::hours(3)),
            ReplyClock::Running(Duration::hours(9))
        );
        assert_eq!(
            reply_clock(t, t + Duration::hours(13)),
            ReplyClock::Overdue(Duration::hours(1))
        );
    }
}

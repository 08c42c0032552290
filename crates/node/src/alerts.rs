//! Alerts of this node: created from a file (or one by one), each with its
//! category, handling code, validity and the action to take on a hit;
//! audited, and the screening index rebuilt at once.

use crate::app::App;
use liaison_core::alert::AlertCategory;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::handling::HandlingCode;
use liaison_core::policy::{Action, Permit};
use liaison_formats::screening::ScreeningRow;
use liaison_store::StoreError;
use liaison_store::alerts::NewAlert;

#[derive(Debug, thiserror::Error)]
pub enum AlertError {
    #[error("row {row} ({reference}): {reason}")]
    Invalid {
        row: usize,
        reference: String,
        reason: String,
    },
    #[error("an alert with one of these references exists already")]
    Duplicate,
    #[error("no alert {0} in force on this node")]
    NotInForce(String),
    #[error(transparent)]
    Audit(#[from] crate::audit_log::AuditError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What applies to every alert of a file that does not say otherwise.
#[derive(Clone, Debug)]
pub struct AlertDefaults {
    pub category: Option<AlertCategory>,
    pub handling_code: HandlingCode,
    /// YYYY-MM-DD.
    pub valid_until: String,
}

fn valid_date(s: &str) -> bool {
    let f = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, f).is_ok()
}

/// Checks every row first, then stores all of them in one transaction (or
/// none) and rebuilds the screening index; returns how many were stored.
pub async fn import(
    app: &App,
    permit: &Permit,
    rows: &[ScreeningRow],
    defaults: &AlertDefaults,
    source_name: &str,
) -> Result<usize, AlertError> {
    debug_assert_eq!(permit.action(), Action::ManageAlerts);
    let now_ms = crate::federation::state::now_ms();
    let author = permit.actor().name.clone();
    let mut alerts = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let bad = |reason: String| AlertError::Invalid {
            row: i + 1,
            reference: r.id.clone(),
            reason,
        };
        let category = match r.category.trim() {
            "" => defaults
                .category
                .ok_or_else(|| bad("no category: give the column or a default".into()))?,
            c => c.parse::<AlertCategory>().map_err(bad)?,
        };
        let handling_code = match r.handling_code.trim() {
            "" => defaults.handling_code,
            h => h.parse::<HandlingCode>().map_err(|e| bad(e.to_string()))?,
        };
        let valid_until = match r.valid_until.trim() {
            "" => defaults.valid_until.clone(),
            v => v.to_owned(),
        };
        if !valid_date(&valid_until) {
            return Err(bad(format!(
                "valid_until `{valid_until}` is not YYYY-MM-DD"
            )));
        }
        let person = use_person(category);
        if person && !crate::screening::row_has_name(r) {
            return Err(bad("a person alert needs a name".into()));
        }
        if !person && r.document_number.is_empty() {
            return Err(bad(
                "an object alert needs its identifier in document_number".into(),
            ));
        }
        alerts.push(NewAlert {
            id: uuid::Uuid::now_v7().to_string(),
            category: category.as_str().to_owned(),
            owner_node: app.config.node.name.to_string(),
            reference: r.id.clone(),
            handling_code: handling_code.as_str().to_owned(),
            action: if r.action.trim().is_empty() {
                category.default_action().to_owned()
            } else {
                r.action.trim().to_owned()
            },
            given_names: r.given_names.clone(),
            surname: r.surname.clone(),
            full_name_native: r.full_name_native.clone(),
            date_of_birth: r.date_of_birth.clone(),
            nationality: r.nationality.clone(),
            gender: r.gender.clone(),
            document_number: r.document_number.clone(),
            valid_until,
            created_by: author.clone(),
            created_at: now_ms,
        });
    }
    let event = AuditEvent::new(
        AuditActor::from(permit.actor()),
        AuditAction::AlertsCreated,
        Outcome::Success,
    )
    .detail(format!("{} alert(s) from {source_name}", alerts.len()));
    crate::audit_log::trace(&event);
    app.store
        .insert_alerts(&alerts, &event)
        .await
        .map_err(|e| match e {
            StoreError::Conflict { .. } => AlertError::Duplicate,
            e => e.into(),
        })?;
    app.screening.refresh(&app.store).await?;
    Ok(alerts.len())
}

fn use_person(c: AlertCategory) -> bool {
    c.subject() == liaison_core::alert::AlertSubject::Person
}

/// Withdraws an alert of this node (it stays in the store, for the record,
/// but is no longer screened against); audited, and the index rebuilt.
pub async fn withdraw(
    app: &App,
    permit: &Permit,
    id: &str,
    reason: &str,
) -> Result<(), AlertError> {
    debug_assert_eq!(permit.action(), Action::ManageAlerts);
    let alert = match app.store.alert(id).await {
        Ok(a) => a,
        Err(StoreError::NotFound) => return Err(AlertError::NotInForce(id.to_owned())),
        Err(e) => return Err(e.into()),
    };
    let now_ms = crate::federation::state::now_ms();
    if alert.owner_node != app.config.node.name.as_str()
        || !app.store.withdraw_alert(id, now_ms).await?
    {
        return Err(AlertError::NotInForce(id.to_owned()));
    }
    app.audit
        .record(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::AlertWithdrawn,
                Outcome::Success,
            )
            .target(format!("alert:{id}"))
            .detail(format!(
                "{}{}",
                alert.reference,
                match reason.trim() {
                    "" => String::new(),
                    r => format!(" · {r}"),
                }
            )),
        )
        .await?;
    app.screening.refresh(&app.store).await?;
    Ok(())
}

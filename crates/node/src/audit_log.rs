//! The node's audit log. Callers hand it an [`AuditEvent`]; where events are
//! kept (a table now, the tamper-evident ledger later) is decided here alone.
//!
//! Recording fails closed: an action whose event cannot be written reports an
//! error instead of going unrecorded. Where an action is itself a database
//! write (queuing or storing messages), the store writes the event in the
//! same transaction ([`liaison_store::import_writer::ImportWriter::append_audit_event`]):
//! one commit, and the event exists exactly when the change does; such
//! callers announce the event with [`trace`].

use liaison_core::audit::AuditEvent;
use liaison_store::{Store, StoreError};

#[derive(Clone, Debug)]
pub struct AuditLog {
    store: Store,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write to the audit log: {0}")]
pub struct AuditError(#[from] StoreError);

impl AuditLog {
    pub fn new(store: Store) -> Self {
        AuditLog { store }
    }

    /// Appends an event and returns its sequence number in the log.
    pub async fn record(&self, event: AuditEvent) -> Result<i64, AuditError> {
        trace(&event);
        Ok(self.store.append_audit_event(&event).await?)
    }

    /// Appends an event that disclosed (or removed) these records, so that
    /// every access to a data subject can be listed later.
    pub async fn record_for_records(
        &self,
        event: AuditEvent,
        records: &[String],
    ) -> Result<i64, AuditError> {
        tracing::info!(
            target: "liaison::audit",
            action = %event.action,
            outcome = event.outcome.as_str(),
            actor = %event.actor.name,
            records = records.len(),
            "audit"
        );
        Ok(self
            .store
            .append_audit_event_for_records(&event, records)
            .await?)
    }
}

/// The log line of an audit event (for events the store writes along with
/// the change they describe).
pub fn trace(event: &AuditEvent) {
    tracing::info!(
        target: "liaison::audit",
        action = %event.action,
        outcome = event.outcome.as_str(),
        actor = %event.actor.name,
        target_ref = event.target.as_deref().unwrap_or(""),
        "audit"
    );
}

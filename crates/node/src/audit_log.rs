//! The node's audit log. Callers hand it an [`AuditEvent`]; where events are
//! kept (a table now, the tamper-evident ledger later) is decided here alone.
//!
//! Recording fails closed: an action whose event cannot be written reports an
//! error instead of going unrecorded. Where an action is itself a database
//! write (queuing or storing messages), the store writes the event in the
//! same transaction ([`liaison_store::import_writer::ImportWriter::append_audit_event`]):
//! one commit, and the event exists exactly when the change does; such
//! callers announce the event with [`trace`].
//!
//! Events recorded at the same moment by concurrent requests are written in
//! one transaction (group commit): each caller still waits until its event
//! is durable, but a thousand concurrent queries cost a few fsyncs, not a
//! thousand. If the group cannot be written, each event is tried alone, so
//! one bad event does not fail the others.

use liaison_core::audit::AuditEvent;
use liaison_store::{Store, StoreError};
use std::sync::{Arc, OnceLock};
use tokio::sync::{mpsc, oneshot};

/// Events written in one transaction at most.
const GROUP: usize = 512;

struct Pending {
    event: AuditEvent,
    records: Vec<String>,
    done: oneshot::Sender<Result<i64, StoreError>>,
}

#[derive(Clone)]
pub struct AuditLog {
    store: Store,
    /// The group writer, started on first use (inside the runtime).
    writer: Arc<OnceLock<mpsc::Sender<Pending>>>,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditLog")
    }
}

/// Writes queued events a group at a time until every sender is gone.
async fn write_groups(store: Store, mut queue: mpsc::Receiver<Pending>) {
    while let Some(first) = queue.recv().await {
        let mut group = vec![first];
        while group.len() < GROUP {
            match queue.try_recv() {
                Ok(p) => group.push(p),
                Err(_) => break,
            }
        }
        let written = async {
            let mut w = store.begin_import("audit").await?;
            let mut seqs = Vec::with_capacity(group.len());
            for p in &group {
                seqs.push(w.append_audit_event(&p.event, &p.records).await?);
            }
            w.commit().await?;
            Ok::<_, StoreError>(seqs)
        }
        .await;
        match written {
            Ok(seqs) => {
                for (p, seq) in group.into_iter().zip(seqs) {
                    let _ = p.done.send(Ok(seq));
                }
            }
            Err(_) => {
                for p in group {
                    let r = store
                        .append_audit_event_for_records(&p.event, &p.records)
                        .await;
                    let _ = p.done.send(r);
                }
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write to the audit log: {0}")]
pub struct AuditError(#[from] StoreError);

impl AuditLog {
    pub fn new(store: Store) -> Self {
        AuditLog {
            store,
            writer: Arc::default(),
        }
    }

    /// Hands an event to the group writer and waits until it is durable;
    /// writes it directly when there is no writer (no runtime to run one,
    /// or the runtime that ran it has ended).
    async fn write(&self, event: AuditEvent, records: &[String]) -> Result<i64, StoreError> {
        let writer = self.writer.get_or_init(|| {
            let (tx, rx) = mpsc::channel(4 * GROUP);
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(write_groups(self.store.clone(), rx));
            }
            tx
        });
        let (done, answer) = oneshot::channel();
        let pending = Pending {
            event,
            records: records.to_vec(),
            done,
        };
        match writer.send(pending).await {
            Ok(()) => match answer.await {
                Ok(r) => r,
                Err(_) => Err(StoreError::Corrupt {
                    what: "the audit writer stopped before writing an event".into(),
                }),
            },
            Err(mpsc::error::SendError(p)) => {
                self.store
                    .append_audit_event_for_records(&p.event, &p.records)
                    .await
            }
        }
    }

    /// Appends an event and returns its sequence number in the log.
    pub async fn record(&self, event: AuditEvent) -> Result<i64, AuditError> {
        trace(&event);
        Ok(self.write(event, &[]).await?)
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
        Ok(self.write(event, records).await?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_core::audit::{AuditAction, AuditActor, Outcome};

    /// Concurrent events are written in groups: every caller gets its own
    /// sequence number once its event is durable, none is lost or doubled.
    #[tokio::test(flavor = "multi_thread")]
    async fn concurrent_events_are_each_written_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = liaison_store::test_support::sqlite_store(dir.path())
            .await
            .unwrap();
        let log = AuditLog::new(store.clone());
        let before = store.count_audit_events().await.unwrap();
        let tasks: Vec<_> = (0..300)
            .map(|i| {
                let log = log.clone();
                tokio::spawn(async move {
                    let event = AuditEvent::new(
                        AuditActor {
                            kind: "node".into(),
                            id: None,
                            name: "test".into(),
                        },
                        AuditAction::HitQueryAnswered,
                        Outcome::Success,
                    )
                    .detail(format!("event {i}"));
                    if i % 3 == 0 {
                        log.record_for_records(event, &[format!("rec-{i}")]).await
                    } else {
                        log.record(event).await
                    }
                })
            })
            .collect();
        let mut seqs = vec![];
        for t in tasks {
            seqs.push(t.await.unwrap().unwrap());
        }
        seqs.sort_unstable();
        seqs.dedup();
        assert_eq!(seqs.len(), 300);
        assert_eq!(store.count_audit_events().await.unwrap(), before + 300);
        assert_eq!(store.accesses_to_record("rec-3").await.unwrap().len(), 1);
    }
}

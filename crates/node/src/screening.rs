//! Screening travellers against this node's alerts: the watchlist lives in
//! memory, built from the store at start and rebuilt whenever alerts
//! change, so a passenger list is screened without touching the database
//! and never by scanning every alert.

use crate::app::App;
use crate::audit_log::AuditError;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::policy::{Action, Permit};
use liaison_formats::screening::ScreeningRow;
use liaison_matching::{Contribution, DEFAULT_THRESHOLD, Person, PersonInput, Watchlist};
use liaison_store::alerts::StoredAlert;
use liaison_store::{Store, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The alerts in force, indexed.
pub struct Loaded {
    pub watchlist: Watchlist,
    /// In watchlist order.
    pub alerts: Vec<StoredAlert>,
}

/// The current index; replaced as a whole when alerts change.
pub struct ScreeningIndex {
    current: RwLock<Arc<Loaded>>,
    /// Per partner: its blinded document numbers of the alerts in force
    /// (hit/no-hit), made once per index.
    blinded: std::sync::Mutex<HashMap<String, (usize, Arc<BlindedDocuments>)>>,
    /// Set once a serving process has built the index: only then is it
    /// worth keeping current (a command-line process exits instead).
    live: std::sync::atomic::AtomicBool,
}

/// Blinded document number → position among the alerts.
pub type BlindedDocuments = HashMap<Vec<u8>, usize>;

impl std::fmt::Debug for ScreeningIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ScreeningIndex({} alerts)", self.current().alerts.len())
    }
}

fn input(a: &StoredAlert) -> PersonInput<'_> {
    PersonInput {
        id: &a.id,
        given_names: &a.given_names,
        surname: &a.surname,
        full_name_native: &a.full_name_native,
        date_of_birth: &a.date_of_birth,
        nationality: &a.nationality,
        gender: &a.gender,
        document_number: &a.document_number,
    }
}

pub fn row_input(r: &ScreeningRow) -> PersonInput<'_> {
    PersonInput {
        id: &r.id,
        given_names: &r.given_names,
        surname: &r.surname,
        full_name_native: &r.full_name_native,
        date_of_birth: &r.date_of_birth,
        nationality: &r.nationality,
        gender: &r.gender,
        document_number: &r.document_number,
    }
}

impl Default for ScreeningIndex {
    fn default() -> Self {
        ScreeningIndex {
            current: RwLock::new(Arc::new(Loaded {
                watchlist: Watchlist::build(vec![]),
                alerts: vec![],
            })),
            blinded: Default::default(),
            live: Default::default(),
        }
    }
}

impl ScreeningIndex {
    pub fn current(&self) -> Arc<Loaded> {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The document numbers of `index`'s alerts blinded with the key this
    /// node shares with `partner` (computed on the first query of each
    /// partner after the alerts change, then kept).
    pub fn blinded_documents(
        &self,
        index: &Arc<Loaded>,
        partner: &str,
        key: &[u8; 32],
    ) -> Arc<BlindedDocuments> {
        let generation = Arc::as_ptr(index) as usize;
        let mut cache = self.blinded.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((g, b)) = cache.get(partner)
            && *g == generation
        {
            return b.clone();
        }
        let made: Arc<BlindedDocuments> = Arc::new(
            index
                .alerts
                .iter()
                .enumerate()
                .filter(|(_, a)| !a.document_number.is_empty())
                .map(|(i, a)| {
                    let folded = liaison_matching::document::fold(&a.document_number);
                    (liaison_protocol::query::blind(key, "document", &folded), i)
                })
                .collect(),
        );
        cache.insert(partner.to_owned(), (generation, made.clone()));
        made
    }

    /// Builds the index for a serving process (once, whichever listener
    /// starts first); from then on changes to alerts rebuild it.
    pub async fn serve_from(&self, store: &Store) -> Result<(), StoreError> {
        use std::sync::atomic::Ordering;
        if !self.live.swap(true, Ordering::SeqCst) {
            self.rebuild(store).await?;
        }
        Ok(())
    }

    /// Rebuilds the index after alerts changed, if a serving process uses it.
    pub async fn refresh(&self, store: &Store) -> Result<(), StoreError> {
        if self.live.load(std::sync::atomic::Ordering::SeqCst) {
            self.rebuild(store).await?;
        }
        Ok(())
    }

    /// Builds the index again from the alerts in force (persons, and travel
    /// documents by number); returns how many it holds.
    pub async fn rebuild(&self, store: &Store) -> Result<usize, StoreError> {
        let today = time::OffsetDateTime::now_utc().date().to_string();
        let alerts: Vec<StoredAlert> = store
            .current_alerts(&today)
            .await?
            .into_iter()
            .filter(|a| {
                !a.surname.is_empty()
                    || !a.given_names.is_empty()
                    || !a.full_name_native.is_empty()
                    || (a.category == "travel_document" && !a.document_number.is_empty())
            })
            .collect();
        let loaded = tokio::task::spawn_blocking(move || {
            let inputs: Vec<PersonInput<'_>> = alerts.iter().map(input).collect();
            let watchlist = Watchlist::build(Person::prepare_all(&inputs));
            drop(inputs);
            Loaded { watchlist, alerts }
        })
        .await
        .map_err(|e| StoreError::Corrupt {
            what: format!("building the screening index: {e}"),
        })?;
        let n = loaded.alerts.len();
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(loaded);
        Ok(n)
    }
}

/// Rebuilds the index when alerts change in the database (an import from
/// the shell, another replica), checked every few seconds, and at midnight
/// UTC as alerts expire.
pub fn spawn_refresh(app: App) {
    tokio::spawn(async move {
        let mut seen = (app.store.alerts_stamp().await.ok(), today());
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(3)).await;
            let now = (app.store.alerts_stamp().await.ok(), today());
            if now != seen {
                match app.screening.rebuild(&app.store).await {
                    Ok(n) => tracing::info!(alerts = n, "screening index rebuilt"),
                    Err(e) => tracing::warn!(error = %e, "cannot rebuild the screening index"),
                }
                seen = now;
            }
        }
    });
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Reads a passenger list: a UN/EDIFACT PAXLST message when it starts like
/// one (UNA or UNB), else the screening CSV.
pub fn parse_list(bytes: &[u8]) -> Result<Vec<ScreeningRow>, String> {
    let text = String::from_utf8_lossy(bytes);
    let head = text.trim_start();
    if head.starts_with("UNA") || head.starts_with("UNB") {
        let year = time::OffsetDateTime::now_utc().year().clamp(0, 9999) as u16;
        liaison_formats::paxlst::read(&text, year).map_err(|e| e.to_string())
    } else {
        liaison_formats::screening::read(bytes).map_err(|e| e.to_string())
    }
}

/// One traveller's hit on one alert, explained.
#[derive(Clone, Debug)]
pub struct ScreeningHit {
    pub traveller: usize,
    pub alert: StoredAlert,
    pub score: f64,
    pub contributions: Vec<Contribution>,
    pub traveller_name: String,
    pub alert_name: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// Screens travellers (a passenger list, or one person at a border check)
/// against the alerts in force; hits best first. Audited: who screened how
/// many travellers and which alerts were hit (not the travellers' data).
pub async fn screen(
    app: &App,
    permit: &Permit,
    travellers: &[ScreeningRow],
    source: &str,
) -> Result<Vec<ScreeningHit>, ScreeningError> {
    debug_assert_eq!(permit.action(), Action::ScreenTravellers);
    let index = app.screening.current();
    let inputs: Vec<PersonInput<'_>> = travellers.iter().map(row_input).collect();
    let persons = Person::prepare_all(&inputs);
    let found = index.watchlist.screen_all(&persons, DEFAULT_THRESHOLD);
    let mut hits = vec![];
    for (t, (person, found)) in persons.iter().zip(found).enumerate() {
        for h in found {
            hits.push(ScreeningHit {
                traveller: t,
                alert: index.alerts[h.entry].clone(),
                score: h.score,
                contributions: h.contributions,
                traveller_name: person.display_name.clone(),
                alert_name: index.watchlist.entry(h.entry).display_name.clone(),
            });
        }
    }
    hits.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut references: Vec<&str> = hits.iter().map(|h| h.alert.reference.as_str()).collect();
    references.dedup();
    app.audit
        .record(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::TravellersScreened,
                Outcome::Success,
            )
            .source(source)
            .detail(format!(
                "{} traveller(s) against {} alert(s): {} hit(s){}",
                travellers.len(),
                index.alerts.len(),
                hits.len(),
                if references.is_empty() {
                    String::new()
                } else {
                    format!(" on {}", references.join(", "))
                }
            )),
        )
        .await?;
    Ok(hits)
}

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
    /// Persons and travel documents, compared field by field.
    pub watchlist: Watchlist,
    /// The watchlist's alerts in its order, then the object alerts
    /// (vehicles, firearms, banknotes, other objects) found by identifier
    /// only.
    pub alerts: Vec<StoredAlert>,
    /// Every identifier of an alert in force (document number, VIN,
    /// serial number, account), [folded](liaison_matching::document::fold),
    /// with the positions of the alerts that hold it.
    pub identifiers: HashMap<String, Vec<u32>>,
}

impl Loaded {
    /// Whether the alert at `position` is in the watchlist (not found by
    /// its identifier only).
    pub fn in_watchlist(&self, position: usize) -> bool {
        position < self.watchlist.len()
    }

    /// How the alert at `position` names its subject.
    pub fn subject_of(&self, position: usize) -> String {
        if self.in_watchlist(position) {
            self.watchlist.entry(position).display_name.clone()
        } else {
            let a = &self.alerts[position];
            format!("{} {}", a.category.replace('_', " "), a.document_number)
        }
    }
}

/// The current index; replaced as a whole when alerts change.
pub struct ScreeningIndex {
    current: RwLock<Arc<Loaded>>,
    /// Per partner: its blinded document numbers of the alerts in force
    /// (hit/no-hit), made once per index.
    blinded: std::sync::Mutex<HashMap<String, (usize, Arc<BlindedIdentifiers>)>>,
    /// Set once a serving process has built the index: only then is it
    /// worth keeping current (a command-line process exits instead).
    live: std::sync::atomic::AtomicBool,
    /// One rebuild at a time: without it, a rebuild that read the store
    /// first could finish last and put back an index without the newest
    /// alerts.
    rebuilding: tokio::sync::Mutex<()>,
}

/// Blinded identifier → positions among the alerts.
pub type BlindedIdentifiers = HashMap<Vec<u8>, Vec<u32>>;

/// The domain identifiers are blinded in (hit/no-hit): one for every kind
/// (passport, VIN, serial, IBAN), so that a partner need not know what kind
/// of object an alert is on to find it; the answer says its category.
pub const IDENTIFIER_DOMAIN: &str = "identifier";

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
                identifiers: HashMap::new(),
            })),
            blinded: Default::default(),
            live: Default::default(),
            rebuilding: Default::default(),
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

    /// The identifiers of `index`'s alerts blinded with the key this node
    /// shares with `partner` (computed on the first query of each partner
    /// after the alerts change, then kept).
    pub fn blinded_identifiers(
        &self,
        index: &Arc<Loaded>,
        partner: &str,
        key: &[u8; 32],
    ) -> Arc<BlindedIdentifiers> {
        let generation = Arc::as_ptr(index) as usize;
        let cached = |cache: &HashMap<String, (usize, Arc<BlindedIdentifiers>)>| {
            cache
                .get(partner)
                .filter(|(g, _)| *g == generation)
                .map(|(_, b)| b.clone())
        };
        if let Some(b) = cached(&self.blinded.lock().unwrap_or_else(|p| p.into_inner())) {
            return b;
        }
        // Made without holding the lock: a million HMACs take a while, and
        // other partners' queries must not wait for them.
        let made: Arc<BlindedIdentifiers> = Arc::new(
            index
                .identifiers
                .iter()
                .map(|(folded, at)| {
                    (
                        liaison_protocol::query::blind(key, IDENTIFIER_DOMAIN, folded),
                        at.clone(),
                    )
                })
                .collect(),
        );
        let mut cache = self.blinded.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = cached(&cache) {
            return b;
        }
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

    /// Builds the index again from the alerts in force (persons and
    /// travel documents compared field by field, every identifier by its
    /// folded value); returns how many alerts it holds.
    pub async fn rebuild(&self, store: &Store) -> Result<usize, StoreError> {
        let _one_at_a_time = self.rebuilding.lock().await;
        let today = time::OffsetDateTime::now_utc().date().to_string();
        let (mut alerts, objects): (Vec<StoredAlert>, Vec<StoredAlert>) = store
            .current_alerts(&today)
            .await?
            .into_iter()
            .filter(|a| has_name(a) || !a.document_number.trim().is_empty())
            .partition(|a| has_name(a) || a.category == "travel_document");
        let loaded = tokio::task::spawn_blocking(move || {
            let inputs: Vec<PersonInput<'_>> = alerts.iter().map(input).collect();
            let watchlist = Watchlist::build(Person::prepare_all(&inputs));
            drop(inputs);
            alerts.extend(objects);
            let mut identifiers: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, a) in alerts.iter().enumerate() {
                let folded = liaison_matching::document::fold(&a.document_number);
                if !folded.is_empty() {
                    identifiers.entry(folded).or_default().push(i as u32);
                }
            }
            Loaded {
                watchlist,
                alerts,
                identifiers,
            }
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

/// Whether any of a subject's names is given: a person to compare, else an
/// identifier alone (an object, or an identifier check).
pub fn names_given(given_names: &str, surname: &str, full_name_native: &str) -> bool {
    [given_names, surname, full_name_native]
        .iter()
        .any(|n| !n.trim().is_empty())
}

fn has_name(a: &StoredAlert) -> bool {
    names_given(&a.given_names, &a.surname, &a.full_name_native)
}

/// Whether a screened row names a person (else it is an identifier check).
pub fn row_has_name(r: &ScreeningRow) -> bool {
    names_given(&r.given_names, &r.surname, &r.full_name_native)
}

/// Whom to contact about an alert of `owner`: its single point of contact.
pub fn contact(owner: &str) -> String {
    format!("{owner} (SPOC)")
}

/// The weight shown for an identifier found exactly: the log-odds of
/// [`IDENTIFIER_SCORE`].
pub const IDENTIFIER_SCORE: f64 = 0.9999;

/// Alerts (positions) whose identifier is `number`'s, that a row's screening
/// adds to what the watchlist found: object alerts always; persons' and
/// travel documents' alerts only for a row without a name (an identifier
/// check), since for a named traveller the watchlist compares the whole
/// person.
pub fn identifier_hits(index: &Loaded, number: &str, named: bool) -> Vec<usize> {
    let folded = liaison_matching::document::fold(number);
    if folded.is_empty() {
        return vec![];
    }
    index
        .identifiers
        .get(&folded)
        .into_iter()
        .flatten()
        .map(|&i| i as usize)
        .filter(|&i| !named || !index.in_watchlist(i))
        .collect()
}

pub fn identifier_contribution() -> Contribution {
    Contribution {
        field: "document_number",
        how: "same identifier".into(),
        weight: (IDENTIFIER_SCORE / (1.0 - IDENTIFIER_SCORE)).ln(),
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
                    Ok(n) => {
                        tracing::info!(alerts = n, "screening index rebuilt");
                        crate::federation::hit_queries::prepare(&app).await;
                    }
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
    /// The hit's record (its workflow), new or already open.
    pub hit_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    #[error(transparent)]
    Audit(#[from] AuditError),
    #[error("recording the hits: {0}")]
    Hits(#[from] crate::hits::HitError),
}

/// Screens travellers (a passenger list, one person at a border check, or
/// an identifier alone) against the alerts in force; hits best first, each
/// recorded as a candidate to verify. Audited: who screened how many
/// travellers and which alerts were hit (not the travellers' data).
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
    for (t, ((person, found), row)) in persons.iter().zip(found).zip(travellers).enumerate() {
        let named = row_has_name(row);
        let traveller_name = if named {
            person.display_name.clone()
        } else {
            row.document_number.trim().to_owned()
        };
        let mut seen = vec![];
        for h in found.into_iter().filter(|_| named) {
            seen.push(h.entry);
            hits.push(ScreeningHit {
                traveller: t,
                alert: index.alerts[h.entry].clone(),
                score: h.score,
                contributions: h.contributions,
                traveller_name: traveller_name.clone(),
                alert_name: index.subject_of(h.entry),
                hit_id: String::new(),
            });
        }
        for i in identifier_hits(&index, &row.document_number, named) {
            if !seen.contains(&i) {
                seen.push(i);
                hits.push(ScreeningHit {
                    traveller: t,
                    alert: index.alerts[i].clone(),
                    score: IDENTIFIER_SCORE,
                    contributions: vec![identifier_contribution()],
                    traveller_name: traveller_name.clone(),
                    alert_name: index.subject_of(i),
                    hit_id: String::new(),
                });
            }
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
    let found: Vec<crate::hits::FoundHit> = hits
        .iter()
        .map(|h| crate::hits::FoundHit {
            alert_owner: h.alert.owner_node.clone(),
            alert_reference: h.alert.reference.clone(),
            alert_id: Some(h.alert.id.clone()),
            category: h.alert.category.clone(),
            action: h.alert.action.clone(),
            contact: contact(&h.alert.owner_node),
            subject: h.traveller_name.clone(),
            subject_facts: facts(&travellers[h.traveller]),
            score: h.score,
            explanation: h
                .contributions
                .iter()
                .map(|c| (c.field.to_owned(), c.how.clone(), c.weight))
                .collect(),
            origin: crate::hits::Origin::Screening,
        })
        .collect();
    let ids = crate::hits::record(app, permit, &found, "", "").await?;
    for (h, id) in hits.iter_mut().zip(ids) {
        h.hit_id = id;
    }
    Ok(hits)
}

/// What identifies a screened traveller besides the name: date of birth,
/// nationality, document.
pub fn facts(row: &ScreeningRow) -> String {
    [
        row.date_of_birth.trim(),
        row.nationality.trim(),
        row.document_number.trim(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

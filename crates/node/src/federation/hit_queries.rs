//! Hit/no-hit between nodes: this node asks every partner whether it holds
//! an alert on persons or identifiers, for a stated purpose and case; a
//! partner answers from its own screening index with hit or no hit and, on
//! a hit, only the alert's reference, category and whom to contact. Both
//! sides log every query. Synchronous (a border check waits for it), signed
//! both ways, over the mutual-TLS federation channel.

use super::FederationParts;
use super::state::{Peer, now_ms};
use crate::app::App;
use crate::screening::IDENTIFIER_DOMAIN;
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::policy::{Action, Permit};
use liaison_formats::screening::ScreeningRow;
use liaison_matching::{DEFAULT_THRESHOLD, Person, PersonInput};
use liaison_protocol::query::{self, AnswerHit, Bytes, HitAnswer, HitQuery, QuerySubject};
use std::time::Duration;

/// How long a partner may take to answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);
/// Clock difference tolerated on a query's time.
const CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;

/// The key this node shares with `peer` for blinding identifiers.
fn pair_key(fed: &FederationParts, this: &str, peer: &Peer) -> Option<[u8; 32]> {
    let public: [u8; 32] = peer.member.encryption_key.as_slice().try_into().ok()?;
    let shared = fed
        .keys
        .encryption
        .diffie_hellman(&x25519_dalek::PublicKey::from(public));
    Some(query::pair_key(shared.as_bytes(), this, &peer.member.name))
}

/// An identifier as both sides blind it: letters and digits, upper case,
/// scanner confusions folded.
fn normalised_identifier(number: &str) -> String {
    liaison_matching::document::fold(number)
}

fn subject(row: &ScreeningRow, key: Option<&[u8; 32]>) -> QuerySubject {
    QuerySubject {
        given_names: row.given_names.clone(),
        surname: row.surname.clone(),
        full_name_native: row.full_name_native.clone(),
        date_of_birth: row.date_of_birth.clone(),
        nationality: row.nationality.clone(),
        gender: row.gender.clone(),
        blinded_identifiers: match (key, normalised_identifier(&row.document_number)) {
            (Some(k), d) if !d.is_empty() => {
                vec![Bytes(query::blind(k, IDENTIFIER_DOMAIN, &d))]
            }
            _ => vec![],
        },
    }
}

/// One partner's answer, or why there is none.
#[derive(Clone, Debug)]
pub struct PartnerAnswer {
    pub node: String,
    /// Per subject, in order: its hits (empty: no hit).
    pub result: Result<Vec<Vec<AnswerHit>>, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum HitQueryError {
    #[error("this node belongs to no network")]
    NotFederated,
    #[error("give the purpose of the query (a few words) and the case")]
    Purpose,
    #[error(transparent)]
    Audit(#[from] crate::audit_log::AuditError),
    #[error("recording the partners' hits: {0}")]
    Hits(#[from] crate::hits::HitError),
}

/// A partner's hit, recorded here as a candidate to verify.
#[derive(Clone, Debug)]
pub struct RecordedHit {
    pub hit: AnswerHit,
    /// This node's record of the hit (its workflow).
    pub hit_id: String,
}

/// One partner's answer with its hits recorded, or why there is none.
#[derive(Clone, Debug)]
pub struct RecordedAnswer {
    pub node: String,
    /// Per subject, in order: its hits (empty: no hit).
    pub result: Result<Vec<Vec<RecordedHit>>, String>,
}

/// Asks every partner ([`ask`]) and records each hit they report as a
/// candidate, as screening does with this node's own alerts.
pub async fn ask_and_record(
    app: &App,
    permit: &Permit,
    subjects: &[ScreeningRow],
    purpose: &str,
    case_reference: &str,
) -> Result<Vec<RecordedAnswer>, HitQueryError> {
    let answers = ask(app, permit, subjects, purpose, case_reference).await?;
    let mut found = vec![];
    for a in &answers {
        for (t, hits) in a.result.iter().flatten().enumerate() {
            let Some(row) = subjects.get(t) else { continue };
            for h in hits {
                found.push(crate::hits::FoundHit {
                    alert_owner: a.node.clone(),
                    alert_reference: h.alert_reference.clone(),
                    alert_id: None,
                    category: h.category.clone(),
                    action: String::new(),
                    contact: h.contact.clone(),
                    subject: subject_name(row),
                    subject_facts: crate::screening::facts(row),
                    score: h.score,
                    explanation: h
                        .reasons
                        .iter()
                        .map(|(f, how)| (f.clone(), how.clone(), 0.0))
                        .collect(),
                    origin: crate::hits::Origin::Partner,
                });
            }
        }
    }
    let mut ids = crate::hits::record(app, permit, &found, purpose.trim(), case_reference.trim())
        .await?
        .into_iter();
    Ok(answers
        .into_iter()
        .map(|a| RecordedAnswer {
            node: a.node,
            result: a.result.map(|per_subject| {
                per_subject
                    .into_iter()
                    .map(|hits| {
                        hits.into_iter()
                            .map(|hit| RecordedHit {
                                hit,
                                hit_id: ids.next().unwrap_or_default(),
                            })
                            .collect()
                    })
                    .collect()
            }),
        })
        .collect())
}

/// How a subject is named in a hit: the person's name, or the identifier
/// of an identifier check.
pub fn subject_name(row: &ScreeningRow) -> String {
    let name = format!("{} {}", row.given_names.trim(), row.surname.trim());
    match name.trim() {
        "" if !row.full_name_native.trim().is_empty() => row.full_name_native.trim().to_owned(),
        "" => row.document_number.trim().to_owned(),
        n => n.to_owned(),
    }
}

/// Blinds this node's alert identifiers for every partner ahead of their
/// queries (after the index is built or rebuilt), so that no query waits
/// for a million HMACs.
pub async fn prepare(app: &App) {
    let Some(fed) = app.federation.as_ref() else {
        return;
    };
    let this = app.config.node.name.to_string();
    let index = app.screening.current();
    let keys: Vec<(String, [u8; 32])> = fed
        .state
        .snapshot()
        .peers(&this)
        .into_iter()
        .filter_map(|p| pair_key(fed, &this, &p).map(|k| (p.member.name.clone(), k)))
        .collect();
    let app = app.clone();
    let _ = tokio::task::spawn_blocking(move || {
        for (partner, key) in keys {
            app.screening.blinded_identifiers(&index, &partner, &key);
        }
    })
    .await;
}

/// Asks every partner about `subjects`; answers in partner order. Each
/// query is logged here, with its purpose, before it leaves.
pub async fn ask(
    app: &App,
    permit: &Permit,
    subjects: &[ScreeningRow],
    purpose: &str,
    case_reference: &str,
) -> Result<Vec<PartnerAnswer>, HitQueryError> {
    debug_assert_eq!(permit.action(), Action::ScreenTravellers);
    let fed = app.federation.as_ref().ok_or(HitQueryError::NotFederated)?;
    if purpose.trim().chars().count() < 5 || case_reference.trim().is_empty() {
        return Err(HitQueryError::Purpose);
    }
    let this = app.config.node.name.to_string();
    let peers = fed.state.snapshot().peers(&this);
    let mut queries = vec![];
    for peer in peers {
        let key = pair_key(fed, &this, &peer);
        let q = HitQuery {
            query_id: uuid::Uuid::now_v7().to_string(),
            from: this.clone(),
            to: peer.member.name.clone(),
            created_ms: now_ms(),
            purpose: purpose.trim().to_owned(),
            case_reference: case_reference.trim().to_owned(),
            subjects: subjects.iter().map(|r| subject(r, key.as_ref())).collect(),
        };
        queries.push((peer, q));
    }
    // One entry for the question, naming every partner and query id.
    app.audit
        .record(
            AuditEvent::new(
                AuditActor::from(permit.actor()),
                AuditAction::HitQuerySent,
                Outcome::Success,
            )
            .target(format!(
                "nodes:{}",
                queries
                    .iter()
                    .map(|(p, _)| p.member.name.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            ))
            .detail(format!(
                "{} subject(s) · purpose: {} · case {} · queries {}",
                subjects.len(),
                purpose.trim(),
                case_reference.trim(),
                queries
                    .iter()
                    .map(|(_, q)| q.query_id.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        )
        .await?;
    let mut tasks = vec![];
    for (peer, q) in queries {
        let signed = q.sign(app.identity.signing_key());
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let node = peer.member.name.clone();
            let result = send(&app, &peer, signed, &q).await;
            PartnerAnswer { node, result }
        }));
    }
    let mut out = vec![];
    for t in tasks {
        if let Ok(a) = t.await {
            out.push(a);
        }
    }
    Ok(out)
}

async fn send(
    app: &App,
    peer: &Peer,
    signed: Vec<u8>,
    q: &HitQuery,
) -> Result<Vec<Vec<AnswerHit>>, String> {
    let fed = app.federation.as_ref().ok_or("not federated")?;
    let (client, base) = fed
        .clients
        .get(fed, peer)
        .await
        .map_err(|e| e.to_string())?;
    let r = client
        .post(format!("{base}/federation/v1/queries"))
        .timeout(ANSWER_TIMEOUT)
        .header("content-type", query::QUERY_CONTENT_TYPE)
        .body(signed)
        .send()
        .await
        .map_err(|e| format!("cannot reach {}: {e}", peer.member.name))?;
    if !r.status().is_success() {
        let status = r.status();
        let text = r.text().await.unwrap_or_default();
        return Err(format!("{} answered {status}: {text}", peer.member.name));
    }
    let bytes = r.bytes().await.map_err(|e| e.to_string())?;
    let expected = peer.member.name.clone();
    let key = ed25519_dalek::VerifyingKey::try_from(peer.member.signing_key.as_slice())
        .map_err(|_| "the partner's directory entry has no valid key".to_owned())?;
    let kid = liaison_protocol::signed::key_id(key.as_bytes());
    let (_, answer) = HitAnswer::verify(&bytes, |k| (k == kid).then_some(((), key)))
        .map_err(|e| format!("{expected}'s answer: {e}"))?;
    if answer.query_id != q.query_id || answer.from != expected || answer.to != q.from {
        return Err(format!(
            "{expected}'s answer is not the answer to this query"
        ));
    }
    if answer.results.len() != q.subjects.len() {
        return Err(format!(
            "{expected} answered for another number of subjects"
        ));
    }
    Ok(answer.results)
}

/// Answers a partner's query from this node's alerts in force (its
/// screening index, and its document numbers blinded for that partner).
/// Logged with the partner, the purpose and the alerts hit.
pub async fn answer(app: &App, peer: &Peer, q: HitQuery) -> Result<HitAnswer, String> {
    let fed = app.federation.as_ref().ok_or("not federated")?;
    let this = app.config.node.name.to_string();
    if q.to != this || q.from != peer.member.name {
        return Err("the query is not from this connection's node, or not to this node".into());
    }
    if (now_ms() - q.created_ms).abs() > CLOCK_SKEW_MS {
        return Err("the query is too old or from the future".into());
    }
    let key = pair_key(fed, &this, peer);
    let index = app.screening.current();
    let (app_for_blinding, partner) = (app.clone(), peer.member.name.clone());
    let results = tokio::task::spawn_blocking(move || {
        let blinded = match key {
            Some(k) => app_for_blinding
                .screening
                .blinded_identifiers(&index, &partner, &k),
            None => Default::default(),
        };
        // Only subjects with a name are compared as persons; the others
        // are identifier checks.
        let named: Vec<bool> = q
            .subjects
            .iter()
            .map(|s| crate::screening::names_given(&s.given_names, &s.surname, &s.full_name_native))
            .collect();
        let inputs: Vec<PersonInput<'_>> = q
            .subjects
            .iter()
            .zip(&named)
            .filter(|(_, named)| **named)
            .map(|(s, _)| PersonInput {
                id: "",
                given_names: &s.given_names,
                surname: &s.surname,
                full_name_native: &s.full_name_native,
                date_of_birth: &s.date_of_birth,
                nationality: &s.nationality,
                gender: &s.gender,
                document_number: "",
            })
            .collect();
        let persons = Person::prepare_all(&inputs);
        let mut found = index
            .watchlist
            .screen_all(&persons, DEFAULT_THRESHOLD)
            .into_iter();
        let mut results = vec![];
        for (s, named) in q.subjects.iter().zip(named) {
            let hits = if named {
                found.next().unwrap_or_default()
            } else {
                vec![]
            };
            let mut out: Vec<AnswerHit> = hits
                .into_iter()
                .map(|h| {
                    let a = &index.alerts[h.entry];
                    AnswerHit {
                        alert_reference: a.reference.clone(),
                        category: a.category.clone(),
                        contact: crate::screening::contact(&a.owner_node),
                        score: (h.score * 10_000.0).round() / 10_000.0,
                        reasons: h
                            .contributions
                            .iter()
                            .map(|c| (c.field.to_owned(), c.how.clone()))
                            .collect(),
                    }
                })
                .collect();
            // Identifiers travel only blinded, so the person comparison
            // above never saw them: any alert holding the same one is a hit.
            for b in &s.blinded_identifiers {
                for &i in blinded.get(&b.0).into_iter().flatten() {
                    let a = &index.alerts[i as usize];
                    if !out.iter().any(|h| h.alert_reference == a.reference) {
                        out.push(AnswerHit {
                            alert_reference: a.reference.clone(),
                            category: a.category.clone(),
                            contact: crate::screening::contact(&a.owner_node),
                            score: crate::screening::IDENTIFIER_SCORE,
                            reasons: vec![(
                                "document_number".into(),
                                "same identifier (compared blinded)".into(),
                            )],
                        });
                    }
                }
            }
            results.push(out);
        }
        results
    })
    .await
    .map_err(|e| format!("answering failed: {e}"))?;
    let hit_refs: Vec<&str> = results
        .iter()
        .flatten()
        .map(|h| h.alert_reference.as_str())
        .collect();
    app.audit
        .record(
            AuditEvent::new(
                AuditActor {
                    kind: "node".into(),
                    id: None,
                    name: peer.member.name.clone(),
                },
                AuditAction::HitQueryAnswered,
                Outcome::Success,
            )
            .target(format!("query:{}", q.query_id))
            .detail(format!(
                "{} subject(s) · purpose: {} · case {} · {}",
                results.len(),
                q.purpose,
                q.case_reference,
                if hit_refs.is_empty() {
                    "no hit".to_owned()
                } else {
                    format!("hit on {}", hit_refs.join(", "))
                }
            )),
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok(HitAnswer {
        query_id: q.query_id,
        from: this,
        to: peer.member.name.clone(),
        answered_ms: now_ms(),
        results,
    })
}

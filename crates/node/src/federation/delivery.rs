//! The delivery worker: sends queued envelopes and read receipts to peers,
//! in batches, in queuing order, with exponential backoff and jitter when a
//! peer cannot be reached. A lease per peer (in the database) means one
//! worker at a time sends to a peer, whichever replica it runs on.

use super::FederationParts;
use super::state::{Peer, now_ms};
use super::tls;
use crate::app::App;
use liaison_protocol::receipt::{self, ReceiptKind};
use liaison_protocol::transfer::{self, Outcome};
use liaison_store::messages::DeliveryResult;
use rand::Rng;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Envelopes per request.
pub const BATCH: u32 = 512;
const LEASE_MS: i64 = 15_000;
const BACKOFF_BASE_MS: i64 = 250;
const BACKOFF_MAX_MS: i64 = 30_000;
const POLL: Duration = Duration::from_millis(200);

#[derive(Debug, thiserror::Error)]
pub(super) enum DeliveryError {
    #[error("{0} is not a current member of this node's networks")]
    NotAMember(String),
    #[error("TLS: {0}")]
    Tls(#[from] tls::TlsSetupError),
    #[error("cannot reach {peer}: {error}")]
    Http { peer: String, error: String },
    #[error("{peer} answered {status}: {body}")]
    Status {
        peer: String,
        status: u16,
        body: String,
    },
    #[error("{peer} answered with a malformed batch")]
    Malformed { peer: String },
    #[error("{peer} took none of the batch (invalid receipts, or its storage is unavailable)")]
    NoProgress { peer: String },
    #[error(transparent)]
    Store(#[from] liaison_store::StoreError),
    #[error("attached file: {0}")]
    File(String),
}

/// HTTP clients per peer, pinned to that peer's certificate; rebuilt when
/// the directory changes.
#[derive(Default)]
pub struct Clients {
    by_peer: Mutex<HashMap<String, (usize, reqwest::Client, String)>>,
}

impl std::fmt::Debug for Clients {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clients")
    }
}

impl Clients {
    /// The peer's client, built again when the directory changed. The map
    /// is not held while a client is built (that resolves the peer's name).
    pub(super) async fn get(
        &self,
        fed: &FederationParts,
        peer: &Peer,
    ) -> Result<(reqwest::Client, String), DeliveryError> {
        let snap = fed.state.snapshot();
        let generation = Arc::as_ptr(&snap) as usize;
        {
            let map = self.by_peer.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((g, c, base)) = map.get(&peer.member.name)
                && *g == generation
            {
                return Ok((c.clone(), base.clone()));
            }
        }
        let (client, base) = peer_client(fed, peer, Duration::from_secs(60)).await?;
        self.by_peer
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(
                peer.member.name.clone(),
                (generation, client.clone(), base.clone()),
            );
        Ok((client, base))
    }
}

/// An HTTPS client for one peer, pinned to its certificate, and the base
/// URL to call it by: the URL names the peer (TLS SNI picks the network's
/// certificate), the endpoint's address is where it is.
pub(super) async fn peer_client(
    fed: &FederationParts,
    peer: &Peer,
    timeout: Duration,
) -> Result<(reqwest::Client, String), DeliveryError> {
    let endpoint = url::Url::parse(&peer.member.endpoint).map_err(|_| DeliveryError::Http {
        peer: peer.member.name.clone(),
        error: format!("bad endpoint {}", peer.member.endpoint),
    })?;
    let port = endpoint.port_or_known_default().unwrap_or(443);
    let host = endpoint.host_str().unwrap_or_default().to_owned();
    let dns = super::authority::node_dns_name(&peer.member.name, &peer.network);
    let mut builder = reqwest::Client::builder()
        .use_preconfigured_tls(tls::client_config(&fed.state, &fed.keys, peer)?)
        .timeout(timeout)
        .connect_timeout(Duration::from_secs(5))
        .pool_idle_timeout(Duration::from_secs(30));
    if let Some(addr) = tokio::net::lookup_host((host.as_str(), port))
        .await
        .ok()
        .and_then(|mut a| a.next())
    {
        builder = builder.resolve(&dns, addr);
    }
    let client = builder.build().map_err(|e| DeliveryError::Http {
        peer: peer.member.name.clone(),
        error: e.to_string(),
    })?;
    Ok((client, format!("https://{dns}:{port}")))
}

/// Starts the worker; it runs until the process ends.
pub fn spawn(app: App) {
    tokio::spawn(async move {
        let owner = format!("{}-{}", std::process::id(), uuid::Uuid::now_v7().simple());
        if app.store.backend() == liaison_store::Backend::Sqlite
            && let Err(e) = app.store.clear_leases().await
        {
            tracing::warn!(error = %e, "cannot clear delivery leases");
        }
        let Some(clients) = app.federation.as_ref().map(|f| f.clients.clone()) else {
            return;
        };
        loop {
            let peers = match app.store.lease_peers(&owner, now_ms(), LEASE_MS, 16).await {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot lease peers");
                    vec![]
                }
            };
            if peers.is_empty() {
                tokio::select! {
                    _ = app.delivery_wakeup.notified() => {}
                    _ = tokio::time::sleep(POLL) => {}
                }
                continue;
            }
            let mut set = tokio::task::JoinSet::new();
            for peer in peers {
                let (app, clients, owner) = (app.clone(), clients.clone(), owner.clone());
                set.spawn(async move { drain_peer(&app, &clients, &owner, &peer).await });
            }
            while set.join_next().await.is_some() {}
        }
    });
}

/// Sends everything queued for one peer while holding its lease.
async fn drain_peer(app: &App, clients: &Clients, owner: &str, peer_name: &str) {
    let result = drain(app, clients, owner, peer_name).await;
    let now = now_ms();
    let release = match &result {
        Ok(()) => app.store.release_peer(peer_name, owner, None, now).await,
        Err(e) => {
            let failures = app.store.peer_failures(peer_name).await.unwrap_or(0);
            let delay = backoff_ms(failures);
            tracing::info!(peer = peer_name, error = %e, retry_in_ms = delay, "delivery failed; will retry");
            app.store
                .release_peer(peer_name, owner, Some((&e.to_string(), now + delay)), now)
                .await
        }
    };
    if let Err(e) = release {
        tracing::warn!(peer = peer_name, error = %e, "cannot release delivery lease");
    }
}

/// Exponential backoff with jitter: half fixed, half random, so that nodes
/// that lost a peer together do not retry in lockstep.
fn backoff_ms(failures: i64) -> i64 {
    let exp = BACKOFF_BASE_MS.saturating_mul(1i64 << failures.clamp(0, 20));
    let d = exp.min(BACKOFF_MAX_MS);
    d / 2 + rand::thread_rng().gen_range(0..=d / 2)
}

async fn drain(
    app: &App,
    clients: &Clients,
    owner: &str,
    peer_name: &str,
) -> Result<(), DeliveryError> {
    let Some(fed) = app.federation.as_ref() else {
        return Ok(());
    };
    let peer = fed
        .state
        .snapshot()
        .peer(peer_name)
        .ok_or_else(|| DeliveryError::NotAMember(peer_name.to_owned()))?;
    let (client, base) = clients.get(fed, &peer).await?;
    let mut lease = Lease {
        owner,
        peer: peer_name,
        renewed: std::time::Instant::now(),
    };
    // Until a round finds nothing to send (or the lease is lost).
    loop {
        let envelopes = send_envelopes(app, fed, &client, &base, &mut lease).await?;
        let receipts = send_receipts(app, &client, &base, peer_name).await?;
        if envelopes + receipts == 0 || !lease.keep(app).await? {
            return Ok(());
        }
    }
}

/// This worker's hold on a peer, renewed as it goes so that a long queue
/// does not outlast it.
struct Lease<'a> {
    owner: &'a str,
    peer: &'a str,
    renewed: std::time::Instant,
}

impl Lease<'_> {
    /// Renews the lease when a third of it has passed; false if another
    /// worker has taken the peer over.
    async fn keep(&mut self, app: &App) -> Result<bool, DeliveryError> {
        if self.renewed.elapsed() < Duration::from_millis(LEASE_MS as u64 / 3) {
            return Ok(true);
        }
        let held = app
            .store
            .renew_lease(self.peer, self.owner, now_ms(), LEASE_MS)
            .await?;
        self.renewed = std::time::Instant::now();
        Ok(held)
    }
}

/// Sends queued read receipts; returns how many went.
async fn send_receipts(
    app: &App,
    client: &reqwest::Client,
    base: &str,
    peer_name: &str,
) -> Result<usize, DeliveryError> {
    let receipts = app.store.queued_receipts(peer_name, BATCH).await?;
    if receipts.is_empty() {
        return Ok(0);
    }
    let bodies: Vec<&[u8]> = receipts.iter().map(|r| r.receipt.as_slice()).collect();
    let outcomes = post(
        client,
        &format!("{base}/federation/v1/receipts"),
        peer_name,
        &bodies,
    )
    .await?;
    let mut done = vec![];
    for (r, o) in receipts.iter().zip(outcomes) {
        match o {
            Outcome::Rejected(reason) if reason == super::messages::TEMPORARY => {}
            Outcome::Rejected(reason) => {
                tracing::warn!(peer = peer_name, message = %r.message_id, %reason, "read receipt refused");
                done.push(r.message_id.clone());
            }
            _ => done.push(r.message_id.clone()),
        }
    }
    app.store
        .mark_receipts_sent(peer_name, &done, now_ms())
        .await?;
    Ok(receipts.len())
}

/// Sends every queued envelope for a peer, a batch at a time, in order. Two
/// stages overlap: while the peer checks and stores batch k+1, this node
/// checks and records the receipts of batch k. If any batch is not fully
/// acknowledged the pipeline stops, so nothing overtakes a message that
/// must be sent again.
async fn send_envelopes(
    app: &App,
    fed: &FederationParts,
    client: &reqwest::Client,
    base: &str,
    lease: &mut Lease<'_>,
) -> Result<usize, DeliveryError> {
    let peer_name = lease.peer;
    let url = format!("{base}/federation/v1/envelopes");
    let mut after = 0;
    let mut sent = 0;
    let mut recording: Option<tokio::task::JoinHandle<Result<bool, DeliveryError>>> = None;
    loop {
        if !lease.keep(app).await? {
            break;
        }
        let envelopes = app.store.queued_envelopes(peer_name, after, BATCH).await?;
        if envelopes.is_empty() {
            break;
        }
        sent += envelopes.len();
        // Files first: the receiver refuses an envelope whose files it lacks.
        for e in &envelopes {
            for (file_id, chunks) in &e.files {
                push_file(app, client, base, peer_name, file_id, *chunks).await?;
            }
        }
        let bodies: Vec<&[u8]> = envelopes.iter().map(|e| e.envelope.as_slice()).collect();
        let outcomes = post(client, &url, peer_name, &bodies).await;
        // The previous batch must be recorded before this one is.
        if let Some(r) = recording.take() {
            let complete = r.await.map_err(|_| DeliveryError::NoProgress {
                peer: peer_name.to_owned(),
            })??;
            if !complete {
                return Err(DeliveryError::NoProgress {
                    peer: peer_name.to_owned(),
                });
            }
        }
        let outcomes = outcomes?;
        after = envelopes.last().map_or(after, |e| e.seq);
        let (app2, snap, peer) = (app.clone(), fed.state.snapshot(), peer_name.to_owned());
        recording = Some(tokio::spawn(async move {
            let expected = envelopes.len();
            let check_peer = peer.clone();
            // Checking 512 receipt signatures is CPU work: off the async threads.
            let results = tokio::task::spawn_blocking(move || {
                check_receipts(&snap, &check_peer, &envelopes, outcomes)
            })
            .await
            .map_err(|_| DeliveryError::NoProgress { peer: peer.clone() })?;
            if results.is_empty() {
                return Err(DeliveryError::NoProgress { peer });
            }
            app2.store.record_deliveries(&peer, &results).await?;
            for r in &results {
                let outcome = match r {
                    DeliveryResult::Delivered { .. } => "delivered",
                    DeliveryResult::Rejected { .. } => "rejected",
                };
                crate::metrics::Metrics::count(&app2.metrics.deliveries, outcome, 1);
            }
            Ok(results.len() == expected)
        }));
    }
    if let Some(r) = recording.take() {
        r.await.map_err(|_| DeliveryError::NoProgress {
            peer: peer_name.to_owned(),
        })??;
    }
    Ok(sent)
}

/// Sends the chunks of a file the peer does not have yet (it says how many
/// it holds, so an interrupted transfer resumes where it stopped).
async fn push_file(
    app: &App,
    client: &reqwest::Client,
    base: &str,
    peer: &str,
    file_id: &str,
    chunks: u64,
) -> Result<(), DeliveryError> {
    let http = |e: reqwest::Error| DeliveryError::Http {
        peer: peer.to_owned(),
        error: error_chain(&e),
    };
    let url = format!("{base}/federation/v1/files/{file_id}");
    let held: u64 = client
        .get(&url)
        .send()
        .await
        .map_err(http)?
        .error_for_status()
        .map_err(http)?
        .text()
        .await
        .map_err(http)?
        .trim()
        .parse()
        .map_err(|_| DeliveryError::Malformed {
            peer: peer.to_owned(),
        })?;
    for index in held..chunks {
        let data_dir = app.data_dir.clone();
        let id = file_id.to_owned();
        let bytes = tokio::task::spawn_blocking(move || {
            super::attachments::read_outbound_chunk(&data_dir, &id, index)
        })
        .await
        .map_err(|_| DeliveryError::NoProgress {
            peer: peer.to_owned(),
        })?
        .map_err(|e| DeliveryError::File(e.to_string()))?;
        let r = client
            .put(format!("{url}/{index}"))
            .body(bytes)
            .send()
            .await
            .map_err(http)?;
        if !r.status().is_success() {
            return Err(DeliveryError::Status {
                peer: peer.to_owned(),
                status: r.status().as_u16(),
                body: r
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(300)
                    .collect(),
            });
        }
    }
    Ok(())
}

/// Turns a peer's answers into delivery results. A receipt counts only if
/// the peer signed it, for this message, for these exact bytes; anything
/// else leaves the message queued, to be sent again.
fn check_receipts(
    snap: &super::state::Snapshot,
    peer_name: &str,
    envelopes: &[liaison_store::messages::QueuedEnvelope],
    outcomes: Vec<Outcome>,
) -> Vec<DeliveryResult> {
    let mut results = vec![];
    // All receipt signatures in one batch check.
    let receipt_bytes: Vec<&[u8]> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Receipt(b) => Some(b.as_slice()),
            _ => None,
        })
        .collect();
    let mut verified = receipt::verify_many(&receipt_bytes, |kid| snap.sender(kid)).into_iter();
    for (e, o) in envelopes.iter().zip(outcomes.iter()) {
        match o {
            Outcome::Receipt(bytes) => match verified.next() {
                Some(Ok(r))
                    if r.receiver == peer_name
                        && r.kind == ReceiptKind::Delivered
                        && uuid::Uuid::from_slice(&r.message_id)
                            .map(|u| u.to_string())
                            .ok()
                            .as_deref()
                            == Some(e.message_id.as_str())
                        && r.envelope_sha256 == receipt::envelope_digest(&e.envelope) =>
                {
                    results.push(DeliveryResult::Delivered {
                        message_id: e.message_id.clone(),
                        receipt: bytes.clone(),
                        at: r.at_ms,
                    });
                }
                Some(Ok(_)) => {
                    tracing::warn!(peer = peer_name, message = %e.message_id, "receipt does not match the envelope; will resend")
                }
                Some(Err(err)) => {
                    tracing::warn!(peer = peer_name, message = %e.message_id, error = %err, "invalid receipt; will resend")
                }
                None => {}
            },
            Outcome::Rejected(reason) if reason == super::messages::TEMPORARY => {}
            Outcome::Rejected(reason) => {
                tracing::warn!(peer = peer_name, message = %e.message_id, %reason, "message rejected by peer");
                results.push(DeliveryResult::Rejected {
                    message_id: e.message_id.clone(),
                    reason: reason.clone(),
                });
            }
            Outcome::Accepted => {}
        }
    }
    results
}

async fn post(
    client: &reqwest::Client,
    url: &str,
    peer: &str,
    items: &[&[u8]],
) -> Result<Vec<Outcome>, DeliveryError> {
    let http = |e: reqwest::Error| DeliveryError::Http {
        peer: peer.to_owned(),
        error: error_chain(&e),
    };
    let response = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, transfer::CONTENT_TYPE)
        .body(transfer::encode_items(items))
        .send()
        .await
        .map_err(http)?;
    let status = response.status();
    let body = response.bytes().await.map_err(http)?;
    if !status.is_success() {
        return Err(DeliveryError::Status {
            peer: peer.to_owned(),
            status: status.as_u16(),
            body: String::from_utf8_lossy(&body).chars().take(300).collect(),
        });
    }
    let outcomes = transfer::decode_outcomes(&body).map_err(|_| DeliveryError::Malformed {
        peer: peer.to_owned(),
    })?;
    if outcomes.len() != items.len() {
        return Err(DeliveryError::Malformed {
            peer: peer.to_owned(),
        });
    }
    Ok(outcomes)
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        source = inner.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        for f in 0..40 {
            let d = backoff_ms(f);
            let cap = (BACKOFF_BASE_MS << f.min(20)).min(BACKOFF_MAX_MS);
            assert!(
                d >= cap / 2 && d <= cap,
                "failures {f}: {d} not in [{}, {cap}]",
                cap / 2
            );
        }
        let samples: std::collections::HashSet<i64> = (0..50).map(|_| backoff_ms(6)).collect();
        assert!(samples.len() > 1, "no jitter");
    }
}

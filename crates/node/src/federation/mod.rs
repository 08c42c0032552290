//! Federation: the node's networks and partners, mutual TLS between nodes,
//! and messages that are never lost.
//!
//! * [`authority`]: the network authority's CA and signed directory
//!   (`liaison network init|admit|revoke`).
//! * [`request`], [`membership`]: a node's request to join, and the
//!   networks it has joined (`liaison node request|join`).
//! * [`state`]: the current directory as the running node sees it.
//! * [`tls`]: who may connect, and to whom the node connects.
//! * [`messages`]: compose, seal, receive, open, receipts.
//! * [`endpoint`]: the routes partners call; [`delivery`]: the outbox worker.

pub mod attachments;
pub mod authority;
pub mod delivery;
pub mod endpoint;
pub mod hit_queries;
pub mod keys;
pub mod local;
pub mod membership;
pub mod messages;
pub mod request;
pub mod state;
pub mod tls;

use crate::app::App;
use keys::FederationKeys;
use state::Federation;
use std::sync::Arc;
use std::time::Duration;

/// What a federating node holds in memory.
#[derive(Clone, Debug)]
pub struct FederationParts {
    pub state: Federation,
    pub keys: Arc<FederationKeys>,
    /// X25519 secrets shared with partners, computed once (ECDH-SS).
    pub shared: Arc<liaison_protocol::envelope::SharedSecrets>,
    /// HTTPS clients per partner, kept between requests (one TLS handshake
    /// per partner, not per request).
    pub clients: Arc<delivery::Clients>,
}

impl FederationParts {
    /// Loads the federation keys and installed networks, if this node has
    /// made a request (else `None`: it does not federate).
    pub fn load(
        data_dir: &std::path::Path,
    ) -> Result<Option<FederationParts>, membership::MembershipError> {
        if !keys::dir(data_dir).join("tls.key").exists() {
            return Ok(None);
        }
        Ok(Some(FederationParts {
            keys: Arc::new(FederationKeys::load(data_dir)?),
            state: Federation::load(data_dir)?,
            shared: Arc::default(),
            clients: Arc::default(),
        }))
    }
}

/// Keeps the node's directories current: re-reads the installed files (a
/// `liaison node join` while the node serves) every few seconds, and asks
/// peers for newer versions every half minute, so that an update the
/// authority gave one node reaches all of them.
pub fn spawn_directory_refresh(app: App) {
    tokio::spawn(async move {
        let Some(fed) = app.federation.clone() else {
            return;
        };
        let every = app
            .config
            .federation
            .as_ref()
            .map_or(30, |f| f.directory_refresh_seconds.max(1));
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        let mut round: u64 = 0;
        loop {
            tick.tick().await;
            match fed.state.reload() {
                Ok(true) => tracing::info!("installed directory changed; reloaded"),
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "cannot reload the installed directories"),
            }
            round += 1;
            if round % u64::from(every) == 1 % u64::from(every) {
                pull_directories(&app, &fed).await;
            }
        }
    });
}

async fn pull_directories(app: &App, fed: &FederationParts) {
    let snap = fed.state.snapshot();
    let this = app.config.node.name.as_str();
    for network in &snap.networks {
        for m in &network.directory.members {
            if m.name == this {
                continue;
            }
            let peer = state::Peer {
                network: network.directory.network.clone(),
                member: m.clone(),
            };
            let Ok(bytes) = fetch_directory(fed, &peer).await else {
                continue;
            };
            match fed.state.offer_directory(&bytes) {
                Ok(version) => {
                    tracing::info!(network = %network.directory.network, version, from = %m.name, "newer directory installed");
                    let _ = app
                        .audit
                        .record(
                            liaison_core::audit::AuditEvent::new(
                                liaison_core::audit::AuditActor {
                                    kind: "node".into(),
                                    id: None,
                                    name: m.name.clone(),
                                },
                                liaison_core::audit::AuditAction::DirectoryInstalled,
                                liaison_core::audit::Outcome::Success,
                            )
                            .target(format!("network:{}", network.directory.network))
                            .detail(format!("version {version}, from {}", m.name)),
                        )
                        .await;
                    break;
                }
                Err(_) => continue,
            }
        }
    }
}

async fn fetch_directory(fed: &FederationParts, peer: &state::Peer) -> Result<Vec<u8>, String> {
    let (client, base) = delivery::peer_client(fed, peer, Duration::from_secs(10))
        .await
        .map_err(|e| e.to_string())?;
    let r = client
        .get(format!("{base}/federation/v1/directory/{}", peer.network))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !r.status().is_success() {
        return Err(r.status().to_string());
    }
    Ok(r.bytes().await.map_err(|e| e.to_string())?.to_vec())
}

//! The federation endpoint partner nodes call, on its own mutual-TLS
//! listener: `POST /federation/v1/envelopes`, `POST /federation/v1/receipts`,
//! `GET /federation/v1/directory/{network}`. The TLS layer already refused
//! anyone who is not a current member; each request checks again, so a
//! connection opened before a revocation cannot go on being used.

use super::messages;
use super::state::Peer;
use crate::app::App;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use liaison_protocol::transfer;
use std::net::SocketAddr;

/// The connected peer, as the TLS handshake established it.
#[derive(Clone, Debug)]
pub struct FederationPeer {
    pub addr: SocketAddr,
    pub certificate: Option<Vec<u8>>,
}

pub fn router(app: App) -> Router {
    Router::new()
        .route("/federation/v1/envelopes", post(envelopes))
        .route("/federation/v1/receipts", post(receipts))
        .route("/federation/v1/queries", post(queries))
        .route("/federation/v1/directory/{network}", get(directory))
        .route("/federation/v1/files/{file_id}", get(file_status))
        .route(
            "/federation/v1/files/{file_id}/{index}",
            axum::routing::put(file_chunk),
        )
        .route("/healthz", get(|| async { "ok" }))
        .layer(axum::extract::DefaultBodyLimit::max(transfer::MAX_BATCH))
        .with_state(app)
}

fn refuse(status: StatusCode, reason: &str) -> Response {
    (status, reason.to_owned()).into_response()
}

/// The connected node if it is still a current member; else the refusal.
fn current_peer(app: &App, who: &FederationPeer) -> Result<Peer, (StatusCode, &'static str)> {
    let Some(fed) = app.federation.as_ref() else {
        return Err((StatusCode::SERVICE_UNAVAILABLE, "not federated"));
    };
    who.certificate
        .as_deref()
        .and_then(|c| fed.state.snapshot().peer_by_certificate(c))
        .ok_or_else(|| {
            tracing::warn!(addr = %who.addr, "request from a node no longer in the directory refused");
            (
                StatusCode::FORBIDDEN,
                "not a current member of this node's networks",
            )
        })
}

fn cbor(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, transfer::CONTENT_TYPE)], bytes).into_response()
}

async fn envelopes(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    body: Bytes,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let items = match transfer::decode_items(&body) {
        Ok(i) => i,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, &format!("malformed batch: {e}")),
    };
    let outcomes = messages::receive(&app, &peer, items).await;
    cbor(transfer::encode_outcomes(&outcomes))
}

/// A partner's hit/no-hit query, answered at once (signed).
async fn queries(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    body: Bytes,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let Ok(key) = ed25519_dalek::VerifyingKey::try_from(peer.member.signing_key.as_slice()) else {
        return refuse(StatusCode::FORBIDDEN, "no signing key in the directory");
    };
    let kid = liaison_protocol::signed::key_id(key.as_bytes());
    // Signed by the node on the other end of this connection, no other.
    let query =
        match liaison_protocol::query::HitQuery::verify(&body, |k| (k == kid).then_some(((), key)))
        {
            Ok((_, q)) => q,
            Err(e) => {
                tracing::warn!(peer = %peer.member.name, error = %e, "hit/no-hit query refused");
                return refuse(StatusCode::BAD_REQUEST, &format!("query refused: {e}"));
            }
        };
    match super::hit_queries::answer(&app, &peer, query).await {
        Ok(answer) => (
            [(
                header::CONTENT_TYPE,
                liaison_protocol::query::ANSWER_CONTENT_TYPE,
            )],
            answer.sign(app.identity.signing_key()),
        )
            .into_response(),
        Err(reason) => {
            tracing::warn!(peer = %peer.member.name, %reason, "hit/no-hit query refused");
            refuse(StatusCode::UNPROCESSABLE_ENTITY, &reason)
        }
    }
}

async fn receipts(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    body: Bytes,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let items = match transfer::decode_items(&body) {
        Ok(i) => i,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, &format!("malformed batch: {e}")),
    };
    let outcomes = messages::receive_receipts(&app, &peer, items).await;
    cbor(transfer::encode_outcomes(&outcomes))
}

/// This node's copy of a network's directory, for members of that network.
async fn directory(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    Path(network): Path<String>,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let Some(fed) = app.federation.as_ref() else {
        return refuse(StatusCode::NOT_FOUND, "no such network");
    };
    let snap = fed.state.snapshot();
    match snap.network(&network) {
        Some(n) if n.directory.member(&peer.member.name).is_some() => (
            [(
                header::CONTENT_TYPE,
                liaison_protocol::directory::CONTENT_TYPE,
            )],
            n.directory_bytes.clone(),
        )
            .into_response(),
        _ => refuse(StatusCode::NOT_FOUND, "no such network"),
    }
}

/// How many chunks of a file from the connected peer this node holds.
async fn file_status(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    Path(file_id): Path<String>,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let dir = app.data_dir.clone();
    let name = peer.member.name.clone();
    let n = tokio::task::spawn_blocking(move || {
        super::attachments::inbound_chunks(&dir, &name, &file_id)
    })
    .await
    .unwrap_or(0);
    n.to_string().into_response()
}

/// Stores one encrypted chunk of a file from the connected peer.
async fn file_chunk(
    State(app): State<App>,
    ConnectInfo(who): ConnectInfo<FederationPeer>,
    Path((file_id, index)): Path<(String, u64)>,
    body: Bytes,
) -> Response {
    let peer = match current_peer(&app, &who) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let dir = app.data_dir.clone();
    let result = tokio::task::spawn_blocking(move || {
        super::attachments::store_inbound_chunk(&dir, &peer.member.name, &file_id, index, &body)
    })
    .await;
    match result {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(super::attachments::AttachmentError::Invalid)) => {
            refuse(StatusCode::BAD_REQUEST, "invalid file id or chunk")
        }
        Ok(Err(e)) => {
            tracing::error!(error = %e, "cannot store a file chunk");
            refuse(StatusCode::SERVICE_UNAVAILABLE, "cannot store the chunk")
        }
        Err(_) => refuse(StatusCode::SERVICE_UNAVAILABLE, "cannot store the chunk"),
    }
}

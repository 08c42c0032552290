//! The HTTP(S) server: routes, security headers, metrics, TLS, shutdown.
//!
//! [`serve`] takes a bound listener and a shutdown future, so tests bind
//! `127.0.0.1:0`, read the port, and talk to the real server.

use crate::app::App;
use crate::config::TlsSection;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use tokio::net::TcpListener;

/// Everything the node serves.
pub fn router(app: App) -> Router {
    Router::new()
        .merge(crate::web::router(app.clone()))
        .merge(crate::api::router())
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(from_fn_with_state(app.clone(), record_metrics))
        .layer(from_fn(security_headers))
        .with_state(app)
}

async fn readyz(State(app): State<App>) -> Response {
    match app.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn metrics(State(app): State<App>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.encode(),
    )
        .into_response()
}

async fn record_metrics(State(app): State<App>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let response = next.run(req).await;
    let labels = crate::metrics::HttpLabels {
        method,
        route,
        status: response.status().as_u16(),
    };
    app.metrics.http_requests.get_or_create(&labels).inc();
    app.metrics
        .http_duration
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    response
}

/// No inline script or style anywhere, so the policy can forbid them.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; \
    frame-ancestors 'none'; base-uri 'none'";

async fn security_headers(req: Request, next: Next) -> Response {
    let is_tls = req.uri().scheme_str() == Some("https") || req.extensions().get::<Tls>().is_some();
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    // Pages hold case data: nothing is cached unless a handler says so.
    let cacheable = h.contains_key(header::CACHE_CONTROL);
    // A page with needs of its own (Swagger UI) sets its own policy.
    let own_csp = h.contains_key(header::CONTENT_SECURITY_POLICY);
    let mut set = |name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    if !own_csp {
        set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    }
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, "no-referrer");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=()",
    );
    if is_tls {
        set(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000");
    }
    if !cacheable {
        set(header::CACHE_CONTROL, "no-store");
    }
    response
}

/// The client's address, as axum's `ConnectInfo` for both listeners.
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub SocketAddr);

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, TcpListener>>
    for PeerAddr
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, TcpListener>) -> Self {
        PeerAddr(*stream.remote_addr())
    }
}

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, TlsListener>>
    for PeerAddr
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, TlsListener>) -> Self {
        PeerAddr(*stream.remote_addr())
    }
}

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, TlsListener>>
    for crate::federation::endpoint::FederationPeer
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, TlsListener>) -> Self {
        let (_, session) = stream.io().get_ref();
        crate::federation::endpoint::FederationPeer {
            addr: *stream.remote_addr(),
            certificate: session
                .peer_certificates()
                .and_then(|c| c.first())
                .map(|c| c.as_ref().to_vec()),
        }
    }
}

/// Serves the federation endpoint (mutual TLS) until `shutdown` resolves,
/// and runs the delivery worker and the directory refresh beside it.
pub async fn serve_federation(
    app: App,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let Some(fed) = app.federation.clone() else {
        return Err(ServeError::Tls(
            "this node has no federation keys; run `liaison node request`".into(),
        ));
    };
    let config = crate::federation::tls::server_config(&fed.state, fed.keys.clone())
        .map_err(|e| ServeError::Tls(e.to_string()))?;
    // Partners' hit/no-hit queries are answered from the screening index.
    app.screening
        .serve_from(&app.store)
        .await
        .map_err(ServeError::Screening)?;
    crate::federation::hit_queries::prepare(&app).await;
    crate::federation::delivery::spawn(app.clone());
    crate::federation::spawn_directory_refresh(app.clone());
    let router = crate::federation::endpoint::router(app);
    axum::serve(
        TlsListener::new(listener, config),
        router.into_make_service_with_connect_info::<crate::federation::endpoint::FederationPeer>(),
    )
    .with_graceful_shutdown(shutdown)
    .await?;
    Ok(())
}

/// Serves any router over TLS (the messaging benchmark's plain-HTTPS
/// baseline uses the same listener as the node, so only the work differs).
pub async fn serve_plain_tls_for_benchmark(
    router: Router,
    listener: TcpListener,
    config: Arc<rustls::ServerConfig>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    axum::serve(TlsListener::new(listener, config), router)
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// Marks requests that came over TLS.
#[derive(Clone, Copy, Debug)]
struct Tls;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("http.listen = {addr}: {reason}")]
    Refused { addr: SocketAddr, reason: String },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("TLS: {0}")]
    Tls(String),
    #[error("building the screening index: {0}")]
    Screening(liaison_store::StoreError),
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Refuses plain HTTP on anything but loopback: sessions and case data must
/// not cross a network in clear.
pub fn check_listen(addr: SocketAddr, tls: Option<&TlsSection>) -> Result<(), ServeError> {
    if tls.is_none() && !addr.ip().is_loopback() {
        return Err(ServeError::Refused {
            addr,
            reason: "plain HTTP is allowed only on a loopback address (127.0.0.1 or ::1); \
                     set [http.tls] certificate and private_key in liaison.toml to serve on other addresses, \
                     or put a TLS-terminating proxy in front and listen on 127.0.0.1"
                .to_owned(),
        });
    }
    Ok(())
}

pub async fn bind(addr: SocketAddr) -> Result<TcpListener, ServeError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })
}

/// Loads a certificate chain and key into a TLS 1.2/1.3 server configuration.
pub fn tls_config(
    data_dir: &Path,
    tls: &TlsSection,
) -> Result<Arc<rustls::ServerConfig>, ServeError> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};
    let cert_path = crate::config::resolve(data_dir, &tls.certificate);
    let key_path = crate::config::resolve(data_dir, &tls.private_key);
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&cert_path)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| {
            ServeError::Tls(format!(
                "http.tls.certificate = {}: {e}",
                cert_path.display()
            ))
        })?;
    if certs.is_empty() {
        return Err(ServeError::Tls(format!(
            "http.tls.certificate = {}: no certificate in the file",
            cert_path.display()
        )));
    }
    let key = PrivateKeyDer::from_pem_file(&key_path).map_err(|e| {
        ServeError::Tls(format!(
            "http.tls.private_key = {}: {e}",
            key_path.display()
        ))
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ServeError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| {
            ServeError::Tls(format!(
                "certificate and key do not match or are unusable: {e}"
            ))
        })?;
    Ok(Arc::new(config))
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    app: App,
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    spawn_session_sweeper(app.clone());
    spawn_retention(app.clone());
    app.screening
        .serve_from(&app.store)
        .await
        .map_err(ServeError::Screening)?;
    crate::screening::spawn_refresh(app.clone());
    crate::hits::spawn_escalation(app.clone());
    let router = router(app);
    match tls {
        None => {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<PeerAddr>(),
            )
            .with_graceful_shutdown(shutdown)
            .await?;
        }
        Some(config) => {
            let listener = TlsListener::new(listener, config);
            let router = router.layer(axum::Extension(Tls));
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<PeerAddr>(),
            )
            .with_graceful_shutdown(shutdown)
            .await?;
        }
    }
    Ok(())
}

/// Every few minutes: deletes expired sessions, so the table does not grow
/// with sessions people never logged out of, and lets the login rate limiter
/// forget addresses it has not seen for a while.
fn spawn_session_sweeper(app: App) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            tick.tick().await;
            let now = time::OffsetDateTime::now_utc();
            let s = &app.config.security;
            let idle = now - time::Duration::minutes(i64::from(s.session_idle_minutes));
            let old = now - time::Duration::hours(i64::from(s.session_absolute_hours));
            if let Err(e) = app.store.purge_sessions(idle, old).await {
                tracing::warn!(error = %e, "could not purge expired sessions");
            }
            app.login_limiter.retain_recent();
        }
    });
}

/// Applies retention once at start and then every hour: records reaching
/// their review date are flagged, records past their deletion date deleted.
fn spawn_retention(app: App) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let today = time::OffsetDateTime::now_utc().date();
            match crate::record_access::run_retention(&app, today).await {
                Ok(r) if r.deleted + r.flagged_for_review > 0 => {
                    tracing::info!(
                        flagged = r.flagged_for_review,
                        deleted = r.deleted,
                        "retention applied"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "retention run failed"),
            }
        }
    });
}

/// A listener that hands axum finished TLS connections. Handshakes run in
/// their own tasks, so a slow or hostile client cannot hold up the others.
pub struct TlsListener {
    local: SocketAddr,
    rx: tokio::sync::mpsc::Receiver<(
        tokio_rustls::server::TlsStream<tokio::net::TcpStream>,
        SocketAddr,
    )>,
}

impl TlsListener {
    fn new(listener: TcpListener, config: Arc<rustls::ServerConfig>) -> Self {
        let local = listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)));
        let (tx, rx) = tokio::sync::mpsc::channel(64);
        let acceptor = tokio_rustls::TlsAcceptor::from(config);
        tokio::spawn(async move {
            loop {
                let (stream, peer) = match listener.accept().await {
                    Ok(x) => x,
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        continue;
                    }
                };
                if tx.is_closed() {
                    break;
                }
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    let handshake = tokio::time::timeout(
                        std::time::Duration::from_secs(10),
                        acceptor.accept(stream),
                    )
                    .await;
                    match handshake {
                        Ok(Ok(tls)) => {
                            let _ = tx.send((tls, peer)).await;
                        }
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                });
            }
        });
        TlsListener { local, rx }
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = tokio_rustls::server::TlsStream<tokio::net::TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.rx.recv().await {
            Some(conn) => conn,
            // The acceptor task ended: nothing more will come.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

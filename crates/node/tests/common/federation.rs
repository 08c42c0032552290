//! Two real federated nodes on loopback, set up the way an operator does it
//! with the CLI (`network init`, `node request`, `network admit`, `node
//! join`), but in-process: each serves its web UI and API and its mutual-TLS
//! federation endpoint on ports bound before the request is written.

use super::{ADMIN_PASSWORD, TestNode};
use liaison_core::node::{CountryCode, NodeName};
use liaison_node::app::App;
use liaison_node::config::{Config, FederationSection};
use liaison_node::federation::authority::Authority;
use liaison_node::federation::local;
use liaison_node::init::{InitOptions, init_node};
use std::path::PathBuf;
use std::time::Duration;
use tokio::net::TcpListener;

/// A node of a test network: the usual [`TestNode`] (web UI and API) plus
/// its federation endpoint, stopped when dropped.
pub struct FederatedNode {
    pub node: TestNode,
    pub federation_addr: std::net::SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl std::ops::Deref for FederatedNode {
    type Target = TestNode;
    fn deref(&self) -> &TestNode {
        &self.node
    }
}

impl Drop for FederatedNode {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// A node initialised and bound, but not yet serving.
struct Pending {
    dir: tempfile::TempDir,
    data_dir: PathBuf,
    config: Config,
    web: TcpListener,
    federation: TcpListener,
}

async fn prepare(name: &str, country: &str, agency: &str) -> Pending {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("node");
    init_node(InitOptions {
        data_dir: data_dir.clone(),
        name: NodeName::parse(name).unwrap(),
        country: CountryCode::parse(country).unwrap(),
        database_url: None,
        admin_password: Some(ADMIN_PASSWORD.to_owned()),
        require_totp: false,
        listen: None,
    })
    .await
    .unwrap();
    let web = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let federation = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let fed_addr = federation.local_addr().unwrap();
    let mut config = Config::load(&data_dir).unwrap();
    config.node.agency = Some(agency.to_owned());
    config.security.login_attempts_per_minute_per_address = 1000;
    config.federation = Some(FederationSection {
        listen: fed_addr,
        endpoint: format!("https://127.0.0.1:{}", fed_addr.port()),
        directory_refresh_seconds: 30,
    });
    std::fs::write(data_dir.join("liaison.toml"), config.to_toml()).unwrap();
    Pending {
        dir,
        data_dir,
        config,
        web,
        federation,
    }
}

async fn start(p: Pending) -> FederatedNode {
    let app = App::open(&p.data_dir, p.config, false).await.unwrap();
    assert!(app.federation.is_some(), "federation keys loaded");
    let addr = p.web.local_addr().unwrap();
    let federation_addr = p.federation.local_addr().unwrap();
    let (stop_web, web_stopped) = tokio::sync::oneshot::channel::<()>();
    let (stop_fed, fed_stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = app.clone();
    let web = p.web;
    tokio::spawn(async move {
        liaison_node::server::serve(serving, web, None, async {
            web_stopped.await.ok();
        })
        .await
        .unwrap();
    });
    let serving = app.clone();
    let federation = p.federation;
    tokio::spawn(async move {
        liaison_node::server::serve_federation(serving, federation, async {
            fed_stopped.await.ok();
        })
        .await
        .unwrap();
    });
    FederatedNode {
        node: TestNode {
            addr,
            app,
            dir: p.dir,
            stop: Some(stop_web),
        },
        federation_addr,
        stop: Some(stop_fed),
    }
}

/// Nodes `de-bka` (DE, Bundeskriminalamt) and `fr-dcpj` (FR, DCPJ), both
/// admitted to network `eu-test` and serving. The authority's directory is
/// kept in the returned temporary directory.
pub async fn two_nodes() -> (FederatedNode, FederatedNode, tempfile::TempDir) {
    let authority_dir = tempfile::tempdir().unwrap();
    let mut authority = Authority::init(authority_dir.path(), "eu-test").unwrap();
    let a = prepare("de-bka", "DE", "Bundeskriminalamt").await;
    let b = prepare("fr-dcpj", "FR", "DCPJ").await;
    // request, admit, join: both install the last directory, which lists both.
    local::admit_all(
        &mut authority,
        &[
            (a.data_dir.clone(), a.config.clone()),
            (b.data_dir.clone(), b.config.clone()),
        ],
    )
    .unwrap();
    let a = start(a).await;
    let b = start(b).await;
    (a, b, authority_dir)
}

/// Three nodes: `de-bka`, `fr-dcpj` and `nl-klpd`, all in `eu-test`.
pub async fn three_nodes() -> (
    FederatedNode,
    FederatedNode,
    FederatedNode,
    tempfile::TempDir,
) {
    let authority_dir = tempfile::tempdir().unwrap();
    let mut authority = Authority::init(authority_dir.path(), "eu-test").unwrap();
    let a = prepare("de-bka", "DE", "Bundeskriminalamt").await;
    let b = prepare("fr-dcpj", "FR", "DCPJ").await;
    let c = prepare("nl-klpd", "NL", "Politie").await;
    local::admit_all(
        &mut authority,
        &[
            (a.data_dir.clone(), a.config.clone()),
            (b.data_dir.clone(), b.config.clone()),
            (c.data_dir.clone(), c.config.clone()),
        ],
    )
    .unwrap();
    (
        start(a).await,
        start(b).await,
        start(c).await,
        authority_dir,
    )
}

/// `de-bka` in two networks: `eu-test` with `fr-dcpj`, and `interpol-test`
/// with `us-fbi`. Two authorities, two CAs; de-bka has one certificate from
/// each and the same keys in both.
pub async fn two_networks() -> (
    FederatedNode,
    FederatedNode,
    FederatedNode,
    tempfile::TempDir,
) {
    let authorities = tempfile::tempdir().unwrap();
    let mut eu = Authority::init(&authorities.path().join("eu"), "eu-test").unwrap();
    let mut interpol =
        Authority::init(&authorities.path().join("interpol"), "interpol-test").unwrap();
    let de = prepare("de-bka", "DE", "Bundeskriminalamt").await;
    let fr = prepare("fr-dcpj", "FR", "DCPJ").await;
    let us = prepare("us-fbi", "US", "FBI").await;
    local::admit_all(
        &mut eu,
        &[
            (de.data_dir.clone(), de.config.clone()),
            (fr.data_dir.clone(), fr.config.clone()),
        ],
    )
    .unwrap();
    local::admit_all(
        &mut interpol,
        &[
            (de.data_dir.clone(), de.config.clone()),
            (us.data_dir.clone(), us.config.clone()),
        ],
    )
    .unwrap();
    (
        start(de).await,
        start(fr).await,
        start(us).await,
        authorities,
    )
}

/// Polls `check` until it returns `Some` (delivery between nodes runs in
/// the background), or fails after ten seconds saying what was awaited.
pub async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for: {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

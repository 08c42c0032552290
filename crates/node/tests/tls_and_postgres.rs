//! The node over HTTPS (rustls), and the whole node on PostgreSQL.

mod common;
use common::*;
use liaison_core::node::{CountryCode, NodeName};
use liaison_node::app::App;
use liaison_node::config::{Config, TlsSection};
use liaison_node::init::{InitOptions, init_node};

/// With a certificate configured the node serves HTTPS, sends HSTS, and its
/// session cookie is `__Host-` prefixed and `Secure`.
#[tokio::test]
async fn https_with_secure_cookies() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("node");
    init_node(InitOptions {
        data_dir: dir.clone(),
        name: NodeName::parse("es-cgpj").unwrap(),
        country: CountryCode::parse("ES").unwrap(),
        database_url: None,
        admin_password: Some(ADMIN_PASSWORD.into()),
        require_totp: false,
        listen: None,
    })
    .await
    .unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    std::fs::write(dir.join("tls.crt"), cert.cert.pem()).unwrap();
    std::fs::write(dir.join("tls.key"), cert.signing_key.serialize_pem()).unwrap();
    let mut config = Config::load(&dir).unwrap();
    config.http.tls = Some(TlsSection {
        certificate: "tls.crt".into(),
        private_key: "tls.key".into(),
    });
    // TLS lifts the loopback-only rule.
    liaison_node::server::check_listen("0.0.0.0:8443".parse().unwrap(), config.http.tls.as_ref())
        .unwrap();
    assert!(liaison_node::server::check_listen("0.0.0.0:8443".parse().unwrap(), None).is_err());
    let tls = liaison_node::server::tls_config(&dir, config.http.tls.as_ref().unwrap()).unwrap();
    let app = App::open(&dir, config, true).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(liaison_node::server::serve(
        app,
        listener,
        Some(tls),
        std::future::pending(),
    ));

    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .resolve("localhost", ([127, 0, 0, 1], port).into())
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = format!("https://localhost:{port}");
    let r = client.get(format!("{base}/login")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("strict-transport-security"));
    let html = r.text().await.unwrap();
    let csrf = csrf_in(&html);
    let r = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", "admin"),
            ("password", ADMIN_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-liaison_session=") && cookie.contains("Secure"),
        "{cookie}"
    );
    assert_eq!(
        client
            .get(format!("{base}/"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // Plain HTTP to the TLS port gets no page.
    let plain = reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await;
    assert!(plain.is_err() || !plain.unwrap().status().is_success());
}

/// The same node on PostgreSQL: login, user creation, audit.
#[tokio::test]
#[ignore = "needs PostgreSQL: set LIAISON_TEST_DATABASE_URL and run with --include-ignored"]
async fn node_on_postgres() {
    let (store, url) = liaison_store::test_support::postgres_store()
        .await
        .expect("LIAISON_TEST_DATABASE_URL is not set")
        .unwrap();
    store.close().await;
    let node = TestNode::start_with(Options {
        database_url: Some(url),
        ..Options::default()
    })
    .await;
    assert_eq!(node.app.store.backend(), liaison_store::Backend::Postgres);
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let r = post_form(
        &admin,
        &node,
        "/admin/units",
        "/admin/units",
        &[("code", "fiu"), ("name", "FIU"), ("kind", "fiu")],
    )
    .await;
    assert_eq!(r.status(), 303);
    node.add_user("pg.user", liaison_core::Role::FiuAnalyst)
        .await;
    login(&node, "pg.user", USER_PASSWORD).await;
    assert!(node.app.store.count_audit_events().await.unwrap() >= 5);
}

//! A real node on 127.0.0.1:0 with its own data directory, and an HTTP
//! client that keeps cookies and does not follow redirects.
#![allow(dead_code)]

pub mod federation;

use liaison_core::node::{CountryCode, NodeName};
use liaison_core::policy::{self, Action, Actor};
use liaison_core::{Role, UnitKind};
use liaison_node::accounts::NewAccount;
use liaison_node::app::App;
use liaison_node::config::Config;
use liaison_node::init::{InitOptions, init_node};
use liaison_node::secrets::TotpFactor;
use std::net::SocketAddr;

pub const ADMIN_PASSWORD: &str = "admin-password-for-tests";
pub const USER_PASSWORD: &str = "user-password-for-tests";

pub struct TestNode {
    pub addr: SocketAddr,
    pub app: App,
    pub dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

pub struct Options {
    pub require_totp: bool,
    pub attempts_per_minute: u32,
    pub database_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            require_totp: false,
            attempts_per_minute: 1000,
            database_url: None,
        }
    }
}

impl TestNode {
    pub async fn start() -> TestNode {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(opts: Options) -> TestNode {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("node");
        init_node(InitOptions {
            data_dir: data_dir.clone(),
            name: NodeName::parse("de-bka").unwrap(),
            country: CountryCode::parse("DE").unwrap(),
            database_url: opts.database_url.clone(),
            admin_password: Some(ADMIN_PASSWORD.to_owned()),
            require_totp: opts.require_totp,
            listen: None,
        })
        .await
        .unwrap();
        let mut config = Config::load(&data_dir).unwrap();
        config.security.login_attempts_per_minute_per_address = opts.attempts_per_minute;
        let app = App::open(&data_dir, config, false).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let serving = app.clone();
        tokio::spawn(async move {
            liaison_node::server::serve(serving, listener, None, async {
                stopped.await.ok();
            })
            .await
            .unwrap();
        });
        TestNode {
            addr,
            app,
            dir,
            stop: Some(stop),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Creates a unit and a user with `role` (password [`USER_PASSWORD`]).
    pub async fn add_user(&self, username: &str, role: Role) {
        let permit = policy::authorize(&Actor::local_operator(), Action::ManageUsers).unwrap();
        if self.app.store.unit_by_code("spoc").await.unwrap().is_none() {
            self.app
                .accounts
                .create_unit(&permit, "spoc", "SPOC", UnitKind::Spoc, "test")
                .await
                .unwrap();
        }
        self.app
            .accounts
            .create_user(
                &permit,
                NewAccount {
                    username,
                    display_name: "",
                    role,
                    unit_code: Some("spoc"),
                    password: USER_PASSWORD,
                    must_change_password: false,
                },
                "test",
            )
            .await
            .unwrap();
    }
}

impl Drop for TestNode {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The value of the first `name="csrf"` hidden field in a page.
pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// Fetches a page and returns its CSRF token.
pub async fn csrf_of(c: &reqwest::Client, node: &TestNode, path: &str) -> String {
    let html = c
        .get(node.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    csrf_in(&html)
}

/// Posts the login form; returns the response (a redirect on success).
pub async fn post_login(
    c: &reqwest::Client,
    node: &TestNode,
    user: &str,
    password: &str,
) -> reqwest::Response {
    let csrf = csrf_of(c, node, "/login").await;
    c.post(node.url("/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", user),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

/// Logs in a user on a node that does not require TOTP.
pub async fn login(node: &TestNode, user: &str, password: &str) -> reqwest::Client {
    let c = client();
    let r = post_login(&c, node, user, password).await;
    assert_eq!(r.status(), 303, "login of {user} failed");
    assert_eq!(location(&r), "/");
    c
}

/// Posts a form with the page's CSRF token taken from `page`.
pub async fn post_form(
    c: &reqwest::Client,
    node: &TestNode,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = csrf_of(c, node, page).await;
    let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    c.post(node.url(action)).form(&form).send().await.unwrap()
}

pub fn totp_code(secret: &str, offset_steps: i64) -> String {
    let f = TotpFactor::new(&secret.replace(' ', ""), "t", "t").unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp() + offset_steps * 30;
    f.code_at(now as u64)
}

/// The TOTP secret shown on the enrolment page.
pub fn secret_in(html: &str) -> String {
    let marker = "id=\"totp-secret\" data-copyable>";
    let start = html.find(marker).expect("enrolment page shows the secret") + marker.len();
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

//! The web UI driven over HTTP: login with CSRF, TOTP, lockout, rate limits,
//! sessions, role checks on every admin route, security headers, languages.

mod common;
use common::*;
use liaison_core::Role;
use liaison_core::audit::AuditAction;
use liaison_store::audit::AuditQuery;

async fn audit_count(node: &TestNode, action: AuditAction) -> usize {
    node.app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(action),
            limit: 1000,
            ..Default::default()
        })
        .await
        .unwrap()
        .len()
}

/// A login form posted without the CSRF token is refused, with it accepted.
#[tokio::test]
async fn login_form_needs_its_csrf_token() {
    let node = TestNode::start().await;
    let c = client();
    let _ = c.get(node.url("/login")).send().await.unwrap();
    let r = c
        .post(node.url("/login"))
        .form(&[("username", "admin"), ("password", ADMIN_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("security check failed"));
    let r = c
        .post(node.url("/login"))
        .form(&[
            ("csrf", "forged"),
            ("username", "admin"),
            ("password", ADMIN_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = post_login(&c, &node, "admin", ADMIN_PASSWORD).await;
    assert_eq!(r.status(), 303);
    let page = c
        .get(node.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Welcome, Node administrator"), "{page}");
}

/// Forms of a signed-in user need the session's token; a token of another
/// session does not do.
#[tokio::test]
async fn signed_in_forms_need_the_session_token() {
    let node = TestNode::start().await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let other = login(&node, "admin", ADMIN_PASSWORD).await;
    let foreign = csrf_of(&other, &node, "/admin/units").await;
    let r = admin
        .post(node.url("/admin/units"))
        .form(&[
            ("csrf", foreign.as_str()),
            ("code", "x1"),
            ("name", "X"),
            ("kind", "spoc"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = admin
        .post(node.url("/admin/units"))
        .form(&[("code", "x1"), ("name", "X"), ("kind", "spoc")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(node.app.store.unit_by_code("x1").await.unwrap().is_none());
    let r = post_form(
        &admin,
        &node,
        "/admin/units",
        "/admin/units",
        &[("code", "x1"), ("name", "X"), ("kind", "spoc")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert!(node.app.store.unit_by_code("x1").await.unwrap().is_some());
}

/// With TOTP required: enrolment at first login, recovery codes, then the
/// second factor at every login; a replayed or wrong code is refused.
#[tokio::test]
async fn totp_enrolment_then_second_factor() {
    let node = TestNode::start_with(Options {
        require_totp: true,
        ..Options::default()
    })
    .await;
    let c = client();
    let r = post_login(&c, &node, "admin", ADMIN_PASSWORD).await;
    assert_eq!(location(&r), "/login/enrol");
    // Not signed in yet: the dashboard sends the user back to enrolment.
    let r = c.get(node.url("/")).send().await.unwrap();
    assert_eq!(location(&r), "/login/enrol");
    let page = c
        .get(node.url("/login/enrol"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let secret = secret_in(&page);
    let qr = c.get(node.url("/login/enrol/qr.svg")).send().await.unwrap();
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    assert!(qr.text().await.unwrap().contains("<svg"));

    let csrf = csrf_in(&page);
    let r = c
        .post(node.url("/login/enrol"))
        .form(&[("csrf", csrf.as_str()), ("code", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(node.url("/login/enrol"))
        .form(&[("csrf", csrf.as_str()), ("code", &totp_code(&secret, 0))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let codes_page = r.text().await.unwrap();
    assert!(codes_page.contains("recovery-codes"));
    let recovery: Vec<String> = codes_page
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);
    assert_eq!(c.get(node.url("/")).send().await.unwrap().status(), 200);
    assert_eq!(audit_count(&node, AuditAction::TotpEnrolled).await, 1);

    // Second login: the second factor is due.
    let c2 = client();
    let r = post_login(&c2, &node, "admin", ADMIN_PASSWORD).await;
    assert_eq!(location(&r), "/login/second-factor");
    let csrf = csrf_of(&c2, &node, "/login/second-factor").await;
    // The code used for enrolment cannot be replayed.
    let r = c2
        .post(node.url("/login/second-factor"))
        .form(&[("csrf", csrf.as_str()), ("code", &totp_code(&secret, 0))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = c2
        .post(node.url("/login/second-factor"))
        .form(&[("csrf", csrf.as_str()), ("code", &totp_code(&secret, 1))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(c2.get(node.url("/")).send().await.unwrap().status(), 200);

    // A recovery code works once.
    for (expected, code) in [(303, &recovery[0]), (401, &recovery[0])] {
        let c3 = client();
        post_login(&c3, &node, "admin", ADMIN_PASSWORD).await;
        let csrf = csrf_of(&c3, &node, "/login/second-factor").await;
        let r = c3
            .post(node.url("/login/second-factor"))
            .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), expected);
    }
    assert_eq!(audit_count(&node, AuditAction::RecoveryCodeUsed).await, 1);
}

/// Five wrong passwords lock the account, even against the right password.
#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let node = TestNode::start().await;
    node.add_user("anna", Role::Officer).await;
    let c = client();
    for _ in 0..5 {
        let r = post_login(&c, &node, "anna", "wrong-password-123").await;
        assert_eq!(r.status(), 401);
    }
    let r = post_login(&c, &node, "anna", USER_PASSWORD).await;
    assert_eq!(r.status(), 429);
    assert!(r.text().await.unwrap().contains("locked"));
    assert_eq!(audit_count(&node, AuditAction::AccountLocked).await, 1);
    // Other accounts are unaffected.
    login(&node, "admin", ADMIN_PASSWORD).await;
}

/// One address gets a bounded number of attempts per minute.
#[tokio::test]
async fn login_attempts_are_rate_limited_per_address() {
    let node = TestNode::start_with(Options {
        attempts_per_minute: 3,
        ..Options::default()
    })
    .await;
    let c = client();
    for _ in 0..3 {
        assert_eq!(
            post_login(&c, &node, "nobody", "whatever-password")
                .await
                .status(),
            401
        );
    }
    let r = post_login(&c, &node, "admin", ADMIN_PASSWORD).await;
    assert_eq!(r.status(), 429);
    let metrics = c
        .get(node.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("liaison_login_rate_limited_total 1"),
        "{metrics}"
    );
}

const ADMIN_PAGES: [&str; 5] = [
    "/admin/users",
    "/admin/units",
    "/admin/tokens",
    "/admin/settings",
    "/audit",
];

/// Every role sees exactly the admin pages its role allows; the rest are 403.
#[tokio::test]
async fn admin_routes_check_the_role() {
    let node = TestNode::start().await;
    for role in Role::ALL {
        let username = format!("u-{}", role.as_str().replace('_', "-"));
        node.add_user(&username, role).await;
        let c = login(&node, &username, USER_PASSWORD).await;
        for page in ADMIN_PAGES {
            let allowed = role == Role::Admin || (page == "/audit" && role == Role::Dpo);
            let status = c.get(node.url(page)).send().await.unwrap().status();
            assert_eq!(status, if allowed { 200 } else { 403 }, "{role} GET {page}");
        }
        if role != Role::Admin {
            let csrf = csrf_of(&c, &node, "/").await;
            for (action, fields) in [
                (
                    "/admin/users",
                    vec![
                        ("username", "mallory"),
                        ("role", "admin"),
                        ("password", "mallory-password-1"),
                    ],
                ),
                (
                    "/admin/units",
                    vec![("code", "evil"), ("name", "Evil"), ("kind", "spoc")],
                ),
                ("/admin/tokens", vec![("label", "evil"), ("role", "admin")]),
                ("/admin/settings", vec![]),
            ] {
                let mut form = vec![("csrf", csrf.as_str())];
                form.extend(fields);
                let r = c.post(node.url(action)).form(&form).send().await.unwrap();
                assert_eq!(r.status(), 403, "{role} POST {action}");
            }
        }
    }
    assert!(
        node.app
            .store
            .user_by_username("mallory")
            .await
            .unwrap()
            .is_none()
    );
    assert!(node.app.store.list_api_tokens().await.unwrap().is_empty());
}

/// Every page carries a strict CSP and the usual security headers.
#[tokio::test]
async fn pages_carry_security_headers() {
    let node = TestNode::start().await;
    let c = login(&node, "admin", ADMIN_PASSWORD).await;
    for path in ["/login", "/", "/admin/users", "/api/v1/me", "/no-such-page"] {
        let r = c.get(node.url(path)).send().await.unwrap();
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["cache-control"], "no-store");
    }
    // Session cookie flags.
    let c2 = client();
    let r = post_login(&c2, &node, "admin", ADMIN_PASSWORD).await;
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("liaison_session="));
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    // No inline script in any page: every <script> has a src.
    let html = c
        .get(node.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        html.matches("<script").count(),
        html.matches("<script src=").count()
    );
}

/// An idle session ends; so do the sessions of a disabled user.
#[tokio::test]
async fn sessions_end_when_idle_or_disabled() {
    let node = TestNode::start().await;
    node.add_user("idle.user", Role::Analyst).await;
    let c = client();
    let r = post_login(&c, &node, "idle.user", USER_PASSWORD).await;
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    let token = cookie.split(';').next().unwrap().split_once('=').unwrap().1;
    let id_hash = liaison_node::secrets::sha256_hex(token);
    assert_eq!(c.get(node.url("/")).send().await.unwrap().status(), 200);
    let long_ago = time::OffsetDateTime::now_utc() - time::Duration::minutes(31);
    node.app
        .store
        .touch_session(&id_hash, long_ago)
        .await
        .unwrap();
    let r = c.get(node.url("/")).send().await.unwrap();
    assert_eq!(location(&r), "/login");

    let user = login(&node, "idle.user", USER_PASSWORD).await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let id = node
        .app
        .store
        .user_by_username("idle.user")
        .await
        .unwrap()
        .unwrap()
        .id;
    let r = post_form(
        &admin,
        &node,
        &format!("/admin/users/{id}"),
        &format!("/admin/users/{id}/disable"),
        &[],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        location(&user.get(node.url("/")).send().await.unwrap()),
        "/login"
    );
    assert_eq!(
        post_login(&client(), &node, "idle.user", USER_PASSWORD)
            .await
            .status(),
        401
    );
}

/// An admin creates a user, who must change the password at first login.
#[tokio::test]
async fn admin_creates_user_who_must_change_password() {
    let node = TestNode::start().await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let r = post_form(
        &admin,
        &node,
        "/admin/users",
        "/admin/users",
        &[
            ("username", "jan.kowalski"),
            ("display_name", "Jan Kowalski"),
            ("role", "officer"),
            ("unit", ""),
            ("password", "short"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("too short"));
    let r = post_form(
        &admin,
        &node,
        "/admin/users",
        "/admin/users",
        &[
            ("username", "jan.kowalski"),
            ("display_name", "Jan Kowalski"),
            ("role", "officer"),
            ("unit", ""),
            ("password", "initial-password-1"),
        ],
    )
    .await;
    assert_eq!(location(&r), "/admin/users?flash=flash-user-created");
    let jan = login_expecting(&node, "jan.kowalski", "initial-password-1").await;
    assert!(location(&jan.get(node.url("/")).send().await.unwrap()).starts_with("/account"));
    let r = post_form(
        &jan,
        &node,
        "/account",
        "/account/password",
        &[
            ("current_password", "initial-password-1"),
            ("new_password", "my-own-password-9"),
            ("confirm_password", "my-own-password-9"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(jan.get(node.url("/")).send().await.unwrap().status(), 200);
    // The admin made by `init`, and Jan.
    assert_eq!(audit_count(&node, AuditAction::UserCreated).await, 2);
    assert_eq!(audit_count(&node, AuditAction::PasswordChanged).await, 1);
}

async fn login_expecting(node: &TestNode, user: &str, pw: &str) -> reqwest::Client {
    let c = client();
    assert_eq!(post_login(&c, node, user, pw).await.status(), 303);
    c
}

/// The last admin cannot be disabled or demoted, and nobody can lock themselves out.
#[tokio::test]
async fn the_last_admin_stays() {
    let node = TestNode::start().await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let id = node
        .app
        .store
        .user_by_username("admin")
        .await
        .unwrap()
        .unwrap()
        .id;
    let r = post_form(
        &admin,
        &node,
        &format!("/admin/users/{id}"),
        &format!("/admin/users/{id}"),
        &[("display_name", "Admin"), ("role", "officer"), ("unit", "")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = post_form(
        &admin,
        &node,
        &format!("/admin/users/{id}"),
        &format!("/admin/users/{id}/disable"),
        &[],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(!node.app.store.user(id).await.unwrap().disabled);
}

/// The language follows Accept-Language, the cookie, then the user's choice;
/// Arabic pages are right-to-left.
#[tokio::test]
async fn languages_and_direction() {
    let node = TestNode::start().await;
    let page = |lang: &'static str| {
        let url = node.url("/login");
        async move {
            client()
                .get(url)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(page("ar").await.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        page("fr-FR,fr;q=0.9")
            .await
            .contains(r#"<html lang="fr" dir="ltr">"#)
    );
    assert!(page("de").await.contains(r#"lang="de""#));
    assert!(page("es").await.contains(r#"lang="es""#));
    assert!(page("ja").await.contains(r#"lang="en""#));

    let c = login(&node, "admin", ADMIN_PASSWORD).await;
    let r = post_form(
        &c,
        &node,
        "/account",
        "/language",
        &[("language", "ar"), ("back", "/account")],
    )
    .await;
    assert_eq!(location(&r), "/account");
    let html = c
        .get(node.url("/"))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    let user = node
        .app
        .store
        .user_by_username("admin")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.language.as_deref(), Some("ar"));
}

/// Health, readiness and metrics endpoints answer without a session.
#[tokio::test]
async fn health_readiness_metrics() {
    let node = TestNode::start().await;
    let c = client();
    assert_eq!(
        c.get(node.url("/healthz"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "ok"
    );
    assert_eq!(
        c.get(node.url("/readyz")).send().await.unwrap().status(),
        200
    );
    let _ = post_login(&c, &node, "admin", "wrong-password-xx").await;
    let m = c
        .get(node.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        m.contains(
            "liaison_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"
        ),
        "{m}"
    );
    assert!(
        m.contains("liaison_logins_total{outcome=\"failure\"} 1"),
        "{m}"
    );
}

/// Logins, failures and logouts are in the audit log, with the address.
#[tokio::test]
async fn logins_are_audited() {
    let node = TestNode::start().await;
    let c = login(&node, "admin", ADMIN_PASSWORD).await;
    let _ = post_login(&client(), &node, "admin", "wrong-password-xx").await;
    let _ = post_login(&client(), &node, "ghost", "wrong-password-xx").await;
    let r = post_form(&c, &node, "/", "/logout", &[]).await;
    assert_eq!(location(&r), "/login?flash=flash-logged-out");
    let events = node
        .app
        .store
        .list_audit_events(&AuditQuery {
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let summary: Vec<(String, String, String)> = events
        .iter()
        .map(|e| {
            (
                e.event.action.to_string(),
                e.event.outcome.as_str().to_owned(),
                e.event.actor.name.clone(),
            )
        })
        .collect();
    for expected in [
        ("logout", "success", "admin"),
        ("login", "failure", "ghost"),
        ("login", "failure", "admin"),
        ("login", "success", "admin"),
        ("node_initialised", "success", "local-operator"),
    ] {
        assert!(
            summary.contains(&(expected.0.into(), expected.1.into(), expected.2.into())),
            "{expected:?} not in {summary:?}"
        );
    }
    assert!(
        events
            .iter()
            .filter(|e| e.event.action == AuditAction::Login)
            .all(|e| e.event.source.as_deref() == Some("127.0.0.1"))
    );
    // The DPO sees the log page.
    node.add_user("the.dpo", Role::Dpo).await;
    let dpo = login(&node, "the.dpo", USER_PASSWORD).await;
    let html = dpo
        .get(node.url("/audit?action=login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("ghost"));
}

//! The REST API over HTTP: tokens, roles, problem details, OpenAPI.

mod common;
use common::*;
use serde_json::{Value, json};

/// An admin (by session, with the CSRF header) creates tokens; a national
/// system uses them; revocation takes effect at once.
#[tokio::test]
async fn api_tokens_authenticate_and_authorise() {
    let node = TestNode::start().await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let csrf = csrf_of(&admin, &node, "/").await;

    // A session without the CSRF header cannot change anything.
    let r = admin
        .post(node.url("/api/v1/api-tokens"))
        .json(&json!({"label": "sis-gateway", "role": "admin"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["code"], "csrf_failed");

    let mut secrets = vec![];
    for role in ["admin", "officer"] {
        let r = admin
            .post(node.url("/api/v1/api-tokens"))
            .header("x-csrf-token", &csrf)
            .json(&json!({"label": format!("{role}-system"), "role": role}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        let created: Value = r.json().await.unwrap();
        assert!(created["secret"].as_str().unwrap().starts_with("lsn_"));
        secrets.push((
            created["token"]["id"].as_str().unwrap().to_owned(),
            created["secret"].as_str().unwrap().to_owned(),
        ));
    }
    let plain = client();
    let (admin_token_id, admin_token) = &secrets[0];
    let (_, officer_token) = &secrets[1];

    let r = plain
        .get(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let users: Value = r.json().await.unwrap();
    assert_eq!(users[0]["username"], "admin");
    assert!(users[0].get("password_hash").is_none());

    let r = plain
        .get(node.url("/api/v1/users"))
        .bearer_auth(officer_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let p: Value = r.json().await.unwrap();
    assert_eq!(
        (p["code"].as_str(), p["status"].as_u64()),
        (Some("forbidden"), Some(403))
    );
    assert_eq!(p["type"], "/api/problems/forbidden");

    let me: Value = plain
        .get(node.url("/api/v1/me"))
        .bearer_auth(officer_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (me["kind"].as_str(), me["role"].as_str()),
        (Some("api_token"), Some("officer"))
    );

    // A bearer-authenticated system needs no CSRF token.
    let r = plain
        .post(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .json(
            &json!({"username": "api.user", "role": "analyst", "password": "api-user-password-1"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let r = plain
        .post(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .json(
            &json!({"username": "api.user", "role": "analyst", "password": "api-user-password-1"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let r = plain
        .post(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .json(&json!({"username": "weak", "role": "analyst", "password": "short"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "weak_password");
    let r = plain
        .post(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "bad_request");

    // Revoked: refused at once.
    let r = admin
        .delete(node.url(&format!("/api/v1/api-tokens/{admin_token_id}")))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = plain
        .get(node.url("/api/v1/users"))
        .bearer_auth(admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "unauthenticated");

    // Token changes are audited.
    let audit: Value = admin
        .get(node.url("/api/v1/audit-events?action=api_token_revoked"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(audit.as_array().unwrap().len(), 1);
}

/// Without credentials the API answers 401 with a problem document.
#[tokio::test]
async fn anonymous_callers_get_401() {
    let node = TestNode::start().await;
    for path in ["/api/v1/me", "/api/v1/users", "/api/v1/audit-events"] {
        let r = client().get(node.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
        assert_eq!(r.json::<Value>().await.unwrap()["code"], "unauthenticated");
    }
    let r = client()
        .get(node.url("/api/v1/users"))
        .bearer_auth("lsn_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = client().get(node.url("/api/v1/nope")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "not_found");
}

/// The OpenAPI 3.1 document describes every API route, and Swagger UI is served.
#[tokio::test]
async fn openapi_document_and_swagger_ui() {
    let node = TestNode::start().await;
    let doc: Value = client()
        .get(node.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/users",
        "/api/v1/users/{id}",
        "/api/v1/api-tokens",
        "/api/v1/audit-events",
        "/api/v1/units",
        "/api/v1/me",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    let html = client()
        .get(node.url("/api/docs"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("/assets/vendor/swagger-ui-bundle.js"));
    let js = client()
        .get(node.url("/assets/vendor/swagger-ui-bundle.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(js.status(), 200);
    assert!(
        js.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
}

/// Users are managed through the API as through the pages.
#[tokio::test]
async fn users_and_units_through_the_api() {
    let node = TestNode::start().await;
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    let csrf = csrf_of(&admin, &node, "/").await;
    let r = admin
        .post(node.url("/api/v1/units"))
        .header("x-csrf-token", &csrf)
        .json(&json!({"code": "sirene", "name": "SIRENE Bureau", "kind": "sirene_bureau"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let r = admin
        .post(node.url("/api/v1/users"))
        .header("x-csrf-token", &csrf)
        .json(&json!({"username": "s.officer", "role": "officer", "unit": "sirene", "password": "sirene-password-1"}))
        .send()
        .await
        .unwrap();
    let user: Value = r.json().await.unwrap();
    assert_eq!(user["unit"], "sirene");
    assert_eq!(user["must_change_password"], true);
    let id = user["id"].as_str().unwrap();
    let r = admin
        .patch(node.url(&format!("/api/v1/users/{id}")))
        .header("x-csrf-token", &csrf)
        .json(&json!({"role": "analyst", "disabled": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let user: Value = r.json().await.unwrap();
    assert_eq!(
        (user["role"].as_str(), user["disabled"].as_bool()),
        (Some("analyst"), Some(true))
    );
    let r = admin
        .post(node.url(&format!("/api/v1/users/{id}/password-reset")))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.json::<Value>().await.unwrap()["temporary_password"]
            .as_str()
            .unwrap()
            .len(),
        20
    );
    let r = admin
        .post(node.url("/api/v1/units"))
        .header("x-csrf-token", &csrf)
        .json(&json!({"code": "x", "name": "X", "kind": "castle"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
}

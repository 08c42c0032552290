//! The data-model API: codelists, schema, offence tables, import and export,
//! and who may use them.

mod common;
use common::*;
use serde_json::Value;

async fn token(node: &TestNode, role: &str) -> String {
    let admin = login(node, "admin", ADMIN_PASSWORD).await;
    let csrf = csrf_of(&admin, node, "/").await;
    let r: Value = admin
        .post(node.url("/api/v1/api-tokens"))
        .header("x-csrf-token", csrf)
        .json(&serde_json::json!({"label": format!("{role}-system"), "role": role}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    r["secret"].as_str().unwrap().to_owned()
}

const PERSONS: &str = include_str!("../../../tests/data/persons.csv");
const BAD: &str = include_str!("../../../tests/data/bad_persons.csv");
const DEFAULTS: &str = "handling_code=h2&purpose=investigation&case=DE-1&evaluation=B2&review_after=2027-01-01&delete_after=2030-01-01";

#[tokio::test]
async fn import_and_export_through_the_api() {
    let node = TestNode::start().await;
    let officer = token(&node, "officer").await;
    let admin = token(&node, "admin").await;
    let c = client();

    let r = c
        .post(node.url(&format!("/api/v1/records/import?kind=person&{DEFAULTS}")))
        .bearer_auth(&officer)
        .body(BAD)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["code"], "validation_failed");
    assert!(
        p["errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["line"] == 2 && e["column"] == "date_of_birth")
    );
    assert_eq!(node.app.store.count_records(None).await.unwrap(), 0);

    let r = c
        .post(node.url(&format!(
            "/api/v1/records/import?kind=person&{DEFAULTS}&source_name=persons.csv"
        )))
        .bearer_auth(&officer)
        .body(PERSONS)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["records"], 6);

    let csv = c
        .get(node.url("/api/v1/records/export?kind=person&format=csv"))
        .bearer_auth(&officer)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count(), 7);
    assert!(csv.contains("الرشيد"));

    // Admins run the node; they neither bring in nor take out case data.
    for (method, path) in [
        (
            "POST",
            format!("/api/v1/records/import?kind=person&{DEFAULTS}"),
        ),
        (
            "GET",
            "/api/v1/records/export?kind=person&format=csv".into(),
        ),
    ] {
        let req = if method == "POST" {
            c.post(node.url(&path)).body(PERSONS)
        } else {
            c.get(node.url(&path))
        };
        let r = req.bearer_auth(&admin).send().await.unwrap();
        assert_eq!(r.status(), 403, "{method} {path}");
    }
    let events = node
        .app
        .store
        .list_audit_events(&liaison_store::audit::AuditQuery {
            action: Some(liaison_core::audit::AuditAction::RecordsImported),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert!(
        events[0]
            .event
            .detail
            .as_deref()
            .unwrap()
            .contains("file=persons.csv records=6")
    );
}

#[tokio::test]
async fn codelists_schema_and_offences() {
    let node = TestNode::start().await;
    let t = token(&node, "border_guard").await;
    let c = client();
    let lists: Value = c
        .get(node.url("/api/v1/codelists"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        lists
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["name"] == "iccs")
    );
    let countries: Value = c
        .get(node.url("/api/v1/codelists/countries"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let de = countries["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "DE")
        .unwrap();
    assert_eq!(
        (
            de["labels"]["de"].as_str(),
            de["attributes"]["alpha3"].as_str()
        ),
        (Some("Deutschland"), Some("DEU"))
    );
    let r = c
        .get(node.url("/api/v1/codelists/nope"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let schema: Value = c
        .get(node.url("/api/v1/schema"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let offences: Value = c
        .get(node.url("/api/v1/offences?country=DE"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        offences.as_array().unwrap().is_empty(),
        "no table loaded yet"
    );
    let doc: Value = c
        .get(node.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["paths"].get("/api/v1/records/import").is_some());
}

//! Alerts and screening through the REST API: an officer creates alerts
//! (all or none), a border system screens a passenger list (CSV or PAXLST)
//! and one traveller in real time, and gets explained candidate hits; the
//! roles that may not are refused; screening is audited.

mod common;
use common::*;
use liaison_core::Role;
use liaison_core::audit::AuditAction;
use liaison_core::policy::{self, Action, Actor};
use liaison_store::audit::AuditQuery;
use serde_json::{Value, json};

async fn token(node: &TestNode, role: Role) -> String {
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageApiTokens).unwrap();
    node.app
        .accounts
        .create_api_token(&permit, &format!("{role}-system"), role, None, "test")
        .await
        .unwrap()
        .1
}

async fn post_json(node: &TestNode, token: &str, path: &str, body: &Value) -> (u16, Value) {
    let r = client()
        .post(node.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

async fn post_body(node: &TestNode, token: &str, path: &str, body: &str) -> (u16, Value) {
    let r = client()
        .post(node.url(path))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn alerts_and_screening_through_the_api() {
    let node = TestNode::start().await;
    let officer = token(&node, Role::Officer).await;
    let guard = token(&node, Role::BorderGuard).await;
    let admin = token(&node, Role::Admin).await;
    let alerts = json!([
        {"reference": "DE-A1", "category": "arrest_for_surrender", "given_names": "Yuriy",
         "surname": "Chaykovskiy", "full_name_native": "Юрий Чайковский", "date_of_birth": "1975-03-12",
         "nationality": "RUS", "gender": "M"},
        {"reference": "DE-D1", "category": "travel_document", "document_number": "C01X5B8I2"}
    ]);
    // Border guards screen; they do not issue alerts.
    let (status, _) = post_json(&node, &guard, "/api/v1/alerts", &alerts).await;
    assert_eq!(status, 403);
    let (status, body) = post_json(&node, &officer, "/api/v1/alerts", &alerts).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["created"], 2);
    // The same reference again: refused whole.
    let again = json!([{"reference": "DE-A2", "category": "missing_person", "surname": "X"},
                       {"reference": "DE-A1", "category": "missing_person", "surname": "Y"}]);
    let (status, body) = post_json(&node, &officer, "/api/v1/alerts", &again).await;
    assert_eq!(status, 409, "{body}");
    let bad = json!([{"reference": "DE-A3", "category": "wanted", "surname": "Z"}]);
    let (status, body) = post_json(&node, &officer, "/api/v1/alerts", &bad).await;
    assert_eq!(status, 422);
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("arrest_for_surrender"),
        "{body}"
    );

    // One traveller, another romanisation: a hit with its reasons.
    let (status, body) = post_json(
        &node,
        &guard,
        "/api/v1/screening/travellers",
        &json!({"id": "P1", "given_names": "Iouri", "surname": "Tchaikovski", "date_of_birth": "1975-03-12", "nationality": "RUS"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["alerts"], 2);
    let hit = &body["hits"][0];
    assert_eq!(hit["alert"]["reference"], "DE-A1");
    assert_eq!(hit["alert"]["category"], "arrest_for_surrender");
    assert!(hit["score"].as_f64().unwrap() >= 0.75);
    let fields: Vec<&str> = hit["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"name") && fields.contains(&"date_of_birth"),
        "{hit}"
    );

    // A passenger list as CSV: the stolen document is found by its number
    // even as a scanner misread it; the stranger is not a hit.
    let csv = "id,given_names,surname,date_of_birth,document_number\n\
               T1,Anna,Berger,1980-01-01,CO1X5B8I2\nT2,Hans,Muster,1970-05-05,\n";
    let (status, body) = post_body(&node, &guard, "/api/v1/screening/passenger-lists", csv).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["travellers"], 2);
    let hits = body["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{body}");
    assert_eq!(hits[0]["traveller_id"], "T1");
    assert_eq!(hits[0]["alert"]["reference"], "DE-D1");

    // A PAXLST message.
    let paxlst = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/screening/flight.edi"
    ))
    .unwrap();
    let (status, body) =
        post_body(&node, &guard, "/api/v1/screening/passenger-lists", &paxlst).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["travellers"], 3);
    let (status, body) = post_body(
        &node,
        &guard,
        "/api/v1/screening/passenger-lists",
        "UNA:+.? 'UNB+",
    )
    .await;
    assert_eq!(status, 422, "{body}");

    // The admin runs the node but screens nobody.
    let (status, _) = post_json(
        &node,
        &admin,
        "/api/v1/screening/travellers",
        &json!({"surname": "Tchaikovski"}),
    )
    .await;
    assert_eq!(status, 403);

    let screened = node
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::TravellersScreened),
            limit: 10,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(screened.len(), 3, "every screening is audited");
    assert!(
        screened
            .iter()
            .any(|e| e.event.detail.as_deref().unwrap_or("").contains("DE-A1"))
    );
}

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

async fn get_json(node: &TestNode, token: &str, path: &str) -> (u16, Value) {
    let r = client()
        .get(node.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

/// A hit found through the API is worked through its steps by API (a stale
/// step is 409, a false hit without a note 422); alerts are listed and
/// withdrawn, after which screening no longer finds them; an identifier
/// alone finds an object alert.
#[tokio::test]
async fn hits_and_alerts_through_the_api() {
    let node = TestNode::start().await;
    let officer = token(&node, Role::Officer).await;
    let guard = token(&node, Role::BorderGuard).await;
    let alerts = json!([
        {"reference": "DE-A1", "category": "arrest_for_surrender", "given_names": "Marek",
         "surname": "Nowak", "date_of_birth": "1979-02-03"},
        {"reference": "DE-V1", "category": "vehicle", "document_number": "WVWZZZ1JZXW000001"}
    ]);
    let (status, body) = post_json(&node, &officer, "/api/v1/alerts", &alerts).await;
    assert_eq!(status, 201, "{body}");

    let (status, body) = post_json(
        &node,
        &guard,
        "/api/v1/screening/travellers",
        &json!({"given_names": "Marek", "surname": "Nowak", "date_of_birth": "1979-02-03"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let id = body["hits"][0]["hit_id"].as_str().unwrap().to_owned();
    let (status, car) = post_json(
        &node,
        &guard,
        "/api/v1/screening/travellers",
        &json!({"document_number": "WVW ZZZ 1JZ XW 000001"}),
    )
    .await;
    assert_eq!(status, 200, "{car}");
    assert_eq!(car["hits"][0]["alert"]["reference"], "DE-V1");
    assert_eq!(car["hits"][0]["alert"]["category"], "vehicle");

    let (status, list) = get_json(&node, &guard, "/api/v1/hits").await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    let (_, hit) = get_json(&node, &guard, &format!("/api/v1/hits/{id}")).await;
    assert_eq!(hit["status"], "candidate");
    assert_eq!(hit["next"], json!(["confirmed", "false_hit"]));
    assert_eq!(hit["steps"].as_array().unwrap().len(), 1);

    let step = |from: &str, to: &str, note: &str| json!({"from": from, "to": to, "note": note});
    let path = format!("/api/v1/hits/{id}/steps");
    let (status, body) = post_json(&node, &guard, &path, &step("candidate", "false_hit", "")).await;
    assert_eq!(status, 422, "a false hit says why: {body}");
    let (status, body) = post_json(&node, &guard, &path, &step("candidate", "closed", "")).await;
    assert_eq!(status, 422, "not a next step: {body}");
    let (status, body) = post_json(
        &node,
        &guard,
        &path,
        &step("candidate", "confirmed", "id card"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "confirmed");
    let (status, body) = post_json(
        &node,
        &guard,
        &path,
        &step("candidate", "false_hit", "late"),
    )
    .await;
    assert_eq!(status, 409, "stale: {body}");
    for (from, to) in [
        ("confirmed", "action_taken"),
        ("action_taken", "owner_informed"),
        ("owner_informed", "closed"),
    ] {
        let (status, body) = post_json(&node, &guard, &path, &step(from, to, "arrested")).await;
        assert_eq!(status, 200, "{from} -> {to}: {body}");
    }
    let (_, hit) = get_json(&node, &guard, &format!("/api/v1/hits/{id}")).await;
    assert_eq!(hit["status"], "closed");
    assert_eq!(hit["steps"].as_array().unwrap().len(), 5);
    let (_, open) = get_json(&node, &guard, "/api/v1/hits").await;
    assert_eq!(open.as_array().unwrap().len(), 1, "the car's hit is open");
    let (_, all) = get_json(&node, &guard, "/api/v1/hits?all=true").await;
    assert_eq!(all.as_array().unwrap().len(), 2);

    // Alerts: listed for those who manage them, withdrawn, no longer screened.
    let (status, _) = get_json(&node, &guard, "/api/v1/alerts").await;
    assert_eq!(status, 403);
    let (status, listed) = get_json(&node, &officer, "/api/v1/alerts").await;
    assert_eq!(status, 200);
    let vehicle = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["reference"] == "DE-V1")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let withdraw = format!("/api/v1/alerts/{vehicle}/withdrawal");
    let (status, _) = post_json(&node, &officer, &withdraw, &json!({"reason": "found"})).await;
    assert_eq!(status, 204);
    let (status, _) = post_json(&node, &officer, &withdraw, &json!({})).await;
    assert_eq!(status, 404, "once");
    let (_, car) = post_json(
        &node,
        &guard,
        "/api/v1/screening/travellers",
        &json!({"document_number": "WVWZZZ1JZXW000001"}),
    )
    .await;
    assert!(car["hits"].as_array().unwrap().is_empty(), "{car}");
}

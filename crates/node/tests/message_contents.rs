//! What a message carries besides text, through the web form and the REST
//! API, between two real nodes on loopback: records of the sending node
//! (shared for a declared purpose, written to each record's access log)
//! and files (encrypted as they upload, intact at the other end). A refused
//! form or request leaves no file behind.

mod common;
use common::federation::{FederatedNode, eventually, two_nodes};
use common::*;
use liaison_core::Role;
use liaison_core::audit::AuditAction;
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::import::InputFormat;
use liaison_formats::rows::{Defaults, ImportKind};
use liaison_node::records::{self, ImportSpec};
use serde_json::{Value, json};

const PERSONS: &str = include_str!("../../../tests/data/persons.csv");

/// Imports the test persons on `node`, marked `code`; returns the id of
/// Ivan Petrov (external ref P-1).
async fn persons(node: &FederatedNode, code: &str) -> String {
    let defaults = Defaults {
        owner_node: node.app.config.node.name.clone(),
        owner_unit: None,
        handling_code: code.parse().ok(),
        handling_restriction: None,
        data_subject_category: None,
        evaluation: liaison_core::evaluation::Evaluation::parse("B2"),
        case_reference: Some("DE-2026-0042".into()),
        purpose: Some("drug trafficking investigation".into()),
        review_after: time::Date::from_calendar_date(2030, time::Month::January, 1).ok(),
        delete_after: time::Date::from_calendar_date(2031, time::Month::January, 1).ok(),
    };
    let permit = policy::authorize(&Actor::local_operator(), Action::ImportRecords).unwrap();
    let spec = ImportSpec {
        kind: "person".parse::<ImportKind>().unwrap(),
        format: InputFormat::Csv,
        defaults: &defaults,
        source_name: "test",
    };
    records::import(
        &node.app.store,
        &node.app.audit,
        &permit,
        &spec,
        || Ok::<_, std::io::Error>(PERSONS.as_bytes()),
        &mut |_, _| {},
    )
    .await
    .unwrap();
    node.app
        .store
        .ids_by_external_ref(node.app.config.node.name.as_str(), &["P-1".into()])
        .await
        .unwrap()["P-1"]
        .to_string()
}

/// An investigator's API token on `node`.
async fn token(node: &FederatedNode) -> String {
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageApiTokens).unwrap();
    node.app
        .accounts
        .create_api_token(&permit, "case-system", Role::Investigator, None, "test")
        .await
        .unwrap()
        .1
}

/// Bytes that do not compress or repeat: a file of `len` bytes.
fn file_bytes(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Files this node holds to send (one directory each).
fn outbound_files(node: &FederatedNode) -> usize {
    std::fs::read_dir(node.app.data_dir.join("files").join("out"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// The compose form as a browser sends it: multipart, the CSRF token in
/// the action's query.
async fn post_compose(
    c: &reqwest::Client,
    node: &FederatedNode,
    fields: &[(&str, &str)],
    files: &[(&str, Vec<u8>)],
) -> reqwest::Response {
    let csrf = csrf_of(c, node, "/messages/new").await;
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    for (name, bytes) in files {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.to_string()),
        );
    }
    c.post(node.url(&format!("/messages/new?csrf={csrf}")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn get_text(c: &reqwest::Client, node: &FederatedNode, path: &str) -> (u16, String) {
    let r = c.get(node.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The value of attribute `attr` on the first element that has `marker`.
fn attr_after(html: &str, marker: &str, attr: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    let key = format!("{attr}=\"");
    let start = html[at..].find(&key).unwrap() + at + key.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_record_and_a_file_sent_from_the_form_arrive_intact_and_the_sharing_is_audited() {
    let (de, fr, _authority) = two_nodes().await;
    let petrov = persons(&de, "h1").await;
    de.add_user("inv-de", Role::Investigator).await;
    fr.add_user("inv-fr", Role::Investigator).await;
    let inv = login(&de, "inv-de", USER_PASSWORD).await;

    // From the record's page: its button opens the form with the record.
    let purpose = "ask FR whether Petrov is known";
    let (status, record_page) = get_text(
        &inv,
        &de,
        &format!("/records/{petrov}?purpose=ask+FR+whether+Petrov+is+known&case=DE-2026-0042"),
    )
    .await;
    assert_eq!(status, 200);
    let href = attr_after(&record_page, "id=\"send-record\"", "href").replace("&amp;", "&");
    let (status, form) = get_text(&inv, &de, &href).await;
    assert_eq!(status, 200, "{href}");
    assert!(
        form.contains(&format!("name=\"record\" value=\"{petrov}\" checked")),
        "{form}"
    );
    assert!(
        form.contains("Ivan Petrov (1975-03)"),
        "the record's headline: {form}"
    );
    assert!(form.contains(&format!("value=\"{purpose}\"")));
    assert!(form.contains("enctype=\"multipart/form-data\""));

    // 2.5 MiB: three encrypted chunks.
    let photo = file_bytes(2_500_000);
    let r = post_compose(
        &inv,
        &de,
        &[
            ("to", "fr-dcpj"),
            ("handling_code", "h2"),
            ("evaluation", "B2"),
            ("subject", "Ivan Petrov, courier"),
            ("body", "Record and photo attached."),
            ("record", &petrov),
            ("purpose", purpose),
            ("case", "DE-2026-0042"),
        ],
        &[("kehl-crossing.jpg", photo.clone())],
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let thread = location(&r)
        .strip_prefix("/messages/threads/")
        .and_then(|l| l.split('?').next())
        .unwrap()
        .to_owned();
    assert_eq!(outbound_files(&de), 1);
    let chunks = std::fs::read_dir(
        std::fs::read_dir(de.app.data_dir.join("files").join("out"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
    )
    .unwrap()
    .count();
    assert_eq!(chunks, 3);

    // The record's access log says it went to fr-dcpj, by whom and why.
    let accesses = de.app.store.accesses_to_record(&petrov).await.unwrap();
    let sent = accesses
        .iter()
        .find(|a| a.event.action == AuditAction::MessageSent)
        .unwrap_or_else(|| panic!("no message_sent in {accesses:?}"));
    assert_eq!(sent.event.actor.name, "inv-de");
    let detail = sent.event.detail.clone().unwrap_or_default();
    assert!(
        detail.contains("fr-dcpj") && detail.contains(purpose) && detail.contains("DE-2026-0042"),
        "{detail}"
    );

    // fr-dcpj shows the record with its own marking, and the file.
    let partner = login(&fr, "inv-fr", USER_PASSWORD).await;
    let page = eventually("the thread on fr-dcpj", || async {
        let (status, page) = get_text(&partner, &fr, &format!("/messages/threads/{thread}")).await;
        (status == 200).then_some(page)
    })
    .await;
    assert!(
        page.contains("class=\"record-headline\">Ivan Petrov (1975-03)"),
        "{page}"
    );
    assert!(page.contains("Иван"), "the native name travels: {page}");
    assert!(page.contains("kehl-crossing.jpg") && page.contains("2.4 MiB"));
    let download = attr_after(&page, "class=\"mono download\"", "href");
    let r = partner.get(fr.url(&download)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("kehl-crossing.jpg")
    );
    assert!(r.bytes().await.unwrap() == photo, "the file arrives intact");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_form_says_why_and_keeps_no_file() {
    let (de, _fr, _authority) = two_nodes().await;
    let petrov = persons(&de, "h1").await;
    de.add_user("inv-de", Role::Investigator).await;
    let inv = login(&de, "inv-de", USER_PASSWORD).await;
    let base = [
        ("to", "fr-dcpj"),
        ("evaluation", "B2"),
        ("subject", "Petrov"),
        ("body", "text"),
    ];
    let file = [("notes.txt", b"notes".to_vec())];
    let cases: [(&[(&str, &str)], &str); 4] = [
        // A record needs the purpose and the case of its sharing.
        (
            &[("handling_code", "h2"), ("record", petrov.as_str())],
            "purpose",
        ),
        // An H1 record cannot travel in an H0 message.
        (
            &[
                ("handling_code", "h0"),
                ("record", petrov.as_str()),
                ("purpose", "ask FR about Petrov"),
                ("case", "DE-2026-0042"),
            ],
            "handling_code",
        ),
        (
            &[("handling_code", "h2"), ("record_ids", "not-a-record")],
            "records",
        ),
        (
            &[
                ("handling_code", "h2"),
                ("record_ids", "0190b1a6-0000-7000-8000-000000000000"),
                ("purpose", "ask FR about Petrov"),
                ("case", "DE-2026-0042"),
            ],
            "records",
        ),
    ];
    for (extra, field) in cases {
        let mut fields = base.to_vec();
        fields.extend_from_slice(extra);
        let r = post_compose(&inv, &de, &fields, &file).await;
        assert_eq!(r.status(), 422, "{extra:?}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!("data-field=\"{field}\"")),
            "{extra:?}: {html}"
        );
        assert!(
            html.contains("id=\"files-again\""),
            "asks for the files again"
        );
        assert!(html.contains("value=\"Petrov\""), "what was typed stays");
        assert_eq!(outbound_files(&de), 0, "{extra:?}: the upload was removed");
    }
    assert_eq!(de.app.store.message_counts().await.unwrap().outbound, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_sends_records_and_files_in_one_multipart_request() {
    let (de, fr, _authority) = two_nodes().await;
    let petrov = persons(&de, "h1").await;
    let (t_de, t_fr) = (token(&de).await, token(&fr).await);
    let report = file_bytes(1_200_000);
    let message = json!({
        "to": ["fr-dcpj"],
        "handling_code": "H2",
        "evaluation": "B2",
        "subject": "Petrov: record and report",
        "body": "See attached.",
        "records": [petrov],
        "purpose": "ask FR about Petrov",
        "case_reference": "DE-2026-0042",
    });
    let multipart = |message: &Value| {
        reqwest::multipart::Form::new()
            .text("message", message.to_string())
            .part(
                "file",
                reqwest::multipart::Part::bytes(report.clone()).file_name("report.pdf"),
            )
    };

    // Without the purpose the records may not go: 422, and no file kept.
    let mut no_purpose = message.clone();
    no_purpose.as_object_mut().unwrap().remove("purpose");
    let r = client()
        .post(de.url("/api/v1/messages"))
        .bearer_auth(&t_de)
        .multipart(multipart(&no_purpose))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "validation_failed");
    assert!(
        problem["detail"].as_str().unwrap().contains("purpose"),
        "{problem}"
    );
    assert_eq!(outbound_files(&de), 0);

    let r = client()
        .post(de.url("/api/v1/messages"))
        .bearer_auth(&t_de)
        .multipart(multipart(&message))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let id = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let m: Value = eventually("the message on fr-dcpj", || async {
        let r = client()
            .get(fr.url(&format!("/api/v1/messages/{id}")))
            .bearer_auth(&t_fr)
            .send()
            .await
            .unwrap();
        if r.status() == 200 {
            r.json().await.ok()
        } else {
            None
        }
    })
    .await;
    assert_eq!(m["record_count"], 1);
    let record = &m["records"][0];
    assert_eq!(record["meta"]["handling_code"], "h1", "{record}");
    assert_eq!(record["meta"]["owner_node"], "de-bka");
    assert!(record.to_string().contains("Petrov"), "{record}");
    let file = &m["attachments"][0];
    assert_eq!(file["name"], "report.pdf");
    assert_eq!(file["size"], 1_200_000);
    let r = client()
        .get(fr.url(file["download"].as_str().unwrap()))
        .bearer_auth(&t_fr)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.bytes().await.unwrap() == report,
        "the file arrives intact"
    );

    // A file that is not one of the message's is not served.
    let r = client()
        .get(fr.url(&format!(
            "/api/v1/messages/{id}/files/0190b1a6-0000-7000-8000-000000000000"
        )))
        .bearer_auth(&t_fr)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

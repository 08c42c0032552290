//! Records in the web UI: every search and view needs a purpose and is
//! audited with the records it disclosed; roles see only what they may; the
//! DPO sees every access; retention deletes expired records.

mod common;
use common::*;
use liaison_core::Role;
use liaison_core::audit::AuditAction;
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::import::InputFormat;
use liaison_formats::rows::{Defaults, ImportKind};
use liaison_node::records::{self, ImportSpec};
use liaison_store::audit::AuditQuery;

const PERSONS: &str = include_str!("../../../tests/data/persons.csv");
const DOCUMENTS: &str = include_str!("../../../tests/data/documents.csv");
/// A record only officers, investigators and the DPO may see.
const INFORMANT: &str = "external_ref,given_names,surname,date_of_birth,nationalities,data_subject_category\nI-1,Quentin,Zzyzxinformant,1970,FR,informant\n";

async fn load(node: &TestNode, kind: &str, csv: &str, delete_after: &str) {
    load_dated(node, kind, csv, "2030-01-01", delete_after).await
}

async fn load_dated(
    node: &TestNode,
    kind: &str,
    csv: &str,
    review_after: &str,
    delete_after: &str,
) {
    let defaults = Defaults {
        owner_node: node.app.config.node.name.clone(),
        owner_unit: None,
        handling_code: "h1".parse().ok(),
        handling_restriction: None,
        data_subject_category: None,
        evaluation: liaison_core::evaluation::Evaluation::parse("B2"),
        case_reference: Some("DE-2026-0042".into()),
        purpose: Some("drug trafficking investigation".into()),
        review_after: liaison_core::model::PartialDate::parse(review_after)
            .unwrap()
            .to_date(),
        delete_after: liaison_core::model::PartialDate::parse(delete_after)
            .unwrap()
            .to_date(),
    };
    let permit = policy::authorize(&Actor::local_operator(), Action::ImportRecords).unwrap();
    let spec = ImportSpec {
        kind: kind.parse::<ImportKind>().unwrap(),
        format: InputFormat::Csv,
        defaults: &defaults,
        source_name: "test",
    };
    records::import(
        &node.app.store,
        &node.app.audit,
        &permit,
        &spec,
        || Ok::<_, std::io::Error>(csv.as_bytes()),
        &mut |_, _| {},
    )
    .await
    .unwrap();
}

async fn node_with_data() -> TestNode {
    let node = TestNode::start().await;
    load(&node, "person", PERSONS, "2031-01-01").await;
    load(&node, "document", DOCUMENTS, "2031-01-01").await;
    load(&node, "person", INFORMANT, "2031-01-01").await;
    for role in Role::ALL {
        node.add_user(&format!("u-{}", role.as_str().replace('_', "-")), role)
            .await;
    }
    node
}

async fn as_role(node: &TestNode, role: Role) -> reqwest::Client {
    login(
        node,
        &format!("u-{}", role.as_str().replace('_', "-")),
        USER_PASSWORD,
    )
    .await
}

async fn search(
    c: &reqwest::Client,
    node: &TestNode,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    post_form(c, node, "/records", "/records/search", fields).await
}

async fn id_of(node: &TestNode, ext: &str) -> String {
    node.app
        .store
        .ids_by_external_ref("de-bka", &[ext.into()])
        .await
        .unwrap()[ext]
        .to_string()
}

#[tokio::test]
async fn search_and_view_need_a_purpose_and_are_audited() {
    let node = node_with_data().await;
    let officer = as_role(&node, Role::Officer).await;
    let r = search(
        &officer,
        &node,
        &[("name", "petrov"), ("purpose", ""), ("case", "")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("purpose"));

    let r = search(
        &officer,
        &node,
        &[
            ("name", "Petrov"),
            ("purpose", "identify the courier"),
            ("case", "DE-2026-0042"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Ivan Petrov"), "{html}");
    let r = search(
        &officer,
        &node,
        &[
            ("document_number", "l898 902 c3"),
            ("purpose", "identify the courier"),
            ("case", "DE-2026-0042"),
        ],
    )
    .await;
    assert!(r.text().await.unwrap().contains("L898902C3"));
    let r = search(
        &officer,
        &node,
        &[
            ("iban", "DE00 0000"),
            ("purpose", "follow the money"),
            ("case", "DE-1"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);

    let id = id_of(&node, "P-1").await;
    let form = officer
        .get(node.url(&format!("/records/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        form.contains("name=\"purpose\"") && !form.contains("Petrov"),
        "no data before a purpose"
    );
    let page = officer
        .get(node.url(&format!(
            "/records/{id}?purpose=identify+the+courier&case=DE-2026-0042"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Иван Петров") && page.contains("Rostov-on-Don"),
        "{page}"
    );
    assert!(page.contains("H1"));

    let searches = node
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::RecordsSearched),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(searches.len(), 2, "the refused searches are not searches");
    assert!(searches.iter().all(|e| {
        e.event
            .detail
            .as_deref()
            .unwrap()
            .contains("purpose=identify the courier; case=DE-2026-0042")
    }));
    let accesses = node.app.store.accesses_to_record(&id).await.unwrap();
    let actions: Vec<String> = accesses
        .iter()
        .map(|a| a.event.action.to_string())
        .collect();
    assert!(
        actions.contains(&"record_viewed".into()) && actions.contains(&"records_searched".into()),
        "{actions:?}"
    );
    assert!(
        accesses
            .iter()
            .all(|a| a.event.actor.name == "u-officer" || a.event.actor.name == "local-operator")
    );

    // The DPO sees every access to this person; others do not.
    let dpo = as_role(&node, Role::Dpo).await;
    let trail = dpo
        .get(node.url(&format!("/records/{id}/accesses")))
        .send()
        .await
        .unwrap();
    assert_eq!(trail.status(), 200);
    let trail = trail.text().await.unwrap();
    assert!(
        trail.contains("u-officer")
            && trail.contains("record_viewed")
            && trail.contains("identify the courier")
    );
    assert_eq!(
        officer
            .get(node.url(&format!("/records/{id}/accesses")))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}

#[tokio::test]
async fn roles_see_only_what_they_may() {
    let node = node_with_data().await;
    let q = [
        ("name", "garcia"),
        ("purpose", "check a traveller at the border"),
        ("case", "BORDER-7"),
    ];
    let bg = as_role(&node, Role::BorderGuard).await;
    let html = search(&bg, &node, &q).await.text().await.unwrap();
    assert!(
        !html.contains("García"),
        "a victim is not shown to a border guard"
    );
    let victim = id_of(&node, "P-6").await;
    let r = bg
        .get(node.url(&format!(
            "/records/{victim}?purpose=check+traveller&case=B-7"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let officer = as_role(&node, Role::Officer).await;
    assert!(
        search(&officer, &node, &q)
            .await
            .text()
            .await
            .unwrap()
            .contains("García")
    );
    let admin = login(&node, "admin", ADMIN_PASSWORD).await;
    assert_eq!(
        admin
            .get(node.url("/records"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}

/// Every role against every route that can show records: the informant's
/// name appears only where the rules allow it.
#[tokio::test]
async fn no_route_leaks_what_a_role_may_not_see() {
    let node = node_with_data().await;
    let informant = id_of(&node, "I-1").await;
    let purpose = "purpose=protect+the+source&case=DE-2026-0042";
    for role in Role::ALL {
        let c = as_role(&node, role).await;
        let csrf = csrf_of(&c, &node, "/").await;
        let may_see = matches!(role, Role::Officer | Role::Investigator | Role::Dpo);
        let mut bodies = vec![];
        for path in [
            "/".to_owned(),
            "/records".into(),
            format!("/records/{informant}?{purpose}"),
            format!("/records/{informant}/edit?{purpose}"),
            format!("/records/{informant}/accesses"),
            "/audit".into(),
            "/api/v1/records/export?kind=person&format=csv".into(),
            "/api/v1/records/export?kind=person&format=jsonl".into(),
            "/api/v1/records/export?kind=person&format=ftm".into(),
            "/api/v1/audit-events".into(),
        ] {
            let r = c.get(node.url(&path)).send().await.unwrap();
            bodies.push((path, r.status().as_u16(), r.text().await.unwrap()));
        }
        let r = c
            .post(node.url("/records/search"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("name", "zzyzxinformant"),
                ("purpose", "protect the source"),
                ("case", "DE-2026-0042"),
            ])
            .send()
            .await
            .unwrap();
        bodies.push((
            "POST /records/search".into(),
            r.status().as_u16(),
            r.text().await.unwrap(),
        ));
        let leaked: Vec<(&String, u16)> = bodies
            .iter()
            .filter(|(_, _, b)| b.contains("Zzyzxinformant"))
            .map(|(p, s, _)| (p, *s))
            .collect();
        if may_see {
            assert!(
                !leaked.is_empty(),
                "{role} should see the informant somewhere"
            );
        } else {
            assert!(
                leaked.is_empty(),
                "{role} sees the informant via {leaked:?}"
            );
        }
        if role == Role::Admin {
            // Admins read the audit log, but not the search criteria in it.
            let lower: Vec<&String> = bodies
                .iter()
                .filter(|(_, _, b)| b.to_lowercase().contains("zzyzxinformant"))
                .map(|(p, _, _)| p)
                .collect();
            assert!(lower.is_empty(), "admin reads searched names via {lower:?}");
        }
    }
}

#[tokio::test]
async fn retention_flags_and_deletes() {
    let node = TestNode::start().await;
    // Dates far ahead, so that the node's own hourly retention run (which
    // uses the real date) leaves these records alone.
    load_dated(&node, "person", PERSONS, "2090-01-01", "2090-06-30").await;
    let id = id_of(&node, "P-2").await;
    let today = time::macros::date!(2090 - 07 - 01);
    let report = liaison_node::record_access::run_retention(&node.app, today)
        .await
        .unwrap();
    assert_eq!((report.flagged_for_review, report.deleted), (6, 6));
    assert_eq!(node.app.store.count_records(None).await.unwrap(), 0);
    let trail = node.app.store.accesses_to_record(&id).await.unwrap();
    let actions: Vec<String> = trail.iter().map(|a| a.event.action.to_string()).collect();
    assert!(
        actions.contains(&"record_deleted".into()) && actions.contains(&"record_review_due".into()),
        "{actions:?}"
    );
    let again = liaison_node::record_access::run_retention(&node.app, today)
        .await
        .unwrap();
    assert_eq!((again.flagged_for_review, again.deleted), (0, 0));
}

/// A user imports a file in the browser: a bad file is rejected with its
/// report and writes nothing; a good one is written whole.
#[tokio::test]
async fn import_from_the_browser() {
    let node = TestNode::start().await;
    node.add_user("u-analyst", Role::Analyst).await;
    let c = as_role(&node, Role::Analyst).await;
    let csrf = csrf_of(&c, &node, "/records/import").await;
    let upload = |csrf: &str, body: &'static str, name: &'static str| {
        let form = reqwest::multipart::Form::new()
            .text("kind", "person")
            .text("handling_code", "h2")
            .text("evaluation", "B2")
            .text("case", "DE-2026-0042")
            .text("purpose", "investigation")
            .text("review_after", "2027-01-01")
            .text("delete_after", "2030-01-01")
            .part(
                "file",
                reqwest::multipart::Part::bytes(body.as_bytes()).file_name(name),
            );
        c.post(node.url(&format!("/records/import?csrf={csrf}")))
            .multipart(form)
            .send()
    };
    let r = upload("forged", PERSONS, "persons.csv").await.unwrap();
    assert_eq!(r.status(), 403);
    let bad = include_str!("../../../tests/data/bad_persons.csv");
    let r = upload(&csrf, bad, "bad_persons.csv").await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("import-report")
            && html.contains("date_of_birth")
            && html.contains("Nothing was written"),
        "{html}"
    );
    assert_eq!(node.app.store.count_records(None).await.unwrap(), 0);
    let r = upload(&csrf, PERSONS, "persons.csv").await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Imported 6 record(s)"));
    assert_eq!(node.app.store.count_records(None).await.unwrap(), 6);
}

/// The DPO answers a subject access request: the person, what is linked to
/// it, and every access, as a page and as JSON; no one else can.
#[tokio::test]
async fn subject_access_request() {
    let node = node_with_data().await;
    let id = id_of(&node, "P-2").await;
    let officer = as_role(&node, Role::Officer).await;
    officer
        .get(node.url(&format!(
            "/records/{id}?purpose=identify+the+witness&case=DE-2026-0042"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(
        officer
            .get(node.url(&format!("/records/{id}/subject-access?reference=SAR-1")))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );

    let dpo = as_role(&node, Role::Dpo).await;
    let html = dpo
        .get(node.url(&format!(
            "/records/{id}/subject-access?reference=SAR-2026-17"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Anna Maria Eriksson") && html.contains("L898902C3"),
        "the person and the passport linked to her"
    );
    assert!(
        html.contains("u-officer") && html.contains("identify the witness"),
        "the officer's access is listed"
    );
    let r = dpo
        .get(node.url(&format!(
            "/records/{id}/subject-access?reference=SAR-2026-17&format=json"
        )))
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let json: serde_json::Value = r.json().await.unwrap();
    assert_eq!(json["request_reference"], "SAR-2026-17");
    assert_eq!(json["subject"]["record"]["entity"]["kind"], "person");
    assert_eq!(json["linked"][0]["relation"], "holder_of");
    assert!(json["accesses"].as_array().unwrap().iter().any(|a| {
        a["detail"]
            .as_str()
            .unwrap()
            .contains("answer a data subject access request")
    }));
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let i = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in page"));
    let rest = &html[i..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

fn read_at_in(html: &str) -> String {
    let marker = "name=\"read_at\" value=\"";
    let i = html.find(marker).expect("edit form carries read_at") + marker.len();
    html[i..i + html[i..].find('"').unwrap()].to_owned()
}

/// An officer files a person and a passport by hand, corrects a mistake,
/// links and unlinks records; each step is validated like an import,
/// audited, and kept in the record's history.
#[tokio::test]
async fn create_edit_and_link_records_in_the_browser() {
    let node = node_with_data().await;
    let officer = as_role(&node, Role::Officer).await;
    let person = [
        ("kind", "person"),
        ("external_ref", "W-1"),
        ("given_names", "Olena"),
        ("surname", "Kovalenko"),
        ("native_given_names", "Олена"),
        ("native_surname", "Коваленко"),
        ("native_script", "Cyrl"),
        ("date_of_birth", "1988-02-30"),
        ("nationalities", "UA"),
        ("gender", "F"),
        ("handling_code", "h2"),
        ("data_subject_category", "witness"),
        ("evaluation", "B2"),
        ("case_reference", "DE-2026-0042"),
        ("purpose", "trafficking investigation"),
        ("review_after", "2030-01-01"),
        ("delete_after", "2031-01-01"),
    ];
    // An impossible date: refused, with the field named, nothing written.
    let before = node.app.store.count_records(None).await.unwrap();
    let r = post_form(&officer, &node, "/records/new", "/records/new", &person).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        between(&html, "data-column=\"date_of_birth\"", "</span>").contains("1988-02-30"),
        "{html}"
    );
    assert!(
        html.contains("value=\"Коваленко\""),
        "the form keeps what was typed"
    );
    assert_eq!(node.app.store.count_records(None).await.unwrap(), before);

    let mut fixed = person.to_vec();
    fixed.retain(|(k, _)| *k != "date_of_birth");
    fixed.push(("date_of_birth", "1988-02"));
    let r = post_form(&officer, &node, "/records/new", "/records/new", &fixed).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let page = location(&r);
    assert!(page.contains("notice=created"), "{page}");
    let id = id_of(&node, "W-1").await;
    let html = officer
        .get(node.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Коваленко") && html.contains("record-history"));
    assert!(between(&html, "id=\"record-history\"", "</ul>").contains("u-officer"));

    // A passport for her, linked by her external reference.
    let passport = [
        ("kind", "document"),
        ("external_ref", "W-1-PP"),
        ("holder_ref", "W-1"),
        ("document_type", "P"),
        ("number", "FX123456"),
        ("issuing_country", "UA"),
        ("handling_code", "h2"),
        ("evaluation", "B2"),
        ("case_reference", "DE-2026-0042"),
        ("purpose", "trafficking investigation"),
        ("review_after", "2030-01-01"),
        ("delete_after", "2031-01-01"),
    ];
    let r = post_form(
        &officer,
        &node,
        "/records/new?kind=document",
        "/records/new",
        &passport,
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let purpose = "purpose=witness+protection&case=DE-2026-0042";
    let html = officer
        .get(node.url(&format!("/records/{id}?{purpose}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        between(&html, "id=\"record-relations\"", "</ul>").contains("FX123456"),
        "{html}"
    );

    // Edit: the form is a view (purpose, audit); the change is kept as history.
    let html = officer
        .get(node.url(&format!("/records/{id}/edit?{purpose}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let read_at = read_at_in(&html);
    let csrf = csrf_in(&html);
    let mut edit: Vec<(&str, &str)> = fixed
        .iter()
        .copied()
        .filter(|(k, _)| !matches!(*k, "kind" | "external_ref" | "surname"))
        .collect();
    edit.extend([
        ("surname", "Kovalenko-Shevchenko"),
        ("read_at", read_at.as_str()),
        ("access_purpose", "witness protection"),
        ("access_case", "DE-2026-0042"),
        ("csrf", csrf.as_str()),
    ]);
    let r = officer
        .post(node.url(&format!("/records/{id}/edit")))
        .form(&edit)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("fields=surname"), "{}", location(&r));
    let stored = node.app.store.record(id.parse().unwrap()).await.unwrap();
    assert!(
        stored
            .record
            .entity
            .caption()
            .contains("Kovalenko-Shevchenko")
    );
    let history = node.app.store.record_history(stored.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].changed_fields, ["surname"]);
    assert!(history[0].before.entity.caption().contains("Kovalenko "));
    // The search keys follow the change.
    let r = search(
        &officer,
        &node,
        &[
            ("name", "shevchenko"),
            ("purpose", "witness protection"),
            ("case", "DE-2026-0042"),
        ],
    )
    .await;
    assert!(r.text().await.unwrap().contains(&format!("/records/{id}?")));

    // The same form sent again is stale: someone (here: the same officer)
    // changed the record since it was read. Nothing is overwritten.
    edit.retain(|(k, _)| *k != "surname");
    edit.push(("surname", "Stale"));
    let r = officer
        .post(node.url(&format!("/records/{id}/edit")))
        .form(&edit)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let stored = node.app.store.record(id.parse().unwrap()).await.unwrap();
    assert!(!stored.record.entity.caption().contains("Stale"));

    // Link her to Petrov as an associate, then remove the link.
    let petrov = id_of(&node, "P-1").await;
    let html = officer
        .get(node.url(&format!("/records/{id}?{purpose}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_in(&html);
    let link_to = |other: &str| {
        officer
            .post(node.url(&format!("/records/{id}/links")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("direction", "out"),
                ("kind", "associate_of"),
                ("other", other),
                ("purpose", "witness protection"),
                ("case", "DE-2026-0042"),
            ])
            .send()
    };
    let r = link_to("P-1").await.unwrap();
    assert!(location(&r).contains("notice=linked"), "{}", location(&r));
    let rels = node
        .app
        .store
        .relations_of(id.parse().unwrap())
        .await
        .unwrap();
    let assoc = rels
        .iter()
        .find(|r| r.to.to_string() == petrov)
        .expect("linked to Petrov");
    // Twice the same link is refused with a message.
    let r = link_to(petrov.as_str()).await.unwrap();
    assert!(location(&r).contains("link_error="), "{}", location(&r));
    // A record the officer may not name is "not found", whether or not it exists.
    let r = link_to("NO-SUCH-REF").await.unwrap();
    assert!(location(&r).contains("NO-SUCH-REF"), "{}", location(&r));
    let r = officer
        .post(node.url(&format!("/records/{id}/links/{}/delete", assoc.id)))
        .form(&[
            ("csrf", csrf.as_str()),
            ("purpose", "witness protection"),
            ("case", "DE-2026-0042"),
        ])
        .send()
        .await
        .unwrap();
    assert!(location(&r).contains("notice=unlinked"), "{}", location(&r));
    assert_eq!(
        node.app
            .store
            .relations_of(id.parse().unwrap())
            .await
            .unwrap()
            .len(),
        1
    );

    // Every write is in the record's access trail.
    let trail: Vec<String> = node
        .app
        .store
        .accesses_to_record(&id)
        .await
        .unwrap()
        .iter()
        .map(|a| a.event.action.to_string())
        .collect();
    for action in [
        "record_created",
        "record_updated",
        "records_linked",
        "records_unlinked",
        "record_viewed",
    ] {
        assert!(
            trail.contains(&action.to_owned()),
            "{action} missing from {trail:?}"
        );
    }

    // Roles that may not write get no form and cannot post one.
    for role in [Role::BorderGuard, Role::Prosecutor, Role::Admin] {
        let c = as_role(&node, role).await;
        let r = c.get(node.url("/records/new")).send().await.unwrap();
        assert_eq!(r.status(), 403, "{role} opens the new-record form");
        let csrf = csrf_of(&c, &node, "/").await;
        let mut form = fixed.clone();
        form.retain(|(k, _)| *k != "external_ref");
        form.extend([("external_ref", "W-2"), ("csrf", csrf.as_str())]);
        let r = c
            .post(node.url("/records/new"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{role} creates a record");
        let mut form = edit.clone();
        form.retain(|(k, _)| *k != "csrf");
        form.push(("csrf", csrf.as_str()));
        let r = c
            .post(node.url(&format!("/records/{id}/edit")))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{role} edits");
        let stored = node.app.store.record(id.parse().unwrap()).await.unwrap();
        assert!(!stored.record.entity.caption().contains("Stale"));
    }
}

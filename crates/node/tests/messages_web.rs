//! Federation messages in the web UI and the REST API, between two real
//! nodes on loopback: a message written in one node's form arrives in the
//! other's inbox, opening it there sends a read receipt that the first
//! node's outbox shows; the API does the same; only case-working roles see
//! messages; a node outside any network says how to join.

mod common;
use common::federation::{FederatedNode, eventually, three_nodes, two_nodes};
use common::*;
use liaison_core::Role;
use liaison_core::audit::AuditAction;
use liaison_core::policy::{self, Action, Actor};
use liaison_store::audit::AuditQuery;
use liaison_store::messages::Direction;
use serde_json::{Value, json};

/// An API token of `role` on `node` (made by the local operator).
async fn token(node: &TestNode, role: Role) -> String {
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageApiTokens).unwrap();
    node.app
        .accounts
        .create_api_token(&permit, &format!("{role}-system"), role, None, "test")
        .await
        .unwrap()
        .1
}

async fn get_text(c: &reqwest::Client, node: &TestNode, path: &str) -> (u16, String) {
    let r = c.get(node.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The thread id from a `/messages/threads/{id}?…` location.
fn thread_of(location: &str) -> String {
    location
        .strip_prefix("/messages/threads/")
        .and_then(|r| r.split('?').next())
        .unwrap_or_else(|| panic!("not a thread location: {location}"))
        .to_owned()
}

/// The status of `recipient`'s delivery in a rendered outbox or thread.
fn delivery_status(html: &str, recipient: &str) -> Option<String> {
    let marker = format!("data-recipient=\"{recipient}\" data-status=\"");
    let start = html.find(&marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_owned())
}

async fn outbox_status(c: &reqwest::Client, node: &FederatedNode, recipient: &str) -> String {
    let (status, html) = get_text(c, node, "/messages/outbox").await;
    assert_eq!(status, 200);
    delivery_status(&html, recipient).unwrap_or_default()
}

/// The whole round trip through the web UI: compose on de-bka, delivered,
/// unread in fr-dcpj's inbox, opened (audited, marked read, read receipt),
/// read in de-bka's outbox; a reply comes back into the same thread.
#[tokio::test]
async fn a_message_sent_from_the_form_is_delivered_read_and_answered() {
    let (de, fr, _authority) = two_nodes().await;
    de.add_user("inv-de", Role::Investigator).await;
    fr.add_user("off-fr", Role::Officer).await;
    let inv = login(&de, "inv-de", USER_PASSWORD).await;

    // The form lists the partner with its country and agency, and the
    // handling codes with their meaning.
    let (status, form) = get_text(&inv, &de, "/messages/new").await;
    assert_eq!(status, 200);
    assert!(form.contains("name=\"to\" value=\"fr-dcpj\""), "{form}");
    assert!(form.contains("DCPJ · France (FR)"), "{form}");
    assert!(!form.contains("value=\"de-bka\""), "not to itself");
    assert!(form.contains("H2 – Not to be disseminated without the permission of the provider"));
    assert!(form.contains("value=\"B2\""));

    // Missing fields are refused next to the field, nothing is queued.
    let r = post_form(
        &inv,
        &de,
        "/messages/new",
        "/messages/new",
        &[("subject", "Courier"), ("body", "text")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("data-field=\"to\""), "{html}");
    assert!(html.contains("data-field=\"handling_code\""));
    assert!(html.contains("data-field=\"evaluation\""));
    assert!(html.contains("value=\"Courier\""), "what was typed stays");
    assert_eq!(de.app.store.message_counts().await.unwrap().outbound, 0);

    let r = post_form(
        &inv,
        &de,
        "/messages/new",
        "/messages/new",
        &[
            ("to", "fr-dcpj"),
            ("handling_code", "h2"),
            ("evaluation", "B2"),
            ("subject", "Courier Ivan Petrov"),
            (
                "body",
                "Crossed at Kehl on 3 March.\nPlease check your records.",
            ),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let sent_to = location(&r);
    assert!(sent_to.ends_with("?notice=sent"), "{sent_to}");
    let thread = thread_of(&sent_to);
    let (status, page) = get_text(&inv, &de, &sent_to).await;
    assert_eq!(status, 200);
    assert!(page.contains("Courier Ivan Petrov") && page.contains("Crossed at Kehl"));

    // Delivered: the outbox shows it with the time of the signed receipt.
    eventually("delivery to fr-dcpj", || async {
        (outbox_status(&inv, &de, "fr-dcpj").await == "delivered").then_some(())
    })
    .await;
    let (_, outbox) = get_text(&inv, &de, "/messages/outbox").await;
    assert!(outbox.contains("delivered 20"), "{outbox}");

    // fr-dcpj: unread, bold, marked H2, counted in the navigation.
    let off = login(&fr, "off-fr", USER_PASSWORD).await;
    let (status, inbox) = get_text(&off, &fr, "/messages").await;
    assert_eq!(status, 200);
    assert!(inbox.contains("<tr class=\"unread\""), "{inbox}");
    assert!(inbox.contains("<strong>Courier Ivan Petrov</strong>"));
    assert!(inbox.contains("badge h2"));
    assert!(inbox.contains("de-bka"));
    assert!(inbox.contains("id=\"unread-count\""), "{inbox}");
    assert!(inbox.contains(&format!("/messages/threads/{thread}")));

    // Opening the thread shows the body and the marking, and marks it read.
    let (status, page) = get_text(&off, &fr, &format!("/messages/threads/{thread}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Crossed at Kehl on 3 March."));
    assert!(
        page.contains("No dissemination without the provider&#39;s permission"),
        "{page}"
    );
    assert!(
        !page.contains("id=\"unread-count\""),
        "the count follows the read"
    );
    let stored = fr
        .app
        .store
        .list_messages(Direction::In, None, 10)
        .await
        .unwrap();
    assert_eq!(stored[0].read_by.as_deref(), Some("off-fr"));
    let reads = fr
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::MessageRead),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].event.actor.name, "off-fr");
    assert_eq!(
        reads[0].event.target.as_deref(),
        Some(format!("thread:{thread}").as_str())
    );
    let (_, inbox) = get_text(&off, &fr, "/messages").await;
    assert!(!inbox.contains("class=\"unread\""));

    // The read receipt travels back: de-bka's outbox says read.
    eventually("read receipt from fr-dcpj", || async {
        (outbox_status(&inv, &de, "fr-dcpj").await == "read").then_some(())
    })
    .await;
    let (_, page) = get_text(&inv, &de, &format!("/messages/threads/{thread}")).await;
    assert_eq!(delivery_status(&page, "fr-dcpj").as_deref(), Some("read"));

    // fr-dcpj replies from the thread's form, which names the thread and
    // the partner already; the reply lands in the same thread on de-bka.
    assert!(page.contains(&format!("name=\"thread\" value=\"{thread}\"")));
    let r = post_form(
        &off,
        &fr,
        &format!("/messages/threads/{thread}"),
        "/messages/new",
        &[
            ("thread", thread.as_str()),
            ("to", "de-bka"),
            ("handling_code", "h1"),
            ("evaluation", "A1"),
            ("subject", "Re: Courier Ivan Petrov"),
            ("body", "Known to us: FR-2026-77."),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(thread_of(&location(&r)), thread);
    let page = eventually("the reply on de-bka", || async {
        let (_, page) = get_text(&inv, &de, &format!("/messages/threads/{thread}")).await;
        page.contains("Known to us").then_some(page)
    })
    .await;
    let first = page.find("Crossed at Kehl").unwrap();
    let reply = page.find("Known to us").unwrap();
    assert!(first < reply, "oldest first");
    assert!(
        page.contains("Not usable in judicial proceedings without the provider&#39;s permission")
    );
}

/// The API: send (201 with the id), list both boxes with per-recipient
/// deliveries, read one message (marks it read, audited), read a thread;
/// errors are problem details.
#[tokio::test]
async fn api_sends_lists_and_reads_messages() {
    let (de, fr, _authority) = two_nodes().await;
    let de_token = token(&de, Role::Officer).await;
    let fr_token = token(&fr, Role::Analyst).await;
    let c = client();

    let r = c
        .post(de.url("/api/v1/messages"))
        .bearer_auth(&de_token)
        .json(&json!({
            "to": ["fr-dcpj"],
            "handling_code": "H1",
            "evaluation": "B3",
            "subject": "Vehicle WVWZZZ1JZXW000001",
            "body": "Seen in Strasbourg.",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let sent: Value = r.json().await.unwrap();
    let id = sent["id"].as_str().unwrap().to_owned();
    assert_eq!(
        sent["thread"], sent["id"],
        "a new thread is named after its first message"
    );
    assert_eq!(location, format!("/api/v1/messages/{id}"));

    let outbox_delivery = || async {
        let list: Value = c
            .get(de.url("/api/v1/messages?box=outbox"))
            .bearer_auth(&de_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        list[0].clone()
    };
    let m = outbox_delivery().await;
    assert_eq!(m["id"], id.as_str());
    assert_eq!(m["box"], "outbox");
    assert_eq!(m["from"], "de-bka");
    assert_eq!(m["to"], json!(["fr-dcpj"]));
    assert_eq!(m["handling_code"], "H1");
    assert_eq!(m["evaluation"], "B3");
    assert!(m.get("body").is_none(), "lists carry headers only");
    assert_eq!(m["deliveries"][0]["recipient"], "fr-dcpj");
    eventually("delivery", || async {
        let m = outbox_delivery().await;
        (m["status"] == "delivered").then_some(())
    })
    .await;
    assert!(
        outbox_delivery().await["deliveries"][0]["delivered_at"]
            .as_str()
            .unwrap()
            .starts_with("20")
    );

    let inbox: Value = c
        .get(fr.url("/api/v1/messages"))
        .bearer_auth(&fr_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(inbox[0]["id"], id.as_str());
    assert_eq!(inbox[0]["status"], "unread");
    assert_eq!(inbox[0]["box"], "inbox");
    assert!(inbox[0]["received_at"].is_string());
    assert!(
        inbox[0]["handling_meaning"]
            .as_str()
            .unwrap()
            .contains("judicial proceedings")
    );

    let r = c
        .get(fr.url(&format!("/api/v1/messages/{id}")))
        .bearer_auth(&fr_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let m: Value = r.json().await.unwrap();
    assert_eq!(m["body"], "Seen in Strasbourg.");
    assert_eq!(m["status"], "read");
    assert_eq!(m["read_by"], "token:analyst-system");
    assert_eq!(m["record_count"], 0);
    eventually("read receipt", || async {
        (outbox_delivery().await["status"] == "read").then_some(())
    })
    .await;

    let thread: Value = c
        .get(de.url(&format!("/api/v1/threads/{id}")))
        .bearer_auth(&de_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(thread["messages"][0]["body"], "Seen in Strasbourg.");
    assert_eq!(thread["messages"][0]["deliveries"][0]["status"], "read");
    let reads = de
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::MessageRead),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(reads.len(), 1, "reading the thread is audited");

    // A reply in the thread, from fr-dcpj.
    let r = c
        .post(fr.url("/api/v1/messages"))
        .bearer_auth(&fr_token)
        .json(
            &json!({"to": ["de-bka"], "handling_code": "h0", "subject": "Re: vehicle",
            "body": "Thanks.", "thread": id}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let reply: Value = r.json().await.unwrap();
    assert_eq!(reply["thread"], id.as_str());

    // Problems.
    let problem = |body: Value| {
        let c = c.clone();
        let url = de.url("/api/v1/messages");
        let token = de_token.clone();
        async move {
            let r = c
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            assert_eq!(
                r.headers()["content-type"],
                "application/problem+json",
                "{body}"
            );
            let p: Value = r.json().await.unwrap();
            (status, p["code"].as_str().unwrap().to_owned())
        }
    };
    let base = json!({"to": ["fr-dcpj"], "handling_code": "h0", "subject": "s", "body": "b"});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    for (body, expected) in [
        (with("to", json!(["nl-klpd"])), (422, "validation_failed")),
        (with("to", json!([])), (422, "validation_failed")),
        (with("to", json!(["de-bka"])), (422, "validation_failed")),
        (
            with("handling_code", json!("h9")),
            (422, "validation_failed"),
        ),
        (with("evaluation", json!("Z9")), (422, "validation_failed")),
        (with("subject", json!(" ")), (422, "validation_failed")),
        (
            with("thread", json!("0190c8a1-0000-7000-8000-000000000000")),
            (422, "validation_failed"),
        ),
        (with("extra", json!(1)), (400, "bad_request")),
    ] {
        let (status, code) = problem(body.clone()).await;
        assert_eq!((status, code.as_str()), expected, "{body}");
    }
    let r = c
        .get(de.url("/api/v1/messages?box=trash"))
        .bearer_auth(&de_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    for path in [
        "/api/v1/messages/0190c8a1-0000-7000-8000-000000000000",
        "/api/v1/messages/not-a-uuid",
        "/api/v1/threads/0190c8a1-0000-7000-8000-000000000000",
    ] {
        let r = c
            .get(de.url(path))
            .bearer_auth(&de_token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{path}");
    }

    // A browser session must send its CSRF token to send.
    de.add_user("off-de", Role::Officer).await;
    let session = login(&de, "off-de", USER_PASSWORD).await;
    let r = session
        .post(de.url("/api/v1/messages"))
        .json(&base)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let csrf = csrf_of(&session, &de, "/").await;
    let r = session
        .post(de.url("/api/v1/messages"))
        .header("x-csrf-token", csrf)
        .json(&base)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
}

/// Only case-working roles read or send messages: the admin (no case
/// content) and the DPO are refused on every page and API route, and see no
/// Messages entry in the navigation.
#[tokio::test]
async fn only_case_workers_reach_messages() {
    let node = TestNode::start().await;
    for role in Role::ALL {
        if role != Role::Admin {
            node.add_user(&format!("u-{}", role.as_str().replace('_', "-")), role)
                .await;
        }
    }
    let any = "0190c8a1-0000-7000-8000-000000000000";
    for role in Role::ALL {
        let allowed = !matches!(role, Role::Admin | Role::Dpo);
        let c = if role == Role::Admin {
            login(&node, "admin", ADMIN_PASSWORD).await
        } else {
            login(
                &node,
                &format!("u-{}", role.as_str().replace('_', "-")),
                USER_PASSWORD,
            )
            .await
        };
        let (_, home) = get_text(&c, &node, "/").await;
        assert_eq!(home.contains("href=\"/messages\""), allowed, "{role} nav");
        for (path, ok) in [
            ("/messages", 200),
            ("/messages/outbox", 200),
            ("/messages/new", 200),
            (&format!("/messages/threads/{any}") as &str, 404),
        ] {
            let (status, _) = get_text(&c, &node, path).await;
            let expected = if allowed { ok } else { 403 };
            assert_eq!(status, expected, "{role} GET {path}");
        }
        let r = post_form(
            &c,
            &node,
            "/",
            "/messages/new",
            &[
                ("to", "fr-dcpj"),
                ("handling_code", "h0"),
                ("evaluation", "B2"),
                ("subject", "s"),
            ],
        )
        .await;
        // Allowed roles get the not-in-a-network answer on this node.
        let expected = if allowed { 409 } else { 403 };
        assert_eq!(r.status(), expected, "{role} POST /messages/new");

        let t = token(&node, role).await;
        let api = client();
        for (method, path, ok) in [
            ("GET", "/api/v1/messages", 200),
            ("GET", "/api/v1/messages?box=outbox", 200),
            ("GET", &format!("/api/v1/messages/{any}") as &str, 404),
            ("GET", &format!("/api/v1/threads/{any}") as &str, 404),
            ("POST", "/api/v1/messages", 409),
        ] {
            let req = match method {
                "GET" => api.get(node.url(path)),
                _ => api.post(node.url(path)).json(
                    &json!({"to": ["fr-dcpj"], "handling_code": "h0", "subject": "s", "body": "b"}),
                ),
            };
            let r = req.bearer_auth(&t).send().await.unwrap();
            let expected = if allowed { ok } else { 403 };
            assert_eq!(r.status(), expected, "{role} {method} {path}");
            if !allowed {
                let p: Value = r.json().await.unwrap();
                assert_eq!(p["code"], "forbidden");
            }
        }
    }
}

/// A node outside any network says so, with the commands to join, instead
/// of failing; the API answers `not_federated`.
#[tokio::test]
async fn a_node_outside_any_network_says_how_to_join() {
    let node = TestNode::start().await;
    node.add_user("off", Role::Officer).await;
    let c = login(&node, "off", USER_PASSWORD).await;
    for path in ["/messages", "/messages/outbox", "/messages/new"] {
        let (status, html) = get_text(&c, &node, path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            html.contains("This node does not federate yet"),
            "{path}: {html}"
        );
        assert!(html.contains("liaison node request --data-dir"));
        assert!(html.contains("liaison node join --data-dir"));
        assert!(!html.contains("id=\"message-form\""), "{path}: no form");
    }
    let (_, html) = get_text(&c, &node, "/messages").await;
    assert!(html.contains("No message has been received yet."));

    let r = client()
        .post(node.url("/api/v1/messages"))
        .bearer_auth(token(&node, Role::Officer).await)
        .json(&json!({"to": ["fr-dcpj"], "handling_code": "h0", "subject": "s"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["code"], "not_federated");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("liaison node request")
    );

    // In French too.
    let (_, html) = get_text(&c, &node, "/messages").await;
    assert!(html.contains("lang=\"en\""));
    let r = post_form(
        &c,
        &node,
        "/account",
        "/language",
        &[("language", "fr"), ("back", "/messages")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, html) = get_text(&c, &node, "/messages").await;
    assert!(
        html.contains("Ce nœud n&#39;est pas encore fédéré"),
        "{html}"
    );
}

/// The OpenAPI document describes the message routes.
#[tokio::test]
async fn openapi_lists_the_message_routes() {
    let node = TestNode::start().await;
    let doc: Value = client()
        .get(node.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = &doc["paths"];
    assert!(paths["/api/v1/messages"]["get"].is_object());
    assert!(paths["/api/v1/messages"]["post"].is_object());
    assert!(paths["/api/v1/messages/{id}"]["get"].is_object());
    assert!(paths["/api/v1/threads/{thread}"]["get"].is_object());
    let params = paths["/api/v1/messages"]["get"]["parameters"]
        .as_array()
        .unwrap();
    assert!(params.iter().any(|p| p["name"] == "box"), "{params:?}");
    assert!(doc["components"]["schemas"]["Message"]["properties"]["box"].is_object());
}

/// The boxes page back fifty at a time, in the web UI and the API.
#[tokio::test]
async fn boxes_page_back() {
    use liaison_store::messages::NewMessage;
    let node = TestNode::start().await;
    node.add_user("off", Role::Officer).await;
    let batch: Vec<NewMessage> = (0..60)
        .map(|i| {
            let id = uuid::Uuid::now_v7().to_string();
            NewMessage {
                thread: id.clone(),
                id,
                sender: "fr-dcpj".into(),
                recipients: vec!["de-bka".into()],
                handling_code: "h0".into(),
                evaluation: "B2".into(),
                subject: format!("Subject {i:02}"),
                content: json!({"subject": format!("Subject {i:02}"), "body": "b"}).to_string(),
                envelope: vec![0],
                created_at: 1_790_000_000_000 + i,
                expires_at: i64::MAX,
                author: None,
                files: vec![],
            }
        })
        .collect();
    node.app
        .store
        .store_inbound(&batch, 1_790_000_000_000)
        .await
        .unwrap();
    let c = login(&node, "off", USER_PASSWORD).await;
    let (_, first) = get_text(&c, &node, "/messages").await;
    assert_eq!(first.matches("data-message=").count(), 50);
    assert!(
        first.contains("Subject 59") && !first.contains("Subject 09"),
        "newest first"
    );
    let marker = "href=\"/messages?before=";
    let start = first.find(marker).expect("a link to older messages") + marker.len();
    let before = &first[start..start + first[start..].find('"').unwrap()];
    let (_, second) = get_text(&c, &node, &format!("/messages?before={before}")).await;
    assert_eq!(second.matches("data-message=").count(), 10);
    assert!(second.contains("Subject 00") && !second.contains("before="));

    let t = token(&node, Role::Officer).await;
    let page: Value = client()
        .get(node.url("/api/v1/messages?limit=20"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page = page.as_array().unwrap();
    assert_eq!(page.len(), 20);
    let last = page[19]["seq"].as_i64().unwrap();
    let next: Value = client()
        .get(node.url(&format!(
            "/api/v1/messages?box=inbox&before={last}&limit=100"
        )))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(next.as_array().unwrap().len(), 40);
    assert_eq!(next[0]["seq"].as_i64().unwrap(), last - 1);
}

/// Files attached with the CLI are listed by name and size on the thread
/// page and in the API, with their SHA-256; the file's key never leaves the
/// envelope.
#[tokio::test]
async fn attachments_are_listed_never_their_key() {
    use liaison_node::federation::{attachments, messages};
    let (de, fr, _authority) = two_nodes().await;
    let file = de.dir.path().join("photo-kehl.jpg");
    std::fs::write(&file, vec![7u8; 3000]).unwrap();
    let attachment = attachments::store_outbound(&de.app.data_dir, &file, &mut |_| {}).unwrap();
    let sha256 = attachment.sha256.clone();
    let id = messages::send(
        &de.app,
        &liaison_core::audit::AuditActor {
            kind: "local_operator".into(),
            id: None,
            name: "cli".into(),
        },
        messages::Outgoing {
            to: vec!["fr-dcpj".into()],
            handling_code: "h2".parse().unwrap(),
            evaluation: liaison_core::evaluation::Evaluation::parse("B2").unwrap(),
            subject: "Photo".into(),
            body: "See the file.".into(),
            thread: None,
            records: vec![],
            attachments: vec![attachment],
        },
    )
    .await
    .unwrap();
    let t = token(&fr, Role::Investigator).await;
    let raw = eventually("the message on fr-dcpj", || async {
        let r = client()
            .get(fr.url(&format!("/api/v1/messages/{id}")))
            .bearer_auth(&t)
            .send()
            .await
            .unwrap();
        if r.status() == 200 {
            Some(r.text().await.unwrap())
        } else {
            None
        }
    })
    .await;
    let m: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(m["attachments"][0]["name"], "photo-kehl.jpg");
    assert_eq!(m["attachments"][0]["size"], 3000);
    assert_eq!(m["attachments"][0]["sha256"], sha256.as_str());
    assert!(!raw.contains("\"key\""), "{raw}");
    fr.add_user("inv-fr", Role::Investigator).await;
    let c = login(&fr, "inv-fr", USER_PASSWORD).await;
    let (status, page) = get_text(&c, &fr, &format!("/messages/threads/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("photo-kehl.jpg") && page.contains("2.9 KiB"),
        "{page}"
    );
    assert!(page.contains(&format!(
        "liaison message attachment --data-dir DATA_DIR --id {id}"
    )));
}

/// An H2 message cannot be forwarded to a third party from its thread page:
/// the refusal names the owner and offers to ask; the owner sees the request
/// with a button to grant it; then the forward goes through and the copy
/// keeps the code.
#[tokio::test(flavor = "multi_thread")]
async fn an_h2_forward_is_refused_until_the_owner_grants_it() {
    let (de, fr, nl, _authority) = three_nodes().await;
    de.add_user("inv-de", Role::Investigator).await;
    fr.add_user("inv-fr", Role::Investigator).await;
    let inv_de = login(&de, "inv-de", USER_PASSWORD).await;
    let inv_fr = login(&fr, "inv-fr", USER_PASSWORD).await;
    let r = post_form(
        &inv_de,
        &de,
        "/messages/new",
        "/messages/new",
        &[
            ("to", "fr-dcpj"),
            ("handling_code", "h2"),
            ("evaluation", "B2"),
            ("subject", "Informant report"),
            ("body", "Details of the informant's statement."),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let m = eventually("delivered to FR", || async {
        fr.app
            .store
            .list_messages(Direction::In, None, 10)
            .await
            .unwrap()
            .into_iter()
            .next()
    })
    .await;
    let page = format!("/messages/threads/{}", m.thread);
    let (_, html) = get_text(&inv_fr, &fr, &page).await;
    assert!(
        html.contains(&format!("action=\"/messages/{}/forward\"", m.id)),
        "{html}"
    );

    let forward = format!("/messages/{}/forward", m.id);
    let r = post_form(
        &inv_fr,
        &fr,
        &page,
        &forward,
        &[("to", "nl-klpd"), ("note", "for customs")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let refused = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(refused.contains("refused="), "{refused}");
    let (_, html) = get_text(&inv_fr, &fr, &refused).await;
    assert!(html.contains("id=\"forward-refused\""), "{html}");
    assert!(html.contains("permission of its owner, de-bka"), "{html}");
    assert!(html.contains("Ask de-bka for permission"), "{html}");
    assert_eq!(nl.app.store.message_counts().await.unwrap().inbound, 0);

    let r = post_form(
        &inv_fr,
        &fr,
        &refused,
        &format!("/messages/{}/ask-permission", m.id),
        &[
            ("to", "nl-klpd"),
            ("note", "NL customs check the container"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let request = eventually("the request reaches DE", || async {
        de.app
            .store
            .list_messages(Direction::In, None, 10)
            .await
            .unwrap()
            .into_iter()
            .find(|x| x.subject.starts_with("Permission to forward"))
    })
    .await;
    let de_page = format!("/messages/threads/{}", request.thread);
    let (_, html) = get_text(&inv_de, &de, &de_page).await;
    assert!(
        html.contains("Allow fr-dcpj to forward it to nl-klpd"),
        "{html}"
    );
    let r = post_form(
        &inv_de,
        &de,
        &de_page,
        &format!("/messages/{}/grant", request.id),
        &[],
    )
    .await;
    assert_eq!(r.status(), 303);
    eventually("FR records the grant", || async {
        let granted = fr
            .app
            .store
            .forward_permissions(&m.id, "fr-dcpj")
            .await
            .unwrap();
        (granted == ["nl-klpd"]).then_some(())
    })
    .await;

    let r = post_form(
        &inv_fr,
        &fr,
        &page,
        &forward,
        &[("to", "nl-klpd"), ("note", "as agreed")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .contains("notice=forwarded")
    );
    let copy = eventually("the copy reaches NL", || async {
        nl.app
            .store
            .list_messages(Direction::In, None, 10)
            .await
            .unwrap()
            .into_iter()
            .next()
    })
    .await;
    assert_eq!(copy.subject, "Fwd: Informant report");
    assert_eq!(copy.handling_code, "h2");
}

/// The receiving user downloads an attached file from the thread page:
/// streamed, decrypted and intact; the download is audited; a chunk altered
/// at rest stops the download instead of serving altered bytes.
#[tokio::test(flavor = "multi_thread")]
async fn attachments_download_from_the_thread_page() {
    use liaison_node::federation::{attachments, messages};
    let (de, fr, _authority) = two_nodes().await;
    let file = de.dir.path().join("ledger scan.pdf");
    let data: Vec<u8> = (0..(3 << 20) + 777).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(&file, &data).unwrap();
    let attachment = attachments::store_outbound(&de.app.data_dir, &file, &mut |_| {}).unwrap();
    let file_id = attachment.file_id.clone();
    let id = messages::send(
        &de.app,
        &liaison_core::audit::AuditActor {
            kind: "local_operator".into(),
            id: None,
            name: "cli".into(),
        },
        messages::Outgoing {
            to: vec!["fr-dcpj".into()],
            handling_code: "h1".parse().unwrap(),
            evaluation: liaison_core::evaluation::Evaluation::parse("A1").unwrap(),
            subject: "Ledger".into(),
            body: "Scan attached.".into(),
            thread: None,
            records: vec![],
            attachments: vec![attachment],
        },
    )
    .await
    .unwrap();
    fr.add_user("inv-fr", Role::Investigator).await;
    let inv = login(&fr, "inv-fr", USER_PASSWORD).await;
    let page = format!("/messages/threads/{id}");
    let html = eventually("the message on fr-dcpj", || async {
        let (status, html) = get_text(&inv, &fr, &page).await;
        (status == 200 && html.contains("Ledger")).then_some(html)
    })
    .await;
    let link = format!("/messages/{id}/files/{file_id}");
    assert!(html.contains(&format!("href=\"{link}\"")), "{html}");
    let r = inv.get(fr.url(&link)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("ledger%20scan.pdf")
    );
    assert!(r.bytes().await.unwrap() == data, "the file arrived intact");
    let events = fr
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::MessageRead),
            limit: 50,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert!(
        events.iter().any(|e| e
            .event
            .detail
            .as_deref()
            .unwrap_or("")
            .contains("downloaded file ledger scan.pdf")),
        "the download is audited"
    );

    // Alter one stored chunk: the download does not complete.
    let chunk = attachments::inbound_dir(&fr.app.data_dir, "de-bka", &file_id).join("1");
    let mut bytes = std::fs::read(&chunk).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x20;
    std::fs::write(&chunk, bytes).unwrap();
    let r = inv.get(fr.url(&link)).send().await.unwrap();
    let body = r.bytes().await;
    assert!(
        body.is_err() || body.unwrap().len() < data.len(),
        "an altered file is not served whole"
    );
    // Another user's role without messages: refused.
    let admin = login(&fr, "admin", ADMIN_PASSWORD).await;
    assert_eq!(admin.get(fr.url(&link)).send().await.unwrap().status(), 403);
}

/// The same permission flow through the REST API: 409 `needs_permission`,
/// a permission request, the owner's grant, then 201.
#[tokio::test(flavor = "multi_thread")]
async fn api_forward_needs_the_owners_grant() {
    let (de, fr, nl, _authority) = three_nodes().await;
    let (t_de, t_fr) = (
        token(&de, Role::Investigator).await,
        token(&fr, Role::Investigator).await,
    );
    let post = |node: &FederatedNode, t: &str, path: String, body: Value| {
        let (url, t) = (node.url(&path), t.to_owned());
        async move {
            client()
                .post(url)
                .bearer_auth(t)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let r = post(
        &de,
        &t_de,
        "/api/v1/messages".into(),
        json!({"to": ["fr-dcpj"], "handling_code": "H2", "subject": "Source report", "body": "x"}),
    )
    .await;
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    eventually("at FR", || async {
        fr.app.store.message(&id).await.ok().map(|_| ())
    })
    .await;
    let forward = format!("/api/v1/messages/{id}/forward");
    let r = post(&fr, &t_fr, forward.clone(), json!({"to": ["nl-klpd"]})).await;
    assert_eq!(r.status(), 409);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "needs_permission", "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("de-bka"));
    let r = post(
        &fr,
        &t_fr,
        format!("/api/v1/messages/{id}/permission-requests"),
        json!({"to": ["nl-klpd"], "note": "customs"}),
    )
    .await;
    assert_eq!(r.status(), 201);
    // Only the owner may grant.
    let r = post(
        &fr,
        &t_fr,
        format!("/api/v1/messages/{id}/grants"),
        json!({"node": "nl-klpd", "to": ["de-bka"]}),
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &de,
        &t_de,
        format!("/api/v1/messages/{id}/grants"),
        json!({"node": "fr-dcpj", "to": ["nl-klpd"]}),
    )
    .await;
    assert_eq!(r.status(), 201);
    eventually("FR records the grant", || async {
        let g = fr
            .app
            .store
            .forward_permissions(&id, "fr-dcpj")
            .await
            .unwrap();
        (!g.is_empty()).then_some(())
    })
    .await;
    let r = post(
        &fr,
        &t_fr,
        forward,
        json!({"to": ["nl-klpd"], "note": "as agreed"}),
    )
    .await;
    assert_eq!(r.status(), 201);
    eventually("the copy at NL", || async {
        let c = nl.app.store.message_counts().await.unwrap();
        (c.inbound == 1).then_some(())
    })
    .await;
}

//! Alerts and hits in the web UI: an officer issues an alert with the form
//! (a refused form keeps what was typed), a border guard checks one person,
//! opens the hit, works it through its steps to closed, and the officer
//! withdraws the alert.

mod common;
use common::*;
use liaison_core::Role;

async fn text(r: reqwest::Response) -> (u16, String) {
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test]
async fn an_alert_issued_in_the_browser_is_hit_worked_through_and_withdrawn() {
    let node = TestNode::start().await;
    node.add_user("olga.officer", Role::Officer).await;
    node.add_user("bea.guard", Role::BorderGuard).await;
    let officer = login(&node, "olga.officer", USER_PASSWORD).await;
    let guard = login(&node, "bea.guard", USER_PASSWORD).await;

    let (status, page) = text(officer.get(node.url("/alerts")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"alert-form\""));
    let (status, _) = text(guard.get(node.url("/alerts")).send().await.unwrap()).await;
    assert_eq!(
        status, 403,
        "border guards screen; they do not issue alerts"
    );

    // A person alert without a name is refused; the form keeps the values.
    let r = post_form(
        &officer,
        &node,
        "/alerts",
        "/alerts",
        &[
            ("reference", "DE-W1"),
            ("category", "arrest_for_surrender"),
            ("date_of_birth", "1979-02-03"),
        ],
    )
    .await;
    let (status, page) = text(r).await;
    assert_eq!(status, 422);
    assert!(
        page.contains("needs a name") && page.contains("value=\"DE-W1\""),
        "{page}"
    );
    let r = post_form(
        &officer,
        &node,
        "/alerts",
        "/alerts",
        &[
            ("reference", "DE-W1"),
            ("category", "arrest_for_surrender"),
            ("given_names", "Marek"),
            ("surname", "Nowak"),
            ("date_of_birth", "1979-02-03"),
            ("handling_code", "h2"),
            ("valid_until", "2099-12-31"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = text(
        officer
            .get(node.url("/alerts?flash=flash-alert-created"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(page.contains("data-reference=\"DE-W1\""), "{page}");

    // The border guard checks one person: a hit, linked to its record.
    let r = post_form(
        &guard,
        &node,
        "/screening",
        "/screening/check",
        &[
            ("given_names", "Marek"),
            ("surname", "Novak"),
            ("date_of_birth", "1979-02-03"),
        ],
    )
    .await;
    let (status, page) = text(r).await;
    assert_eq!(status, 200, "{page}");
    let marker = "class=\"open-hit\" href=\"/hits/";
    let start = page.find(marker).expect("a hit with its link") + marker.len();
    let id = page[start..start + page[start..].find('"').unwrap()].to_owned();
    let r = post_form(
        &guard,
        &node,
        "/screening",
        "/screening/check",
        &[("nationality", "DEU")],
    )
    .await;
    assert_eq!(r.status(), 422, "a check needs a name or an identifier");

    let (status, list) = text(guard.get(node.url("/hits")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert!(list.contains(&format!("/hits/{id}")) && list.contains("data-status=\"candidate\""));

    let hit_page = format!("/hits/{id}");
    let step = |from: &'static str, to: &'static str, note: &'static str| {
        let (guard, node, hit_page) = (&guard, &node, hit_page.clone());
        async move {
            post_form(
                guard,
                node,
                &hit_page,
                &hit_page,
                &[("from", from), ("to", to), ("note", note)],
            )
            .await
        }
    };
    let (status, page) = text(step("candidate", "false_hit", "").await).await;
    assert_eq!(status, 422, "a false hit says why");
    assert!(page.contains("id=\"hit-error\""));
    assert_eq!(
        step("candidate", "confirmed", "ID card checked")
            .await
            .status(),
        303
    );
    let (status, page) = text(step("candidate", "false_hit", "stale").await).await;
    assert_eq!(status, 422, "someone moved it first");
    assert!(page.contains("data-status=\"confirmed\""));
    for (from, to) in [
        ("confirmed", "action_taken"),
        ("action_taken", "owner_informed"),
        ("owner_informed", "closed"),
    ] {
        assert_eq!(
            step(from, to, "arrested at gate B4").await.status(),
            303,
            "{from} -> {to}"
        );
    }
    let (_, page) = text(guard.get(node.url(&hit_page)).send().await.unwrap()).await;
    assert!(page.contains("data-status=\"closed\""));
    let timeline = &page[page.find("id=\"hit-steps\"").unwrap()..];
    let timeline = &timeline[..timeline.find("</ol>").unwrap()];
    assert_eq!(
        timeline.matches("<li>").count(),
        5,
        "every step on the timeline"
    );
    assert!(page.contains("ID card checked") && page.contains("arrested at gate B4"));

    // Withdrawn, the alert no longer hits.
    let alerts = node.app.store.recent_alerts(10).await.unwrap().0;
    let alert_id = alerts[0].id.clone();
    let r = post_form(
        &officer,
        &node,
        "/alerts",
        &format!("/alerts/{alert_id}/withdraw"),
        &[("reason", "arrested")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let r = post_form(
        &guard,
        &node,
        "/screening",
        "/screening/check",
        &[
            ("given_names", "Marek"),
            ("surname", "Nowak"),
            ("date_of_birth", "1979-02-03"),
        ],
    )
    .await;
    let (_, page) = text(r).await;
    assert!(page.contains("id=\"screening-none\""), "{page}");
}

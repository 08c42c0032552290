//! Hit/no-hit between two nodes on loopback: de-bka asks fr-dcpj about
//! travellers; fr-dcpj answers from its alerts with hit or no hit and, on a
//! hit, only the alert's reference, category and contact; a document number
//! is compared blinded; both sides log the query with its purpose.

mod common;
use common::federation::two_nodes;
use liaison_core::audit::AuditAction;
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::screening::ScreeningRow;
use liaison_node::alerts::{self, AlertDefaults};
use liaison_node::federation::hit_queries;
use liaison_store::audit::AuditQuery;

fn row(id: &str, given: &str, surname: &str, dob: &str, doc: &str) -> ScreeningRow {
    ScreeningRow {
        id: id.into(),
        given_names: given.into(),
        surname: surname.into(),
        date_of_birth: dob.into(),
        document_number: doc.into(),
        ..ScreeningRow::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partner_answers_hit_or_no_hit_and_nothing_more() {
    let (de, fr, _authority) = two_nodes().await;
    let manage = policy::authorize(&Actor::local_operator(), Action::ManageAlerts).unwrap();
    let mut wanted = row("FR-A1", "Yuriy", "Chaykovskiy", "1975-03-12", "");
    wanted.category = "arrest_for_surrender".into();
    let mut stolen = row("FR-D1", "", "", "", "C01X5B8I2");
    stolen.category = "travel_document".into();
    let defaults = AlertDefaults {
        category: None,
        handling_code: "h2".parse().unwrap(),
        valid_until: "2099-01-01".into(),
    };
    alerts::import(&fr.app, &manage, &[wanted, stolen], &defaults, "test")
        .await
        .unwrap();

    let screen = policy::authorize(&Actor::local_operator(), Action::ScreenTravellers).unwrap();
    let travellers = [
        row("T1", "Iouri", "Tchaikovski", "1975-03-12", ""),
        row("T2", "Anna", "Berger", "1980-01-01", "CO1X5B8I2"),
        row("T3", "Hans", "Muster", "1970-05-05", "X1"),
    ];
    // No purpose, no query.
    assert!(
        hit_queries::ask(&de.app, &screen, &travellers, "", "")
            .await
            .is_err()
    );
    let answers = hit_queries::ask(
        &de.app,
        &screen,
        &travellers,
        "border check, flight LH123",
        "DE-2026-7",
    )
    .await
    .unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].node, "fr-dcpj");
    let results = answers[0].result.as_ref().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].len(), 1, "{results:?}");
    assert_eq!(results[0][0].alert_reference, "FR-A1");
    assert_eq!(results[0][0].category, "arrest_for_surrender");
    assert!(results[0][0].contact.contains("fr-dcpj"));
    assert_eq!(results[1].len(), 1, "the document, compared blinded");
    assert_eq!(results[1][0].alert_reference, "FR-D1");
    assert!(results[2].is_empty(), "no hit");
    // The answer carries no alert data: reasons say how fields agreed, not
    // their values.
    let text = format!("{results:?}");
    assert!(
        !text.contains("Chaykovskiy") && !text.contains("1975") && !text.contains("C01X5B8I2"),
        "{text}"
    );

    let logged = |node: &liaison_store::Store, action| {
        let node = node.clone();
        async move {
            node.list_audit_events(&AuditQuery {
                action: Some(action),
                limit: 10,
                ..AuditQuery::default()
            })
            .await
            .unwrap()
        }
    };
    let sent = logged(&de.app.store, AuditAction::HitQuerySent).await;
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0]
            .event
            .detail
            .as_deref()
            .unwrap()
            .contains("flight LH123")
    );
    let answered = logged(&fr.app.store, AuditAction::HitQueryAnswered).await;
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].event.actor.name, "de-bka");
    let detail = answered[0].event.detail.as_deref().unwrap();
    assert!(
        detail.contains("DE-2026-7") && detail.contains("FR-A1"),
        "{detail}"
    );
}

/// A partner's hit becomes a candidate here; verified, acted on and
/// reported, it sends the owner a restricted report in a thread of its own,
/// and the owner's reply in that thread stops the 12-hour clock. A stale
/// step (someone moved the hit first) is refused; screening the same
/// person again finds the open hit instead of a second one.
#[tokio::test(flavor = "multi_thread")]
async fn a_partner_hit_is_verified_acted_on_and_reported_to_its_owner() {
    use common::federation::eventually;
    use liaison_core::alert::HitStatus::*;
    use liaison_node::federation::messages::{self, Outgoing};
    use liaison_node::hits;
    use liaison_store::messages::Direction;

    let (de, fr, _authority) = two_nodes().await;
    let manage = policy::authorize(&Actor::local_operator(), Action::ManageAlerts).unwrap();
    let mut wanted = row("FR-A9", "Olena", "Kovalenko", "1988-07-01", "");
    wanted.category = "missing_person".into();
    let mut car = row("FR-V1", "", "", "", "WVWZZZ1JZXW000001");
    car.category = "vehicle".into();
    let defaults = AlertDefaults {
        category: None,
        handling_code: "h2".parse().unwrap(),
        valid_until: "2099-01-01".into(),
    };
    alerts::import(&fr.app, &manage, &[wanted, car], &defaults, "test")
        .await
        .unwrap();

    let screen = policy::authorize(&Actor::local_operator(), Action::ScreenTravellers).unwrap();
    let person = [row("T1", "Olena", "Kovalenko", "1988-07-01", "")];
    let ask = || hit_queries::ask_and_record(&de.app, &screen, &person, "road check A4", "DE-9");
    let answers = ask().await.unwrap();
    let found = &answers[0].result.as_ref().unwrap()[0];
    assert_eq!(found.len(), 1);
    let id = found[0].hit_id.clone();
    let again = ask().await.unwrap();
    assert_eq!(
        again[0].result.as_ref().unwrap()[0][0].hit_id,
        id,
        "the open hit, not a second one"
    );

    // An identifier alone (a VIN) finds the partner's vehicle alert.
    let vin = [row("V", "", "", "", "wvwzzz1jzxw000001")];
    let answers = hit_queries::ask_and_record(&de.app, &screen, &vin, "road check A4", "DE-9")
        .await
        .unwrap();
    let car_hits = &answers[0].result.as_ref().unwrap()[0];
    assert_eq!(car_hits.len(), 1);
    assert_eq!(car_hits[0].hit.alert_reference, "FR-V1");
    assert_eq!(car_hits[0].hit.category, "vehicle");

    let (h, events) = hits::hit(&de.app, &id).await.unwrap();
    assert_eq!(
        (h.status.as_str(), h.alert_owner.as_str()),
        ("candidate", "fr-dcpj")
    );
    assert_eq!(events.len(), 1);
    assert!(
        hits::step(&de.app, &screen, &id, Candidate, ActionTaken, "")
            .await
            .is_err(),
        "identity first"
    );
    assert!(
        matches!(
            hits::step(&de.app, &screen, &id, Candidate, FalseHit, "").await,
            Err(hits::HitError::NoteNeeded)
        ),
        "a false hit says why"
    );
    hits::step(
        &de.app,
        &screen,
        &id,
        Candidate,
        Confirmed,
        "passport and photo",
    )
    .await
    .unwrap();
    assert!(
        matches!(
            hits::step(&de.app, &screen, &id, Candidate, FalseHit, "stale page").await,
            Err(hits::HitError::Moved)
        ),
        "someone moved it first"
    );
    hits::step(
        &de.app,
        &screen,
        &id,
        Confirmed,
        ActionTaken,
        "person safe, at the station",
    )
    .await
    .unwrap();
    hits::step(&de.app, &screen, &id, ActionTaken, OwnerInformed, "")
        .await
        .unwrap();
    let (h, _) = hits::hit(&de.app, &id).await.unwrap();
    assert_eq!(h.status, "owner_informed");
    let thread = h.report_thread.clone().expect("the report's thread");
    let now = time::OffsetDateTime::now_utc();
    assert!(matches!(
        hits::reply_clock(&h, now),
        Some(liaison_core::alert::ReplyClock::Running(_))
    ));
    assert!(matches!(
        hits::reply_clock(&h, now + time::Duration::hours(13)),
        Some(liaison_core::alert::ReplyClock::Overdue(_))
    ));

    // The owner receives the report: restricted, naming its alert and the steps.
    let report = eventually("the report at fr-dcpj", || async {
        fr.app
            .store
            .thread_messages(&thread)
            .await
            .ok()
            .and_then(|m| m.into_iter().find(|m| m.direction == "in"))
    })
    .await;
    assert_eq!(report.handling_code, "h2");
    assert!(report.subject.contains("FR-A9"), "{}", report.subject);
    assert!(report.content.contains("person safe, at the station"));

    // The owner replies in the thread; the clock stops.
    let reply = Outgoing {
        to: vec!["de-bka".into()],
        handling_code: "h2".parse().unwrap(),
        evaluation: liaison_core::evaluation::Evaluation::parse("A1").unwrap(),
        subject: "Re: hit".into(),
        body: "Thank you; our officer calls you.".into(),
        thread: Some(thread.parse().unwrap()),
        records: vec![],
        attachments: vec![],
    };
    let operator = liaison_core::audit::AuditActor {
        kind: "local_operator".into(),
        id: None,
        name: "cli".into(),
    };
    messages::send(&fr.app, &operator, reply).await.unwrap();
    eventually("the owner's reply noted", || async {
        hits::list(&de.app, liaison_store::hits::HitFilter::Open, 10)
            .await
            .unwrap()
            .into_iter()
            .find(|h| h.id == id)
            .and_then(|h| h.owner_replied_at)
    })
    .await;
    let (h, _) = hits::hit(&de.app, &id).await.unwrap();
    assert!(hits::reply_clock(&h, now + time::Duration::hours(13)).is_none());
    assert!(
        de.app
            .store
            .list_messages(Direction::In, None, 10)
            .await
            .unwrap()
            .iter()
            .any(|m| m.thread == thread)
    );
    hits::step(&de.app, &screen, &id, OwnerInformed, Closed, "")
        .await
        .unwrap();
    let logged = de
        .app
        .store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::HitUpdated),
            limit: 10,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(logged.len(), 4, "every step audited");
}

/// Screening here records hits on this node's own alerts, also for an
/// identifier alone against an object alert; informing the owner of an own
/// alert sends no message.
#[tokio::test(flavor = "multi_thread")]
async fn hits_on_own_alerts_are_recorded_and_need_no_report() {
    use liaison_core::alert::HitStatus::*;
    use liaison_node::hits;
    let (de, _fr, _authority) = two_nodes().await;
    let manage = policy::authorize(&Actor::local_operator(), Action::ManageAlerts).unwrap();
    let mut gun = row("DE-F1", "", "", "", "GLK-77341");
    gun.category = "firearm".into();
    let mut wanted = row("DE-A1", "Marek", "Nowak", "1979-02-03", "");
    wanted.category = "arrest_for_surrender".into();
    let defaults = AlertDefaults {
        category: None,
        handling_code: "h2".parse().unwrap(),
        valid_until: "2099-01-01".into(),
    };
    alerts::import(&de.app, &manage, &[gun, wanted], &defaults, "test")
        .await
        .unwrap();
    let screen = policy::authorize(&Actor::local_operator(), Action::ScreenTravellers).unwrap();
    let found = liaison_node::screening::screen(
        &de.app,
        &screen,
        &[
            row("1", "Marek", "Nowak", "1979-02-03", ""),
            row("2", "", "", "", "glk 77341"),
        ],
        "test",
    )
    .await
    .unwrap();
    let refs: Vec<&str> = found.iter().map(|h| h.alert.reference.as_str()).collect();
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert!(refs.contains(&"DE-A1") && refs.contains(&"DE-F1"));
    let id = found
        .iter()
        .find(|h| h.alert.reference == "DE-A1")
        .unwrap()
        .hit_id
        .clone();
    for (from, to) in [
        (Candidate, Confirmed),
        (Confirmed, ActionNotPossible),
        (ActionNotPossible, OwnerInformed),
    ] {
        hits::step(
            &de.app,
            &screen,
            &id,
            from,
            to,
            "left before the patrol came",
        )
        .await
        .unwrap();
    }
    let (h, _) = hits::hit(&de.app, &id).await.unwrap();
    assert!(h.report_thread.is_none(), "no message to itself");
    assert!(h.owner_replied_at.is_some());
    assert!(hits::reply_clock(&h, time::OffsetDateTime::now_utc()).is_none());
}

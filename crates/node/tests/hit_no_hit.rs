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

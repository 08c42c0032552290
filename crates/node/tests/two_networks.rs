//! A node in two networks (two authorities, two CAs, one certificate from
//! each): it reaches the members of both, each over its own network's
//! certificate; members of one network cannot reach the other's.

mod common;
use common::federation::{FederatedNode, eventually, two_networks};
use liaison_core::audit::AuditActor;
use liaison_node::federation::messages::{self, Outgoing, SendError};
use liaison_node::message_access;
use liaison_store::messages::Direction;

fn operator() -> AuditActor {
    AuditActor {
        kind: "local_operator".into(),
        id: None,
        name: "cli".into(),
    }
}

fn to(nodes: &[&str], subject: &str, thread: Option<uuid::Uuid>) -> Outgoing {
    Outgoing {
        to: nodes.iter().map(|n| n.to_string()).collect(),
        handling_code: "h1".parse().unwrap(),
        evaluation: liaison_core::evaluation::Evaluation::parse("B2").unwrap(),
        subject: subject.into(),
        body: "text".into(),
        thread,
        records: vec![],
        attachments: vec![],
    }
}

async fn inbox_has(node: &FederatedNode, id: &str) -> bool {
    node.app
        .store
        .list_messages(Direction::In, None, 100)
        .await
        .unwrap()
        .iter()
        .any(|m| m.id == id)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_in_two_networks_reaches_both_and_keeps_them_apart() {
    let (de, fr, us, _authorities) = two_networks().await;
    let networks = |n: &FederatedNode| {
        let mut r: Vec<(String, String)> = message_access::recipients(&n.app)
            .into_iter()
            .map(|r| (r.name, r.network))
            .collect();
        r.sort();
        r
    };
    assert_eq!(
        networks(&de),
        [
            ("fr-dcpj".to_owned(), "eu-test".to_owned()),
            ("us-fbi".to_owned(), "interpol-test".to_owned())
        ]
    );
    assert_eq!(networks(&fr), [("de-bka".to_owned(), "eu-test".to_owned())]);
    assert_eq!(
        networks(&us),
        [("de-bka".to_owned(), "interpol-test".to_owned())]
    );

    // One broadcast, two networks: each copy goes over its network's TLS
    // (the peer pins the certificate of its own directory entry for de-bka).
    let id = messages::send(
        &de.app,
        &operator(),
        to(&["fr-dcpj", "us-fbi"], "Both", None),
    )
    .await
    .unwrap();
    let key = id.to_string();
    eventually("delivered to both networks", || async {
        let d = de
            .app
            .store
            .deliveries(std::slice::from_ref(&key))
            .await
            .unwrap();
        (d.len() == 2 && d.iter().all(|d| d.status == "delivered")).then_some(())
    })
    .await;
    assert!(inbox_has(&fr, &key).await && inbox_has(&us, &key).await);

    // The other way: us-fbi answers in the thread, over interpol-test.
    let reply = messages::send(&us.app, &operator(), to(&["de-bka"], "Re: Both", Some(id)))
        .await
        .unwrap();
    let reply_key = reply.to_string();
    eventually("the reply at de-bka", || async {
        inbox_has(&de, &reply_key).await.then_some(())
    })
    .await;

    // fr-dcpj and us-fbi share no network: neither can address the other.
    let refused = messages::send(&fr.app, &operator(), to(&["us-fbi"], "No", None)).await;
    assert!(
        matches!(&refused, Err(SendError::UnknownNode(n)) if n == "us-fbi"),
        "{refused:?}"
    );
}

//! Federation with real processes on loopback: delivery with signed
//! receipts, and no loss or duplication when nodes are killed or cut off.

mod support;

use std::collections::{BTreeMap, HashSet};
use support::*;

fn two_nodes() -> Network {
    Network::build(&[
        NodeSpec {
            name: "de-bka",
            country: "DE",
            database_url: None,
        },
        NodeSpec {
            name: "fr-dcpj",
            country: "FR",
            database_url: None,
        },
    ])
}

fn list(node: &Node, mailbox: &str) -> Vec<serde_json::Value> {
    ok(&[
        "message",
        "list",
        "--data-dir",
        node.dir_str(),
        "--box",
        mailbox,
        "--json",
    ])
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect()
}

/// Inbound ids of each thread in the order the receiver stored them.
async fn inbox_order(node: &Node) -> BTreeMap<String, Vec<String>> {
    let store = node.store().await;
    let mut by_thread: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut before = None;
    loop {
        let page = store
            .list_messages(liaison_store::messages::Direction::In, before, 5000)
            .await
            .unwrap();
        let Some(last) = page.last() else { break };
        before = Some(last.seq);
        for m in page {
            by_thread.entry(m.thread).or_default().push(m.id);
        }
    }
    store.close().await;
    // Listed newest first.
    for ids in by_thread.values_mut() {
        ids.reverse();
    }
    by_thread
}

/// Each thread was stored by the receiver in the order the sender queued
/// it (UUIDv7 ids are issued in queuing order, so that is their sort order).
fn assert_threads_in_order(order: &BTreeMap<String, Vec<String>>) {
    for (thread, ids) in order {
        let mut sorted = ids.clone();
        sorted.sort();
        if sorted != *ids {
            let at = ids
                .iter()
                .zip(&sorted)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "thread {thread} arrived out of order at position {at} of {}: {:?}",
                ids.len(),
                &ids[at.saturating_sub(2)..(at + 3).min(ids.len())]
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_is_delivered_and_read_with_signed_receipts() {
    let mut net = two_nodes();
    net.start_all();
    let (de, fr) = (&net.nodes[0], &net.nodes[1]);
    let id = ok(&[
        "message",
        "send",
        "--data-dir",
        de.dir_str(),
        "--to",
        "fr-dcpj",
        "--handling-code",
        "H2",
        "--subject",
        "Controlled delivery, container MSCU 123",
        "--body",
        "Please confirm the arrival time at Le Havre.",
    ])
    .trim()
    .to_owned();
    assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 7);

    wait_until(30, "delivered", || async {
        list(de, "outbox")
            .first()
            .is_some_and(|m| m["status"] == "delivered")
    })
    .await;
    let inbox = list(fr, "inbox");
    assert_eq!(inbox.len(), 1);
    let m = &inbox[0];
    assert_eq!(m["id"], id.as_str());
    assert_eq!(m["from"], "de-bka");
    assert_eq!(m["to"], serde_json::json!(["fr-dcpj"]));
    assert_eq!(m["handling_code"], "H2");
    assert_eq!(m["status"], "unread");
    assert_eq!(
        m["thread"],
        id.as_str(),
        "a new message starts its own thread"
    );

    // Reading it on the receiving node sends a signed read receipt back.
    let shown = ok(&[
        "message",
        "show",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &id,
        "--json",
    ]);
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(
        shown["body"],
        "Please confirm the arrival time at Le Havre."
    );
    wait_until(30, "read receipt", || async {
        list(de, "outbox")
            .first()
            .is_some_and(|m| m["status"] == "read")
    })
    .await;
    assert_eq!(list(fr, "inbox")[0]["status"], "read");

    // Both receipts are kept, signed by the receiver, for these bytes.
    let store = de.store().await;
    let (delivered, read) = store.delivery_receipts(&id, "fr-dcpj").await.unwrap();
    let envelope = store.message_envelope(&id).await.unwrap();
    let fr_key = std::fs::read(fr.dir.join("node.key")).unwrap();
    let fr_key = ed25519_dalek_key(&fr_key);
    for (bytes, kind) in [(delivered.unwrap(), "delivered"), (read.unwrap(), "read")] {
        let r = liaison_protocol::receipt::verify(&bytes, |_| {
            Some(liaison_protocol::envelope::KnownSender {
                node: "fr-dcpj".into(),
                key: fr_key,
            })
        })
        .unwrap();
        assert_eq!(r.kind.as_str(), kind);
        assert_eq!(
            r.envelope_sha256,
            liaison_protocol::receipt::envelope_digest(&envelope)
        );
    }
}

fn ed25519_dalek_key(pem: &[u8]) -> ed25519_dalek::VerifyingKey {
    use ed25519_dalek::pkcs8::DecodePrivateKey;
    ed25519_dalek::SigningKey::from_pkcs8_pem(std::str::from_utf8(pem).unwrap())
        .unwrap()
        .verifying_key()
}

/// The scenario the issue names: the receiver is killed in the middle of a
/// 10,000-message exchange and restarted; every message reaches its inbox
/// exactly once and every delivery has its receipt.
#[tokio::test(flavor = "multi_thread")]
async fn killing_the_receiver_mid_exchange_loses_and_duplicates_nothing() {
    let mut net = two_nodes();
    net.start_all();
    let threads: Vec<uuid::Uuid> = (0..5).map(|_| uuid::Uuid::now_v7()).collect();
    let sent = send_batch(&net.nodes[0], "fr-dcpj", 10_000, &threads, "k");
    assert_eq!(sent.len(), 10_000);
    let mut in_order = sent.clone();
    in_order.sort();
    assert_eq!(in_order, sent, "ids are issued in queuing order");
    wait_until(120, "some messages delivered", || async {
        net.nodes[1].counts().await.inbound >= 1_500
    })
    .await;
    net.node("fr-dcpj").kill9();
    let at_kill = net.nodes[1].counts().await.inbound;
    assert!(at_kill < 10_000, "the exchange finished before the kill");
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    net.node("fr-dcpj").start();
    wait_until(240, "all delivered", || async {
        let c = net.nodes[0].counts().await;
        c.delivered == 10_000 && c.queued == 0
    })
    .await;
    let fr = net.nodes[1].counts().await;
    assert_eq!(fr.inbound, 10_000, "each message stored exactly once");
    let order = inbox_order(&net.nodes[1]).await;
    let received: HashSet<&String> = order.values().flatten().collect();
    assert_eq!(received.len(), 10_000);
    assert!(sent.iter().all(|id| received.contains(id)));
    assert_threads_in_order(&order);
    let store = net.nodes[0].store().await;
    for id in sent.iter().step_by(97) {
        let (receipt, _) = store.delivery_receipts(id, "fr-dcpj").await.unwrap();
        assert!(receipt.is_some(), "no receipt for {id}");
    }
}

/// The sender is killed mid-exchange; after restart its outbox resumes and
/// the receiver's application still sees each message once.
#[tokio::test(flavor = "multi_thread")]
async fn killing_the_sender_mid_exchange_resumes_without_duplicates() {
    let mut net = two_nodes();
    net.start_all();
    let threads: Vec<uuid::Uuid> = (0..3).map(|_| uuid::Uuid::now_v7()).collect();
    let sent = send_batch(&net.nodes[0], "fr-dcpj", 10_000, &threads, "s");
    wait_until(120, "some messages delivered", || async {
        net.nodes[1].counts().await.inbound >= 1_500
    })
    .await;
    net.node("de-bka").kill9();
    assert!(net.nodes[1].counts().await.inbound < 10_000);
    net.node("de-bka").start();
    wait_until(240, "all delivered", || async {
        let c = net.nodes[0].counts().await;
        c.delivered == 10_000 && c.queued == 0
    })
    .await;
    assert_eq!(net.nodes[1].counts().await.inbound, 10_000);
    let order = inbox_order(&net.nodes[1]).await;
    let received: HashSet<&String> = order.values().flatten().collect();
    assert!(sent.iter().all(|id| received.contains(id)));
    assert_threads_in_order(&order);
}

/// A partner that is down for a while: messages queue, the sender backs
/// off, and when the partner returns the queue drains in thread order.
#[tokio::test(flavor = "multi_thread")]
async fn a_partition_heals_and_the_queue_drains_in_order() {
    let mut net = two_nodes();
    net.start_all();
    net.node("fr-dcpj").stop();
    let threads: Vec<uuid::Uuid> = (0..4).map(|_| uuid::Uuid::now_v7()).collect();
    let mut sent = send_batch(&net.nodes[0], "fr-dcpj", 300, &threads, "p1");
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    sent.extend(send_batch(&net.nodes[0], "fr-dcpj", 300, &threads, "p2"));
    let de = net.nodes[0].counts().await;
    assert_eq!((de.queued, de.delivered), (600, 0));
    let store = net.nodes[0].store().await;
    assert!(
        store.peer_failures("fr-dcpj").await.unwrap() >= 2,
        "the worker should have retried (and backed off) while the peer was down"
    );
    store.close().await;
    net.node("fr-dcpj").start();
    wait_until(120, "queue drained", || async {
        net.nodes[0].counts().await.delivered == 600
    })
    .await;
    assert_eq!(net.nodes[1].counts().await.inbound, 600);
    let order = inbox_order(&net.nodes[1]).await;
    assert_threads_in_order(&order);
    assert_eq!(order.values().map(Vec::len).sum::<usize>(), 600);
}

/// Two `liaison serve` replicas of one node on one PostgreSQL database share
/// its outbox: each message reaches each recipient once (peers are claimed
/// with `FOR UPDATE SKIP LOCKED`), and when one replica is killed the other
/// takes over its peers once their lease runs out.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: set LIAISON_TEST_DATABASE_URL and run with --include-ignored"]
async fn two_replicas_on_one_postgres_deliver_each_message_once() {
    let (store, url) = liaison_store::test_support::postgres_store()
        .await
        .expect("LIAISON_TEST_DATABASE_URL is not set")
        .unwrap();
    store.close().await;
    let mut net = Network::build(&[
        NodeSpec {
            name: "de-bka",
            country: "DE",
            database_url: Some(url),
        },
        NodeSpec {
            name: "fr-dcpj",
            country: "FR",
            database_url: None,
        },
        NodeSpec {
            name: "nl-klpd",
            country: "NL",
            database_url: None,
        },
    ]);
    let replica = net.add_replica("de-bka");
    net.start_all();
    let threads: Vec<uuid::Uuid> = (0..4).map(|_| uuid::Uuid::now_v7()).collect();
    let first = send_batch(&net.nodes[0], "fr-dcpj,nl-klpd", 2_000, &threads, "r1");
    wait_until(180, "first batch delivered", || async {
        let c = net.nodes[0].counts().await;
        c.delivered == 4_000 && c.queued == 0
    })
    .await;
    for receiver in [&net.nodes[1], &net.nodes[2]] {
        assert_eq!(receiver.counts().await.inbound, 2_000);
        let m = receiver.metrics();
        assert!(
            !m.contains("liaison_federation_envelopes_received_total{outcome=\"duplicate\"}")
                || m.contains(
                    "liaison_federation_envelopes_received_total{outcome=\"duplicate\"} 0"
                ),
            "{} got duplicates with both replicas running:\n{m}",
            receiver.name
        );
    }
    // Failover: the first replica dies mid-exchange; the other finishes.
    let second = send_batch(
        &net.nodes[replica],
        "fr-dcpj,nl-klpd",
        2_000,
        &threads,
        "r2",
    );
    net.nodes[0].kill9();
    wait_until(
        180,
        "second batch delivered by the surviving replica",
        || async {
            let c = net.nodes[replica].counts().await;
            c.delivered == 8_000 && c.queued == 0
        },
    )
    .await;
    for receiver in [&net.nodes[1], &net.nodes[2]] {
        assert_eq!(receiver.counts().await.inbound, 4_000, "{}", receiver.name);
        let order = inbox_order(receiver).await;
        let got: HashSet<&String> = order.values().flatten().collect();
        assert!(first.iter().chain(&second).all(|id| got.contains(id)));
        assert_threads_in_order(&order);
    }
}

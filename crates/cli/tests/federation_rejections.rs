//! What a node refuses: peers that are not current members (no
//! certificate, another network's CA, revoked), and envelopes that are
//! forged, tampered with, replayed, misaddressed or expired.

mod support;

use liaison_node::federation::FederationParts;
use liaison_protocol::envelope::{self, EnvelopeHeader, RecipientKey, SenderKey};
use liaison_protocol::{signed, transfer};
use std::process::Command;
use support::*;

fn spec<'a>(name: &'a str, country: &'a str) -> NodeSpec<'a> {
    NodeSpec {
        name,
        country,
        database_url: None,
    }
}

/// `curl` as another TLS stack: GET /healthz on `target`'s federation
/// endpoint presenting `client`'s certificate (or none). Returns whether
/// the request got through.
fn curl_healthz(net: &Network, target: &Node, client: Option<(&Network, &Node)>) -> bool {
    let dns = format!("{}.eu-test.liaison", target.name);
    let mut cmd = Command::new("curl");
    cmd.args([
        "-s",
        "--max-time",
        "5",
        "--tlsv1.3",
        "--cacert",
        net.authority.join("ca.pem").to_str().unwrap(),
        "--resolve",
        &format!("{dns}:{}:127.0.0.1", target.federation_port),
        &format!("https://{dns}:{}/healthz", target.federation_port),
    ]);
    if let Some((client_net, c)) = client {
        cmd.args([
            "--cert",
            client_net
                .authority
                .join(format!("certificates/{}.pem", c.name))
                .to_str()
                .unwrap(),
            "--key",
            c.dir.join("federation/tls.key").to_str().unwrap(),
        ]);
    }
    let out = cmd.output().expect("curl");
    out.status.success() && String::from_utf8_lossy(&out.stdout) == "ok"
}

#[tokio::test(flavor = "multi_thread")]
async fn only_current_members_of_the_network_get_through() {
    let mut net = Network::build(&[spec("de-bka", "DE"), spec("fr-dcpj", "FR")]);
    // Another network, with its own authority, whose node knows nothing of ours.
    let other = Network::build(&[spec("nl-klpd", "NL")]);
    net.start_all();
    let (de, fr) = (&net.nodes[0], &net.nodes[1]);
    assert!(
        curl_healthz(&net, fr, Some((&net, de))),
        "a member gets through"
    );
    assert!(!curl_healthz(&net, fr, None), "no client certificate");
    assert!(
        !curl_healthz(&net, fr, Some((&other, &other.nodes[0]))),
        "a node of another network (another CA)"
    );

    // The authority revokes DE; FR installs the new directory while serving.
    ok(&[
        "network",
        "revoke",
        "--dir",
        path_str(&net.authority),
        "--node",
        "de-bka",
    ]);
    net.join(fr);
    wait_until(10, "FR refuses DE", || async {
        !curl_healthz(&net, fr, Some((&net, de)))
    })
    .await;
    // DE (which has not installed the revocation) can no longer deliver.
    ok(&[
        "message",
        "send",
        "--data-dir",
        de.dir_str(),
        "--to",
        "fr-dcpj",
        "--handling-code",
        "H0",
        "--subject",
        "after revocation",
        "--body",
        "x",
    ]);
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(fr.counts().await.inbound, 0);
    assert_eq!(de.counts().await.queued, 1);
    assert!(
        fr.log().contains("federation peer refused"),
        "refusals are logged: {}",
        fr.log()
    );
}

struct Forger {
    parts: FederationParts,
    signing: ed25519_dalek::SigningKey,
    fr_encryption: [u8; 32],
    client: reqwest::Client,
    url: String,
}

impl Forger {
    fn new(de: &Node, fr: &Node) -> Forger {
        use ed25519_dalek::pkcs8::DecodePrivateKey;
        let parts = FederationParts::load(&de.dir).unwrap().unwrap();
        let peer = parts.state.snapshot().peer("fr-dcpj").unwrap();
        let tls =
            liaison_node::federation::tls::client_config(&parts.state, &parts.keys, &peer).unwrap();
        let dns = format!("fr-dcpj.{}.liaison", peer.network);
        let client = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .resolve(
                &dns,
                std::net::SocketAddr::from(([127, 0, 0, 1], fr.federation_port)),
            )
            .build()
            .unwrap();
        let pem = std::fs::read_to_string(de.dir.join("node.key")).unwrap();
        Forger {
            signing: ed25519_dalek::SigningKey::from_pkcs8_pem(&pem).unwrap(),
            fr_encryption: peer.member.encryption_key.clone().try_into().unwrap(),
            url: format!(
                "https://{dns}:{}/federation/v1/envelopes",
                fr.federation_port
            ),
            parts,
            client,
        }
    }

    fn header(&self, to: &str) -> EnvelopeHeader {
        let now = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
        EnvelopeHeader {
            message_id: *uuid::Uuid::now_v7().as_bytes(),
            sender: "de-bka".into(),
            recipients: vec![to.into()],
            thread: *uuid::Uuid::now_v7().as_bytes(),
            handling_code: "h0".into(),
            evaluation: "B2".into(),
            created_ms: now,
            expires_ms: now + 3_600_000,
            protocol_version: envelope::PROTOCOL_VERSION,
        }
    }

    fn seal_with(&self, key: &ed25519_dalek::SigningKey, h: &EnvelopeHeader) -> Vec<u8> {
        let public = x25519_dalek::PublicKey::from(self.fr_encryption);
        let kid = signed::key_id(&self.fr_encryption);
        let sender_kid = signed::key_id(key.verifying_key().as_bytes());
        envelope::seal(
            &SenderKey {
                key_id: &sender_kid,
                key,
            },
            h,
            liaison_node::federation::messages::CONTENT_TYPE,
            br#"{"subject":"forged?","body":"x"}"#,
            &[RecipientKey {
                key_id: &kid,
                public: &public,
            }],
        )
        .unwrap()
    }

    async fn post(&self, items: &[Vec<u8>]) -> Vec<transfer::Outcome> {
        let r = self
            .client
            .post(&self.url)
            .body(transfer::encode_items(items))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        transfer::decode_outcomes(&r.bytes().await.unwrap()).unwrap()
    }
}

fn rejected(o: &transfer::Outcome) -> String {
    match o {
        transfer::Outcome::Rejected(r) => r.clone(),
        other => panic!("expected a rejection, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_tampered_replayed_misaddressed_and_expired_envelopes_are_rejected() {
    let mut net = Network::build(&[spec("de-bka", "DE"), spec("fr-dcpj", "FR")]);
    net.node("fr-dcpj").start();
    let forger = Forger::new(&net.nodes[0], &net.nodes[1]);
    let _ = &forger.parts;
    let good = forger.seal_with(&forger.signing, &forger.header("fr-dcpj"));

    let mut tampered = good.clone();
    let at = tampered.len() - 40; // inside the signed payload
    tampered[at] ^= 0x01;
    let mallory = ed25519_dalek::SigningKey::generate(&mut rand::rngs::OsRng);
    let forged = forger.seal_with(&mallory, &forger.header("fr-dcpj"));
    let misaddressed = forger.seal_with(&forger.signing, &forger.header("nl-klpd"));
    let mut old = forger.header("fr-dcpj");
    old.created_ms -= 7_200_000;
    old.expires_ms = old.created_ms + 1_000;
    let expired = forger.seal_with(&forger.signing, &old);

    let outcomes = forger
        .post(&[
            good.clone(),
            tampered,
            forged,
            misaddressed,
            expired,
            b"not an envelope".to_vec(),
        ])
        .await;
    assert!(matches!(outcomes[0], transfer::Outcome::Receipt(_)));
    assert!(
        rejected(&outcomes[1]).contains("bad signature"),
        "{:?}",
        outcomes[1]
    );
    assert!(
        rejected(&outcomes[2]).contains("not in the directory"),
        "{:?}",
        outcomes[2]
    );
    assert!(
        rejected(&outcomes[3]).contains("misaddressed"),
        "{:?}",
        outcomes[3]
    );
    assert!(
        rejected(&outcomes[4]).contains("expired"),
        "{:?}",
        outcomes[4]
    );
    assert!(!rejected(&outcomes[5]).is_empty());

    // A replay of the good envelope: answered (the sender may be retrying)
    // but not delivered to the application a second time.
    let again = forger.post(std::slice::from_ref(&good)).await;
    assert!(matches!(again[0], transfer::Outcome::Receipt(_)));
    let fr = &net.nodes[1];
    assert_eq!(fr.counts().await.inbound, 1);
    let metrics = fr.metrics();
    assert!(
        metrics.contains("liaison_federation_envelopes_received_total{outcome=\"duplicate\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("liaison_federation_envelopes_received_total{outcome=\"rejected\"} 5"),
        "{metrics}"
    );
}

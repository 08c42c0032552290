//! Handling codes are enforced: an H2 message goes to no third party
//! without its owner's permission, asked and granted through signed
//! messages; every forwarded copy keeps the code.

mod support;

use support::*;

fn spec<'a>(name: &'a str, country: &'a str) -> NodeSpec<'a> {
    NodeSpec {
        name,
        country,
        database_url: None,
    }
}

fn send(node: &Node, to: &str, code: &str, subject: &str) -> String {
    ok(&[
        "message",
        "send",
        "--data-dir",
        node.dir_str(),
        "--to",
        to,
        "--handling-code",
        code,
        "--subject",
        subject,
        "--body",
        "details",
    ])
    .trim()
    .to_owned()
}

fn inbox(node: &Node) -> Vec<serde_json::Value> {
    ok(&[
        "message",
        "list",
        "--data-dir",
        node.dir_str(),
        "--box",
        "inbox",
        "--json",
    ])
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect()
}

async fn wait_for_subject(node: &Node, subject: &str) -> serde_json::Value {
    let mut found = None;
    wait_until(30, subject, || {
        let hit = inbox(node).into_iter().find(|m| m["subject"] == subject);
        let done = hit.is_some();
        found = hit;
        async move { done }
    })
    .await;
    found.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_h2_message_is_forwarded_only_with_its_owners_permission() {
    let mut net = Network::build(&[
        spec("de-bka", "DE"),
        spec("fr-dcpj", "FR"),
        spec("nl-klpd", "NL"),
    ]);
    net.start_all();
    let (de, fr, nl) = (&net.nodes[0], &net.nodes[1], &net.nodes[2]);
    let h2 = send(de, "fr-dcpj", "H2", "Informant report, Rotterdam port");
    let h0 = send(de, "fr-dcpj", "H0", "Public appeal: missing child");
    wait_for_subject(fr, "Informant report, Rotterdam port").await;
    wait_for_subject(fr, "Public appeal: missing child").await;

    // H0 may be passed on; H2 may not, without DE's permission.
    ok(&[
        "message",
        "forward",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &h0,
        "--to",
        "nl-klpd",
    ]);
    let refused = liaison(&[
        "message",
        "forward",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &h2,
        "--to",
        "nl-klpd",
    ]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("H2") && err.contains("permission of its owner, de-bka"),
        "{err}"
    );
    assert!(
        err.contains("ask-permission"),
        "the refusal says how to ask: {err}"
    );

    // FR asks; DE sees the request and grants it; FR's node records the grant.
    ok(&[
        "message",
        "ask-permission",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &h2,
        "--to",
        "nl-klpd",
        "--note",
        "NL customs need it for the container check.",
    ]);
    let request = wait_for_subject(
        de,
        "Permission to forward: Informant report, Rotterdam port",
    )
    .await;
    assert_eq!(request["from"], "fr-dcpj");
    // Only the owner can grant.
    let not_owner = liaison(&[
        "message",
        "grant",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &h2,
        "--node",
        "nl-klpd",
        "--to",
        "es-cgpj",
    ]);
    assert!(!not_owner.status.success());
    ok(&[
        "message",
        "grant",
        "--data-dir",
        de.dir_str(),
        "--id",
        &h2,
        "--node",
        "fr-dcpj",
        "--to",
        "nl-klpd",
    ]);
    wait_for_subject(fr, "Permission granted: Informant report, Rotterdam port").await;

    let forwarded = ok(&[
        "message",
        "forward",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &h2,
        "--to",
        "nl-klpd",
        "--note",
        "As agreed with BKA.",
    ]);
    let copy = wait_for_subject(nl, "Fwd: Informant report, Rotterdam port").await;
    assert_eq!(copy["id"], forwarded.trim());
    assert_eq!(copy["handling_code"], "H2", "the copy keeps the code");
    let shown: serde_json::Value = serde_json::from_str(&ok(&[
        "message",
        "show",
        "--data-dir",
        nl.dir_str(),
        "--id",
        forwarded.trim(),
        "--json",
    ]))
    .unwrap();
    assert_eq!(shown["owner"], "de-bka");
    assert_eq!(shown["forwarded"]["message_id"], h2.as_str());
    // NL in turn may not pass it on to anyone DE has not allowed.
    let onward = liaison(&[
        "message",
        "forward",
        "--data-dir",
        nl.dir_str(),
        "--id",
        forwarded.trim(),
        "--to",
        "de-bka,fr-dcpj",
    ]);
    assert!(
        onward.status.success(),
        "back to the owner and the first holder is fine"
    );
    let _ = wait_for_subject(nl, "Fwd: Informant report, Rotterdam port").await;
    let h0_copy = wait_for_subject(nl, "Fwd: Public appeal: missing child").await;
    assert_eq!(h0_copy["handling_code"], "H0");
}

/// A record travels inside a message with its own handling code, and a
/// message may not be less restricted than a record it carries.
#[tokio::test(flavor = "multi_thread")]
async fn records_travel_with_their_handling_codes() {
    let mut net = Network::build(&[spec("de-bka", "DE"), spec("fr-dcpj", "FR")]);
    let de_dir = net.nodes[0].dir.clone();
    let persons = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/persons.csv");
    ok(&[
        "import",
        "--data-dir",
        path_str(&de_dir),
        "--kind",
        "person",
        persons,
        "--handling-code",
        "h2",
        "--purpose",
        "investigation of drug trafficking",
        "--case",
        "DE-2026-0042",
        "--evaluation",
        "B2",
        "--review-after",
        "2027-11-24",
        "--delete-after",
        "2031-11-24",
    ]);
    net.start_all();
    let store = net.nodes[0].store().await;
    let ids = store
        .ids_by_external_ref("de-bka", &["P-1".to_owned()])
        .await
        .unwrap();
    store.close().await;
    let record_id = ids.values().next().expect("P-1 imported").to_string();
    let (de, fr) = (&net.nodes[0], &net.nodes[1]);

    let too_open = liaison(&[
        "message",
        "send",
        "--data-dir",
        de.dir_str(),
        "--to",
        "fr-dcpj",
        "--handling-code",
        "H0",
        "--subject",
        "Subject of interest",
        "--body",
        "see record",
        "--record",
        &record_id,
    ]);
    assert!(!too_open.status.success());
    assert!(String::from_utf8_lossy(&too_open.stderr).contains("must be H2 or stricter"));

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
        "Subject of interest",
        "--body",
        "see record",
        "--record",
        &record_id,
    ])
    .trim()
    .to_owned();
    wait_for_subject(fr, "Subject of interest").await;
    let shown: serde_json::Value = serde_json::from_str(&ok(&[
        "message",
        "show",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &id,
        "--json",
    ]))
    .unwrap();
    let record = &shown["records"][0];
    assert_eq!(record["meta"]["handling_code"], "h2", "{record}");
    assert_eq!(record["meta"]["owner_node"], "de-bka");
}

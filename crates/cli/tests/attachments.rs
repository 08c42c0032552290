//! Files travel with messages: streamed in encrypted chunks ahead of the
//! envelope, stored encrypted on both nodes, and decrypted only with the
//! key inside the envelope, checked chunk by chunk and by SHA-256.

mod support;

use rand::RngCore;
use support::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_large_file_arrives_intact_and_is_encrypted_at_rest() {
    let mut net = Network::build(&[
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
    ]);
    net.start_all();
    let (de, fr) = (&net.nodes[0], &net.nodes[1]);
    // 20 MiB and a bit: 21 chunks, the last one short. A recognisable
    // marker repeats through it, to look for in the stored chunks.
    let marker = b"SEIZED-PHONE-IMAGE-MARKER";
    let mut data = vec![0u8; (20 << 20) + 12_345];
    rand::rngs::OsRng.fill_bytes(&mut data);
    for i in (0..data.len() - marker.len()).step_by(4096) {
        data[i..i + marker.len()].copy_from_slice(marker);
    }
    let file = net.root.path().join("phone-image.bin");
    std::fs::write(&file, &data).unwrap();
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
        "Phone image",
        "--body",
        "Extraction attached.",
        "--attach",
        path_str(&file),
    ])
    .trim()
    .to_owned();
    wait_until(120, "delivered", || async {
        de.counts().await.delivered == 1
    })
    .await;

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
    let a = &shown["attachments"][0];
    assert_eq!(a["name"], "phone-image.bin");
    assert_eq!(a["size"], data.len() as u64);
    assert!(a.get("key").is_none(), "the key is never shown");

    let out = net.root.path().join("received.bin");
    ok(&[
        "message",
        "attachment",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &id,
        "--out",
        path_str(&out),
    ]);
    assert!(
        std::fs::read(&out).unwrap() == data,
        "the file arrived intact"
    );

    // At rest, on both nodes, only ciphertext.
    for (node, sub) in [(de, "files/out"), (fr, "files/in/de-bka")] {
        let root = node.dir.join(sub);
        let file_dir = std::fs::read_dir(&root)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let chunks: Vec<_> = std::fs::read_dir(&file_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(chunks.len(), 21, "{}", node.name);
        for c in &chunks {
            let bytes = std::fs::read(c).unwrap();
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker),
                "plaintext found in {}",
                c.display()
            );
        }
    }

    // A chunk altered on disk is caught, and no partial file is left.
    let chunk = fr
        .dir
        .join("files/in/de-bka")
        .read_dir()
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("7");
    let mut bytes = std::fs::read(&chunk).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(&chunk, bytes).unwrap();
    let out2 = net.root.path().join("tampered.bin");
    let r = liaison(&[
        "message",
        "attachment",
        "--data-dir",
        fr.dir_str(),
        "--id",
        &id,
        "--out",
        path_str(&out2),
    ]);
    assert!(!r.status.success());
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("altered"),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(!out2.exists());
}

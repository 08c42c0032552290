//! `liaison demo`: an authority and three nodes, each its own process with
//! a pid file, the sample threads delivered, and all stopped together.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_runs_three_federated_nodes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    // Thirteen ports from a base nobody is likely to use.
    let base = 20_000 + (std::process::id() % 2_000) as u16 * 20;
    let mut demo = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args([
            "demo",
            "--data-dir",
            path_str(&dir),
            "--port",
            &base.to_string(),
        ])
        .env_remove("LIAISON_DATA_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = demo.stdout.take().unwrap();
    let banner = std::thread::spawn(move || {
        let mut lines = vec![];
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let done = line.contains("Ctrl-C stops");
            lines.push(line);
            if done {
                break;
            }
        }
        lines.join("\n")
    })
    .join()
    .unwrap();
    for (i, name) in ["de-bka", "fr-dcpj", "nl-klpd"].iter().enumerate() {
        assert!(
            banner.contains(&format!("http://127.0.0.1:{}/", base + i as u16)),
            "{banner}"
        );
        let pid: u32 = std::fs::read_to_string(dir.join(name).join("liaison.pid"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(std::path::Path::new(&format!("/proc/{pid}")).exists());
        assert_ne!(pid, demo.id(), "each node is its own process");
    }
    assert!(banner.contains("liaison-demo-2026") && banner.contains("investigator"));

    // The sample threads are delivered once the nodes are up.
    let fr = dir.join("fr-dcpj");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let inbox = ok(&[
            "message",
            "list",
            "--data-dir",
            path_str(&fr),
            "--box",
            "inbox",
            "--json",
        ]);
        if inbox.contains("Cocaine shipment") && inbox.contains("Stolen vehicle") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "sample threads not delivered: {inbox}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // SIGTERM to the demo stops all three nodes cleanly.
    Command::new("kill")
        .arg(demo.id().to_string())
        .status()
        .unwrap();
    demo.wait().unwrap();
    for name in ["de-bka", "fr-dcpj", "nl-klpd"] {
        assert!(
            !dir.join(name).join("liaison.pid").exists(),
            "{name} did not stop cleanly"
        );
    }
}

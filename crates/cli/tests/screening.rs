//! `liaison screen` on CSV lists and on a PAXLST message: the hits file,
//! the explanations and the timing file as the issue specifies them.

use std::process::Command;

fn data(file: &str) -> String {
    format!(
        "{}/../../tests/data/screening/{file}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn screen(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_liaison"))
        .arg("screen")
        .args(args)
        .output()
        .unwrap()
}

fn hits(path: &std::path::Path) -> Vec<(String, String, f64)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("traveller_id,watchlist_id,score"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].parse().unwrap())
        })
        .collect()
}

#[test]
fn screening_a_csv_list_finds_and_explains_the_hits() {
    let dir = tempfile::tempdir().unwrap();
    let (out, explain, timing) = (
        dir.path().join("hits.csv"),
        dir.path().join("e.jsonl"),
        dir.path().join("timing.json"),
    );
    let o = screen(&[
        "--watchlist",
        &data("watchlist.csv"),
        "--travellers",
        &data("travellers.csv"),
        "--out",
        out.to_str().unwrap(),
        "--explain",
        explain.to_str().unwrap(),
        "--timing",
        timing.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let found: Vec<(String, String)> = hits(&out)
        .into_iter()
        .map(|(t, w, s)| {
            assert!((0.7..=1.0).contains(&s), "{t} {w} {s}");
            (t, w)
        })
        .collect();
    // Romanisation (Iouri Tchaikovski), an Arabic name's spellings, a
    // Chinese surname in Cantonese, a dropped second surname, and a
    // document number with another spelling of the name; not the same name
    // with another date of birth (T5), not a stranger (T6).
    let expected = [
        ("T1", "W1"),
        ("T2", "W2"),
        ("T3", "W3"),
        ("T4", "W4"),
        ("T7", "W2"),
    ];
    assert_eq!(
        found,
        expected.map(|(t, w)| (t.to_owned(), w.to_owned())).to_vec()
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&explain)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), expected.len());
    let first = &lines[0];
    assert_eq!(first["traveller_id"], "T1");
    let fields: Vec<&str> = first["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"name") && fields.contains(&"date_of_birth"),
        "{first}"
    );
    let t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&timing).unwrap()).unwrap();
    assert!(t["index_s"].as_f64().unwrap() >= 0.0 && t["screen_s"].as_f64().unwrap() >= 0.0);
}

#[test]
fn screening_a_paxlst_message_and_refusing_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hits.csv");
    let o = screen(&[
        "--watchlist",
        &data("watchlist.csv"),
        "--paxlst",
        &data("flight.edi"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let found = hits(&out);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "P00001-ABC123");
    assert_eq!(found[0].1, "W5");

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "id,surname\nT1,A\nT1,B\n").unwrap();
    let o = screen(&[
        "--watchlist",
        bad.to_str().unwrap(),
        "--travellers",
        &data("travellers.csv"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 3") && err.contains("T1"), "{err}");
    let o = screen(&[
        "--watchlist",
        &data("watchlist.csv"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        !o.status.success(),
        "travellers or a PAXLST file are required"
    );
}

//! `liaison demo-data` as an operator uses it: the files it writes import
//! into a node as they are, in order and without defaults, and the same seed
//! always writes the same bytes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The files of a set, in import order, with their kinds.
const FILES: [(&str, &str); 10] = [
    ("persons.csv", "person"),
    ("documents.csv", "document"),
    ("vehicles.csv", "vehicle"),
    ("accounts.csv", "account"),
    ("phones.csv", "phone"),
    ("emails.csv", "email"),
    ("organisations.csv", "organisation"),
    ("locations.csv", "location"),
    ("events.csv", "event"),
    ("relations.csv", "relation"),
];

fn liaison(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(args)
        .env_remove("LIAISON_DATA_DIR")
        .env("RUST_LOG", "error")
        .output()
        .expect("run liaison")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn demo_data(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["demo-data", "--seed", "7", "--persons", "200"];
    args.extend(extra);
    args.push(path(dir));
    liaison(&args)
}

fn init(dir: &Path) -> PathBuf {
    let node = dir.join("node");
    let out = liaison(&[
        "init",
        "--data-dir",
        path(&node),
        "--name",
        "de-bka",
        "--country",
        "DE",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    node
}

/// Data rows of a CSV file (cells may hold line breaks).
fn rows(file: &Path) -> usize {
    csv::Reader::from_path(file).unwrap().records().count()
}

#[test]
fn a_generated_set_imports_whole_and_is_reproducible() {
    let tmp = tempfile::tempdir().unwrap();
    let set = tmp.path().join("set");
    let out = demo_data(&set, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let summary = text(&out);
    for (name, _) in FILES {
        assert!(summary.contains(name), "{name} missing from\n{summary}");
    }
    assert!(set.join("README.txt").is_file());

    // Every file imports, in order, with no defaults on the command line.
    let node = init(tmp.path());
    for (name, kind) in FILES {
        let file = set.join(name);
        let out = liaison(&[
            "import",
            "--data-dir",
            path(&node),
            "--kind",
            kind,
            path(&file),
        ]);
        assert!(out.status.success(), "{name}: {}", text(&out));
        let n = rows(&file);
        assert!(n > 0, "{name} is empty");
        let expected = if kind == "relation" {
            format!("Imported 0 record(s) and {n} relation(s)")
        } else {
            format!("Imported {n} record(s)")
        };
        assert!(text(&out).contains(&expected), "{name}: {}", text(&out));
    }

    // The names come back in their own scripts.
    let out = liaison(&[
        "export",
        "--data-dir",
        path(&node),
        "--kind",
        "person",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let persons = String::from_utf8(out.stdout).unwrap();
    let has = |lo: char, hi: char| persons.chars().any(|c| (lo..=hi).contains(&c));
    assert!(has('\u{0400}', '\u{04FF}'), "no Cyrillic name");
    assert!(has('\u{0600}', '\u{06FF}'), "no Arabic name");

    // The same seed and count write the same bytes.
    let again = tmp.path().join("again");
    let out = demo_data(&again, &[]);
    assert!(out.status.success(), "{}", text(&out));
    for name in FILES.iter().map(|f| f.0).chain(["README.txt"]) {
        assert!(
            std::fs::read(set.join(name)).unwrap() == std::fs::read(again.join(name)).unwrap(),
            "{name} differs between two runs"
        );
    }
}

#[test]
fn existing_files_are_kept_unless_forced_and_bad_directories_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let set = tmp.path().join("set");
    std::fs::create_dir(&set).unwrap();
    std::fs::write(set.join("persons.csv"), "mine\n").unwrap();
    let out = demo_data(&set, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("persons.csv already exists") && text(&out).contains("--force"),
        "{}",
        text(&out)
    );
    assert_eq!(
        std::fs::read_to_string(set.join("persons.csv")).unwrap(),
        "mine\n"
    );

    let out = demo_data(&set, &["--force"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(rows(&set.join("persons.csv")) == 200);

    // A file where the directory should be.
    let blocked = tmp.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    let out = demo_data(&blocked.join("set"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("cannot create directory"),
        "{}",
        text(&out)
    );

    let out = liaison(&["demo-data", "--persons", "0", path(&set)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("--persons 0"), "{}", text(&out));
}

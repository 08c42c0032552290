//! The `liaison` binary as an operator uses it: what it creates, what it
//! refuses, and that bad input gives one clear message and a non-zero exit.

use std::path::Path;
use std::process::{Command, Output};

fn liaison(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(args)
        .env_remove("LIAISON_DATA_DIR")
        .env("RUST_LOG", "error")
        .output()
        .expect("run liaison")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn init(dir: &Path) -> Output {
    liaison(&[
        "init",
        "--data-dir",
        dir.to_str().unwrap(),
        "--name",
        "nl-klpd",
        "--country",
        "nl",
    ])
}

/// `init` creates config, a 0600 key and a database, and prints a generated
/// admin password once; a second `init` refuses and changes nothing.
#[test]
fn init_creates_a_node_and_refuses_to_overwrite_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("node");
    let out = init(&dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let password = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("admin password: "))
        .expect("generated password printed");
    assert_eq!(password.len(), 20);
    let config = std::fs::read_to_string(dir.join("liaison.toml")).unwrap();
    assert!(
        config.contains("name = \"nl-klpd\"") && config.contains("country = \"NL\""),
        "{config}"
    );
    assert!(config.contains("require_totp = true"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join("node.key"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    assert!(dir.join("liaison.db").exists());

    let before: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let key_before = std::fs::read(dir.join("node.key")).unwrap();
    let again = init(&dir);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    let after: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before.len(), after.len());
    assert_eq!(key_before, std::fs::read(dir.join("node.key")).unwrap());

    let list = liaison(&["user", "list", "--data-dir", dir.to_str().unwrap()]);
    assert!(stdout(&list).contains("admin"), "{}", stdout(&list));
}

/// A failed `init` leaves nothing behind.
#[test]
fn failed_init_leaves_no_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("node");
    let out = liaison(&[
        "init",
        "--data-dir",
        dir.to_str().unwrap(),
        "--name",
        "x",
        "--country",
        "DE",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("invalid node name"),
        "{}",
        stderr(&out)
    );
    let out = liaison(&[
        "init",
        "--data-dir",
        dir.to_str().unwrap(),
        "--name",
        "de-bka",
        "--country",
        "DE",
        "--database-url",
        "postgres://nobody@127.0.0.1:1/none",
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("127.0.0.1:1") || err.contains("cannot open database"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
    let pw = tmp.path().join("pw");
    std::fs::write(&pw, "short\n").unwrap();
    let out = liaison(&[
        "init",
        "--data-dir",
        dir.to_str().unwrap(),
        "--name",
        "de-bka",
        "--country",
        "DE",
        "--admin-password-file",
        pw.to_str().unwrap(),
    ]);
    assert!(stderr(&out).contains("too short"), "{}", stderr(&out));
    assert!(!dir.exists());
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "only the password file: {leftovers:?}");
}

/// `user add` adds users; wrong roles and units are named.
#[test]
fn user_add() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("node");
    assert!(init(&dir).status.success());
    let pw = tmp.path().join("pw");
    std::fs::write(&pw, "a-good-password-1\n").unwrap();
    let d = dir.to_str().unwrap();
    let p = pw.to_str().unwrap();
    let ok = liaison(&[
        "user",
        "add",
        "--data-dir",
        d,
        "--username",
        "border.1",
        "--role",
        "border_guard",
        "--password-file",
        p,
    ]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("Added user border.1 (border_guard)"));
    let bad = liaison(&[
        "user",
        "add",
        "--data-dir",
        d,
        "--username",
        "x.y",
        "--role",
        "sheriff",
        "--password-file",
        p,
    ]);
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("unknown role `sheriff`"),
        "{}",
        stderr(&bad)
    );
    let bad = liaison(&[
        "user",
        "add",
        "--data-dir",
        d,
        "--username",
        "x.y",
        "--role",
        "analyst",
        "--unit",
        "nowhere",
        "--password-file",
        p,
    ]);
    assert!(
        stderr(&bad).contains("unknown unit `nowhere`"),
        "{}",
        stderr(&bad)
    );
    let dup = liaison(&[
        "user",
        "add",
        "--data-dir",
        d,
        "--username",
        "border.1",
        "--role",
        "analyst",
        "--password-file",
        p,
    ]);
    assert!(stderr(&dup).contains("already exists"), "{}", stderr(&dup));
}

/// `serve` refuses, with a message naming the problem, instead of starting wrongly.
#[test]
fn serve_refuses_bad_setups() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = liaison(&[
        "serve",
        "--data-dir",
        tmp.path().join("nope").to_str().unwrap(),
    ]);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("not found"),
        "{}",
        stderr(&missing)
    );

    let dir = tmp.path().join("node");
    assert!(init(&dir).status.success());
    let d = dir.to_str().unwrap();

    let public = liaison(&["serve", "--data-dir", d, "--listen", "0.0.0.0:0"]);
    assert!(!public.status.success());
    let err = stderr(&public);
    assert!(
        err.contains("http.listen = 0.0.0.0:0") && err.contains("loopback"),
        "{err}"
    );

    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let taken = liaison(&[
        "serve",
        "--data-dir",
        d,
        "--listen",
        &format!("127.0.0.1:{port}"),
    ]);
    assert!(!taken.status.success());
    assert!(
        stderr(&taken).contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{}",
        stderr(&taken)
    );

    let cfg = dir.join("liaison.toml");
    let good = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, good.replace("require_totp", "require_totpp")).unwrap();
    let typo = liaison(&["serve", "--data-dir", d]);
    let err = stderr(&typo);
    assert!(!typo.status.success());
    assert!(
        err.contains("liaison.toml") && err.contains("require_totpp"),
        "{err}"
    );
    assert!(!err.contains("panicked"));

    std::fs::write(&cfg, good.replace("sqlite://liaison.db", "mysql://x")).unwrap();
    let scheme = liaison(&["serve", "--data-dir", d]);
    assert!(
        stderr(&scheme).contains("unknown scheme `mysql`"),
        "{}",
        stderr(&scheme)
    );
}

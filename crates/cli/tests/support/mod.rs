//! A federation of real `liaison serve` processes on loopback, built the way
//! operators build one: `network init`, `init`, `node request`, `network
//! admit`, `node join`, `serve`.
#![allow(dead_code)]

use liaison_store::messages::MessageCounts;
use liaison_store::{ConnectOptions, Store};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn liaison(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(args)
        .env_remove("LIAISON_DATA_DIR")
        .env("RUST_LOG", "error")
        .output()
        .expect("run liaison")
}

/// Runs and insists on success; returns stdout.
pub fn ok(args: &[&str]) -> String {
    let out = liaison(args);
    assert!(
        out.status.success(),
        "liaison {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Node {
    pub name: String,
    pub dir: PathBuf,
    pub http_port: u16,
    pub federation_port: u16,
    child: Option<Child>,
}

impl Node {
    pub fn dir_str(&self) -> &str {
        self.dir.to_str().unwrap()
    }

    pub fn start(&mut self) {
        assert!(self.child.is_none(), "{} already running", self.name);
        let log = std::fs::File::create(self.dir.join("serve.log")).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args(["serve", "--data-dir", self.dir_str()])
            .env_remove("LIAISON_DATA_DIR")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start liaison serve");
        self.child = Some(child);
        self.wait_ready();
    }

    fn wait_ready(&self) {
        // Generous: the fault tests run side by side on two cores, and a
        // node restarted mid-exchange competes with the others' crypto.
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", self.federation_port)).is_ok()
                && std::net::TcpStream::connect(("127.0.0.1", self.http_port)).is_ok()
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{} did not start: {}", self.name, self.log());
    }

    /// `kill -9`: no shutdown, no flushing, whatever was in flight is cut.
    pub fn kill9(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill(); // SIGKILL
            let _ = c.wait();
        }
    }

    /// SIGTERM and wait: a clean stop.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill").arg(c.id().to_string()).status();
            let _ = c.wait();
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("serve.log")).unwrap_or_default()
    }

    pub async fn store(&self) -> Store {
        let config = std::fs::read_to_string(self.dir.join("liaison.toml")).unwrap();
        let url = config
            .lines()
            .find_map(|l| l.trim().strip_prefix("url = "))
            .map(|v| v.trim_matches('"').to_owned())
            .unwrap_or_else(|| "sqlite://liaison.db".into());
        Store::connect(&url, &self.dir, &ConnectOptions::default())
            .await
            .unwrap()
    }

    pub async fn counts(&self) -> MessageCounts {
        let s = self.store().await;
        let c = s.message_counts().await.unwrap();
        s.close().await;
        c
    }

    /// The node's Prometheus text.
    pub fn metrics(&self) -> String {
        let out = Command::new("curl")
            .args([
                "-s",
                &format!("http://127.0.0.1:{}/metrics", self.http_port),
            ])
            .output();
        match out {
            Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
            Err(_) => String::new(),
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill9();
    }
}

pub struct Network {
    pub root: tempfile::TempDir,
    pub authority: PathBuf,
    pub nodes: Vec<Node>,
}

/// Options for one node of a test network.
pub struct NodeSpec<'a> {
    pub name: &'a str,
    pub country: &'a str,
    pub database_url: Option<String>,
}

impl Network {
    /// Creates the authority and the nodes, admits and joins them all (not
    /// started).
    pub fn build(specs: &[NodeSpec]) -> Network {
        let root = tempfile::tempdir().unwrap();
        let authority = root.path().join("authority");
        ok(&[
            "network",
            "init",
            "--dir",
            authority.to_str().unwrap(),
            "--name",
            "eu-test",
        ]);
        let mut nodes = vec![];
        for s in specs {
            let dir = root.path().join(s.name);
            let (http_port, federation_port) = (free_port(), free_port());
            let listen = format!("127.0.0.1:{http_port}");
            let mut args = vec![
                "init",
                "--data-dir",
                dir.to_str().unwrap(),
                "--name",
                s.name,
                "--country",
                s.country,
                "--listen",
                &listen,
            ];
            if let Some(url) = &s.database_url {
                args.extend(["--database-url", url]);
            }
            ok(&args);
            let mut config = std::fs::read_to_string(dir.join("liaison.toml")).unwrap();
            config.push_str(&format!(
                "\n[federation]\nlisten = \"127.0.0.1:{federation_port}\"\nendpoint = \"https://127.0.0.1:{federation_port}\"\ndirectory_refresh_seconds = 2\n"
            ));
            std::fs::write(dir.join("liaison.toml"), config).unwrap();
            ok(&["node", "request", "--data-dir", dir.to_str().unwrap()]);
            ok(&[
                "network",
                "admit",
                "--dir",
                authority.to_str().unwrap(),
                "--node-request",
                dir.join("federation/node-request.json").to_str().unwrap(),
            ]);
            nodes.push(Node {
                name: s.name.to_owned(),
                dir,
                http_port,
                federation_port,
                child: None,
            });
        }
        let net = Network {
            root,
            authority,
            nodes,
        };
        for n in &net.nodes {
            net.join(n);
        }
        net
    }

    pub fn join(&self, n: &Node) {
        ok(&[
            "node",
            "join",
            "--data-dir",
            n.dir_str(),
            "--directory",
            self.authority.join("directory.cose").to_str().unwrap(),
            "--certificate",
            self.authority
                .join(format!("certificates/{}.pem", n.name))
                .to_str()
                .unwrap(),
        ]);
    }

    pub fn node(&mut self, name: &str) -> &mut Node {
        self.nodes.iter_mut().find(|n| n.name == name).unwrap()
    }

    /// A second `liaison serve` of an existing node: a copy of its data
    /// directory (same keys, same database URL) on other ports.
    pub fn add_replica(&mut self, of: &str) -> usize {
        let original = self.nodes.iter().find(|n| n.name == of).unwrap();
        let dir = self.root.path().join(format!("{of}-replica"));
        copy_dir(&original.dir, &dir);
        let (http_port, federation_port) = (free_port(), free_port());
        let config = std::fs::read_to_string(dir.join("liaison.toml"))
            .unwrap()
            .replace(
                &format!("127.0.0.1:{}\"", original.http_port),
                &format!("127.0.0.1:{http_port}\""),
            )
            .replace(
                &format!("listen = \"127.0.0.1:{}\"", original.federation_port),
                &format!("listen = \"127.0.0.1:{federation_port}\""),
            );
        std::fs::write(dir.join("liaison.toml"), config).unwrap();
        self.nodes.push(Node {
            name: of.to_owned(),
            dir,
            http_port,
            federation_port,
            child: None,
        });
        self.nodes.len() - 1
    }

    pub fn start_all(&mut self) {
        for n in &mut self.nodes {
            n.start();
        }
    }
}

/// Writes `n` messages from → to as JSON Lines, spread over `threads`
/// threads, and queues them with `message send-batch`; returns the ids.
pub fn send_batch(
    from: &Node,
    to: &str,
    n: usize,
    threads: &[uuid::Uuid],
    tag: &str,
) -> Vec<String> {
    let to: Vec<&str> = to.split(',').collect();
    let file = from.dir.join(format!("batch-{tag}.jsonl"));
    let mut text = String::new();
    for i in 0..n {
        let line = serde_json::json!({
            "to": to,
            "handling_code": "H1",
            "subject": format!("{tag} message {i}"),
            "body": format!("body of {tag} message {i}"),
            "thread": threads[i % threads.len()],
        });
        text.push_str(&line.to_string());
        text.push('\n');
    }
    std::fs::write(&file, text).unwrap();
    let out = ok(&[
        "message",
        "send-batch",
        "--data-dir",
        from.dir_str(),
        "--file",
        file.to_str().unwrap(),
    ]);
    out.lines().map(str::to_owned).collect()
}

/// Polls `check` until it returns true or `secs` pass.
pub async fn wait_until<F, Fut>(secs: u64, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out after {secs} s waiting for: {what}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

//! `liaison bench messaging`: two nodes on this machine exchange N signed,
//! encrypted, durable messages; beside them, in the same run, a baseline
//! posts the same payloads over plain HTTPS (no signature, no encryption,
//! no database, no fsync), so the cost of Liaison's guarantees is a ratio.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use liaison_core::audit::AuditActor;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::node::{CountryCode, NodeName};
use liaison_node::app::App;
use liaison_node::config::{Config, FederationSection};
use liaison_node::federation::authority::Authority;
use liaison_node::federation::messages::{self, Outgoing};
use liaison_node::init::{InitOptions, init_node};
use liaison_node::server;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Messages between two local nodes, per storage backend, against plain HTTPS.
    Messaging(MessagingArgs),
    /// Hit/no-hit queries between three local nodes holding many alerts each.
    HitNoHit(super::bench_hits::HitArgs),
}

#[derive(clap::Args)]
pub struct MessagingArgs {
    /// Messages to send.
    #[arg(long, default_value_t = 20_000)]
    messages: usize,
    /// Size of each message body.
    #[arg(long, default_value_t = 1024)]
    body_bytes: usize,
    /// Storage backends to measure, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "sqlite,postgres")]
    backends: Vec<String>,
    /// PostgreSQL server for the postgres backend (a fresh database is made).
    #[arg(
        long,
        env = "LIAISON_TEST_DATABASE_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/test"
    )]
    postgres_url: String,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Run {
    name: String,
    messages: usize,
    seconds: f64,
    messages_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    lost: i64,
    duplicated: i64,
}

#[derive(Serialize)]
struct Report {
    messages: usize,
    body_bytes: usize,
    cores: usize,
    runs: Vec<Run>,
}

pub async fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Messaging(a) => messaging(a).await,
        Cmd::HitNoHit(a) => super::bench_hits::run(a).await,
    }
}

async fn messaging(a: MessagingArgs) -> anyhow::Result<()> {
    if a.messages == 0 {
        bail!("--messages must be at least 1");
    }
    let mut runs = vec![];
    for backend in &a.backends {
        let run = match backend.as_str() {
            "sqlite" => liaison_run(&a, None).await?,
            "postgres" => liaison_run(&a, Some(&a.postgres_url)).await?,
            other => bail!("unknown backend `{other}`; use sqlite or postgres"),
        };
        runs.push(run);
    }
    runs.push(baseline_run(&a).await?);
    let report = Report {
        messages: a.messages,
        body_bytes: a.body_bytes,
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        runs,
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    println!(
        "{} messages of {} bytes, two nodes on this machine ({} cores)",
        report.messages, report.body_bytes, report.cores
    );
    println!(
        "{:<22} {:>10} {:>9} {:>9} {:>6} {:>11}",
        "run", "msgs/s", "p50 ms", "p99 ms", "lost", "duplicated"
    );
    for r in &report.runs {
        println!(
            "{:<22} {:>10.0} {:>9.1} {:>9.1} {:>6} {:>11}",
            r.name, r.messages_per_second, r.p50_ms, r.p99_ms, r.lost, r.duplicated
        );
    }
    if let Some(base) = report.runs.iter().find(|r| r.name == "plain-https") {
        for r in report.runs.iter().filter(|r| r.name != "plain-https") {
            println!(
                "{}: {:.1}x the plain-HTTPS baseline's time per message",
                r.name,
                base.messages_per_second / r.messages_per_second
            );
        }
    }
    Ok(())
}

fn progress(n: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(n as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg:<22} [{bar:30}] {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// Creates a node in `dir` with a federation endpoint on a free port.
pub(super) async fn bench_node(
    dir: &Path,
    name: &str,
    country: &str,
    database_url: Option<String>,
) -> anyhow::Result<(Config, tokio::net::TcpListener)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    init_node(InitOptions {
        data_dir: dir.to_path_buf(),
        name: NodeName::parse(name)?,
        country: CountryCode::parse(country)?,
        database_url,
        admin_password: None,
        require_totp: false,
        listen: None,
    })
    .await?;
    let mut config = Config::load(dir)?;
    config.federation = Some(FederationSection {
        listen: addr,
        endpoint: format!("https://127.0.0.1:{}", addr.port()),
        directory_refresh_seconds: 30,
    });
    config.log.level = "warn".into();
    std::fs::write(dir.join("liaison.toml"), config.to_toml())?;
    Ok((config, listener))
}

async fn liaison_run(a: &MessagingArgs, postgres: Option<&str>) -> anyhow::Result<Run> {
    let name = if postgres.is_some() {
        "liaison-postgres"
    } else {
        "liaison-sqlite"
    };
    let tmp = tempfile::tempdir()?;
    let database = |node: &'static str| async move {
        match postgres {
            None => Ok::<_, anyhow::Error>(None),
            Some(base) => {
                let (store, url) = liaison_store::test_support::fresh_postgres_database(base)
                    .await
                    .with_context(|| format!("PostgreSQL for {node}"))?;
                store.close().await;
                Ok(Some(url))
            }
        }
    };
    let (de_dir, fr_dir) = (tmp.path().join("de"), tmp.path().join("fr"));
    let (de_config, de_listener) =
        bench_node(&de_dir, "de-bench", "DE", database("de").await?).await?;
    let (fr_config, fr_listener) =
        bench_node(&fr_dir, "fr-bench", "FR", database("fr").await?).await?;
    let mut authority = Authority::init(&tmp.path().join("authority"), "bench")?;
    liaison_node::federation::local::admit_all(
        &mut authority,
        &[
            (de_dir.clone(), de_config.clone()),
            (fr_dir.clone(), fr_config.clone()),
        ],
    )?;
    let de = App::open(&de_dir, de_config, false).await?;
    let fr = App::open(&fr_dir, fr_config, false).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    for (app, listener) in [(de.clone(), de_listener), (fr.clone(), fr_listener)] {
        let mut rx = stopped.clone();
        tokio::spawn(server::serve_federation(app, listener, async move {
            let _ = rx.wait_for(|s| *s).await;
        }));
    }
    let body = "x".repeat(a.body_bytes);
    let threads: Vec<uuid::Uuid> = (0..16).map(|_| uuid::Uuid::now_v7()).collect();
    let bar = progress(a.messages, name);
    let actor = AuditActor {
        kind: "local_operator".into(),
        id: None,
        name: "bench".into(),
    };
    let evaluation = Evaluation::parse("B2").context("evaluation")?;
    let started = Instant::now();
    // The sender queues in steps while the worker delivers: a sustained
    // stream, not one burst followed by a drain.
    let chunk = 500;
    let mut queued = 0;
    while queued < a.messages {
        let n = chunk.min(a.messages - queued);
        let batch: Vec<Outgoing> = (queued..queued + n)
            .map(|i| Outgoing {
                to: vec!["fr-bench".into()],
                handling_code: HandlingCode::H1,
                evaluation,
                subject: format!("bench {i}"),
                body: body.clone(),
                thread: Some(threads[i % threads.len()]),
                records: vec![],
                attachments: vec![],
            })
            .collect();
        messages::send_many(&de, &actor, batch).await?;
        queued += n;
        bar.set_position(delivered(&de));
    }
    // The worker counts receipts as it records them; the database is asked
    // once at the end.
    let deadline = Instant::now() + Duration::from_secs(600);
    while (delivered(&de) as usize) < a.messages && Instant::now() < deadline {
        bar.set_position(delivered(&de));
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let seconds = started.elapsed().as_secs_f64();
    let counts = de.store.message_counts().await?;
    bar.finish_and_clear();
    let mut latencies = de.store.delivery_latencies_ms().await?;
    latencies.sort_unstable();
    let received = fr.store.message_counts().await?.inbound;
    let duplicates = duplicate_count(&fr);
    let _ = stop.send(true);
    de.store.close().await;
    fr.store.close().await;
    Ok(Run {
        name: name.into(),
        messages: a.messages,
        seconds,
        messages_per_second: counts.delivered as f64 / seconds,
        p50_ms: percentile(&latencies, 0.50),
        p99_ms: percentile(&latencies, 0.99),
        lost: a.messages as i64 - received,
        duplicated: duplicates + (received - a.messages as i64).max(0),
    })
}

fn delivered(app: &App) -> u64 {
    liaison_node::metrics::Metrics::counted(&app.metrics.deliveries, "delivered")
}

fn duplicate_count(app: &App) -> i64 {
    app.metrics
        .encode()
        .lines()
        .find_map(|l| {
            l.strip_prefix("liaison_federation_envelopes_received_total{outcome=\"duplicate\"} ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

fn percentile(sorted: &[i64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i] as f64
}

/// The same number of payloads of the same size, in the same batch size,
/// POSTed over HTTPS to a server that only counts them.
async fn baseline_run(a: &MessagingArgs) -> anyhow::Result<Run> {
    use axum::routing::post;
    let cert = rcgen::generate_simple_self_signed(vec!["baseline.local".to_owned()])?;
    let key = rustls::pki_types::PrivateKeyDer::try_from(cert.signing_key.serialize_der())
        .map_err(|e| anyhow::anyhow!("baseline key: {e}"))?;
    let server_config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])?
    .with_no_client_auth()
    .with_single_cert(vec![cert.cert.der().clone()], key)?;
    let received = Arc::new(AtomicU64::new(0));
    let counter = received.clone();
    let app = axum::Router::new().route(
        "/messages",
        post(move |body: axum::body::Bytes| {
            let counter = counter.clone();
            async move {
                // Count the items of the batch (length-prefixed).
                let mut n = 0u64;
                let mut rest = &body[..];
                while rest.len() >= 4 {
                    let len = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
                    rest = rest.get(4 + len..).unwrap_or(&[]);
                    n += 1;
                }
                counter.fetch_add(n, Ordering::Relaxed);
                n.to_string()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(server::serve_plain_tls_for_benchmark(
        app,
        listener,
        Arc::new(server_config),
        async move {
            let _ = stopped.wait_for(|s| *s).await;
        },
    ));
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_der(cert.cert.der())?)
        .resolve(
            "baseline.local",
            std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        )
        .build()?;
    // An envelope-sized payload: the plaintext JSON a message carries.
    let payload = serde_json::to_vec(&serde_json::json!({
        "subject": "bench 0",
        "body": "x".repeat(a.body_bytes),
    }))?;
    let bar = progress(a.messages, "plain-https");
    let batch = liaison_node::federation::delivery::BATCH as usize;
    let mut latencies = vec![];
    let started = Instant::now();
    let mut sent = 0;
    while sent < a.messages {
        let n = batch.min(a.messages - sent);
        let mut body = Vec::with_capacity(n * (payload.len() + 4));
        for _ in 0..n {
            body.extend_from_slice(&(payload.len() as u32).to_be_bytes());
            body.extend_from_slice(&payload);
        }
        let t = Instant::now();
        let r = client
            .post(format!("https://baseline.local:{port}/messages"))
            .body(body)
            .send()
            .await?;
        r.error_for_status()?.bytes().await?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        latencies.extend(std::iter::repeat_n((ms * 1000.0) as i64, n));
        sent += n;
        bar.set_position(sent as u64);
    }
    let seconds = started.elapsed().as_secs_f64();
    bar.finish_and_clear();
    let _ = stop.send(true);
    latencies.sort_unstable();
    let got = received.load(Ordering::Relaxed) as i64;
    Ok(Run {
        name: "plain-https".into(),
        messages: a.messages,
        seconds,
        messages_per_second: a.messages as f64 / seconds,
        p50_ms: percentile(&latencies, 0.50) / 1000.0,
        p99_ms: percentile(&latencies, 0.99) / 1000.0,
        lost: a.messages as i64 - got,
        duplicated: (got - a.messages as i64).max(0),
    })
}

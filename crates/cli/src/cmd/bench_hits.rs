//! `liaison bench hit-no-hit`: three nodes on loopback, each holding N
//! alerts; one node asks the two others about travellers (half of them
//! subjects of the partners' alerts), many queries in flight, and the
//! answers' rate and latency are measured. Each query is signed, checked,
//! screened against the partner's full index, answered signed, and logged
//! on both sides, as in service.

use super::bench::bench_node;
use anyhow::Context;
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::screening::ScreeningRow;
use liaison_formats::screening_set;
use liaison_node::alerts::{self, AlertDefaults};
use liaison_node::app::App;
use liaison_node::federation::authority::Authority;
use liaison_node::federation::hit_queries;
use liaison_node::server;
use std::sync::Arc;
use std::time::Instant;

#[derive(clap::Args)]
pub struct HitArgs {
    /// Alerts on each node.
    #[arg(long, default_value_t = 1_000_000)]
    alerts: usize,
    /// Questions the first node asks (each goes to both partners).
    #[arg(long, default_value_t = 10_000)]
    queries: usize,
    /// Questions in flight at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    #[arg(long)]
    json: bool,
}

/// The alerts of one node: a generated watchlist, as alert rows.
fn alert_rows(seed: u64, n: usize, prefix: &str) -> anyhow::Result<Vec<ScreeningRow>> {
    let set = screening_set::generate(&screening_set::Config::new(seed, n, 0), |_, _| {});
    let mut csv = Vec::new();
    screening_set::write_records(&set.watchlist, &mut csv)?;
    let mut rows = liaison_formats::screening::read(csv.as_slice())?;
    for (i, r) in rows.iter_mut().enumerate() {
        r.id = format!("{prefix}-{i:07}");
        r.category = "arrest_for_surrender".into();
    }
    Ok(rows)
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

pub async fn run(a: HitArgs) -> anyhow::Result<()> {
    let tmp = tempfile::tempdir()?;
    let names = [("de-bench", "DE"), ("fr-bench", "FR"), ("nl-bench", "NL")];
    let mut nodes = vec![];
    for (name, country) in names {
        let dir = tmp.path().join(name);
        let (config, listener) = bench_node(&dir, name, country, None).await?;
        nodes.push((dir, config, listener));
    }
    let mut authority = Authority::init(&tmp.path().join("authority"), "bench")?;
    let pairs: Vec<_> = nodes
        .iter()
        .map(|(d, c, _)| (d.clone(), c.clone()))
        .collect();
    liaison_node::federation::local::admit_all(&mut authority, &pairs)?;
    let manage = policy::authorize(&Actor::local_operator(), Action::ManageAlerts)?;
    let defaults = AlertDefaults {
        category: None,
        handling_code: "h2".parse()?,
        valid_until: "2099-12-31".into(),
    };
    let mut apps = vec![];
    let mut partner_rows = vec![];
    let mut setup = vec![];
    for (i, (dir, config, listener)) in nodes.into_iter().enumerate() {
        let app = App::open(&dir, config, false).await?;
        let started = Instant::now();
        if i > 0 {
            let rows = alert_rows(100 + i as u64, a.alerts, &format!("N{i}"))?;
            alerts::import(&app, &manage, &rows, &defaults, "bench")
                .await
                .context("importing the alerts")?;
            partner_rows.extend(
                rows.into_iter()
                    .step_by((a.alerts / 2_000).max(1))
                    .take(2_000),
            );
            // Indexed before the clock starts, as a node does before it
            // takes its first connection.
            app.screening
                .serve_from(&app.store)
                .await
                .context("indexing the alerts")?;
        }
        setup.push(started.elapsed().as_secs_f64());
        let serving = app.clone();
        tokio::spawn(async move {
            let _ = server::serve_federation(serving, listener, std::future::pending()).await;
        });
        apps.push(app);
    }
    eprintln!(
        "{} alerts on each partner: stored and indexed in {:.1} s and {:.1} s",
        a.alerts, setup[1], setup[2]
    );
    // Half the questions are about subjects of the partners' alerts, half
    // about people nobody is looking for.
    let strangers = alert_rows(999, 2_000, "S")?;
    let screen = Arc::new(policy::authorize(
        &Actor::local_operator(),
        Action::ScreenTravellers,
    )?);
    let asker = apps[0].clone();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(a.concurrency.max(1)));
    let started = Instant::now();
    let mut tasks = vec![];
    for q in 0..a.queries {
        let row = if q % 2 == 0 {
            partner_rows[q / 2 % partner_rows.len()].clone()
        } else {
            strangers[q / 2 % strangers.len()].clone()
        };
        let permit = semaphore.clone().acquire_owned().await?;
        let (app, screen) = (asker.clone(), screen.clone());
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let answers = hit_queries::ask(&app, &screen, &[row], "benchmark", "BENCH-1").await;
            drop(permit);
            let (ok, error) = match answers {
                Ok(v) => (
                    v.iter().filter(|p| p.result.is_ok()).count(),
                    v.iter().find_map(|p| p.result.as_ref().err().cloned()),
                ),
                Err(e) => (0, Some(e.to_string())),
            };
            (t.elapsed().as_secs_f64() * 1000.0, ok, error)
        }));
    }
    let mut latencies = vec![];
    let mut answered = 0;
    let mut errors: Vec<String> = vec![];
    for t in tasks {
        let (ms, ok, error) = t.await?;
        latencies.push(ms);
        answered += ok;
        if let Some(e) = error
            && errors.len() < 3
            && !errors.contains(&e)
        {
            errors.push(e);
        }
    }
    for e in &errors {
        eprintln!("a question failed: {e}");
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort_by(f64::total_cmp);
    let per_node = answered as f64 / 2.0 / seconds;
    let report = serde_json::json!({
        "alerts_per_node": a.alerts,
        "questions": a.queries,
        "queries_answered": answered,
        "seconds": seconds,
        "queries_per_second_per_answering_node": per_node,
        "p50_ms": percentile(&latencies, 0.5),
        "p99_ms": percentile(&latencies, 0.99),
        "concurrency": a.concurrency,
    });
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "{} alerts per node, {} questions to 2 partners ({answered} answers) in {seconds:.1} s, {} in flight",
            a.alerts, a.queries, a.concurrency
        );
        println!(
            "queries/s per answering node: {per_node:.0}; latency of a question to both partners: p50 {:.1} ms, p99 {:.1} ms",
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.99)
        );
    }
    Ok(())
}

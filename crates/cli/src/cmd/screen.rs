//! `liaison screen`: a passenger list against a watchlist, every hit with
//! its score (and, on request, its explanation).

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use liaison_formats::screening::{self, ScreeningRow};
use liaison_matching::{DEFAULT_THRESHOLD, Person, Watchlist};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["travellers", "paxlst"])))]
pub struct Args {
    /// The watchlist (CSV: id,given_names,surname,full_name_native,script,date_of_birth,nationality,gender,document_number).
    #[arg(long)]
    watchlist: PathBuf,
    /// The travellers (same columns).
    #[arg(long)]
    travellers: Option<PathBuf>,
    /// The travellers as a UN/EDIFACT PAXLST passenger list (API data).
    #[arg(long)]
    paxlst: Option<PathBuf>,
    /// Where to write the hits (CSV: traveller_id,watchlist_id,score).
    #[arg(long)]
    out: PathBuf,
    /// Report pairs scoring at least this (0..1).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    threshold: f64,
    /// Also write each hit's explanation here, one JSON object per line.
    #[arg(long)]
    explain: Option<PathBuf>,
    /// Write {"index_s": …, "screen_s": …} here.
    #[arg(long)]
    timing: Option<PathBuf>,
}

fn read_list(path: &Path) -> anyhow::Result<Vec<ScreeningRow>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    screening::read(std::io::BufReader::new(file)).with_context(|| format!("{}", path.display()))
}

fn read_paxlst(path: &Path) -> anyhow::Result<Vec<ScreeningRow>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let year = time::OffsetDateTime::now_utc().year().clamp(0, 9999) as u16;
    liaison_formats::paxlst::read(&text, year).with_context(|| format!("{}", path.display()))
}

fn prepare(rows: &[ScreeningRow]) -> Vec<Person> {
    let inputs: Vec<_> = rows
        .iter()
        .map(liaison_node::screening::row_input)
        .collect();
    Person::prepare_all(&inputs)
}

/// Travellers screened between two updates of the progress bar.
const STEP: usize = 4096;

pub fn run(a: Args) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&a.threshold) {
        anyhow::bail!("--threshold must be between 0 and 1");
    }
    let started = Instant::now();
    let watchlist = Watchlist::build(prepare(&read_list(&a.watchlist)?));
    let index_s = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let rows = match (&a.travellers, &a.paxlst) {
        (Some(path), _) => read_list(path)?,
        (None, Some(path)) => read_paxlst(path)?,
        (None, None) => anyhow::bail!("give --travellers or --paxlst"),
    };
    let travellers = prepare(&rows);
    let bar = if travellers.len() > STEP {
        ProgressBar::new(travellers.len() as u64).with_style(
            ProgressStyle::with_template(
                "{msg} {bar:40} {pos}/{len} travellers, {per_sec}, {eta} left",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    } else {
        ProgressBar::hidden()
    };
    bar.set_message("screening");
    let mut hits = Vec::with_capacity(travellers.len());
    for chunk in travellers.chunks(STEP) {
        hits.extend(watchlist.screen_all(chunk, a.threshold));
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let screen_s = started.elapsed().as_secs_f64();

    let mut out = std::io::BufWriter::new(
        std::fs::File::create(&a.out)
            .with_context(|| format!("cannot create {}", a.out.display()))?,
    );
    writeln!(out, "traveller_id,watchlist_id,score")?;
    let mut csv = csv::Writer::from_writer(Vec::new());
    let mut count = 0;
    for (t, found) in travellers.iter().zip(&hits) {
        for h in found {
            csv.write_record([
                t.id.as_str(),
                watchlist.entry(h.entry).id.as_str(),
                &format!("{:.4}", h.score),
            ])?;
            count += 1;
        }
    }
    out.write_all(&csv.into_inner().context("writing hits")?)?;
    out.flush()?;

    if let Some(path) = &a.explain {
        let mut e = std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        );
        for (t, found) in travellers.iter().zip(&hits) {
            for h in found {
                let entry = watchlist.entry(h.entry);
                let line = serde_json::json!({
                    "traveller_id": t.id,
                    "watchlist_id": entry.id,
                    "score": (h.score * 10_000.0).round() / 10_000.0,
                    "traveller": t.display_name,
                    "watchlist_entry": entry.display_name,
                    "contributions": h.contributions.iter().map(|c| serde_json::json!({
                        "field": c.field,
                        "how": c.how,
                        "weight": (c.weight * 100.0).round() / 100.0,
                    })).collect::<Vec<_>>(),
                });
                writeln!(e, "{line}")?;
            }
        }
        e.flush()?;
    }
    if let Some(path) = &a.timing {
        std::fs::write(
            path,
            serde_json::json!({"index_s": index_s, "screen_s": screen_s}).to_string(),
        )
        .with_context(|| format!("cannot write {}", path.display()))?;
    }
    eprintln!(
        "{} travellers screened against {} watchlist entries: {count} hits at or above {} \
         (index {index_s:.3} s, screening {screen_s:.3} s, {:.0} travellers/s)",
        travellers.len(),
        watchlist.len(),
        a.threshold,
        travellers.len() as f64 / screen_s.max(1e-9)
    );
    Ok(())
}

//! `liaison screening-set`: writes a labelled evaluation set for traveller
//! screening (watchlist, travellers, truth, README) to a directory.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use liaison_formats::screening_set::{self as set, Config, FILES};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// More than this would not fit in memory alongside its truth table.
const MAX_RECORDS: usize = 10_000_000;

#[derive(clap::Args)]
pub struct Args {
    /// The same seed and counts always give the same files; tune a matcher
    /// on one seed and report it on another.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of watchlist entries.
    #[arg(long, default_value_t = 20_000)]
    pub watchlist: usize,
    /// Number of travellers (45 % true matches, 20 % hard negatives, 35 % unrelated).
    #[arg(long, default_value_t = 5_000)]
    pub travellers: usize,
    /// Overwrite the files of an earlier set in OUT_DIR.
    #[arg(long)]
    pub force: bool,
    /// Directory for watchlist.csv, travellers.csv, truth.csv and README.md (created if missing).
    pub out_dir: PathBuf,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    if a.watchlist == 0 || a.watchlist > MAX_RECORDS {
        bail!("--watchlist {}: give 1 to {MAX_RECORDS}", a.watchlist);
    }
    if a.travellers > MAX_RECORDS {
        bail!("--travellers {}: give 0 to {MAX_RECORDS}", a.travellers);
    }
    let dir = &a.out_dir;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create directory {}", dir.display()))?;
    if !a.force {
        for name in FILES {
            let path = dir.join(name);
            if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
                bail!(
                    "{} already exists and is not empty; use --force to overwrite it",
                    path.display()
                );
            }
        }
    }

    let started = Instant::now();
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{spinner} generating [{bar:30}] {percent:>3}% ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let config = Config::new(a.seed, a.watchlist, a.travellers);
    let set = set::generate(&config, |done, total| {
        pb.set_length(total);
        pb.set_position(done);
    });
    pb.finish_and_clear();

    let [watchlist, travellers, truth, readme] = FILES;
    write(&dir.join(watchlist), |w| {
        Ok(set::write_records(&set.watchlist, w)?)
    })?;
    write(&dir.join(travellers), |w| {
        Ok(set::write_records(&set.travellers, w)?)
    })?;
    write(&dir.join(truth), |w| Ok(set::write_truth(&set, w)?))?;
    write(&dir.join(readme), |w| {
        Ok(w.write_all(set::readme(&set).as_bytes())?)
    })?;

    let matches = set.truth.iter().filter(|t| t.variation.is_match()).count();
    let negatives = set
        .truth
        .iter()
        .filter(|t| t.variation.is_negative())
        .count();
    println!(
        "Wrote a screening set (seed {}) to {} in {:.2} s:\n  {watchlist:<16} {:>9} entries\n  {travellers:<16} {:>9} travellers: {} true matches, {} hard negatives, {} unrelated\n  {truth:<16} {:>9} rows\n  {readme:<16} counts per variation and script",
        a.seed,
        dir.display(),
        started.elapsed().as_secs_f64(),
        set.watchlist.len(),
        set.travellers.len(),
        matches,
        negatives,
        set.travellers.len() - matches - negatives,
        set.truth.len(),
    );
    Ok(())
}

fn write(
    path: &Path,
    body: impl FnOnce(&mut BufWriter<File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut w = BufWriter::new(file);
    body(&mut w)
        .and_then(|()| Ok(w.flush()?))
        .with_context(|| format!("cannot write {}", path.display()))
}

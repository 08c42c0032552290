//! `liaison demo-data`: writes a reproducible set of realistic, multilingual
//! sample records as CSV files ready for `liaison import`.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use liaison_formats::sample::{self, FILES};
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

/// More persons than this would take longer to import than anyone waits.
const MAX_PERSONS: usize = 50_000_000;

#[derive(clap::Args)]
pub struct Args {
    /// The same seed and number of persons always give the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of persons; documents, vehicles, accounts and the rest follow from it.
    #[arg(long, default_value_t = 1000)]
    pub persons: usize,
    /// Overwrite files of an earlier set in OUT_DIR.
    #[arg(long)]
    pub force: bool,
    /// Directory for the CSV files and README.txt (created if missing).
    pub out_dir: PathBuf,
}

const README: &str = "README.txt";

pub fn run(a: Args) -> anyhow::Result<()> {
    if a.persons == 0 || a.persons > MAX_PERSONS {
        bail!("--persons {}: give 1 to {MAX_PERSONS}", a.persons);
    }
    let dir = &a.out_dir;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create directory {}", dir.display()))?;
    if !a.force {
        for name in FILES.iter().map(|(name, _)| *name).chain([README]) {
            let path = dir.join(name);
            if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
                bail!(
                    "{} already exists and is not empty; use --force to overwrite it",
                    path.display()
                );
            }
        }
    }
    let mut outs = Vec::with_capacity(FILES.len());
    for (name, _) in FILES {
        outs.push(BufWriter::new(create(&dir.join(name))?));
    }
    let outs: [BufWriter<File>; FILES.len()] = outs
        .try_into()
        .map_err(|_| anyhow::anyhow!("one writer per file"))?;

    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{spinner} generating [{bar:30}] {percent:>3}% ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let rows = sample::stream_csv(a.seed, a.persons, outs, |done, total| {
        pb.set_length(total);
        pb.set_position(done);
    });
    pb.finish_and_clear();
    let rows =
        rows.with_context(|| format!("cannot write the sample files in {}", dir.display()))?;
    let readme = dir.join(README);
    std::fs::write(&readme, sample::readme(a.seed, a.persons, &rows))
        .with_context(|| format!("cannot write {}", readme.display()))?;

    println!(
        "Wrote sample data (seed {}, {} persons) to {}:",
        a.seed,
        a.persons,
        dir.display()
    );
    for ((name, kind), n) in FILES.iter().zip(rows) {
        println!(
            "  {name:<20} {n:>10} rows  (--kind {})",
            sample::kind_name(*kind)
        );
    }
    println!(
        "  {:<20} {:>10} rows in {} files\nImport the files in this order (see {README}).",
        "total",
        rows.iter().sum::<usize>(),
        FILES.len()
    );
    Ok(())
}

fn create(path: &Path) -> anyhow::Result<File> {
    File::create(path).with_context(|| format!("cannot create {}", path.display()))
}

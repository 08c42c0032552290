//! `liaison import`, `liaison export`, `liaison schema`.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_core::model::{DataSubjectCategory, PartialDate, RecordKind};
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::import::InputFormat;
use liaison_formats::rows::{Defaults, ImportKind};
use liaison_node::app::App;
use liaison_node::config::Config;
use liaison_node::records::{self, ExportFormat, RecordsError};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ImportArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
    /// person, document, vehicle, account, phone, email, organisation, location, firearm, event or relation.
    #[arg(long)]
    pub kind: ImportKind,
    /// CSV with a header row, or JSON Lines (`.jsonl`).
    pub file: PathBuf,
    /// csv or jsonl; by default from the file name.
    #[arg(long)]
    pub format: Option<String>,
    /// Handling code for rows that give none: h0, h1, h2, h3.
    #[arg(long)]
    pub handling_code: Option<HandlingCode>,
    /// The restriction in words, for h3.
    #[arg(long)]
    pub handling_restriction: Option<String>,
    /// Purpose the data was collected for.
    #[arg(long)]
    pub purpose: Option<String>,
    /// Case reference.
    #[arg(long = "case")]
    pub case_reference: Option<String>,
    /// Data subject category for persons: suspect, convicted_person, victim, witness, contact_or_associate, informant, other.
    #[arg(long)]
    pub data_subject_category: Option<String>,
    /// 4x4 evaluation, e.g. B2.
    #[arg(long)]
    pub evaluation: Option<String>,
    /// Review date, YYYY-MM-DD.
    #[arg(long)]
    pub review_after: Option<String>,
    /// Deletion date, YYYY-MM-DD.
    #[arg(long)]
    pub delete_after: Option<String>,
    /// Also write the rejection report (CSV: line,column,reason) to this file.
    #[arg(long)]
    pub report: Option<PathBuf>,
}

fn full_date(flag: &str, s: &Option<String>) -> anyhow::Result<Option<time::Date>> {
    s.as_deref()
        .map(|v| {
            PartialDate::parse(v)
                .ok()
                .and_then(|d| d.to_date())
                .with_context(|| format!("{flag} {v}: use a full date, YYYY-MM-DD"))
        })
        .transpose()
}

fn bar(len: Option<u64>) -> ProgressBar {
    let pb = match len {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::new_spinner(),
    };
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} {msg:>10} [{bar:30}] {pos}/{len} rows ({per_sec}, {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    pb
}

async fn open(data_dir: &std::path::Path) -> anyhow::Result<App> {
    let config = Config::load(data_dir)?;
    App::open(data_dir, config, false)
        .await
        .with_context(|| format!("cannot open node in {}", data_dir.display()))
}

pub async fn import(a: ImportArgs) -> anyhow::Result<()> {
    let format = match a.format.as_deref() {
        None => InputFormat::from_path(&a.file),
        Some("csv") => InputFormat::Csv,
        Some("jsonl") => InputFormat::Jsonl,
        Some(f) => bail!("--format {f}: use csv or jsonl"),
    };
    let app = open(&a.data_dir).await?;
    let defaults = Defaults {
        owner_node: app.config.node.name.clone(),
        owner_unit: None,
        handling_code: a.handling_code,
        handling_restriction: a.handling_restriction.clone(),
        data_subject_category: a
            .data_subject_category
            .as_deref()
            .map(str::parse::<DataSubjectCategory>)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--data-subject-category: {e}"))?,
        evaluation: a
            .evaluation
            .as_deref()
            .map(|e| {
                Evaluation::parse(e)
                    .with_context(|| format!("--evaluation {e}: use a 4x4 grade such as B2"))
            })
            .transpose()?,
        case_reference: a.case_reference.clone(),
        purpose: a.purpose.clone(),
        review_after: full_date("--review-after", &a.review_after)?,
        delete_after: full_date("--delete-after", &a.delete_after)?,
    };
    // Fail early with the path in the message; the import opens it again
    // for each of its two passes.
    std::fs::File::open(&a.file).with_context(|| format!("cannot open {}", a.file.display()))?;
    // The number of rows is known once the file is validated; until then a spinner.
    let pb = bar(None);
    pb.set_message("reading");
    let permit = policy::authorize(&Actor::local_operator(), Action::ImportRecords)?;
    let name = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut total = 0usize;
    let spec = records::ImportSpec {
        kind: a.kind,
        format,
        defaults: &defaults,
        source_name: &name,
    };
    let result = records::import(
        &app.store,
        &app.audit,
        &permit,
        &spec,
        || std::fs::File::open(&a.file).map(std::io::BufReader::new),
        &mut |phase, n| {
            if phase == "validating" {
                total = n;
                pb.set_message("validating");
                pb.set_position(n as u64);
            } else {
                if pb.length() != Some(total as u64) {
                    pb.set_length(total as u64);
                }
                pb.set_message("writing");
                pb.set_position(n as u64);
            }
        },
    )
    .await;
    pb.finish_and_clear();
    match result {
        Ok(o) => {
            println!(
                "Imported {} record(s) and {} relation(s) from {} in one transaction.",
                o.records,
                o.relations,
                a.file.display()
            );
            Ok(())
        }
        Err(RecordsError::Rejected(errors)) => {
            eprintln!(
                "{} was rejected: {} problem(s). Nothing was written.",
                a.file.display(),
                errors.len()
            );
            eprintln!("{:>6}  {:<22}  REASON", "LINE", "COLUMN");
            for e in errors.iter().take(200) {
                eprintln!("{:>6}  {:<22}  {}", e.line, e.column, e.reason);
            }
            if errors.len() > 200 {
                eprintln!(
                    "… and {} more (use --report FILE for all)",
                    errors.len() - 200
                );
            }
            if let Some(path) = &a.report {
                let mut w = csv::Writer::from_path(path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                w.write_record(["line", "column", "reason"])?;
                for e in &errors {
                    w.write_record([e.line.to_string(), e.column.clone(), e.reason.clone()])?;
                }
                w.flush()?;
                eprintln!("Full report: {}", path.display());
            }
            bail!("import rejected")
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
    #[arg(long)]
    pub kind: RecordKind,
    /// csv, jsonl or ftm (FollowTheMoney entities, one JSON object per line).
    #[arg(long)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub async fn export(a: ExportArgs) -> anyhow::Result<()> {
    let app = open(&a.data_dir).await?;
    let permit = policy::authorize(&Actor::local_operator(), Action::ExportRecords)?;
    let out: Box<dyn std::io::Write + Send> = match &a.out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let outcome = match records::export(
        &app.store,
        &app.audit,
        &permit,
        a.kind,
        a.format,
        out,
        &mut |_, _| {},
    )
    .await
    {
        Ok(o) => o,
        Err(RecordsError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    eprintln!("Exported {} {} record(s).", outcome.records, a.kind);
    for (what, n) in &outcome.skipped {
        eprintln!("Skipped {n} ({what}): FollowTheMoney cannot express it.");
    }
    Ok(())
}

pub fn schema() -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(&liaison_formats::schema::record_schema())?;
    super::write_stdout(&(text + "\n"))
}

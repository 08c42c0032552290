//! `liaison offences import|list`: national offence tables.

use anyhow::{Context, bail};
use liaison_core::node::CountryCode;
use liaison_node::app::App;
use liaison_node::config::Config;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Load (replace) a country's offence table from CSV: code,label,iccs,list_offence,ecris.
    Import {
        #[arg(long, env = "LIAISON_DATA_DIR")]
        data_dir: PathBuf,
        /// ISO 3166-1 alpha-2 code of the country whose penal code this is.
        #[arg(long)]
        country: String,
        file: PathBuf,
    },
    /// Print the offence tables.
    List {
        #[arg(long, env = "LIAISON_DATA_DIR")]
        data_dir: PathBuf,
        #[arg(long)]
        country: Option<String>,
    },
}

async fn open(data_dir: &std::path::Path) -> anyhow::Result<App> {
    let config = Config::load(data_dir)?;
    App::open(data_dir, config, false)
        .await
        .with_context(|| format!("cannot open node in {}", data_dir.display()))
}

pub async fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Import {
            data_dir,
            country,
            file,
        } => {
            let country = CountryCode::parse(&country).context("--country")?;
            let input = std::fs::File::open(&file)
                .with_context(|| format!("cannot open {}", file.display()))?;
            let offences = match liaison_formats::offences::read(&country, input) {
                Ok(o) => o,
                Err(errors) => {
                    eprintln!(
                        "{} was rejected: {} problem(s). Nothing was written.",
                        file.display(),
                        errors.len()
                    );
                    for e in &errors {
                        eprintln!("{:>6}  {:<14}  {}", e.line, e.column, e.reason);
                    }
                    bail!("offence table rejected");
                }
            };
            let app = open(&data_dir).await?;
            app.store
                .replace_national_offences(&country, &offences)
                .await?;
            println!("Loaded {} offence(s) for {country}.", offences.len());
            Ok(())
        }
        Cmd::List { data_dir, country } => {
            let country = country
                .as_deref()
                .map(CountryCode::parse)
                .transpose()
                .context("--country")?;
            let app = open(&data_dir).await?;
            let mut out = String::new();
            writeln!(
                out,
                "{:<3} {:<22} {:<12} {:<44} LABEL",
                "CC", "CODE", "ICCS", "LIST OFFENCE"
            )?;
            for o in app.store.national_offences(country.as_ref()).await? {
                writeln!(
                    out,
                    "{:<3} {:<22} {:<12} {:<44} {}",
                    o.country,
                    o.code,
                    o.iccs.join(";"),
                    o.list_offence.as_deref().unwrap_or("-"),
                    o.label
                )?;
            }
            super::write_stdout(&out)
        }
    }
}

//! `liaison alert`: this node's alerts from the shell (works while the node
//! serves; a serving node picks new alerts up when it next starts or when
//! alerts change through it).

use anyhow::Context;
use liaison_core::policy::{self, Action, Actor};
use liaison_node::alerts::{self, AlertDefaults};
use liaison_node::app::App;
use liaison_node::config::Config;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Import alerts from a CSV file: the screening columns
    /// (id,given_names,surname,full_name_native,script,date_of_birth,nationality,gender,document_number;
    /// `id` is the alert's reference), optionally category, action, valid_until, handling_code.
    /// All rows or none.
    Import(ImportArgs),
}

#[derive(clap::Args)]
pub struct ImportArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    /// The CSV file.
    file: PathBuf,
    /// Category of rows without one: arrest_for_surrender, missing_person, judicial_procedure,
    /// discreet_check, inquiry_check, specific_check, refusal_of_entry, return_decision,
    /// travel_document, vehicle, firearm, banknote, object.
    #[arg(long)]
    category: Option<String>,
    /// Handling code of rows without one.
    #[arg(long, default_value = "H2")]
    handling_code: String,
    /// Validity of rows without one (YYYY-MM-DD); default one year from today.
    #[arg(long)]
    valid_until: Option<String>,
}

pub async fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Import(a) => import(a).await,
    }
}

async fn import(a: ImportArgs) -> anyhow::Result<()> {
    let file = std::fs::File::open(&a.file)
        .with_context(|| format!("cannot open {}", a.file.display()))?;
    let rows = liaison_formats::screening::read(std::io::BufReader::new(file))
        .with_context(|| format!("{}", a.file.display()))?;
    let defaults = AlertDefaults {
        category: a
            .category
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(anyhow::Error::msg)?,
        handling_code: a.handling_code.parse()?,
        valid_until: a.valid_until.unwrap_or_else(|| {
            (time::OffsetDateTime::now_utc().date() + time::Duration::days(365)).to_string()
        }),
    };
    let config = Config::load(&a.data_dir)?;
    let app = App::open(&a.data_dir, config, false)
        .await
        .with_context(|| format!("cannot open node in {}", a.data_dir.display()))?;
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageAlerts)?;
    let source = a.file.display().to_string();
    let n = alerts::import(&app, &permit, &rows, &defaults, &source).await?;
    println!("imported {n} alerts");
    Ok(())
}

//! `liaison demo`: a ready node for trying Liaison, with units, one user per
//! role and a generated set of sample records. Run it again and it reuses the
//! same data directory.

use anyhow::Context;
use liaison_core::node::{CountryCode, NodeName};
use liaison_core::policy::{self, Action, Actor};
use liaison_core::{Role, UnitKind};
use liaison_formats::import::InputFormat;
use liaison_formats::rows::Defaults;
use liaison_formats::sample;
use liaison_node::accounts::NewAccount;
use liaison_node::app::App;
use liaison_node::config::{CONFIG_FILE, Config};
use liaison_node::init::{InitOptions, init_node};
use liaison_node::records::{self, ImportSpec, RecordsError};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Every demo user has this password. A demo node is for trying things on
/// your own machine only: it listens on loopback and does not ask for TOTP.
pub const DEMO_PASSWORD: &str = "liaison-demo-2026";

#[derive(clap::Args)]
pub struct Args {
    /// Where the demo node keeps its data (created on first run).
    #[arg(long, default_value = "demo-data")]
    pub data_dir: PathBuf,
    /// Port on 127.0.0.1.
    #[arg(long, default_value_t = 8440)]
    pub port: u16,
}

const DEMO_UNITS: [(&str, &str, UnitKind); 5] = [
    (
        "spoc",
        "International cooperation desk (SPOC)",
        UnitKind::Spoc,
    ),
    ("sirene", "SIRENE Bureau", UnitKind::SireneBureau),
    ("ncb", "INTERPOL NCB Wiesbaden", UnitKind::Ncb),
    ("piu", "Passenger Information Unit", UnitKind::Piu),
    ("fiu", "Financial Intelligence Unit", UnitKind::Fiu),
];

/// The sample set the demo node starts with: `liaison demo-data --seed 2026
/// --persons 300` writes the same records as files.
const SAMPLE_SEED: u64 = 2026;
const SAMPLE_PERSONS: usize = 300;

const DEMO_USERS: [(&str, &str, Role, &str); 7] = [
    ("officer", "Anna Berger", Role::Officer, "spoc"),
    ("border.guard", "Jonas Keller", Role::BorderGuard, "piu"),
    ("analyst", "Miriam Roth", Role::Analyst, "spoc"),
    ("fiu.analyst", "Farid Haddad", Role::FiuAnalyst, "fiu"),
    ("prosecutor", "Dr. Eva Lindner", Role::Prosecutor, ""),
    ("investigator", "Tomasz Nowak", Role::Investigator, "spoc"),
    ("dpo", "Claire Dubois", Role::Dpo, ""),
];

pub async fn run(args: Args) -> anyhow::Result<()> {
    let data_dir = args.data_dir;
    let addr = SocketAddr::from(([127, 0, 0, 1], args.port));
    if !data_dir.join(CONFIG_FILE).exists() {
        create(&data_dir, addr).await?;
    }
    let mut config = Config::load(&data_dir)?;
    config.http.listen = addr;
    crate::logging::init(config.log.format, "warn,liaison=info");
    let banner = banner(&config, addr);
    super::serve::serve(&data_dir, config, Some(banner)).await
}

async fn create(data_dir: &Path, addr: SocketAddr) -> anyhow::Result<()> {
    eprintln!("Creating demo node in {} …", data_dir.display());
    init_node(InitOptions {
        data_dir: data_dir.to_path_buf(),
        name: NodeName::parse("de-bka")?,
        country: CountryCode::parse("DE")?,
        database_url: None,
        admin_password: Some(DEMO_PASSWORD.to_owned()),
        require_totp: false,
        listen: Some(addr),
    })
    .await
    .context("creating the demo node")?;
    let config = Config::load(data_dir)?;
    let app = App::open(data_dir, config, false).await?;
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageUsers)?;
    for (code, name, kind) in DEMO_UNITS {
        app.accounts
            .create_unit(&permit, code, name, kind, "cli")
            .await?;
    }
    // The demo ships example offence tables for two countries.
    for (cc, csv) in [
        ("DE", include_str!("../../../../data/offences/de.csv")),
        ("FR", include_str!("../../../../data/offences/fr.csv")),
    ] {
        let country = CountryCode::parse(cc)?;
        let offences = liaison_formats::offences::read(&country, csv.as_bytes())
            .map_err(|e| anyhow::anyhow!("example offence table {cc} is invalid: {e:?}"))?;
        app.store
            .replace_national_offences(&country, &offences)
            .await?;
    }
    for (username, display_name, role, unit) in DEMO_USERS {
        app.accounts
            .create_user(
                &permit,
                NewAccount {
                    username,
                    display_name,
                    role,
                    unit_code: Some(unit),
                    password: DEMO_PASSWORD,
                    must_change_password: false,
                },
                "cli",
            )
            .await?;
    }
    load_sample(&app).await?;
    app.store.close().await;
    Ok(())
}

/// Imports the sample set file by file, as `liaison import` would, so that
/// there is something to search from the first login.
async fn load_sample(app: &App) -> anyhow::Result<()> {
    let set = sample::generate(SAMPLE_SEED, SAMPLE_PERSONS);
    let permit = policy::authorize(&Actor::local_operator(), Action::ImportRecords)?;
    // Every sample row fills its own record columns.
    let defaults = Defaults {
        owner_node: app.config.node.name.clone(),
        owner_unit: None,
        handling_code: None,
        handling_restriction: None,
        data_subject_category: None,
        evaluation: None,
        case_reference: None,
        purpose: None,
        review_after: None,
        delete_after: None,
    };
    let (mut records, mut relations) = (0, 0);
    for file in &set.files {
        let mut data = Vec::new();
        file.write_csv(&mut data, |_| {})
            .with_context(|| format!("writing sample {}", file.name))?;
        let spec = ImportSpec {
            kind: file.kind,
            format: InputFormat::Csv,
            defaults: &defaults,
            source_name: file.name,
        };
        let outcome = records::import(
            &app.store,
            &app.audit,
            &permit,
            &spec,
            || Ok::<_, std::io::Error>(data.as_slice()),
            &mut |_, _| {},
        )
        .await
        .map_err(|e| match e {
            RecordsError::Rejected(errors) => anyhow::anyhow!(
                "sample {} was rejected: {:?}",
                file.name,
                &errors[..errors.len().min(5)]
            ),
            e => e.into(),
        })?;
        records += outcome.records;
        relations += outcome.relations;
    }
    eprintln!(
        "Loaded {records} sample records and {relations} relations \
         (liaison demo-data --seed {SAMPLE_SEED} --persons {SAMPLE_PERSONS})."
    );
    Ok(())
}

fn banner(config: &Config, addr: SocketAddr) -> String {
    let mut s = format!(
        "\nLiaison demo node {} ({}) is running.\n\n  Open  http://{addr}/\n\n  Users (password for all: {DEMO_PASSWORD}):\n",
        config.node.name, config.node.country
    );
    s.push_str(&format!("    {:<14} {}\n", "admin", "admin"));
    for (username, _, role, _) in DEMO_USERS {
        s.push_str(&format!("    {username:<14} {role}\n"));
    }
    s.push_str("\n  API docs: http://");
    s.push_str(&addr.to_string());
    s.push_str("/api/docs   Metrics: /metrics\n  Ctrl-C to stop.\n");
    s
}

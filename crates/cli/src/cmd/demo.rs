//! `liaison demo`: a ready network for trying Liaison: a network authority
//! and three agencies' nodes (DE, FR, NL), each its own `liaison serve`
//! process with units, one user per role, generated sample records and a few
//! message threads between them. Run it again and it reuses the same
//! data directory.

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
use liaison_node::federation::authority::Authority;
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
    /// First port on 127.0.0.1: the nodes' web UIs use PORT, PORT+1,
    /// PORT+2, their federation endpoints PORT+10, PORT+11, PORT+12.
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

/// The demo network: three agencies, each its own `liaison serve` process.
struct DemoNode {
    name: &'static str,
    country: &'static str,
    agency: &'static str,
    /// Sample records: `liaison demo-data --seed SEED --persons PERSONS`.
    seed: u64,
    persons: usize,
}

const NETWORK: &str = "eu-demo";
const DEMO_NODES: [DemoNode; 3] = [
    DemoNode {
        name: "de-bka",
        country: "DE",
        agency: "Bundeskriminalamt",
        seed: SAMPLE_SEED,
        persons: SAMPLE_PERSONS,
    },
    DemoNode {
        name: "fr-dcpj",
        country: "FR",
        agency: "Direction centrale de la police judiciaire",
        seed: SAMPLE_SEED + 1,
        persons: 100,
    },
    DemoNode {
        name: "nl-klpd",
        country: "NL",
        agency: "Politie – Landelijke Eenheid",
        seed: SAMPLE_SEED + 2,
        persons: 100,
    },
];

/// Node `i` serves its web UI on `port + i` and its federation endpoint on
/// `port + 10 + i`.
fn ports(port: u16, i: usize) -> (u16, u16) {
    (port + i as u16, port + 10 + i as u16)
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let dir = args.data_dir;
    crate::logging::init(liaison_node::config::LogFormat::Human, "warn");
    if dir.join(CONFIG_FILE).exists() {
        anyhow::bail!(
            "{} holds a single-node demo from an earlier version of Liaison; \
             remove it or choose another --data-dir",
            dir.display()
        );
    }
    if args.port > u16::MAX - 20 {
        anyhow::bail!("--port {} leaves no room for the demo's ports", args.port);
    }
    if !dir.join("authority").exists() {
        create_network(&dir, args.port).await?;
    }
    for (i, n) in DEMO_NODES.iter().enumerate() {
        let config = Config::load(&dir.join(n.name))?;
        let (web, _) = ports(args.port, i);
        if config.http.listen.port() != web {
            anyhow::bail!(
                "the demo network in {} was made for --port {}; run it with that port or remove the directory",
                dir.display(),
                config.http.listen.port()
            );
        }
    }
    let mut children = vec![];
    for n in &DEMO_NODES {
        children.push(spawn_node(&dir.join(n.name))?);
    }
    let ready = wait_ready(args.port).await;
    if let Err(e) = ready {
        stop_all(&mut children);
        return Err(e);
    }
    println!("{}", banner(&dir, args.port));
    // Until Ctrl-C, SIGTERM or a node exits.
    let interrupted = super::serve::shutdown_signal();
    tokio::pin!(interrupted);
    loop {
        tokio::select! {
            _ = &mut interrupted => break,
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {
                if let Some(name) = children.iter_mut().zip(DEMO_NODES.iter()).find_map(|(c, n)| {
                    matches!(c.try_wait(), Ok(Some(_))).then_some(n.name)
                }) {
                    eprintln!("node {name} stopped; see {}/serve.log. Stopping the demo.", dir.join(name).display());
                    break;
                }
            }
        }
    }
    stop_all(&mut children);
    Ok(())
}

fn spawn_node(data_dir: &Path) -> anyhow::Result<std::process::Child> {
    let log = std::fs::File::create(data_dir.join("serve.log"))
        .with_context(|| format!("cannot write {}/serve.log", data_dir.display()))?;
    std::process::Command::new(std::env::current_exe().context("locating the liaison binary")?)
        .args(["serve", "--data-dir"])
        .arg(data_dir)
        .env_remove("LIAISON_DATA_DIR")
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| format!("cannot start the node in {}", data_dir.display()))
}

async fn wait_ready(port: u16) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    for (i, node) in DEMO_NODES.iter().enumerate() {
        let (web, federation) = ports(port, i);
        loop {
            let up = tokio::net::TcpStream::connect(("127.0.0.1", web))
                .await
                .is_ok()
                && tokio::net::TcpStream::connect(("127.0.0.1", federation))
                    .await
                    .is_ok();
            if up {
                break;
            }
            if std::time::Instant::now() > deadline {
                anyhow::bail!(
                    "node {} did not start within a minute (is port {web} or {federation} taken?)",
                    node.name
                );
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    Ok(())
}

/// SIGTERM each node (a clean stop), then SIGKILL any still running.
fn stop_all(children: &mut [std::process::Child]) {
    for c in children.iter() {
        let _ = std::process::Command::new("kill")
            .arg(c.id().to_string())
            .status();
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    for c in children.iter_mut() {
        while matches!(c.try_wait(), Ok(None)) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = c.kill();
        let _ = c.wait();
    }
}

async fn create_network(dir: &Path, port: u16) -> anyhow::Result<()> {
    eprintln!("Creating the demo network in {} …", dir.display());
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    // Built in a temporary directory and renamed at the end, so that an
    // interrupted first run leaves nothing half made.
    let building = dir.join(".building");
    if building.exists() {
        std::fs::remove_dir_all(&building)?;
    }
    std::fs::create_dir_all(&building)?;
    let mut authority = Authority::init(&building.join("authority"), NETWORK)?;
    let mut nodes = vec![];
    for (i, n) in DEMO_NODES.iter().enumerate() {
        let node_dir = building.join(n.name);
        let (web, federation) = ports(port, i);
        create_node(&node_dir, n, SocketAddr::from(([127, 0, 0, 1], web))).await?;
        let mut config = Config::load(&node_dir)?;
        config.node.agency = Some(n.agency.to_owned());
        config.federation = Some(liaison_node::config::FederationSection {
            listen: SocketAddr::from(([127, 0, 0, 1], federation)),
            endpoint: format!("https://127.0.0.1:{federation}"),
            directory_refresh_seconds: 30,
        });
        std::fs::write(node_dir.join(CONFIG_FILE), config.to_toml())?;
        nodes.push((node_dir, config));
    }
    liaison_node::federation::local::admit_all(&mut authority, &nodes)?;
    sample_threads(&nodes).await?;
    // Paths inside the data directories are relative, so the move is safe.
    for entry in std::fs::read_dir(&building)? {
        let entry = entry?;
        std::fs::rename(entry.path(), dir.join(entry.file_name()))?;
    }
    std::fs::remove_dir(&building)?;
    Ok(())
}

/// A few threads between the agencies, queued before the nodes start and
/// delivered as soon as they do.
async fn sample_threads(nodes: &[(PathBuf, Config)]) -> anyhow::Result<()> {
    use liaison_core::evaluation::Evaluation;
    use liaison_core::handling::HandlingCode;
    use liaison_node::federation::messages::{self, Outgoing};
    let mut apps = vec![];
    for (d, c) in nodes {
        apps.push(App::open(d, c.clone(), false).await?);
    }
    let author = |name: &str| liaison_core::audit::AuditActor {
        kind: "user".into(),
        id: None,
        name: name.to_owned(),
    };
    let eval = |c: &str| Evaluation::parse(c).context("evaluation");
    let msg = |to: &[&str], h, e, subject: &str, body: &str, thread| Outgoing {
        to: to.iter().map(|s| s.to_string()).collect(),
        handling_code: h,
        evaluation: e,
        subject: subject.to_owned(),
        body: body.to_owned(),
        thread,
        records: vec![],
        attachments: vec![],
    };
    let (de, fr, nl) = (&apps[0], &apps[1], &apps[2]);
    let first = messages::send(
        de,
        &author("investigator"),
        msg(
            &["fr-dcpj"],
            HandlingCode::H2,
            eval("B2")?,
            "Cocaine shipment, container MSCU 7284113 via Le Havre",
            "Our source reports 400 kg hidden in a reefer container due in Le Havre on Friday. \
             Can you confirm the consignee and the expected discharge time? A controlled delivery \
             to Duisburg is being considered.",
            None,
        ),
    )
    .await?;
    messages::send(
        fr,
        &author("investigator"),
        msg(
            &["de-bka"],
            HandlingCode::H2,
            eval("A2")?,
            "Re: Cocaine shipment, container MSCU 7284113 via Le Havre",
            "Confirmed: discharge planned Friday 06:00. Consignee is a Rotterdam forwarding company; \
             we are copying our Dutch colleagues in a separate request.",
            Some(first),
        ),
    )
    .await?;
    messages::send(
        nl,
        &author("officer"),
        msg(
            &["de-bka", "fr-dcpj"],
            HandlingCode::H0,
            eval("A1")?,
            "Stolen vehicle: BMW X5, NL plate XK-472-B",
            "Stolen in Utrecht last night, probably heading south. VIN WBAKS410500A12345. \
             Please report any sighting or hit.",
            None,
        ),
    )
    .await?;
    messages::send(
        fr,
        &author("fiu.analyst"),
        msg(
            &["de-bka"],
            HandlingCode::H1,
            eval("C3")?,
            "Money mule accounts, request for information",
            "Three German IBANs received transfers from the fraud case FR-2026-1187. \
             Not for use in court without our permission. Do you hold information on the holders?",
            None,
        ),
    )
    .await?;
    for a in apps {
        a.store.close().await;
    }
    Ok(())
}

async fn create_node(data_dir: &Path, n: &DemoNode, addr: SocketAddr) -> anyhow::Result<()> {
    init_node(InitOptions {
        data_dir: data_dir.to_path_buf(),
        name: NodeName::parse(n.name)?,
        country: CountryCode::parse(n.country)?,
        database_url: None,
        admin_password: Some(DEMO_PASSWORD.to_owned()),
        require_totp: false,
        listen: Some(addr),
    })
    .await
    .with_context(|| format!("creating the demo node {}", n.name))?;
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
    load_sample(&app, n.seed, n.persons).await?;
    let partners: Vec<(u64, usize)> = DEMO_NODES
        .iter()
        .filter(|p| p.name != n.name)
        .map(|p| (p.seed, p.persons))
        .collect();
    let alerts = super::demo_alerts::load(&app, data_dir, n.seed, n.persons, &partners).await?;
    eprintln!("{}: {alerts} alerts.", n.name);
    app.store.close().await;
    Ok(())
}

/// Imports the sample set file by file, as `liaison import` would, so that
/// there is something to search from the first login.
async fn load_sample(app: &App, seed: u64, persons: usize) -> anyhow::Result<()> {
    let set = sample::generate(seed, persons);
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
        "{}: loaded {records} sample records and {relations} relations \
         (liaison demo-data --seed {seed} --persons {persons}).",
        app.config.node.name
    );
    Ok(())
}

fn banner(dir: &Path, port: u16) -> String {
    let mut s = format!(
        "\nLiaison demo network {NETWORK} is running: three agencies, each its own node.\n\n"
    );
    for (i, n) in DEMO_NODES.iter().enumerate() {
        let (web, federation) = ports(port, i);
        s.push_str(&format!(
            "  {:<8} {} ({})\n           open http://127.0.0.1:{web}/   federation https://127.0.0.1:{federation}   data {}\n",
            n.name,
            n.agency,
            n.country,
            dir.join(n.name).display()
        ));
    }
    s.push_str(&format!(
        "\n  Users on every node (password for all: {DEMO_PASSWORD}):\n"
    ));
    s.push_str(&format!("    {:<14} {}\n", "admin", "admin"));
    for (username, _, role, _) in DEMO_USERS {
        s.push_str(&format!("    {username:<14} {role}\n"));
    }
    s.push_str(&format!(
        "\n  Alerts are in force on every node: sign in as border.guard, open Screening and upload\n  \
         {}/de-bka/sample-passengers.csv (or any node's) to see explained hits; each opens a hit\n           to verify and report (Hits). Stolen vehicles to check by VIN: {}/de-bka/sample-vehicles.csv.\n",
        dir.display(),
        dir.display()
    ));
    s.push_str(&format!(
        "\n  Sample threads between the agencies are in each node's messages.\n  \
         From a shell: liaison message list --data-dir {}/fr-dcpj --box inbox\n  \
         API docs: http://127.0.0.1:{port}/api/docs   Metrics: /metrics\n  Ctrl-C stops all three nodes.\n",
        dir.display()
    ));
    s
}

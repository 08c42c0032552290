//! `liaison network`: the network authority's commands (run offline, on the
//! authority's machine).

use anyhow::Context;
use liaison_node::federation::authority::Authority;
use liaison_node::federation::request::NodeRequest;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Create a network authority: a CA and a directory-signing key.
    Init {
        /// Directory for the authority's keys and directory (created).
        #[arg(long)]
        dir: PathBuf,
        /// The network's name, e.g. `eu-demo`.
        #[arg(long)]
        name: String,
    },
    /// Admit a node: issue its certificate and publish a directory listing it.
    Admit {
        #[arg(long)]
        dir: PathBuf,
        /// The request file written by `liaison node request`.
        #[arg(long)]
        node_request: PathBuf,
        /// How long the node's certificate is valid.
        #[arg(long, default_value_t = 365)]
        valid_days: u32,
    },
    /// Revoke a node: publish a new directory version without it.
    Revoke {
        #[arg(long)]
        dir: PathBuf,
        #[arg(long)]
        node: String,
    },
    /// Show the current directory.
    Show {
        #[arg(long)]
        dir: PathBuf,
    },
}

pub fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Init { dir, name } => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            let a = Authority::init(&dir, &name)?;
            println!(
                "Network {name}: authority created in {}\n  directory: {} (version {})\n  authority key fingerprint: {}\n\
                 Give nodes the fingerprint out of band; they compare it when they join.",
                dir.display(),
                a.directory_path().display(),
                a.directory.version,
                a.fingerprint()
            );
        }
        Cmd::Admit {
            dir,
            node_request,
            valid_days,
        } => {
            let text = std::fs::read_to_string(&node_request)
                .with_context(|| format!("cannot read {}", node_request.display()))?;
            let request =
                NodeRequest::parse(&text).with_context(|| format!("{}", node_request.display()))?;
            let mut a = Authority::open(&dir)?;
            let admitted = a.admit(&request, valid_days)?;
            println!(
                "Admitted {} ({}, {}) at {}\n  certificate: {}\n  directory: {} (version {})\n\
                 Send both files to the node's operator: liaison node join --data-dir D --directory {} --certificate {}",
                request.name,
                request.country,
                request.agency,
                request.endpoint,
                admitted.certificate.display(),
                admitted.directory.display(),
                admitted.version,
                admitted.directory.display(),
                admitted.certificate.display()
            );
        }
        Cmd::Revoke { dir, node } => {
            let mut a = Authority::open(&dir)?;
            let version = a.revoke(&node)?;
            println!(
                "Revoked {node}: directory version {version} published at {}\n\
                 Install it on any member (liaison node join); members pass it on to each other.",
                a.directory_path().display()
            );
        }
        Cmd::Show { dir } => {
            let a = Authority::open(&dir)?;
            let d = &a.directory;
            println!(
                "Network {} · directory version {} · authority {}",
                d.network,
                d.version,
                a.fingerprint()
            );
            for m in &d.members {
                println!(
                    "  {:<16} {} {:<30} {}",
                    m.name, m.country, m.agency, m.endpoint
                );
            }
        }
    }
    Ok(())
}

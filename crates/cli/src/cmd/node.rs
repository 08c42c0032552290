//! `liaison node`: a node's side of joining a network.

use anyhow::Context;
use liaison_node::config::{self, Config};
use liaison_node::federation::membership;
use liaison_node::identity::NodeIdentity;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Write this node's request to join a network (creates its TLS and
    /// encryption keys the first time); give the file to the authority.
    Request {
        #[arg(long, env = "LIAISON_DATA_DIR")]
        data_dir: PathBuf,
    },
    /// Install a network's directory and this node's certificate (also
    /// installs a newer directory version). Works while the node serves.
    Join {
        #[arg(long, env = "LIAISON_DATA_DIR")]
        data_dir: PathBuf,
        #[arg(long)]
        directory: PathBuf,
        #[arg(long)]
        certificate: PathBuf,
    },
}

pub fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Request { data_dir } => {
            let config = Config::load(&data_dir)?;
            let identity = NodeIdentity::load(&config::resolve(&data_dir, &config.node.key_file))?;
            let (path, r) = membership::write_request(&data_dir, &config, &identity)?;
            println!(
                "Request for {} ({}, {}) at {} written to {}\nGive it to the network authority: liaison network admit --dir AUTHORITY --node-request {}",
                r.name,
                r.country,
                r.agency,
                r.endpoint,
                path.display(),
                path.display()
            );
        }
        Cmd::Join {
            data_dir,
            directory,
            certificate,
        } => {
            let config = Config::load(&data_dir)?;
            let identity = NodeIdentity::load(&config::resolve(&data_dir, &config.node.key_file))?;
            let j = membership::join(&data_dir, &config, &identity, &directory, &certificate)
                .with_context(|| format!("cannot join with {}", directory.display()))?;
            println!(
                "{} network {}: directory version {} with {} member(s)\n  authority key fingerprint: {}\n\
                 Compare the fingerprint with the one the authority gave you.",
                if j.updated { "Updated" } else { "Joined" },
                j.network,
                j.version,
                j.members,
                j.authority_fingerprint
            );
        }
    }
    Ok(())
}

//! A network built on one machine, authority and nodes together: for the
//! demo and the benchmark. It takes the same steps operators take
//! (request, admit, join), only without carrying files between them.

use super::authority::{Authority, AuthorityError};
use super::membership::{self, MembershipError};
use crate::config::{self, Config};
use crate::identity::{IdentityError, NodeIdentity};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LocalNetworkError {
    #[error(transparent)]
    Authority(#[from] AuthorityError),
    #[error(transparent)]
    Membership(#[from] MembershipError),
    #[error(transparent)]
    Identity(#[from] IdentityError),
}

/// Admits every node (data directory and its configuration, which must
/// have a `[federation]` section) and installs the final directory on each.
pub fn admit_all(
    authority: &mut Authority,
    nodes: &[(PathBuf, Config)],
) -> Result<(), LocalNetworkError> {
    let mut certificates = vec![];
    for (dir, config) in nodes {
        let identity = load_identity(dir, config)?;
        let (_, request) = membership::write_request(dir, config, &identity)?;
        certificates.push(authority.admit(&request, 365)?.certificate);
    }
    for ((dir, config), certificate) in nodes.iter().zip(certificates) {
        let identity = load_identity(dir, config)?;
        membership::join(
            dir,
            config,
            &identity,
            &authority.directory_path(),
            &certificate,
        )?;
    }
    Ok(())
}

fn load_identity(dir: &Path, config: &Config) -> Result<NodeIdentity, IdentityError> {
    NodeIdentity::load(&config::resolve(dir, &config.node.key_file))
}

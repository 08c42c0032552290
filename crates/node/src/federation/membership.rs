//! The networks a node belongs to, as installed in its data directory:
//!
//! ```text
//! DATA_DIR/federation/networks/NETWORK/directory.cose   signed directory
//! DATA_DIR/federation/networks/NETWORK/certificate.pem  this node's certificate
//! ```
//!
//! `liaison node join` installs them; a newer directory from the authority
//! or a peer replaces the installed one (only if the authority signed it and
//! its version is higher).

use super::keys::{self, FederationKeys};
use super::request::{self, NodeRequest};
use crate::config::Config;
use crate::files::{self, FileError};
use crate::identity::NodeIdentity;
use liaison_protocol::directory::{self, Directory, DirectoryError};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::path::{Path, PathBuf};

const NETWORKS: &str = "networks";
const DIRECTORY: &str = "directory.cose";
const CERTIFICATE: &str = "certificate.pem";

#[derive(Debug, thiserror::Error)]
pub enum MembershipError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Keys(#[from] super::keys::KeyError),
    #[error("directory {path}: {source}")]
    Directory {
        path: String,
        #[source]
        source: DirectoryError,
    },
    #[error("{0}: not a PEM certificate")]
    Certificate(String),
    #[error(
        "the directory (network {network}, version {version}) does not list this node ({node})"
    )]
    NotListed {
        network: String,
        version: u64,
        node: String,
    },
    #[error(
        "the directory lists {node} with other {what} than this node's; was the request made from another data directory?"
    )]
    KeyMismatch { node: String, what: &'static str },
    #[error(
        "federation.endpoint is not set in liaison.toml; add a [federation] section with listen and endpoint"
    )]
    NoEndpoint,
}

/// One installed network.
#[derive(Clone, Debug)]
pub struct Network {
    pub directory: Directory,
    pub directory_bytes: Vec<u8>,
    pub certificate: Vec<u8>,
}

fn networks_dir(data_dir: &Path) -> PathBuf {
    keys::dir(data_dir).join(NETWORKS)
}

/// Writes the node's request file (creating its federation keys the first
/// time) and returns its path.
pub fn write_request(
    data_dir: &Path,
    config: &Config,
    identity: &NodeIdentity,
) -> Result<(PathBuf, NodeRequest), MembershipError> {
    let endpoint = config
        .federation
        .as_ref()
        .map(|f| f.endpoint.clone())
        .ok_or(MembershipError::NoEndpoint)?;
    let keys = FederationKeys::load_or_create(data_dir)?;
    let r = NodeRequest {
        format: request::FORMAT.to_owned(),
        name: config.node.name.to_string(),
        country: config.node.country.to_string(),
        agency: config
            .node
            .agency
            .clone()
            .unwrap_or_else(|| config.node.name.to_string()),
        endpoint,
        tls_public_key: request::encode_tls_public_key(keys.tls_key.public_key_raw()),
        signing_key: identity.public_key_hex(),
        encryption_key: hex::encode(keys.encryption_public().as_bytes()),
        capabilities: vec![directory::CAPABILITY_MESSAGES.to_owned()],
        signature: String::new(),
    }
    .sign(identity.signing_key());
    let path = keys::dir(data_dir).join(request::REQUEST_FILE);
    let json = serde_json::to_string_pretty(&r).unwrap_or_default();
    files::write_atomic(&path, json.as_bytes(), false)?;
    Ok((path, r))
}

/// What `join` did.
pub struct Joined {
    pub network: String,
    pub version: u64,
    pub members: usize,
    pub authority_fingerprint: String,
    /// Whether this replaced an installed directory of the same network.
    pub updated: bool,
}

/// Installs a network's directory and this node's certificate. A first
/// directory is trusted on installation (the operator compares the
/// authority fingerprint printed); later ones must come from the same
/// authority with a higher version.
pub fn join(
    data_dir: &Path,
    config: &Config,
    identity: &NodeIdentity,
    directory_file: &Path,
    certificate_file: &Path,
) -> Result<Joined, MembershipError> {
    let bytes = std::fs::read(directory_file).map_err(files::err(directory_file))?;
    let dir_err = |source| MembershipError::Directory {
        path: directory_file.display().to_string(),
        source,
    };
    let offered = directory::verify_self_signed(&bytes).map_err(dir_err)?;
    let installed = load_network(data_dir, &offered.network)?;
    let directory = match &installed {
        Some(n) => directory::verify_update(&bytes, &n.directory).or_else(|e| match e {
            // Re-installing the same version with a new certificate is fine.
            DirectoryError::NotNewer { .. } if n.directory_bytes == bytes => {
                Ok(n.directory.clone())
            }
            e => Err(dir_err(e)),
        })?,
        None => offered,
    };
    let cert_pem = std::fs::read(certificate_file).map_err(files::err(certificate_file))?;
    let cert = CertificateDer::from_pem_slice(&cert_pem)
        .map_err(|_| MembershipError::Certificate(certificate_file.display().to_string()))?;
    let node = config.node.name.as_str();
    let member = directory
        .member(node)
        .ok_or_else(|| MembershipError::NotListed {
            network: directory.network.clone(),
            version: directory.version,
            node: node.to_owned(),
        })?;
    let keys = FederationKeys::load(data_dir)?;
    let mismatch = |what| MembershipError::KeyMismatch {
        node: node.to_owned(),
        what,
    };
    if member.certificate != cert.as_ref() {
        return Err(mismatch("certificate"));
    }
    if member.signing_key != identity.signing_key().verifying_key().as_bytes() {
        return Err(mismatch("signing key"));
    }
    if member.encryption_key != keys.encryption_public().as_bytes() {
        return Err(mismatch("encryption key"));
    }
    let dir = networks_dir(data_dir).join(&directory.network);
    files::write_atomic(&dir.join(CERTIFICATE), &cert_pem, false)?;
    files::write_atomic(&dir.join(DIRECTORY), &bytes, false)?;
    Ok(Joined {
        network: directory.network.clone(),
        version: directory.version,
        members: directory.members.len(),
        authority_fingerprint: directory::fingerprint(&directory.authority_key),
        updated: installed.is_some(),
    })
}

/// Replaces an installed directory with a newer one (from a peer or the
/// authority). Returns the new version.
pub fn install_update(data_dir: &Path, bytes: &[u8]) -> Result<Directory, MembershipError> {
    let offered =
        directory::verify_self_signed(bytes).map_err(|source| MembershipError::Directory {
            path: "offered directory".into(),
            source,
        })?;
    let installed =
        load_network(data_dir, &offered.network)?.ok_or_else(|| MembershipError::Directory {
            path: "offered directory".into(),
            source: DirectoryError::Invalid(format!(
                "this node is not a member of network {}",
                offered.network
            )),
        })?;
    let directory = directory::verify_update(bytes, &installed.directory).map_err(|source| {
        MembershipError::Directory {
            path: "offered directory".into(),
            source,
        }
    })?;
    let dir = networks_dir(data_dir).join(&directory.network);
    files::write_atomic(&dir.join(DIRECTORY), bytes, false)?;
    Ok(directory)
}

fn load_network(data_dir: &Path, network: &str) -> Result<Option<Network>, MembershipError> {
    let dir = networks_dir(data_dir).join(network);
    let dir_path = dir.join(DIRECTORY);
    if !dir_path.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(&dir_path).map_err(files::err(&dir_path))?;
    let directory =
        directory::verify_self_signed(&bytes).map_err(|source| MembershipError::Directory {
            path: dir_path.display().to_string(),
            source,
        })?;
    let cert_path = dir.join(CERTIFICATE);
    let pem = std::fs::read(&cert_path).map_err(files::err(&cert_path))?;
    let cert = CertificateDer::from_pem_slice(&pem)
        .map_err(|_| MembershipError::Certificate(cert_path.display().to_string()))?;
    Ok(Some(Network {
        directory,
        directory_bytes: bytes,
        certificate: cert.as_ref().to_vec(),
    }))
}

/// What the installed files look like from outside (path, size, change
/// time): cheap to read every second, so that the files themselves are
/// read and verified only when one of them changed.
pub fn files_stamp(data_dir: &Path) -> Vec<(PathBuf, u64, Option<std::time::SystemTime>)> {
    let mut out = vec![];
    if let Ok(entries) = std::fs::read_dir(networks_dir(data_dir)) {
        for e in entries.flatten() {
            for name in [DIRECTORY, CERTIFICATE] {
                let path = e.path().join(name);
                if let Ok(m) = std::fs::metadata(&path) {
                    out.push((path, m.len(), m.modified().ok()));
                }
            }
        }
    }
    out.sort();
    out
}

/// Every installed network, in name order.
pub fn load_all(data_dir: &Path) -> Result<Vec<Network>, MembershipError> {
    let root = networks_dir(data_dir);
    let mut names = vec![];
    match std::fs::read_dir(&root) {
        Ok(entries) => {
            for e in entries.flatten() {
                if let Some(n) = e.file_name().to_str()
                    && e.path().is_dir()
                    && !n.starts_with('.')
                {
                    names.push(n.to_owned());
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(files::err(&root)(e).into()),
    }
    names.sort();
    let mut out = vec![];
    for n in names {
        if let Some(net) = load_network(data_dir, &n)? {
            out.push(net);
        }
    }
    Ok(out)
}

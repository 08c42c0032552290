//! The running node's view of its networks: who is a current member, with
//! which certificate and keys. Replaced as a whole when a newer directory
//! is installed, so a revocation takes effect at the next handshake and the
//! next request.

use super::membership::{self, MembershipError, Network};
use liaison_protocol::directory::{Directory, Member};
use liaison_protocol::envelope::KnownSender;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// A current member of one of this node's networks.
#[derive(Clone, Debug)]
pub struct Peer {
    pub network: String,
    pub member: Member,
}

#[derive(Debug, Default)]
pub struct Snapshot {
    pub networks: Vec<Network>,
}

impl Snapshot {
    fn current(m: &Member) -> bool {
        Directory::is_current(m, now_ms())
    }

    /// A current member other than `this` node, by name, in the first network
    /// that lists it.
    pub fn peer(&self, name: &str) -> Option<Peer> {
        self.networks.iter().find_map(|n| {
            n.directory
                .member(name)
                .filter(|m| Self::current(m))
                .map(|m| Peer {
                    network: n.directory.network.clone(),
                    member: m.clone(),
                })
        })
    }

    /// The current member presenting this exact certificate.
    pub fn peer_by_certificate(&self, der: &[u8]) -> Option<Peer> {
        self.networks.iter().find_map(|n| {
            n.directory
                .members
                .iter()
                .find(|m| m.certificate == der && Self::current(m))
                .map(|m| Peer {
                    network: n.directory.network.clone(),
                    member: m.clone(),
                })
        })
    }

    /// Directory lookup for envelope and receipt signatures.
    pub fn sender(&self, key_id: &[u8]) -> Option<KnownSender> {
        self.networks.iter().find_map(|n| {
            n.directory
                .member_by_signing_key_id(key_id)
                .filter(|m| Self::current(m))
                .and_then(|m| {
                    Some(KnownSender {
                        node: m.name.clone(),
                        key: ed25519_dalek::VerifyingKey::try_from(m.signing_key.as_slice())
                            .ok()?,
                    })
                })
        })
    }

    /// Every current member of every network, except `this` node, by name.
    pub fn peers(&self, this: &str) -> Vec<Peer> {
        let mut out: Vec<Peer> = vec![];
        for n in &self.networks {
            for m in &n.directory.members {
                if m.name != this
                    && Self::current(m)
                    && !out.iter().any(|p| p.member.name == m.name)
                {
                    out.push(Peer {
                        network: n.directory.network.clone(),
                        member: m.clone(),
                    });
                }
            }
        }
        out.sort_by(|a, b| a.member.name.cmp(&b.member.name));
        out
    }

    pub fn network(&self, name: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.directory.network == name)
    }
}

/// Shared, reloadable membership state.
#[derive(Clone, Debug)]
pub struct Federation {
    data_dir: PathBuf,
    snapshot: Arc<RwLock<Arc<Snapshot>>>,
    /// The installed files as last loaded ([`membership::files_stamp`]).
    stamp: Arc<std::sync::Mutex<Stamp>>,
}

type Stamp = Vec<(PathBuf, u64, Option<std::time::SystemTime>)>;

impl Federation {
    pub fn load(data_dir: &Path) -> Result<Federation, MembershipError> {
        let stamp = membership::files_stamp(data_dir);
        let networks = membership::load_all(data_dir)?;
        Ok(Federation {
            data_dir: data_dir.to_path_buf(),
            snapshot: Arc::new(RwLock::new(Arc::new(Snapshot { networks }))),
            stamp: Arc::new(std::sync::Mutex::new(stamp)),
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Re-reads the installed networks; returns whether anything changed.
    pub fn reload(&self) -> Result<bool, MembershipError> {
        let stamp = membership::files_stamp(&self.data_dir);
        let mut last = self.stamp.lock().unwrap_or_else(|p| p.into_inner());
        if *last == stamp {
            return Ok(false);
        }
        let networks = membership::load_all(&self.data_dir)?;
        *last = stamp;
        let old = self.snapshot();
        let changed = networks.len() != old.networks.len()
            || networks.iter().zip(&old.networks).any(|(a, b)| {
                a.directory_bytes != b.directory_bytes || a.certificate != b.certificate
            });
        if changed {
            let new = Arc::new(Snapshot { networks });
            match self.snapshot.write() {
                Ok(mut s) => *s = new,
                Err(poisoned) => *poisoned.into_inner() = new,
            }
        }
        Ok(changed)
    }

    /// Installs a directory a peer offered if it is newer; returns its
    /// version when it was installed.
    pub fn offer_directory(&self, bytes: &[u8]) -> Result<u64, MembershipError> {
        let d = membership::install_update(&self.data_dir, bytes)?;
        self.reload()?;
        Ok(d.version)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }
}

pub fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_protocol::directory::{self, Directory};
    use liaison_protocol::signed;

    fn member(name: &str, cert: u8, not_after_ms: i64) -> Member {
        Member {
            name: name.into(),
            country: "DE".into(),
            agency: "x".into(),
            endpoint: "https://127.0.0.1:1".into(),
            certificate: vec![cert; 8],
            signing_key: ed25519_dalek::SigningKey::from_bytes(&[cert; 32])
                .verifying_key()
                .as_bytes()
                .to_vec(),
            encryption_key: vec![cert; 32],
            capabilities: vec![],
            not_before_ms: 0,
            not_after_ms,
        }
    }

    /// An expired member is no peer: not by certificate (TLS refuses it),
    /// not by name (nothing is sent to it), not as a sender.
    #[test]
    fn expired_members_are_not_peers() {
        let snap = Snapshot {
            networks: vec![Network {
                directory: Directory {
                    format: directory::FORMAT,
                    network: "eu-test".into(),
                    version: 1,
                    issued_ms: 0,
                    ca_certificate: vec![],
                    authority_key: vec![0; 32],
                    members: vec![member("de-bka", 1, i64::MAX), member("fr-dcpj", 2, 1_000)],
                },
                directory_bytes: vec![],
                certificate: vec![],
            }],
        };
        assert!(snap.peer("de-bka").is_some());
        assert!(snap.peer_by_certificate(&[1; 8]).is_some());
        assert!(snap.peer("fr-dcpj").is_none());
        assert!(snap.peer_by_certificate(&[2; 8]).is_none());
        let key_of = |b: u8| {
            signed::key_id(
                ed25519_dalek::SigningKey::from_bytes(&[b; 32])
                    .verifying_key()
                    .as_bytes(),
            )
        };
        assert!(snap.sender(&key_of(1)).is_some());
        assert!(snap.sender(&key_of(2)).is_none());
        assert_eq!(snap.peers("nl-klpd").len(), 1);
    }
}

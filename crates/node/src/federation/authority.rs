//! The network authority: a CA that issues node certificates and a key that
//! signs the member directory. It runs offline, as files in one directory:
//!
//! ```text
//! DIR/ca.key          CA private key (PKCS#8 PEM, 0600)
//! DIR/ca.pem          CA certificate
//! DIR/directory.key   directory-signing Ed25519 key (PKCS#8 PEM, 0600)
//! DIR/directory.cose  the current signed directory (the authority's state)
//! DIR/certificates/NODE.pem   issued node certificates
//! ```

use super::request::NodeRequest;
use crate::files::{self, FileError};
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use liaison_protocol::directory::{self, Directory, DirectoryError, Member};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use std::path::{Path, PathBuf};
use time::{Duration, OffsetDateTime};

const CA_KEY: &str = "ca.key";
const CA_CERT: &str = "ca.pem";
const DIRECTORY_KEY: &str = "directory.key";
pub const DIRECTORY_FILE: &str = "directory.cose";
const CERTIFICATES: &str = "certificates";

#[derive(Debug, thiserror::Error)]
pub enum AuthorityError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{0} already holds a network authority; refusing to overwrite it")]
    Exists(String),
    #[error("{0} is not a network authority directory (run `liaison network init` first)")]
    Missing(String),
    #[error("network name `{0}`: use 1–64 lower-case letters, digits and hyphens")]
    BadName(String),
    #[error("certificate: {0}")]
    Certificate(String),
    #[error("directory: {0}")]
    Directory(#[from] DirectoryError),
    #[error("{0}: not a valid key")]
    Key(String),
    #[error("node {0} is already a member; revoke it first to re-admit it with new keys")]
    AlreadyMember(String),
    #[error("node {0} is not a member of this network")]
    NotMember(String),
}

pub struct Authority {
    dir: PathBuf,
    ca_key: KeyPair,
    directory_key: SigningKey,
    pub directory: Directory,
}

/// What `admit` produced.
pub struct Admission {
    pub certificate: PathBuf,
    pub directory: PathBuf,
    pub version: u64,
}

/// The CA's parameters, rebuilt identically each time (the issuer's name and
/// key id go into every certificate it signs).
fn ca_params(network: &str) -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "Liaison");
    dn.push(DnType::CommonName, format!("Liaison network {network} CA"));
    p.distinguished_name = dn;
    p.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p
}

/// The DNS name in a node's certificate, which TLS checks: one per node and
/// network, so that a certificate from one network is no use in another.
pub fn node_dns_name(node: &str, network: &str) -> String {
    format!("{node}.{network}.liaison")
}

fn valid_network_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}

fn now_ms() -> i64 {
    (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

impl Authority {
    /// Creates a new authority in `dir` (which must not hold one).
    pub fn init(dir: &Path, network: &str) -> Result<Authority, AuthorityError> {
        if !valid_network_name(network) {
            return Err(AuthorityError::BadName(network.to_owned()));
        }
        if dir.join(DIRECTORY_FILE).exists() || dir.join(CA_KEY).exists() {
            return Err(AuthorityError::Exists(dir.display().to_string()));
        }
        let cert_err = |e: rcgen::Error| AuthorityError::Certificate(e.to_string());
        let ca_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(cert_err)?;
        let mut params = ca_params(network);
        let now = OffsetDateTime::now_utc();
        params.not_before = now - Duration::hours(1);
        params.not_after = now + Duration::days(3650);
        let ca_cert = params.self_signed(&ca_key).map_err(cert_err)?;
        let directory_key = SigningKey::generate(&mut rand::rngs::OsRng);
        let key_pem = directory_key
            .to_pkcs8_pem(Default::default())
            .map_err(|_| AuthorityError::Key(DIRECTORY_KEY.into()))?;
        files::write_atomic(&dir.join(CA_KEY), ca_key.serialize_pem().as_bytes(), true)?;
        files::write_atomic(&dir.join(CA_CERT), ca_cert.pem().as_bytes(), false)?;
        files::write_atomic(&dir.join(DIRECTORY_KEY), key_pem.as_bytes(), true)?;
        let mut authority = Authority {
            dir: dir.to_path_buf(),
            ca_key,
            directory: Directory {
                format: directory::FORMAT,
                network: network.to_owned(),
                version: 0,
                issued_ms: now_ms(),
                ca_certificate: ca_cert.der().to_vec(),
                authority_key: directory_key.verifying_key().as_bytes().to_vec(),
                members: vec![],
            },
            directory_key,
        };
        authority.publish()?;
        Ok(authority)
    }

    pub fn open(dir: &Path) -> Result<Authority, AuthorityError> {
        if !dir.join(DIRECTORY_FILE).exists() {
            return Err(AuthorityError::Missing(dir.display().to_string()));
        }
        let key_text = |name: &str| -> Result<String, AuthorityError> {
            String::from_utf8(files::read_secret(&dir.join(name))?)
                .map_err(|_| AuthorityError::Key(name.to_owned()))
        };
        let ca_key = KeyPair::from_pem(&key_text(CA_KEY)?)
            .map_err(|_| AuthorityError::Key(CA_KEY.into()))?;
        let directory_key = SigningKey::from_pkcs8_pem(&key_text(DIRECTORY_KEY)?)
            .map_err(|_| AuthorityError::Key(DIRECTORY_KEY.into()))?;
        let path = dir.join(DIRECTORY_FILE);
        let bytes = std::fs::read(&path).map_err(files::err(&path))?;
        let directory = directory::verify(&bytes, &directory_key.verifying_key())?;
        Ok(Authority {
            dir: dir.to_path_buf(),
            ca_key,
            directory_key,
            directory,
        })
    }

    pub fn directory_path(&self) -> PathBuf {
        self.dir.join(DIRECTORY_FILE)
    }

    /// The authority key's fingerprint, to give nodes out of band.
    pub fn fingerprint(&self) -> String {
        directory::fingerprint(self.directory_key.verifying_key().as_bytes())
    }

    /// Issues the node's certificate and publishes a directory listing it.
    pub fn admit(
        &mut self,
        request: &NodeRequest,
        valid_days: u32,
    ) -> Result<Admission, AuthorityError> {
        if self.directory.member(&request.name).is_some() {
            return Err(AuthorityError::AlreadyMember(request.name.clone()));
        }
        let cert_err = |e: rcgen::Error| AuthorityError::Certificate(e.to_string());
        let malformed =
            |e: super::request::RequestError| AuthorityError::Certificate(e.to_string());
        let now = OffsetDateTime::now_utc();
        let not_after = now + Duration::days(i64::from(valid_days.max(1)));
        let mut params =
            CertificateParams::new(vec![node_dns_name(&request.name, &self.directory.network)])
                .map_err(cert_err)?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, request.name.clone());
        dn.push(DnType::OrganizationName, request.agency.clone());
        dn.push(DnType::CountryName, request.country.clone());
        params.distinguished_name = dn;
        params.subject_alt_names.push(SanType::URI(
            format!("urn:liaison:node:{}", request.name)
                .try_into()
                .map_err(cert_err)?,
        ));
        params.not_before = now - Duration::minutes(5);
        params.not_after = not_after;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ];
        params.use_authority_key_identifier_extension = true;
        let subject_key = RequestedKey(request.tls_public_key_bytes().map_err(malformed)?);
        let issuer = Issuer::new(ca_params(&self.directory.network), &self.ca_key);
        let cert = params.signed_by(&subject_key, &issuer).map_err(cert_err)?;
        self.directory.members.push(Member {
            name: request.name.clone(),
            country: request.country.clone(),
            agency: request.agency.clone(),
            endpoint: request.endpoint.clone(),
            certificate: cert.der().to_vec(),
            signing_key: request.signing_key_bytes().map_err(malformed)?.to_vec(),
            encryption_key: request.encryption_key_bytes().map_err(malformed)?.to_vec(),
            capabilities: request.capabilities.clone(),
            not_before_ms: (params.not_before.unix_timestamp_nanos() / 1_000_000) as i64,
            not_after_ms: (not_after.unix_timestamp_nanos() / 1_000_000) as i64,
        });
        let certificate = self
            .dir
            .join(CERTIFICATES)
            .join(format!("{}.pem", request.name));
        files::write_atomic(&certificate, cert.pem().as_bytes(), false)?;
        self.publish()?;
        Ok(Admission {
            certificate,
            directory: self.directory_path(),
            version: self.directory.version,
        })
    }

    /// Publishes a directory without the node. Peers refuse it from the
    /// moment they hold the new version.
    pub fn revoke(&mut self, node: &str) -> Result<u64, AuthorityError> {
        let before = self.directory.members.len();
        self.directory.members.retain(|m| m.name != node);
        if self.directory.members.len() == before {
            return Err(AuthorityError::NotMember(node.to_owned()));
        }
        self.publish()?;
        Ok(self.directory.version)
    }

    fn publish(&mut self) -> Result<(), AuthorityError> {
        self.directory.version += 1;
        self.directory.issued_ms = now_ms();
        let bytes = self.directory.sign(&self.directory_key);
        files::write_atomic(&self.directory_path(), &bytes, false)?;
        Ok(())
    }
}

/// A public key from a node request, for rcgen to put in a certificate.
struct RequestedKey(Vec<u8>);

impl rcgen::PublicKeyData for RequestedKey {
    fn der_bytes(&self) -> &[u8] {
        &self.0
    }
    fn algorithm(&self) -> &'static rcgen::SignatureAlgorithm {
        &rcgen::PKCS_ECDSA_P256_SHA256
    }
}

//! Mutual TLS between nodes (TLS 1.3 only). A peer is accepted when its
//! certificate is the one a current directory entry lists *and* chains to
//! that network's CA (which also checks its validity period). Everything
//! else — unknown, revoked, expired, another network's — is refused at the
//! handshake and logged.

use super::authority::node_dns_name;
use super::keys::FederationKeys;
use super::state::{Federation, Peer};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::{
    CertificateError, DigitallySignedStruct, DistinguishedName, Error, RootCertStore,
    SignatureScheme,
};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TlsSetupError {
    #[error("TLS: {0}")]
    Tls(String),
    #[error("this node belongs to no network; run `liaison node join` first")]
    NoNetwork,
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn algorithms() -> WebPkiSupportedAlgorithms {
    rustls::crypto::ring::default_provider().signature_verification_algorithms
}

fn roots(ca_der: &[u8]) -> Result<Arc<RootCertStore>, Error> {
    let mut roots = RootCertStore::empty();
    roots.add(CertificateDer::from(ca_der.to_vec()))?;
    Ok(Arc::new(roots))
}

fn refused(reason: &str) -> Error {
    tracing::warn!(reason, "federation peer refused");
    Error::InvalidCertificate(CertificateError::ApplicationVerificationFailure)
}

/// The handshake-signature checks both verifiers share: TLS 1.3 only (1.2
/// is not offered between nodes), with the provider's algorithms.
macro_rules! tls13_signatures {
    () => {
        fn verify_tls12_signature(
            &self,
            _message: &[u8],
            _cert: &CertificateDer<'_>,
            _dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            Err(Error::PeerIncompatible(
                rustls::PeerIncompatible::Tls12NotOffered,
            ))
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls13_signature(message, cert, dss, &algorithms())
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            algorithms().supported_schemes()
        }
    };
}

/// Server side: which clients may connect.
#[derive(Debug)]
struct MemberClientVerifier {
    federation: Federation,
}

impl ClientCertVerifier for MemberClientVerifier {
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<ClientCertVerified, Error> {
        let snap = self.federation.snapshot();
        let Some(peer) = snap.peer_by_certificate(end_entity) else {
            return Err(refused(
                "client certificate is not in a current directory entry (unknown, revoked, expired or another network's node)",
            ));
        };
        let Some(network) = snap.network(&peer.network) else {
            return Err(refused("network vanished"));
        };
        let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
            roots(&network.directory.ca_certificate)?,
            provider(),
        )
        .build()
        .map_err(|e| Error::General(e.to_string()))?;
        verifier
            .verify_client_cert(end_entity, intermediates, now)
            .inspect_err(|e| {
                tracing::warn!(peer = %peer.member.name, error = %e, "federation peer refused: certificate does not verify against the network CA");
            })
    }

    tls13_signatures!();
}

/// Server side: which of this node's certificates to present. The client
/// names the network in SNI (`NODE.NETWORK.liaison`).
#[derive(Debug)]
struct NetworkCertResolver {
    federation: Federation,
    keys: Arc<FederationKeys>,
}

impl ResolvesServerCert for NetworkCertResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let snap = self.federation.snapshot();
        let network = hello
            .server_name()
            .and_then(|sni| sni.split('.').nth(1))
            .and_then(|n| snap.network(n))
            .or_else(|| snap.networks.first())?;
        certified_key(&network.certificate, &self.keys).ok()
    }
}

fn certified_key(cert: &[u8], keys: &FederationKeys) -> Result<Arc<CertifiedKey>, Error> {
    let key = PrivateKeyDer::from_pem_slice(keys.tls_key_pem.as_bytes())
        .map_err(|e| Error::General(format!("TLS key: {e}")))?;
    let signing = provider().key_provider.load_private_key(key)?;
    Ok(Arc::new(CertifiedKey::new(
        vec![CertificateDer::from(cert.to_vec())],
        signing,
    )))
}

/// The federation listener's TLS configuration.
pub fn server_config(
    federation: &Federation,
    keys: Arc<FederationKeys>,
) -> Result<Arc<rustls::ServerConfig>, TlsSetupError> {
    if federation.snapshot().networks.is_empty() {
        return Err(TlsSetupError::NoNetwork);
    }
    let config = rustls::ServerConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| TlsSetupError::Tls(e.to_string()))?
        .with_client_cert_verifier(Arc::new(MemberClientVerifier {
            federation: federation.clone(),
        }))
        .with_cert_resolver(Arc::new(NetworkCertResolver {
            federation: federation.clone(),
            keys,
        }));
    Ok(Arc::new(config))
}

/// Client side: the server must be exactly the peer we meant to reach.
#[derive(Debug)]
struct PinnedPeerVerifier {
    federation: Federation,
    peer: String,
}

impl ServerCertVerifier for PinnedPeerVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let snap = self.federation.snapshot();
        let Some(peer) = snap.peer_by_certificate(end_entity) else {
            return Err(refused(
                "server certificate is not in a current directory entry",
            ));
        };
        if peer.member.name != self.peer {
            return Err(refused("server is another node than the one addressed"));
        }
        let Some(network) = snap.network(&peer.network) else {
            return Err(refused("network vanished"));
        };
        let name = ServerName::try_from(node_dns_name(&peer.member.name, &peer.network))
            .map_err(|e| Error::General(e.to_string()))?;
        let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
            roots(&network.directory.ca_certificate)?,
            provider(),
        )
        .build()
        .map_err(|e| Error::General(e.to_string()))?;
        verifier.verify_server_cert(end_entity, intermediates, &name, ocsp, now)
    }

    tls13_signatures!();
}

/// TLS configuration for talking to one peer, presenting this node's
/// certificate of the network they share.
pub fn client_config(
    federation: &Federation,
    keys: &FederationKeys,
    peer: &Peer,
) -> Result<rustls::ClientConfig, TlsSetupError> {
    let snap = federation.snapshot();
    let ours = snap
        .network(&peer.network)
        .ok_or(TlsSetupError::NoNetwork)?;
    let key = PrivateKeyDer::from_pem_slice(keys.tls_key_pem.as_bytes())
        .map_err(|e| TlsSetupError::Tls(format!("TLS key: {e}")))?;
    rustls::ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| TlsSetupError::Tls(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(PinnedPeerVerifier {
            federation: federation.clone(),
            peer: peer.member.name.clone(),
        }))
        .with_client_auth_cert(vec![CertificateDer::from(ours.certificate.clone())], key)
        .map_err(|e| TlsSetupError::Tls(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, FederationSection};
    use crate::federation::authority::Authority;
    use crate::init::{InitOptions, init_node};
    use std::time::Duration;

    /// Two nodes admitted to one network (certificates valid 365 days):
    /// each one's federation state, and its certificate.
    async fn pair(dir: &std::path::Path) -> Vec<(Federation, CertificateDer<'static>)> {
        let mut authority = Authority::init(&dir.join("authority"), "eu-test").unwrap();
        let mut nodes = vec![];
        for (i, name) in ["de-bka", "fr-dcpj"].iter().enumerate() {
            let data_dir = dir.join(name);
            init_node(InitOptions {
                data_dir: data_dir.clone(),
                name: liaison_core::node::NodeName::parse(name).unwrap(),
                country: liaison_core::node::CountryCode::parse("DE").unwrap(),
                database_url: None,
                admin_password: Some("password-for-tests-only".into()),
                require_totp: false,
                listen: None,
            })
            .await
            .unwrap();
            let mut config = Config::load(&data_dir).unwrap();
            config.federation = Some(FederationSection {
                listen: format!("127.0.0.1:{}", 9000 + i).parse().unwrap(),
                endpoint: format!("https://127.0.0.1:{}", 9000 + i),
                directory_refresh_seconds: 30,
            });
            nodes.push((data_dir, config));
        }
        crate::federation::local::admit_all(&mut authority, &nodes).unwrap();
        nodes
            .iter()
            .map(|(d, _)| {
                let federation = Federation::load(d).unwrap();
                let cert =
                    CertificateDer::from(federation.snapshot().networks[0].certificate.clone());
                (federation, cert)
            })
            .collect()
    }

    fn at(days_from_now: u64) -> UnixTime {
        UnixTime::since_unix_epoch(
            Duration::from_secs(time::OffsetDateTime::now_utc().unix_timestamp().max(0) as u64)
                + Duration::from_secs(days_from_now * 86_400),
        )
    }

    /// A member's certificate is accepted while it is valid and refused,
    /// on both sides of the handshake, once it has expired, even though its
    /// directory entry still lists it.
    #[tokio::test]
    async fn an_expired_certificate_is_refused_on_both_sides() {
        let dir = tempfile::tempdir().unwrap();
        let nodes = pair(dir.path()).await;
        let (de, _) = &nodes[0];
        let (_, fr_cert) = &nodes[1];
        let server = MemberClientVerifier {
            federation: de.clone(),
        };
        let client = PinnedPeerVerifier {
            federation: de.clone(),
            peer: "fr-dcpj".into(),
        };
        let name = ServerName::try_from("fr-dcpj.eu-test.liaison").unwrap();
        assert!(server.verify_client_cert(fr_cert, &[], at(0)).is_ok());
        assert!(
            client
                .verify_server_cert(fr_cert, &[], &name, &[], at(0))
                .is_ok()
        );
        let expired = server
            .verify_client_cert(fr_cert, &[], at(400))
            .unwrap_err();
        assert!(
            matches!(
                expired,
                Error::InvalidCertificate(CertificateError::Expired)
                    | Error::InvalidCertificate(CertificateError::ExpiredContext { .. })
            ),
            "{expired:?}"
        );
        let expired = client
            .verify_server_cert(fr_cert, &[], &name, &[], at(400))
            .unwrap_err();
        assert!(
            matches!(
                expired,
                Error::InvalidCertificate(CertificateError::Expired)
                    | Error::InvalidCertificate(CertificateError::ExpiredContext { .. })
            ),
            "{expired:?}"
        );
    }
}

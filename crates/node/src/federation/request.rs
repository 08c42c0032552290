//! A node's request to join a network: what the authority needs to issue
//! its certificate and list it in the directory. JSON, so the authority's
//! operator can read what they are about to sign; signed with the node's
//! Ed25519 identity key, proving the requester holds it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "liaison-node-request/1";
pub const REQUEST_FILE: &str = "node-request.json";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeRequest {
    pub format: String,
    pub name: String,
    pub country: String,
    pub agency: String,
    pub endpoint: String,
    /// The TLS key's public point (ECDSA P-256, uncompressed), base64.
    pub tls_public_key: String,
    /// Ed25519 signing key, hex.
    pub signing_key: String,
    /// X25519 encryption key, hex.
    pub encryption_key: String,
    pub capabilities: Vec<String>,
    /// Ed25519 signature, hex, over this request without the signature.
    #[serde(default)]
    pub signature: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("not a node request ({0})")]
    Malformed(String),
    #[error("the request's signature does not match its signing key")]
    BadSignature,
}

impl NodeRequest {
    fn signed_bytes(&self) -> Vec<u8> {
        let mut unsigned = self.clone();
        unsigned.signature.clear();
        // Serialising a plain struct does not fail.
        serde_json::to_vec(&unsigned).unwrap_or_default()
    }

    pub fn sign(mut self, key: &SigningKey) -> NodeRequest {
        self.signature = hex::encode(key.sign(&self.signed_bytes()).to_bytes());
        self
    }

    /// Parses and checks a request file's contents.
    pub fn parse(text: &str) -> Result<NodeRequest, RequestError> {
        let r: NodeRequest =
            serde_json::from_str(text).map_err(|e| RequestError::Malformed(e.to_string()))?;
        if r.format != FORMAT {
            return Err(RequestError::Malformed(format!(
                "format `{}`, expected `{FORMAT}`",
                r.format
            )));
        }
        if liaison_core::node::NodeName::parse(&r.name).is_err() {
            return Err(RequestError::Malformed(format!("node name `{}`", r.name)));
        }
        if !r.endpoint.starts_with("https://") || url::Url::parse(&r.endpoint).is_err() {
            return Err(RequestError::Malformed(format!(
                "endpoint `{}`",
                r.endpoint
            )));
        }
        r.tls_public_key_bytes()?;
        r.encryption_key_bytes()?;
        let key = r.signing_key_bytes()?;
        let sig: [u8; 64] = hex::decode(&r.signature)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(RequestError::BadSignature)?;
        VerifyingKey::from_bytes(&key)
            .map_err(|_| RequestError::Malformed("signing key".into()))?
            .verify_strict(&r.signed_bytes(), &Signature::from_bytes(&sig))
            .map_err(|_| RequestError::BadSignature)?;
        Ok(r)
    }

    pub fn tls_public_key_bytes(&self) -> Result<Vec<u8>, RequestError> {
        B64.decode(&self.tls_public_key)
            .ok()
            .filter(|b| b.len() == 65 && b[0] == 0x04)
            .ok_or_else(|| RequestError::Malformed("tls_public_key".into()))
    }

    pub fn signing_key_bytes(&self) -> Result<[u8; 32], RequestError> {
        key32(&self.signing_key, "signing_key")
    }

    pub fn encryption_key_bytes(&self) -> Result<[u8; 32], RequestError> {
        key32(&self.encryption_key, "encryption_key")
    }
}

fn key32(hex_text: &str, what: &str) -> Result<[u8; 32], RequestError> {
    hex::decode(hex_text)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| RequestError::Malformed(what.to_owned()))
}

pub fn encode_tls_public_key(raw: &[u8]) -> String {
    B64.encode(raw)
}

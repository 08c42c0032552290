//! Passwords, second factors, recovery codes and bearer tokens: how they are
//! generated, hashed and checked. Nothing here stores anything.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, Secret, TOTP};

/// Letters and digits that cannot be mistaken for one another when read
/// aloud or copied from a screen (no 0/O, 1/l/I).
const UNAMBIGUOUS: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A generated password: 20 characters from 55 symbols, about 115 bits.
pub fn generate_password() -> String {
    let mut rng = OsRng;
    (0..20)
        .map(|_| UNAMBIGUOUS[rng.gen_range(0..UNAMBIGUOUS.len())] as char)
        .collect()
}

/// Hashes with argon2id and the OWASP-recommended parameters
/// (m = 19 MiB, t = 2, p = 1). Slow on purpose: call off the async runtime.
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        // Only fails for parameters out of range, and ours are constants.
        .unwrap_or_default()
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(hash) => Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok(),
        Err(_) => false,
    }
}

/// A hash to verify against when the username does not exist, so that the
/// response time does not tell whether an account exists.
pub fn dummy_password_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("liaison-dummy-password-for-timing"))
}

/// SHA-256, hex. For high-entropy secrets (session ids, API tokens, recovery
/// codes) a fast hash is enough: there is nothing to guess.
pub fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// 32 random bytes, base64url: session ids and CSRF tokens.
pub fn random_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = OsRng.r#gen();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub const API_TOKEN_PREFIX: &str = "lsn_";

/// An API bearer token; the prefix lets secret scanners recognise a leaked one.
pub fn generate_api_token() -> String {
    format!("{API_TOKEN_PREFIX}{}", random_token())
}

pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Ten recovery codes such as `k7m2p-q9x4r-t3w8z`, each about 74 bits.
pub fn generate_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = OsRng;
    (0..10)
        .map(|_| {
            let chars: Vec<char> = (0..15)
                .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
                .collect();
            chars
                .chunks(5)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// Recovery codes are compared without case, spaces or dashes, as people type them.
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// TOTP (RFC 6238): SHA-1, 6 digits, 30-second steps, as every authenticator app expects.
pub struct TotpFactor {
    totp: TOTP,
}

pub const TOTP_STEP_SECONDS: u64 = 30;

impl TotpFactor {
    /// A new random 160-bit secret, base32.
    pub fn generate_secret() -> String {
        let bytes: [u8; 20] = OsRng.r#gen();
        Secret::Raw(bytes.to_vec()).to_encoded().to_string()
    }

    pub fn new(secret_base32: &str, issuer: &str, account: &str) -> Option<TotpFactor> {
        let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
        // totp-rs rejects ':' in issuer and account, which the otpauth URI reserves.
        let issuer = issuer.replace(':', "-");
        let account = account.replace(':', "-");
        TOTP::new(
            Algorithm::SHA1,
            6,
            1,
            TOTP_STEP_SECONDS,
            bytes,
            Some(issuer),
            account,
        )
        .ok()
        .map(|totp| TotpFactor { totp })
    }

    /// The time step the code belongs to, when it is valid now (one step of
    /// clock drift either way is accepted).
    pub fn matching_step(&self, code: &str, unix_time: u64) -> Option<u64> {
        let code = code.trim().replace(' ', "");
        if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let step = unix_time / TOTP_STEP_SECONDS;
        [step.saturating_sub(1), step, step + 1]
            .into_iter()
            .find(|s| constant_time_eq(&self.totp.generate(s * TOTP_STEP_SECONDS), &code))
    }

    pub fn code_at(&self, unix_time: u64) -> String {
        self.totp.generate(unix_time)
    }

    pub fn otpauth_url(&self) -> String {
        self.totp.get_url()
    }

    /// The enrolment QR code as an SVG document, drawn on the server.
    pub fn qr_svg(&self) -> Option<String> {
        let code = qrcode::QrCode::new(self.otpauth_url().as_bytes()).ok()?;
        Some(
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(220, 220)
                .quiet_zone(true)
                .build(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery staple");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &h));
        assert!(!verify_password("Correct horse battery staple", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn generated_secrets_are_distinct_and_well_formed() {
        let p = generate_password();
        assert_eq!(p.chars().count(), 20);
        assert_ne!(p, generate_password());
        let codes = generate_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 17 && c.matches('-').count() == 2)
        );
        assert_eq!(normalise_recovery_code(" K7M2P-q9x4r "), "k7m2pq9x4r");
        assert!(generate_api_token().starts_with("lsn_"));
    }

    #[test]
    fn totp_accepts_one_step_of_drift_and_names_the_step() {
        let secret = TotpFactor::generate_secret();
        let f = TotpFactor::new(&secret, "Liaison de-bka", "anna").unwrap();
        let t = 1_800_000_000;
        let code = f.code_at(t);
        assert_eq!(f.matching_step(&code, t), Some(t / 30));
        assert_eq!(f.matching_step(&code, t + 30), Some(t / 30));
        assert_eq!(f.matching_step(&code, t + 90), None);
        assert_eq!(f.matching_step("12345", t), None);
        assert!(f.otpauth_url().starts_with("otpauth://totp/"));
        let svg = f.qr_svg().unwrap();
        assert!(svg.contains("<svg"));
    }
}

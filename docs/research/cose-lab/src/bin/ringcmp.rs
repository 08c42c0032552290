//! Compare ring 0.17 (already in Liaison's tree) with the dalek crates for the per-message primitives.
use ring::{agreement, rand::SystemRandom, signature::{self, KeyPair}};
use std::hint::black_box;
use std::time::Instant;

fn time<F: FnMut()>(name: &str, iters: u32, mut f: F) {
    for _ in 0..iters / 10 { f(); }
    let t = Instant::now();
    for _ in 0..iters { f(); }
    let us = t.elapsed().as_secs_f64() * 1e6 / iters as f64;
    println!("{name:<52} {us:>8.1} µs  {:>8.0} /s/core", 1e6 / us);
}

fn main() {
    let n = 3000;
    let rng = SystemRandom::new();
    let peer = x25519_dalek::StaticSecret::random_from_rng(rand::rngs::OsRng);
    let peer_pub = x25519_dalek::PublicKey::from(&peer);
    let peer_ring = agreement::UnparsedPublicKey::new(&agreement::X25519, peer_pub.as_bytes().to_vec());
    time("ring X25519 ephemeral keygen + agree (sender side)", n, || {
        let e = agreement::EphemeralPrivateKey::generate(&agreement::X25519, &rng).unwrap();
        let _p = e.compute_public_key().unwrap();
        black_box(agreement::agree_ephemeral(e, &peer_ring, |k| k[0]).unwrap());
    });
    time("dalek X25519 ephemeral keygen + DH (sender side)", n, || {
        let e = x25519_dalek::EphemeralSecret::random_from_rng(rand::rngs::OsRng);
        let _p = x25519_dalek::PublicKey::from(&e);
        black_box(e.diffie_hellman(&peer_pub));
    });
    let seed = [7u8; 32];
    let kp = signature::Ed25519KeyPair::from_seed_unchecked(&seed).unwrap();
    let msg = vec![1u8; 1200];
    let sig = kp.sign(&msg);
    let pk = signature::UnparsedPublicKey::new(&signature::ED25519, kp.public_key().as_ref().to_vec());
    time("ring Ed25519 sign (1.2 KB)", n, || { black_box(kp.sign(black_box(&msg))); });
    time("ring Ed25519 verify (1.2 KB)", n, || { pk.verify(black_box(&msg), sig.as_ref()).unwrap(); });
    use ed25519_dalek::{Signer, Verifier};
    let dk = ed25519_dalek::SigningKey::from_bytes(&seed);
    let dsig = dk.sign(&msg);
    assert_eq!(dsig.to_bytes().as_slice(), sig.as_ref(), "same key, same deterministic signature");
    let vk = dk.verifying_key();
    time("dalek Ed25519 sign (1.2 KB)", n, || { black_box(dk.sign(black_box(&msg))); });
    time("dalek Ed25519 verify_strict (1.2 KB)", n, || { vk.verify_strict(black_box(&msg), &dsig).unwrap(); });
    time("dalek Ed25519 verify (non-strict) (1.2 KB)", n, || { vk.verify(black_box(&msg), &dsig).unwrap(); });
    // AES-256-GCM 1 KiB: RustCrypto vs ring
    use aes_gcm::aead::{Aead, KeyInit};
    let c = aes_gcm::Aes256Gcm::new(&[1u8; 32].into());
    let pt = vec![0u8; 1024];
    time("aes-gcm 0.10 Aes256Gcm encrypt 1 KiB", n * 10, || { black_box(c.encrypt(&[0u8; 12].into(), pt.as_slice()).unwrap()); });
    let rk = ring::aead::LessSafeKey::new(ring::aead::UnboundKey::new(&ring::aead::AES_256_GCM, &[1u8; 32]).unwrap());
    time("ring AES_256_GCM seal 1 KiB", n * 10, || {
        let mut b = pt.clone();
        rk.seal_in_place_append_tag(ring::aead::Nonce::assume_unique_for_key([0u8; 12]), ring::aead::Aad::empty(), &mut b).unwrap();
        black_box(b);
    });
}

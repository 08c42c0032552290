//! Single-thread cost of seal (sign+encrypt) and open (verify+decrypt) for a Liaison envelope.
use cose_lab::*;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use rand::{RngCore, rngs::OsRng};
use std::hint::black_box;
use std::time::Instant;
use x25519_dalek::{EphemeralSecret, PublicKey as XPublic, StaticSecret};

/// CPU time of this thread (not wall clock): the machine is 2 shared cores, so wall time is noisy.
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn time<F: FnMut()>(name: &str, iters: u32, mut f: F) -> f64 {
    for _ in 0..iters / 10 { f(); }
    let t = Instant::now();
    let c = thread_cpu();
    for _ in 0..iters { f(); }
    let us = (thread_cpu() - c) * 1e6 / iters as f64;
    let wall = t.elapsed().as_secs_f64() * 1e6 / iters as f64;
    println!("{name:<58} {us:>8.1} µs cpu ({wall:>6.1} wall)  {:>7.0} /s/core", 1e6 / us);
    us
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("stack") {
        return stack_probe(std::env::args().nth(2).unwrap().parse().unwrap());
    }
    if std::env::args().nth(1).as_deref() == Some("stream") {
        return stream_bench();
    }
    let n: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let profile = if cfg!(debug_assertions) { "dev (deps opt-level=3, crate opt-level=0)" } else { "release" };
    println!("profile: {profile}, iterations: {n}\n");
    let sender = SigningKey::generate(&mut OsRng);
    let vk = sender.verifying_key();
    let lookup = |kid: &[u8]| -> Option<VerifyingKey> { (kid == b"node-0#ed25519").then_some(vk) };
    let keys: Vec<(Vec<u8>, StaticSecret, XPublic)> = (1..=10)
        .map(|i| {
            let s = StaticSecret::random_from_rng(OsRng);
            let p = XPublic::from(&s);
            (format!("node-{i}#x25519").into_bytes(), s, p)
        })
        .collect();
    let hdr = LiaisonHeader {
        msg_id: *uuid::Uuid::now_v7().as_bytes(),
        sender: "node-0".into(),
        recipients: (1..=3).map(|i| format!("node-{i}")).collect(),
        thread: *uuid::Uuid::now_v7().as_bytes(),
        handling: "H2".into(),
        eval: "B2".into(),
        created_ms: 1_790_000_000_000,
        expires_ms: 1_790_086_400_000,
        proto: 1,
    };
    let mut pt = vec![0u8; 1024];
    OsRng.fill_bytes(&mut pt);
    let s = Sender { kid: b"node-0#ed25519", key: &sender };

    println!("-- primitives");
    let msg = vec![1u8; 1200];
    let sig = sender.sign(&msg);
    time("Ed25519 sign (1.2 KB)", n, || { black_box(sender.sign(black_box(&msg))); });
    time("Ed25519 verify_strict (1.2 KB)", n, || { vk.verify_strict(black_box(&msg), &sig).unwrap(); });
    time("X25519 ephemeral keygen (fixed-base)", n, || { let e = EphemeralSecret::random_from_rng(OsRng); black_box(XPublic::from(&e)); });
    let (_, sk2, pk2) = &keys[1];
    time("X25519 DH (variable-base)", n, || { black_box(sk2.diffie_hellman(black_box(pk2))); });

    let ss = [9u8; 32];
    let cek = [3u8; 32];
    let prot = coset::HeaderBuilder::new().algorithm(coset::iana::Algorithm::ECDH_ES_A256KW).build();
    time("COSE_KDF_Context + HKDF-SHA256 + AES-KW wrap (no DH)", n * 5, || {
        let ctx = kdf_context(coset::iana::Algorithm::A256KW, 256,
            coset::ProtectedHeader { original_data: None, header: prot.clone() });
        let kek = derive_kek(&ss, &ctx);
        black_box(aes_kw::KekAes256::from(kek).wrap_vec(&cek).unwrap());
    });
    use aes_gcm::aead::{Aead, KeyInit};
    let c = aes_gcm::Aes256Gcm::new(&[1u8; 32].into());
    time("AES-256-GCM encrypt 1 KiB (aes-gcm 0.10)", n * 5, || { black_box(c.encrypt(&[0u8; 12].into(), pt.as_slice()).unwrap()); });

    for km in [KeyMgmt::EcdhEsA256Kw, KeyMgmt::EcdhEsA256KwSharedEph, KeyMgmt::HpkeKe] {
        println!("\n-- {km:?}, 1 KiB payload");
        for nr in [1usize, 3, 10] {
            let rs: Vec<Recipient> = keys[..nr].iter().map(|(k, _, p)| Recipient { kid: k, x25519: p }).collect();
            let env = seal(&s, &hdr, "text/plain", &pt, &rs, km);
            time(&format!("seal = sign+encrypt, {nr} recipient(s) [{} B]", env.len()), n, || {
                black_box(seal(&s, &hdr, "text/plain", &pt, &rs, km));
            });
            if nr == 3 {
                let (kid, sk, _) = &keys[1];
                time("open = parse+verify+decrypt (recipient 2 of 3)", n, || {
                    black_box(open(black_box(&env), lookup, kid, sk).unwrap());
                });
                time("relay check = parse+verify only (no key)", n, || {
                    black_box(verify(black_box(&env), lookup).unwrap());
                });
            }
        }
    }

}

fn stream_bench() {
    let mut buf = vec![0u8; 1 << 20];
    OsRng.fill_bytes(&mut buf);
    let (fk, _) = cose_lab::stream::FileKey::generate([1u8; 16]);
    let mut enc = Vec::new();
    let us = time("file chunk: seal 1 MiB COSE_Encrypt0 (AES-256-GCM)", 200, || { enc = fk.seal_chunk(3, false, &buf); });
    println!("   => {:.0} MB/s/core, 1 GB ~ {:.2} s CPU", 1.048576e6 / us, 1024.0 * us / 1e6);
    let us = time("file chunk: open 1 MiB COSE_Encrypt0", 200, || { black_box(fk.open_chunk(3, false, &enc).unwrap()); });
    println!("   => {:.0} MB/s/core", 1.048576e6 / us);
}

/// `bench stack <KiB>`: parse the deepest nesting ciborium allows (limit 256) on a thread of that stack size.
/// A stack overflow aborts the process, so the caller runs one size per process.
fn stack_probe(kib: usize) {
    let mut deep = vec![0xd2u8];
    deep.extend(std::iter::repeat(0x81u8).take(300));
    let r = std::thread::Builder::new().stack_size(kib * 1024).spawn(move || {
        let sk = StaticSecret::random_from_rng(OsRng);
        open(&deep, |_| None, b"x", &sk).is_err()
    }).unwrap().join().unwrap();
    println!("300-deep nested CBOR on a {kib} KiB stack: {}", if r { "rejected cleanly" } else { "accepted?!" });
}

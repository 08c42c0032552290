//! Published test vectors from the Go implementations this crate must
//! interoperate with. Each block names the repository and file it is from;
//! values are copied verbatim.

use liaison_ledger::checkpoint::{self, Checkpoint, CheckpointError};
use liaison_ledger::cosignature::{self, CosignatureSigner, CosignatureVerifier};
use liaison_ledger::note::{
    Ed25519Signer, Ed25519Verifier, KeyError, Note, NoteError, NoteSignature, NoteSigner,
    NoteVerifier,
};
use liaison_ledger::proof::{self, ProofError};
use liaison_ledger::{Frontier, Hash, NodeId, empty_root, leaf_hash};
use std::collections::HashMap;

fn h(s: &str) -> Hash {
    hex::decode(s).unwrap().try_into().unwrap()
}

// --- Merkle proofs -----------------------------------------------------------
// transparency-dev/merkle, proof/verify_test.go: the RFC 6962 reference tree
// of 8 leaves (`leaves`), the roots of its first 1..=8 leaves (`roots`),
// `inclusionProofs` (leaf numbers there are 1-based) and `consistencyProofs`.

fn leaves() -> Vec<Vec<u8>> {
    [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
    .iter()
    .map(|s| hex::decode(s).unwrap())
    .collect()
}

fn roots() -> Vec<Hash> {
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]
    .iter()
    .map(|s| h(s))
    .collect()
}

/// (leaf index, 0-based; tree size; proof)
fn inclusion_vectors() -> Vec<(u64, u64, Vec<Hash>)> {
    vec![
        (0, 1, vec![]),
        (
            0,
            8,
            vec![
                h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            ],
        ),
        (
            5,
            8,
            vec![
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
        (
            2,
            3,
            vec![h(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            )],
        ),
        (
            1,
            5,
            vec![
                h("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            ],
        ),
    ]
}

fn consistency_vectors() -> Vec<(u64, u64, Vec<Hash>)> {
    vec![
        (1, 1, vec![]),
        (
            1,
            8,
            vec![
                h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            ],
        ),
        (
            6,
            8,
            vec![
                h("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
        (
            2,
            5,
            vec![
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            ],
        ),
        (
            6,
            7,
            vec![
                h("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                h("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
    ]
}

/// The reference tree appended leaf by leaf: every stored node row, and the
/// frontier after each leaf.
fn reference_store() -> (HashMap<NodeId, Hash>, Vec<Frontier>) {
    let mut rows = HashMap::new();
    let mut frontier = Frontier::new();
    let mut history = vec![frontier.clone()];
    for data in leaves() {
        frontier
            .append_with(&[leaf_hash(&data)], |id, h| {
                assert!(rows.insert(id, *h).is_none(), "{id:?} reported twice");
            })
            .unwrap();
        history.push(frontier.clone());
    }
    (rows, history)
}

fn fetch(rows: &HashMap<NodeId, Hash>, plan: &proof::ProofPlan) -> Vec<Hash> {
    plan.nodes().iter().map(|id| rows[id]).collect()
}

#[test]
fn reference_roots() {
    let (_, history) = reference_store();
    assert_eq!(history[0].root(), empty_root());
    for (size, root) in roots().iter().enumerate() {
        assert_eq!(
            history[size + 1].root(),
            *root,
            "root of {} leaves",
            size + 1
        );
    }
}

#[test]
fn reference_inclusion_proofs() {
    let (rows, _) = reference_store();
    let roots = roots();
    let leaves = leaves();
    for (index, size, want) in inclusion_vectors() {
        let plan = proof::inclusion_plan(index, size).unwrap();
        assert_eq!(
            plan.assemble(&fetch(&rows, &plan)).unwrap(),
            want,
            "{index}/{size}"
        );
        let leaf = leaf_hash(&leaves[index as usize]);
        let root = roots[size as usize - 1];
        proof::verify_inclusion(index, size, &leaf, &want, &root).unwrap();
        for (i, s, l, p, r) in corrupt_inclusion(index, size, leaf, &want, root) {
            assert!(
                proof::verify_inclusion(i, s, &l, &p, &r).is_err(),
                "corrupted {index}/{size} verified: {i} {s} {p:?}"
            );
        }
    }
}

type InclusionProbe = (u64, u64, Hash, Vec<Hash>, Hash);

/// After `corruptInclusionProof` in the same file.
fn corrupt_inclusion(i: u64, s: u64, leaf: Hash, p: &[Hash], root: Hash) -> Vec<InclusionProbe> {
    let some = h("abacaba000000000000000000000000000000000000000000060061e00123456");
    let mut probes = vec![
        (i.wrapping_sub(1), s, leaf, p.to_vec(), root),
        (i + 1, s, leaf, p.to_vec(), root),
        (i ^ 2, s, leaf, p.to_vec(), root),
        (i, s * 2, leaf, p.to_vec(), root),
        (i, s / 2, leaf, p.to_vec(), root),
        (i, s, leaf_hash(b"WrongLeaf"), p.to_vec(), root),
        (i, s, leaf, p.to_vec(), empty_root()),
        (i, s, leaf, p.to_vec(), some),
        (i, s, leaf, [p, &[root]].concat(), root),
        (i, s, leaf, [&[root], p].concat(), root),
    ];
    for k in 0..p.len() {
        let mut q = p.to_vec();
        q[k][0] ^= 8;
        probes.push((i, s, leaf, q, root));
    }
    if !p.is_empty() {
        probes.push((i, s, leaf, p[..p.len() - 1].to_vec(), root));
    }
    if p.len() > 1 {
        probes.push((i, s, leaf, [&[p[0], some], &p[1..]].concat(), root));
    }
    probes
}

#[test]
fn reference_consistency_proofs() {
    let (rows, _) = reference_store();
    let roots = roots();
    for (size1, size2, want) in consistency_vectors() {
        let plan = proof::consistency_plan(size1, size2).unwrap();
        assert_eq!(
            plan.assemble(&fetch(&rows, &plan)).unwrap(),
            want,
            "{size1}/{size2}"
        );
        let (r1, r2) = (roots[size1 as usize - 1], roots[size2 as usize - 1]);
        proof::verify_consistency(size1, size2, &r1, &r2, &want).unwrap();
        if want.is_empty() {
            continue;
        }
        // After `corruptConsistencyProof` in the same file.
        let mut probes = vec![
            (size1 - 1, size2, r1, r2, want.clone()),
            (size1 + 1, size2, r1, r2, want.clone()),
            (size1 ^ 2, size2, r1, r2, want.clone()),
            (size1, size2 * 2, r1, r2, want.clone()),
            (size1, size2 / 2, r1, r2, want.clone()),
            (size1, size2, leaf_hash(b"WrongRoot"), r2, want.clone()),
            (size1, size2, r1, leaf_hash(b"WrongRoot"), want.clone()),
            (size1, size2, r2, r1, want.clone()),
            (size1, size2, r1, r2, vec![]),
            (size1, size2, r1, r2, [&want[..], &[r1]].concat()),
            (size1, size2, r1, r2, [&want[..], &[r2]].concat()),
            (size1, size2, r1, r2, [&[r1], &want[..]].concat()),
            (size1, size2, r1, r2, [&[r2], &want[..]].concat()),
            (size1, size2, r1, r2, [&[want[0]], &want[..]].concat()),
            (size1, size2, r1, r2, want[..want.len() - 1].to_vec()),
        ];
        for k in 0..want.len() {
            let mut q = want.clone();
            q[k][0] ^= 16;
            probes.push((size1, size2, r1, r2, q));
        }
        for (s1, s2, a, b, p) in probes {
            assert!(
                proof::verify_consistency(s1, s2, &a, &b, &p).is_err(),
                "corrupted {size1}/{size2} verified: {s1} {s2} {p:?}"
            );
        }
    }
}

/// transparency-dev/merkle, proof/verify_test.go (TestVerifyConsistency and
/// TestVerifyInclusion): the edge cases of sizes 0 and 1.
#[test]
fn proof_edge_cases() {
    let (r1, r2) = (leaf_hash(b"don't care 1"), leaf_hash(b"don't care 2"));
    let e = empty_root();
    let ok = |s1, s2, a: &Hash, b: &Hash, p: &[Hash]| proof::verify_consistency(s1, s2, a, b, p);
    assert!(ok(0, 0, &r1, &r2, &[]).is_err());
    assert!(ok(1, 1, &r1, &r2, &[]).is_err());
    assert!(ok(0, 0, &r1, &r1, &[]).is_ok());
    assert!(ok(0, 1, &r1, &r2, &[]).is_ok());
    assert!(ok(1, 1, &r2, &r2, &[]).is_ok());
    assert!(ok(1, 0, &r1, &r2, &[]).is_err());
    assert!(ok(2, 1, &r1, &r2, &[]).is_err());
    assert!(ok(1, 2, &r1, &r2, &[]).is_err());
    assert!(ok(0, 0, &e, &e, &[e]).is_err());
    assert!(ok(0, 1, &e, &e, &[e]).is_err());
    assert!(ok(1, 1, &e, &e, &[e]).is_err());

    let some = h("abacaba000000000000000000000000000000000000000000060061e00123456");
    for (i, s) in [(0, 0), (0, 1), (1, 0), (2, 1)] {
        assert!(proof::verify_inclusion(i, s, &some, &[], &e).is_err());
    }
    // TestVerifyInclusionSingleEntry: in a tree of one leaf the root is the
    // leaf hash and the proof is empty.
    let leaf = leaf_hash(b"data");
    assert!(proof::verify_inclusion(0, 1, &leaf, &[], &leaf).is_ok());
    assert_eq!(
        proof::inclusion_plan(1, 1),
        Err(ProofError::IndexOutOfRange { index: 1, size: 1 })
    );
    assert!(proof::consistency_plan(3, 2).is_err());
    assert!(proof::consistency_plan(0, 5).unwrap().nodes().is_empty());
}

// --- Signed notes ------------------------------------------------------------
// golang/mod, sumdb/note/note_test.go: keys of PeterNeumann and EnochRoot,
// the note text and its signatures.

const PETER_VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_SKEY: &str =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const ENOCH_VKEY: &str = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const TEXT: &str = "If you think cryptography is the answer to your problem,\n\
                    then you don't know what your problem is.\n";
const PETER_SIG: &str = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const ENOCH_SIG: &str = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

#[test]
fn go_note_keys() {
    // TestNewVerifier, TestNewSigner: the keys, and that every substring and
    // every one-byte change of them is refused.
    let v = Ed25519Verifier::from_vkey(PETER_VKEY).unwrap();
    assert_eq!((v.name(), v.key_id()), ("PeterNeumann", 0xc74f20a3));
    assert_eq!(v.vkey(), PETER_VKEY);
    let s = Ed25519Signer::from_skey(PETER_SKEY).unwrap();
    assert_eq!(s.skey(), PETER_SKEY);
    assert_eq!(s.verifier(), v);
    for key in [PETER_VKEY, PETER_SKEY] {
        let parse = |k: &str| {
            if key == PETER_VKEY {
                Ed25519Verifier::from_vkey(k).map(|_| ())
            } else {
                Ed25519Signer::from_skey(k).map(|_| ())
            }
        };
        let b = key.as_bytes();
        for i in 0..=b.len() {
            for j in i + 1..=b.len() {
                if (i, j) != (0, b.len()) {
                    assert!(parse(&key[i..j]).is_err(), "{}", &key[i..j]);
                }
            }
        }
        for i in 0..b.len() {
            let mut m = b.to_vec();
            m[i] += 1;
            if let Ok(m) = std::str::from_utf8(&m) {
                assert!(parse(m).is_err(), "{m}");
            }
        }
    }
    // Wrong length key and unknown algorithm, each with an adjusted hash.
    assert!(
        Ed25519Verifier::from_vkey(
            "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="
        )
        .is_err()
    );
    assert_eq!(
        Ed25519Verifier::from_vkey(
            "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
        ),
        Err(KeyError::UnsupportedType(0x65))
    );
}

#[test]
fn go_note_sign() {
    // TestSign: Ed25519 is deterministic, so the note is byte for byte Go's.
    let signer = Ed25519Signer::from_skey(PETER_SKEY).unwrap();
    let mut note = Note::new(TEXT).unwrap();
    note.sign(&signer).unwrap();
    assert_eq!(note.encode(), format!("{TEXT}\n{PETER_SIG}"));
    // Signing again replaces the signature.
    note.sign(&signer).unwrap();
    assert_eq!(note.signatures().len(), 1);
    assert!(Note::new("abc").is_err());
}

#[test]
fn go_note_open() {
    // TestOpen.
    let peter = Ed25519Verifier::from_vkey(PETER_VKEY).unwrap();
    let enoch = Ed25519Verifier::from_vkey(ENOCH_VKEY).unwrap();
    let both = format!("{TEXT}\n{PETER_SIG}{ENOCH_SIG}");
    let note = Note::parse(both.as_bytes()).unwrap();
    assert_eq!(note.text(), TEXT);
    assert_eq!(note.encode(), both);
    assert_eq!(note.verify(&[&peter]).unwrap(), vec![0]);
    assert_eq!(note.verify(&[&peter, &enoch]).unwrap(), vec![0, 1]);
    assert_eq!(note.verify(&[]), Err(NoteError::NoKnownSignature));
    assert!(matches!(
        Note::parse(format!("{TEXT}\n{ENOCH_SIG}").as_bytes())
            .unwrap()
            .verify(&[&enoch, &peter, &enoch]),
        Err(NoteError::AmbiguousKey { .. })
    ));
    let many = format!("{TEXT}\n{}", PETER_SIG.repeat(101));
    assert_eq!(
        Note::parse(many.as_bytes()),
        Err(NoteError::TooManySignatures)
    );
    // A known key's bad signature rejects the note.
    let bad = format!("{TEXT}\n{}ABCD{}", &PETER_SIG[..60], &PETER_SIG[60..]);
    assert_eq!(
        Note::parse(bad.as_bytes()).unwrap().verify(&[&peter]),
        Err(NoteError::BadSignature {
            name: "PeterNeumann".into(),
            key_id: 0xc74f20a3
        })
    );
    // Duplicated lines are kept once, unknown ones (even bad) are kept.
    let enoch_abcd = format!("{}ABCD{}", &ENOCH_SIG[..60], &ENOCH_SIG[60..]);
    let dup = format!("{TEXT}\n{PETER_SIG}{PETER_SIG}{ENOCH_SIG}{ENOCH_SIG}{enoch_abcd}");
    let note = Note::parse(dup.as_bytes()).unwrap();
    assert_eq!(note.signatures().len(), 3);
    assert_eq!(note.verify(&[&peter]).unwrap(), vec![0]);
    assert_eq!(note.signatures()[2].name(), "EnochRoot");
    // Invalid encoded message syntax.
    let bad_msgs = [
        TEXT.to_string(),
        format!("{TEXT}\n"),
        format!("{TEXT}\n{}", &PETER_SIG[..PETER_SIG.len() - 1]),
        format!("\x01{TEXT}\n{PETER_SIG}"),
        format!(
            "{TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="
        ),
        format!("{TEXT}\n{PETER_SIG}Unexpected line.\n"),
    ];
    for msg in bad_msgs {
        assert!(
            matches!(Note::parse(msg.as_bytes()), Err(NoteError::Malformed(_))),
            "{msg:?}"
        );
    }
    let mut invalid_utf8 = b"\xff".to_vec();
    invalid_utf8.extend_from_slice(format!("{TEXT}\n{PETER_SIG}").as_bytes());
    assert!(Note::parse(&invalid_utf8).is_err());
}

// --- Checkpoints -------------------------------------------------------------

const SUMDB_VKEY: &str = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
const SUMDB_ORIGIN: &str = "go.sum database tree";

/// transparency-dev/formats, log/note_test.go (TestSumDBNoteParsing and
/// BenchmarkParse): a checkpoint of the Go checksum database signed by
/// sum.golang.org (key as built into the go command), and the same with
/// three more known signatures and two lines by unknown keys.
#[test]
fn sumdb_checkpoint() {
    let log = Ed25519Verifier::from_vkey(SUMDB_VKEY).unwrap();
    let base = "go.sum database tree\n6476701\nmb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=\n\n\
                — sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n";
    let opened = checkpoint::open(base.as_bytes(), SUMDB_ORIGIN, &log, &[]).unwrap();
    assert_eq!(opened.checkpoint.origin, SUMDB_ORIGIN);
    assert_eq!(opened.checkpoint.size, 6476701);
    assert_eq!(opened.note.encode(), base);
    assert!(matches!(
        checkpoint::open(
            base.as_bytes(),
            "Go rocks but I might have the wrong ID",
            &log,
            &[]
        ),
        Err(CheckpointError::OriginMismatch { .. })
    ));

    let vkeys = [
        "monkeys+db4d9f7e+AULaJMvTtDLHPUcUrjdDad9vDlh/PTfC2VV60JUtCfWT",
        "bananas+cf639f13+AaPjhFnPCQnid/Ql32KWhmh+uk72FVRfK+2DLmO3BI3M",
        "witness+f13a86db+AdYV1Ztajd9BvyjP2HgpwrqYL6TjOwIjGMOq8Bu42xbN",
    ];
    let sigs = [
        "— monkeys 202ffh9ve46Mqbhuyb4wnC2Pwdan5EsXQym/tF1ggXJqhjGosU4T5intH4iKMRgDLxrnXuIjRaU2NbvAnaepM6Y+8ww=",
        "— bananas z2OfE+2bbsBZ7NLgfuslc0v7NFW2QyexJ7fhePpoL2N/P7N/COd5S+JNHbQEAlYzz2C5sg0E+x/MggS1mDR6t3/9rQw=",
        "— witness 8TqG25yWGFLdT7WPf/WoyeG3LwqtkXP+8S3yykOVm6EMh4hPgCke6eSVPU4BdtXNMPJBXKF+UpDbGgCdcpR8SVSoqAU=",
        "— random1 8TqG25yWGFLdT7WPf/WoyeG3LwqtkXP+8S3yykOVm6EMh4hPgCke6eSVPU4BdtXNMPJBXKF+UpDbGgCdcpR8SVSoqAU=",
        "— random2 8TqG25yWGFLdT7WPf/WoyeG3LwqtkXP+8S3yykOVm6EMh4hPgCke6eSVPU4BdtXNMPJBXKF+UpDbGgCdcpR8SVSoqAU=",
    ];
    let many = format!("{base}{}\n", sigs.join("\n"));
    let others: Vec<Ed25519Verifier> = vkeys
        .iter()
        .map(|k| Ed25519Verifier::from_vkey(k).unwrap())
        .collect();
    let refs: Vec<&dyn NoteVerifier> = others.iter().map(|v| v as &dyn NoteVerifier).collect();
    let opened = checkpoint::open(many.as_bytes(), SUMDB_ORIGIN, &log, &refs).unwrap();
    assert_eq!(opened.verified, vec![0, 1, 2, 3]);
    assert_eq!(opened.note.signatures().len(), 6);
    assert_eq!(opened.note.encode(), many);
    for w in &others {
        assert!(opened.signed_by(w).is_some());
    }
    // Only witnesses, no log: refused.
    let witness_only = many.replace(
        "— sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n",
        "",
    );
    assert_eq!(
        checkpoint::open(witness_only.as_bytes(), SUMDB_ORIGIN, &log, &refs),
        Err(CheckpointError::NotSignedByLog)
    );
}

/// transparency-dev/trillian-tessera, internal/parse/parse_test.go
/// (BenchmarkCheckpointUnsafe): another sum.golang.org checkpoint.
#[test]
fn sumdb_checkpoint_tessera() {
    let log = Ed25519Verifier::from_vkey(SUMDB_VKEY).unwrap();
    let note = "go.sum database tree\n31700353\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\n\
                — sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM=\n";
    let opened = checkpoint::open(note.as_bytes(), SUMDB_ORIGIN, &log, &[]).unwrap();
    assert_eq!(opened.checkpoint.size, 31700353);
    // A changed size breaks the signature.
    let forged = note.replace("31700353", "31700354");
    assert!(matches!(
        checkpoint::open(forged.as_bytes(), SUMDB_ORIGIN, &log, &[]),
        Err(CheckpointError::Note(NoteError::BadSignature { .. }))
    ));
}

/// transparency-dev/formats, log/note_test.go: signer and verifier key
/// pairs (logSK/logVK, known1, known2, unknown); each signer key must give
/// its verifier key, and the TestParseCheckpoint cases.
#[test]
fn formats_keys_and_checkpoints() {
    let pairs = [
        (
            "PRIVATE+KEY+Log+2271c621+AdEIq9FLRQni54Wg68T96VJO+iayOaulswav2DUMKgvQ",
            "Log+2271c621+AemuH5ooBpEPcr+W8onrjA1NfuzBVHdezakU81Ekarvs",
        ),
        (
            "PRIVATE+KEY+Known+451c786d+AQPRoE2+Z+Ed1HaHBA9F/FfracvcZ2rDU39kCecMEoci",
            "Known+451c786d+AXAQ0T7lbwuY4ABJ9/MYY9bWV3hmSyOGVt2x42NkmdUH",
        ),
        (
            "PRIVATE+KEY+KnownAgain+4893b26c+ARhZda/l25zjGZswYLDZsLNRzNpmv5wYTN9IoTr1OJ2+",
            "KnownAgain+4893b26c+AQ+LR7BFF/F/dkpIBjBpSvT0crkteizuUkavAoGeaYMj",
        ),
        (
            "PRIVATE+KEY+Unknown+fdbb2e08+Aav2knTC6orbhXX8pMWuNiWgO+Wwk2DB+h1eU2Q1W1nU",
            "Unknown+fdbb2e08+AWgRIYZ+8x1Vl+1Q+sR8zciNHiYI1SdlBjNw+RV0rots",
        ),
    ];
    let signers: Vec<Ed25519Signer> = pairs
        .iter()
        .map(|(s, v)| {
            let signer = Ed25519Signer::from_skey(s).unwrap();
            assert_eq!(signer.verifier().vkey(), *v);
            signer
        })
        .collect();
    let [log, k1, k2, unknown] = &signers[..] else {
        unreachable!()
    };
    let (log_v, k1_v, k2_v) = (log.verifier(), k1.verifier(), k2.verifier());
    let cp = Checkpoint::new("TestParseCheckpoint", 42, leaf_hash(b"abcdef"));
    let cases: [(&[&Ed25519Signer], &str, Result<usize, ()>); 7] = [
        (&[], "TestParseCheckpoint", Err(())),
        (&[log], "TestParseCheckpoint", Ok(1)),
        (&[log, k1], "TestParseCheckpoint", Ok(2)),
        (&[log, k1, unknown], "TestParseCheckpoint", Ok(2)),
        (&[k2, log, k1], "TestParseCheckpoint", Ok(3)),
        (&[k1, k2], "TestParseCheckpoint", Err(())),
        (
            &[log, k1, k2, unknown],
            "this is not the logID you are looking for",
            Err(()),
        ),
    ];
    for (sigs, origin, want) in cases {
        let mut note = cp.to_note().unwrap();
        for s in sigs {
            note.sign(*s).unwrap();
        }
        let got = checkpoint::open(note.encode().as_bytes(), origin, &log_v, &[&k1_v, &k2_v]);
        assert_eq!(
            got.map(|o| o.verified.len()).map_err(|_| ()),
            want,
            "{sigs:?}"
        );
    }
    // A good signature on a body that is no checkpoint.
    let mut note = Note::new("if this is a valid checkpoint then I'll eat my hat\n").unwrap();
    note.sign(log).unwrap();
    assert!(matches!(
        checkpoint::open(note.encode().as_bytes(), "TestParseCheckpoint", &log_v, &[]),
        Err(CheckpointError::Malformed(_))
    ));
}

/// transparency-dev/trillian-tessera, internal/parse/parse_test.go
/// (TestCheckpointUnsafe), where this crate is stricter: C2SP requires a
/// non-empty origin.
#[test]
fn checkpoint_text() {
    let cp = Checkpoint::parse_text(
        "original.example.com\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
    )
    .unwrap();
    assert_eq!((cp.origin.as_str(), cp.size), ("original.example.com", 42));
    for bad in [
        "original.example.com\n-42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "original.example.com\n42\nthisisnotright\n",
        "\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        // Ours: leading zero, sign, no final newline, empty extension line,
        // unpadded or non-canonical base64, overflow.
        "o\n042\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "o\n+42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "o\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=",
        "o\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\n",
        "o\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs\n",
        "o\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVct=\n",
        "o\n18446744073709551616\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
    ] {
        assert!(Checkpoint::parse_text(bad).is_err(), "{bad:?}");
    }
    let ext = Checkpoint::parse_text("o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\next a\n")
        .unwrap();
    assert_eq!(ext.root, empty_root());
    assert_eq!(ext.extensions, vec!["ext a".to_string()]);
    assert_eq!(
        ext.text(),
        "o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\next a\n"
    );
}

// --- Cosignatures ------------------------------------------------------------

/// transparency-dev/formats, note/note_cosigv1_test.go: a native
/// cosignature/v1 verifier key (TestCoSigV1NewVerifier, type 0x04, so its
/// hash checks our key id with type 0x04), an Ed25519 key converted, and the
/// timestamp of a cosignature (TestCosignatureTimestamp).
#[test]
fn formats_cosignature_vectors() {
    let native = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2";
    let v = CosignatureVerifier::from_vkey(native).unwrap();
    assert_eq!((v.name(), v.key_id()), ("remora.n621.de", 0xda77ade7));
    assert_eq!(v.vkey(), native);
    let converted = CosignatureVerifier::from_vkey(
        "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6",
    )
    .unwrap();
    assert_ne!(converted.key_id(), 0x7997405c);
    for bad in [
        "bananas.sigstore.dev+12344556",
        "rekor.sigstore.dev+12345678+THIS_IS_NOT_BASE64!",
        "rekor.sigstore.dev+12345678+AwEB",
    ] {
        assert!(CosignatureVerifier::from_vkey(bad).is_err(), "{bad}");
    }

    let sig = "ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==";
    let note = Note::parse(format!("x\n\n— w {sig}\n").as_bytes()).unwrap();
    assert_eq!(
        cosignature::timestamp(&note.signatures()[0]),
        Some(1727964367)
    );
    let plain = "eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY=";
    let note = Note::parse(format!("x\n\n— w {plain}\n").as_bytes()).unwrap();
    assert_eq!(cosignature::timestamp(&note.signatures()[0]), None);
}

/// C2SP/C2SP, tlog-cosignature.md: the example cosignature's time is the
/// one in the spec's example of the signed message (1679315147).
#[test]
fn c2sp_cosignature_example() {
    let example = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n\
        — example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n\
        — witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";
    let note = Note::parse(example.as_bytes()).unwrap();
    let cp = Checkpoint::parse_text(note.text()).unwrap();
    assert_eq!(cp.size, 20852163);
    let w = &note.signatures()[1];
    assert_eq!(w.name(), "witness.example.com/w1");
    assert_eq!(cosignature::timestamp(w), Some(1679315147));
    assert_eq!(
        cosignature::signed_message(note.text(), 1679315147),
        b"cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    );
}

/// A witness cosigning the Go note key's checkpoint: the cosignature
/// verifies, is kept apart from plain signatures by the same key (type
/// 0x04 key id), and breaks with the text or the time.
#[test]
fn cosign_and_verify() {
    let log = Ed25519Signer::from_skey(PETER_SKEY).unwrap();
    let witness = CosignatureSigner::new(
        "witness.example/w1",
        ed25519_dalek::SigningKey::from_bytes(&[7; 32]),
    )
    .unwrap();
    let wv = witness.verifier();
    let cp = Checkpoint::new("PeterNeumann", 5, roots()[4]);
    let mut note = cp.sign(&log).unwrap();
    note.add_signature(witness.cosign(note.text(), 1_700_000_000).unwrap())
        .unwrap();
    let msg = note.encode();
    let opened = checkpoint::open(msg.as_bytes(), "PeterNeumann", &log.verifier(), &[&wv]).unwrap();
    let sig = opened.signed_by(&wv).unwrap();
    assert_eq!(cosignature::timestamp(sig), Some(1_700_000_000));
    // Re-cosigning later replaces the witness's line.
    note.add_signature(witness.cosign(note.text(), 1_700_000_100).unwrap())
        .unwrap();
    assert_eq!(note.signatures().len(), 2);
    // A changed time is a bad signature.
    let mut raw = sig.signature().to_vec();
    raw[7] ^= 1;
    let forged = NoteSignature::new(wv.name(), wv.key_id(), raw).unwrap();
    let mut bad = opened.note.clone();
    bad.add_signature(forged).unwrap();
    assert!(matches!(
        checkpoint::open(
            bad.encode().as_bytes(),
            "PeterNeumann",
            &log.verifier(),
            &[&wv]
        ),
        Err(CheckpointError::Note(NoteError::BadSignature { .. }))
    ));
    // The same Ed25519 key as a plain note key has another key id.
    let plain = Ed25519Signer::new(
        "witness.example/w1",
        ed25519_dalek::SigningKey::from_bytes(&[7; 32]),
    )
    .unwrap();
    assert_ne!(NoteSigner::key_id(&plain), wv.key_id());
    assert!(witness.cosign(note.text(), 1 << 63).is_err());
}

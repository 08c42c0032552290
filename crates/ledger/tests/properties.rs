//! Property tests against a naive, recursive transcription of RFC 6962
//! §2.1 (MTH, PATH, SUBPROOF) over the whole list of leaf hashes: the
//! storage-agnostic proofs, built from node rows only, must be the same
//! proofs, verify, and stop verifying when anything is changed.

use liaison_ledger::node::frontier_nodes;
use liaison_ledger::proof::{self, ProofPlan};
use liaison_ledger::{Frontier, Hash, NodeId, empty_root, leaf_hash, node_hash};
use proptest::prelude::*;
use std::collections::HashMap;

// --- The reference: RFC 6962 §2.1 as written ---------------------------------

/// The largest power of two smaller than n (n > 1).
fn split(n: usize) -> usize {
    1 << (usize::BITS - 1 - (n - 1).leading_zeros())
}

fn mth(d: &[Hash]) -> Hash {
    match d.len() {
        0 => empty_root(),
        1 => d[0],
        n => {
            let k = split(n);
            node_hash(&mth(&d[..k]), &mth(&d[k..]))
        }
    }
}

fn path(m: usize, d: &[Hash]) -> Vec<Hash> {
    if d.len() <= 1 {
        return vec![];
    }
    let k = split(d.len());
    if m < k {
        let mut p = path(m, &d[..k]);
        p.push(mth(&d[k..]));
        p
    } else {
        let mut p = path(m - k, &d[k..]);
        p.push(mth(&d[..k]));
        p
    }
}

fn subproof(m: usize, d: &[Hash], b: bool) -> Vec<Hash> {
    let n = d.len();
    if m == n {
        return if b { vec![] } else { vec![mth(d)] };
    }
    let k = split(n);
    if m <= k {
        let mut p = subproof(m, &d[..k], b);
        p.push(mth(&d[k..]));
        p
    } else {
        let mut p = subproof(m - k, &d[k..], false);
        p.push(mth(&d[..k]));
        p
    }
}

fn consistency(m: usize, d: &[Hash]) -> Vec<Hash> {
    if m == 0 { vec![] } else { subproof(m, d, true) }
}

// --- A store: the rows the appender reports ----------------------------------

fn leaves(n: u64) -> Vec<Hash> {
    (0..n).map(|i| leaf_hash(&i.to_be_bytes())).collect()
}

fn store(leaves: &[Hash]) -> HashMap<NodeId, Hash> {
    let mut rows = HashMap::new();
    Frontier::new()
        .append_with(leaves, |id, h| {
            assert!(rows.insert(id, *h).is_none());
        })
        .unwrap();
    rows
}

fn fetch(rows: &HashMap<NodeId, Hash>, plan: &ProofPlan) -> Vec<Hash> {
    let nodes = plan.nodes();
    let distinct: std::collections::HashSet<_> = nodes.iter().collect();
    assert_eq!(distinct.len(), nodes.len(), "a node asked twice: {nodes:?}");
    nodes.iter().map(|id| rows[id]).collect()
}

fn flip(mut h: Hash, bit: usize) -> Hash {
    h[bit / 8 % 32] ^= 1 << (bit % 8);
    h
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Inclusion proofs from the rows of a tree that has grown since equal
    /// RFC 6962 PATH, verify, and fail when tampered with.
    #[test]
    fn inclusion(size in 1u64..3000, at in 0.0f64..1.0, grown in 0u64..600, bit in 0usize..256) {
        let index = ((size as f64 * at) as u64).min(size - 1);
        let all = leaves(size + grown);
        let rows = store(&all);
        let d = &all[..size as usize];
        let plan = proof::inclusion_plan(index, size).unwrap();
        let got = plan.assemble(&fetch(&rows, &plan)).unwrap();
        let want = path(index as usize, d);
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(plan.proof_len(), want.len());
        let root = mth(d);
        let leaf = d[index as usize];
        prop_assert!(proof::verify_inclusion(index, size, &leaf, &got, &root).is_ok());
        prop_assert!(proof::verify_inclusion(index, size, &flip(leaf, bit), &got, &root).is_err());
        prop_assert!(proof::verify_inclusion(index, size, &leaf, &got, &flip(root, bit)).is_err());
        if !got.is_empty() {
            let mut bad = got.clone();
            let k = bit % bad.len();
            bad[k] = flip(bad[k], bit);
            prop_assert!(proof::verify_inclusion(index, size, &leaf, &bad, &root).is_err());
            prop_assert!(proof::verify_inclusion(index, size, &leaf, &got[1..], &root).is_err());
        }
        let mut longer = got.clone();
        longer.push(root);
        prop_assert!(proof::verify_inclusion(index, size, &leaf, &longer, &root).is_err());
        if index + 1 < size {
            prop_assert!(proof::verify_inclusion(index + 1, size, &leaf, &got, &root).is_err());
        }
    }

    /// Consistency proofs likewise equal RFC 6962 SUBPROOF and verify.
    #[test]
    fn consistency_proofs(size2 in 1u64..3000, at in 0.0f64..=1.0, grown in 0u64..600, bit in 0usize..256) {
        let size1 = (size2 as f64 * at) as u64;
        let all = leaves(size2 + grown);
        let rows = store(&all);
        let d = &all[..size2 as usize];
        let plan = proof::consistency_plan(size1, size2).unwrap();
        let got = plan.assemble(&fetch(&rows, &plan)).unwrap();
        prop_assert_eq!(&got, &consistency(size1 as usize, d));
        let (root1, root2) = (mth(&d[..size1 as usize]), mth(d));
        prop_assert!(proof::verify_consistency(size1, size2, &root1, &root2, &got).is_ok());
        if size1 > 0 && size1 < size2 {
            prop_assert!(proof::verify_consistency(size1, size2, &flip(root1, bit), &root2, &got).is_err());
            prop_assert!(proof::verify_consistency(size1, size2, &root1, &flip(root2, bit), &got).is_err());
            let mut bad = got.clone();
            let k = bit % bad.len();
            bad[k] = flip(bad[k], bit);
            prop_assert!(proof::verify_consistency(size1, size2, &root1, &root2, &bad).is_err());
            prop_assert!(proof::verify_consistency(size1, size2, &root1, &root2, &got[1..]).is_err());
            prop_assert!(proof::verify_consistency(size1 + 1, size2, &root1, &root2, &got).is_err());
            prop_assert!(proof::verify_consistency(size1, size2, &root2, &root1, &got).is_err());
        }
    }

    /// Appending in random batches reports the same rows, in the same order,
    /// as appending one by one, and the right root after every batch; a
    /// frontier rebuilt from stored rows carries on the same.
    #[test]
    fn batches(batches in proptest::collection::vec(0usize..300, 1..20)) {
        let total: usize = batches.iter().sum();
        let all = leaves(total as u64);
        let mut one_by_one = Vec::new();
        let mut f = Frontier::new();
        for leaf in &all {
            f.push_with(*leaf, |id, h| one_by_one.push((id, *h))).unwrap();
        }
        let mut batched = Vec::new();
        let mut g = Frontier::new();
        let mut done = 0;
        for n in batches {
            // Start some batches from a frontier rebuilt from the rows.
            if n % 3 == 0 {
                let stored: HashMap<_, _> = batched.iter().copied().collect();
                let hashes = frontier_nodes(g.size()).iter().map(|id| stored[id]).collect();
                g = Frontier::from_parts(g.size(), hashes).unwrap();
            }
            let root = g.append_with(&all[done..done + n], |id, h| batched.push((id, *h))).unwrap();
            done += n;
            prop_assert_eq!(root, mth(&all[..done]));
        }
        prop_assert_eq!(&batched, &one_by_one);
        prop_assert_eq!(f.root(), g.root());
        // Every perfect subtree is reported once: 2n - popcount(n) rows.
        prop_assert_eq!(batched.len(), 2 * total - total.count_ones() as usize);
    }
}

/// Every inclusion and consistency proof of every tree up to 70 leaves, the
/// small sizes where off-by-ones live.
#[test]
fn exhaustive_small_trees() {
    let all = leaves(70);
    let rows = store(&all);
    for size in 0..=70u64 {
        let d = &all[..size as usize];
        for index in 0..size {
            let plan = proof::inclusion_plan(index, size).unwrap();
            let p = plan.assemble(&fetch(&rows, &plan)).unwrap();
            assert_eq!(p, path(index as usize, d), "{index}/{size}");
            proof::verify_inclusion(index, size, &d[index as usize], &p, &mth(d)).unwrap();
        }
        for size1 in 0..=size {
            let plan = proof::consistency_plan(size1, size).unwrap();
            let p = plan.assemble(&fetch(&rows, &plan)).unwrap();
            assert_eq!(p, consistency(size1 as usize, d), "{size1}/{size}");
            proof::verify_consistency(size1, size, &mth(&d[..size1 as usize]), &mth(d), &p)
                .unwrap();
        }
    }
}

/// The border node that is not stored is rehashed from the nodes the plan
/// says, and only where the tree is not perfect.
#[test]
fn ephemeral_nodes() {
    // 7 leaves, leaf 0: siblings leaf 1, node (1,1); then the incomplete
    // right half (leaves 4..7) from (1,2) and leaf 6.
    let plan = proof::inclusion_plan(0, 7).unwrap();
    assert_eq!(
        plan.nodes(),
        [
            NodeId::leaf(1),
            NodeId::new(1, 1),
            NodeId::leaf(6),
            NodeId::new(1, 2)
        ]
    );
    assert_eq!(plan.ephemeral(), Some((NodeId::new(2, 1), 2..4)));
    assert_eq!(plan.proof_len(), 3);
    assert_eq!(proof::inclusion_plan(0, 8).unwrap().ephemeral(), None);
    assert!(plan.assemble(&[[0; 32]; 3]).is_err());
}

//! Inclusion and consistency proofs (RFC 9162 §2.1.3 and §2.1.4), built
//! from stored node rows without loading the tree.
//!
//! A store answers a proof request in three steps: [`inclusion_plan`] or
//! [`consistency_plan`] says which node rows to fetch; the store fetches
//! them (any order, one query); [`ProofPlan::assemble`] turns the hashes
//! into the proof. Most proof elements are stored nodes. At most one is not:
//! where the tree is not perfect, the proof needs the hash of a subtree on
//! the right border that is not complete yet (transparency-dev calls it
//! "ephemeral"); it is rehashed from the complete subtrees under it, which
//! the plan lists in a row. The model is transparency-dev `merkle/proof`.
//!
//! Verification is the RFC 9162 algorithms, which need only the sizes, the
//! hashes and the proof.

use crate::hash::{Hash, node_hash};
use crate::node::{NodeId, range_nodes};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("leaf {index} is not in a tree of {size} leaves")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("tree size {size1} is larger than {size2}")]
    SizesOutOfOrder { size1: u64, size2: u64 },
    #[error("the plan has {expected} nodes but {got} hashes were given")]
    HashCount { expected: usize, got: usize },
    #[error("the proof has the wrong number of hashes for these tree sizes")]
    WrongLength,
    #[error("the proof does not lead to the expected root")]
    RootMismatch,
}

/// Which node rows a proof needs and how they make the proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofPlan {
    nodes: Vec<NodeId>,
    /// `nodes[ephemeral]` (two or more, lowest level first) are rehashed
    /// into one proof element, the hash of `ephemeral_id`.
    ephemeral: Range<usize>,
    ephemeral_id: NodeId,
}

impl ProofPlan {
    fn empty() -> Self {
        ProofPlan {
            nodes: Vec::new(),
            ephemeral: 0..0,
            ephemeral_id: NodeId::leaf(0),
        }
    }

    /// The stored nodes to fetch, in the order [`Self::assemble`] takes
    /// their hashes. No node appears twice.
    pub fn nodes(&self) -> &[NodeId] {
        &self.nodes
    }

    /// The border node that is not stored, and which of [`Self::nodes`]
    /// make it, if the proof needs one.
    pub fn ephemeral(&self) -> Option<(NodeId, Range<usize>)> {
        (!self.ephemeral.is_empty()).then(|| (self.ephemeral_id, self.ephemeral.clone()))
    }

    /// How many hashes the finished proof has.
    pub fn proof_len(&self) -> usize {
        self.nodes.len() - self.ephemeral.len().saturating_sub(1)
    }

    /// The proof, from the hashes of [`Self::nodes`] in that order.
    pub fn assemble(&self, hashes: &[Hash]) -> Result<Vec<Hash>, ProofError> {
        if hashes.len() != self.nodes.len() {
            return Err(ProofError::HashCount {
                expected: self.nodes.len(),
                got: hashes.len(),
            });
        }
        let mut proof = Vec::with_capacity(self.proof_len());
        proof.extend_from_slice(&hashes[..self.ephemeral.start]);
        if let Some((first, rest)) = hashes[self.ephemeral.clone()].split_first() {
            // Lowest level first: each next node is the left neighbour of
            // what has been folded so far.
            proof.push(rest.iter().fold(*first, |acc, left| node_hash(left, &acc)));
        }
        proof.extend_from_slice(&hashes[self.ephemeral.end..]);
        Ok(proof)
    }
}

/// The plan of the proof that leaf `index` is in the tree of `size` leaves
/// (RFC 9162 §2.1.3.1).
pub fn inclusion_plan(index: u64, size: u64) -> Result<ProofPlan, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    Ok(path(NodeId::leaf(index), size))
}

/// The plan of the proof that the tree of `size2` leaves extends the tree of
/// `size1` leaves (RFC 9162 §2.1.4.1). Empty if `size1` is 0 or `size2`.
pub fn consistency_plan(size1: u64, size2: u64) -> Result<ProofPlan, ProofError> {
    if size1 > size2 {
        return Err(ProofError::SizesOutOfOrder { size1, size2 });
    }
    if size1 == 0 || size1 == size2 {
        return Ok(ProofPlan::empty());
    }
    // The old tree's smallest (rightmost) perfect subtree: it is a node of
    // the new tree too, and its path in the new tree proves everything.
    let level = size1.trailing_zeros();
    let node = NodeId::new(level as u8, (size1 - 1) >> level);
    let mut plan = path(node, size2);
    // A verifier knows the old root; if the old tree is perfect that is
    // this node, otherwise the proof starts with it.
    if !size1.is_power_of_two() {
        plan.nodes.insert(0, node);
        if !plan.ephemeral.is_empty() {
            plan.ephemeral = plan.ephemeral.start + 1..plan.ephemeral.end + 1;
        }
    }
    Ok(plan)
}

/// The nodes proving that `node` (complete in a tree of `size` leaves) is in
/// that tree: its siblings bottom-up, with the one incomplete sibling, if
/// any, given by the complete subtrees under it.
fn path(node: NodeId, size: u64) -> ProofPlan {
    // Below the `fork` the path's siblings are complete subtrees; the fork's
    // sibling holds the tree's last leaf (it is incomplete, or absent if the
    // fork ends exactly at `size`); above it every sibling is on the left.
    let border = size >> node.level;
    debug_assert!(node.index < border);
    let inner = 63 - (node.index ^ border).leading_zeros();
    let mut nodes = Vec::with_capacity(2 * 64);
    let mut fork = node;
    for _ in 0..inner {
        nodes.push(fork.sibling());
        fork = fork.parent();
    }
    let covered = fork.leaves();
    let start = nodes.len();
    nodes.extend(range_nodes(covered.end, size).into_iter().rev());
    let end = nodes.len();
    nodes.extend(range_nodes(0, covered.start).into_iter().rev());
    let ephemeral = if end - start >= 2 { start..end } else { 0..0 };
    ProofPlan {
        nodes,
        ephemeral,
        ephemeral_id: fork.sibling(),
    }
}

/// The root that `proof` leads to from leaf `index` with hash `leaf` in a
/// tree of `size` leaves (RFC 9162 §2.1.3.2, steps 1 to 5).
pub fn root_from_inclusion_proof(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
) -> Result<Hash, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let (mut f, mut s) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if s == 0 {
            return Err(ProofError::WrongLength);
        }
        if f & 1 == 1 || f == s {
            r = node_hash(p, &r);
            if f & 1 == 0 {
                // The last node of its level has no right sibling: it moves
                // up until it is a right child (or the root's left part).
                while f & 1 == 0 && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(ProofError::WrongLength);
    }
    Ok(r)
}

/// Checks that leaf `index` with hash `leaf` is in the tree of `size` leaves
/// with root `root` (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    if root_from_inclusion_proof(index, size, leaf, proof)? == *root {
        Ok(())
    } else {
        Err(ProofError::RootMismatch)
    }
}

/// Checks that the tree of `size2` leaves with root `root2` extends the tree
/// of `size1` leaves with root `root1` (RFC 9162 §2.1.4.2). From the empty
/// tree every tree is consistent and the proof is empty; `root1` is then
/// not checked (as in transparency-dev `merkle/proof`).
pub fn verify_consistency(
    size1: u64,
    size2: u64,
    root1: &Hash,
    root2: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if size1 > size2 {
        return Err(ProofError::SizesOutOfOrder { size1, size2 });
    }
    if size1 == size2 {
        if !proof.is_empty() {
            return Err(ProofError::WrongLength);
        }
        return if root1 == root2 {
            Ok(())
        } else {
            Err(ProofError::RootMismatch)
        };
    }
    if size1 == 0 {
        return if proof.is_empty() {
            Ok(())
        } else {
            Err(ProofError::WrongLength)
        };
    }
    // Step 1 to 3: a perfect old tree is the first element, implicitly.
    let (first, rest) = if size1.is_power_of_two() {
        (root1, proof)
    } else {
        proof.split_first().ok_or(ProofError::WrongLength)?
    };
    let (mut f, mut s) = (size1 - 1, size2 - 1);
    while f & 1 == 1 {
        f >>= 1;
        s >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if s == 0 {
            return Err(ProofError::WrongLength);
        }
        if f & 1 == 1 || f == s {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if f & 1 == 0 {
                while f & 1 == 0 && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(ProofError::WrongLength);
    }
    if fr == *root1 && sr == *root2 {
        Ok(())
    } else {
        Err(ProofError::RootMismatch)
    }
}

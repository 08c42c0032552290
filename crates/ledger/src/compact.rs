//! Appending to the log without reading it: the [`Frontier`] is the tree's
//! right border, the `O(log n)` roots of the perfect subtrees that cover all
//! leaves so far (a "compact range" `[0, size)` in transparency-dev's
//! terms). Appending leaves to it completes new perfect subtrees; each one
//! is reported once, as the node row `(level, index) -> hash` a store
//! writes. The root at any size is the frontier folded from the right.
//!
//! A store therefore needs, to append a batch: the frontier's rows
//! ([`crate::node::frontier_nodes`] of its size), the new leaf hashes; and it
//! writes back the rows [`Frontier::append_with`] reports. Nothing else of
//! the tree is read.

use crate::hash::{Hash, empty_root, node_hash};
use crate::node::{NodeId, frontier_nodes};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrontierError {
    #[error("a tree of {size} leaves has {expected} frontier hashes, not {got}")]
    WrongLength {
        size: u64,
        expected: usize,
        got: usize,
    },
    #[error("the log is full")]
    Full,
}

/// The right border of a tree of `size` leaves: the hashes of
/// [`frontier_nodes`]`(size)`, largest subtree first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    hashes: Vec<Hash>,
}

impl Frontier {
    /// The empty tree's.
    pub fn new() -> Self {
        Frontier::default()
    }

    /// The frontier of a stored tree: `hashes` are the rows of
    /// [`frontier_nodes`]`(size)`, in that order.
    pub fn from_parts(size: u64, hashes: Vec<Hash>) -> Result<Self, FrontierError> {
        let expected = size.count_ones() as usize;
        if hashes.len() != expected {
            return Err(FrontierError::WrongLength {
                size,
                expected,
                got: hashes.len(),
            });
        }
        Ok(Frontier { size, hashes })
    }

    /// How many leaves the tree has.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The border's hashes, largest subtree first.
    pub fn hashes(&self) -> &[Hash] {
        &self.hashes
    }

    /// The ids of [`Self::hashes`]: which rows to read to rebuild it.
    pub fn node_ids(&self) -> Vec<NodeId> {
        frontier_nodes(self.size)
    }

    /// The tree's root hash (RFC 9162 §2.1.1 MTH).
    pub fn root(&self) -> Hash {
        let mut rev = self.hashes.iter().rev();
        let Some(last) = rev.next() else {
            return empty_root();
        };
        rev.fold(*last, |acc, left| node_hash(left, &acc))
    }

    /// Appends one leaf hash and reports, lowest level first, the leaf's row
    /// and every node it completes.
    pub fn push_with(
        &mut self,
        leaf: Hash,
        mut store: impl FnMut(NodeId, &Hash),
    ) -> Result<(), FrontierError> {
        self.push(leaf, &mut store)
    }

    /// Appends leaf hashes in order, reporting every new node row (each
    /// leaf's own, then what it completes), and returns the new root.
    /// Allocates nothing beyond the frontier's `O(log n)` hashes.
    pub fn append_with(
        &mut self,
        leaves: &[Hash],
        mut store: impl FnMut(NodeId, &Hash),
    ) -> Result<Hash, FrontierError> {
        if self.size.checked_add(leaves.len() as u64).is_none() {
            return Err(FrontierError::Full);
        }
        for leaf in leaves {
            self.push(*leaf, &mut store)?;
        }
        Ok(self.root())
    }

    /// [`Self::append_with`] collecting the rows: for small batches and tests.
    pub fn append(
        &mut self,
        leaves: &[Hash],
    ) -> Result<(Vec<(NodeId, Hash)>, Hash), FrontierError> {
        let mut rows = Vec::with_capacity(leaves.len() * 2);
        let root = self.append_with(leaves, |id, h| rows.push((id, *h)))?;
        Ok((rows, root))
    }

    fn push(
        &mut self,
        leaf: Hash,
        store: &mut impl FnMut(NodeId, &Hash),
    ) -> Result<(), FrontierError> {
        let index = self.size;
        let size = index.checked_add(1).ok_or(FrontierError::Full)?;
        let mut id = NodeId::leaf(index);
        let mut hash = leaf;
        store(id, &hash);
        // Each trailing one bit of the old size is a perfect subtree of the
        // same height just to the left: merge it with the new one.
        for _ in 0..index.trailing_ones() {
            // The frontier has one hash per one bit of `index`.
            let left = self.hashes.pop().ok_or(FrontierError::Full)?;
            hash = node_hash(&left, &hash);
            id = id.parent();
            store(id, &hash);
        }
        self.hashes.push(hash);
        self.size = size;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::leaf_hash;

    #[test]
    fn small_trees() {
        let mut f = Frontier::new();
        assert_eq!(f.root(), empty_root());
        let (rows, root) = f.append(&[leaf_hash(b"a")]).unwrap();
        assert_eq!(rows, vec![(NodeId::leaf(0), leaf_hash(b"a"))]);
        assert_eq!(root, leaf_hash(b"a"));
        let (rows, root) = f.append(&[leaf_hash(b"b"), leaf_hash(b"c")]).unwrap();
        let ab = node_hash(&leaf_hash(b"a"), &leaf_hash(b"b"));
        assert_eq!(
            rows,
            vec![
                (NodeId::leaf(1), leaf_hash(b"b")),
                (NodeId::new(1, 0), ab),
                (NodeId::leaf(2), leaf_hash(b"c")),
            ]
        );
        assert_eq!(root, node_hash(&ab, &leaf_hash(b"c")));
        assert_eq!(f.node_ids(), vec![NodeId::new(1, 0), NodeId::leaf(2)]);
        let again = Frontier::from_parts(3, f.hashes().to_vec()).unwrap();
        assert_eq!(again, f);
        assert!(Frontier::from_parts(4, f.hashes().to_vec()).is_err());
    }

    #[test]
    fn full_log() {
        let mut f = Frontier::from_parts(u64::MAX, vec![[0; 32]; 64]).unwrap();
        assert_eq!(f.append(&[[1; 32]]), Err(FrontierError::Full));
        assert_eq!(f.size(), u64::MAX);
    }
}

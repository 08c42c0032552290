//! Node ids: every perfect subtree of the log is a node `(level, index)`,
//! covering leaves `[index << level, (index + 1) << level)`. Level 0 is the
//! leaves. Once the log holds all its leaves a node's hash never changes, so
//! these are the rows a store keeps; every proof and every root is computed
//! from them without loading the tree (the model of transparency-dev's
//! `merkle/compact` package).

use std::ops::Range;

/// A perfect subtree: `level` 0 is a leaf, `level` k covers 2^k leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId {
    pub level: u8,
    pub index: u64,
}

impl NodeId {
    pub const fn new(level: u8, index: u64) -> Self {
        NodeId { level, index }
    }

    /// The leaf at `index`.
    pub const fn leaf(index: u64) -> Self {
        NodeId { level: 0, index }
    }

    pub const fn parent(self) -> Self {
        NodeId {
            level: self.level + 1,
            index: self.index >> 1,
        }
    }

    pub const fn sibling(self) -> Self {
        NodeId {
            level: self.level,
            index: self.index ^ 1,
        }
    }

    /// The leaves it covers. Saturates at `u64::MAX` for the few nodes of
    /// level 63 or 64 whose end does not fit (no log gets there).
    pub fn leaves(self) -> Range<u64> {
        let shift = |i: u64| {
            if self.level >= 64 {
                if i == 0 { 0 } else { u64::MAX }
            } else {
                i.checked_shl(self.level.into())
                    .filter(|v| v >> self.level == i)
                    .unwrap_or(u64::MAX)
            }
        };
        shift(self.index)..shift(self.index.saturating_add(1))
    }
}

/// The perfect subtrees that exactly cover leaves `[begin, end)`, left to
/// right: the largest aligned subtree first on the way up, the smallest on
/// the way down. `O(log n)` nodes; empty if `begin >= end`.
pub fn range_nodes(begin: u64, end: u64) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut begin = begin;
    while begin < end {
        // The largest subtree aligned at `begin` that fits before `end`.
        let align = if begin == 0 {
            64
        } else {
            begin.trailing_zeros()
        };
        let fit = 63 - (end - begin).leading_zeros();
        let level = align.min(fit);
        out.push(NodeId::new(level as u8, begin >> level));
        begin += 1u64 << level;
    }
    out
}

/// The nodes whose hashes make a tree of `size` leaves: its right border,
/// from the largest (leftmost) subtree to the smallest. The root is these
/// hashes folded from the right ([`crate::compact::Frontier::root`]).
pub fn frontier_nodes(size: u64) -> Vec<NodeId> {
    range_nodes(0, size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_cover_exactly() {
        for begin in 0..70u64 {
            for end in begin..140u64 {
                let nodes = range_nodes(begin, end);
                let mut next = begin;
                for n in &nodes {
                    let r = n.leaves();
                    assert_eq!(r.start, next, "{begin}..{end}: {nodes:?}");
                    next = r.end;
                }
                assert_eq!(next, end);
                assert!(nodes.len() <= 2 * 64);
            }
        }
        assert_eq!(
            frontier_nodes(13),
            vec![NodeId::new(3, 0), NodeId::new(2, 2), NodeId::new(0, 12)]
        );
        assert_eq!(frontier_nodes(u64::MAX).len(), 64);
    }

    #[test]
    fn family() {
        let n = NodeId::new(2, 5);
        assert_eq!(n.parent(), NodeId::new(3, 2));
        assert_eq!(n.sibling(), NodeId::new(2, 4));
        assert_eq!(n.leaves(), 20..24);
        assert_eq!(NodeId::new(63, 1).leaves(), 1 << 63..u64::MAX);
    }
}

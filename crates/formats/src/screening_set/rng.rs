//! The one source of randomness. Every integer draw goes through a `u32`
//! range and nothing iterates a hash map, so a seed gives the same bytes on
//! every platform.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub(crate) struct Draw(ChaCha8Rng);

impl Draw {
    pub fn new(seed: u64) -> Self {
        Draw(ChaCha8Rng::seed_from_u64(seed))
    }
    /// `0..n`; `n` must be at least 1.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0 && n <= u32::MAX as usize);
        self.0.gen_range(0..n.max(1) as u32) as usize
    }
    pub fn int(&mut self, lo: u32, hi: u32) -> u32 {
        self.0.gen_range(lo..=hi)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.0.gen_bool(p.clamp(0.0, 1.0))
    }
    pub fn unit(&mut self) -> f64 {
        self.0.r#gen::<f64>()
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// An index of a list ordered by frequency, rank `r` drawn with weight
    /// `1 / (r + 1)^s`: the first names of a list are as common as in life.
    pub fn zipf(&mut self, n: usize, s: f64) -> usize {
        let total: f64 = (1..=n).map(|r| (r as f64).powf(-s)).sum();
        let mut x = self.unit() * total;
        for r in 1..=n {
            x -= (r as f64).powf(-s);
            if x < 0.0 {
                return r - 1;
            }
        }
        n - 1
    }
    pub fn weighted<'a, T>(&mut self, xs: &'a [(T, u32)]) -> &'a T {
        let total: u32 = xs.iter().map(|x| x.1).sum();
        let mut r = self.0.gen_range(0..total.max(1));
        for (x, w) in xs {
            if r < *w {
                return x;
            }
            r -= w;
        }
        &xs[xs.len() - 1].0
    }
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

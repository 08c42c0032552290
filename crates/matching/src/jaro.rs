//! Jaro–Winkler similarity of two short ASCII strings without allocating:
//! the screening hot path compares millions of name tokens. Longer or
//! non-ASCII strings go to `strsim`.

/// Tokens up to this length are compared on the stack.
const MAX: usize = 48;

pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len() > MAX || y.len() > MAX || !a.is_ascii() || !b.is_ascii() {
        return strsim::jaro_winkler(a, b);
    }
    let j = jaro(x, y);
    // Winkler's prefix bonus applies to strings already similar.
    if j <= 0.7 {
        return j;
    }
    let prefix = x.iter().zip(y).take(4).take_while(|(p, q)| p == q).count();
    j + 0.1 * prefix as f64 * (1.0 - j)
}

fn jaro(x: &[u8], y: &[u8]) -> f64 {
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    if x == y {
        return 1.0;
    }
    let window = (x.len().max(y.len()) / 2).saturating_sub(1);
    let mut x_matched = [false; MAX];
    let mut y_matched = [false; MAX];
    let mut matches = 0usize;
    for (i, c) in x.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(y.len());
        for j in lo..hi {
            if !y_matched[j] && y[j] == *c {
                x_matched[i] = true;
                y_matched[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut k = 0usize;
    for (i, c) in x.iter().enumerate() {
        if !x_matched[i] {
            continue;
        }
        while !y_matched[k] {
            k += 1;
        }
        if *c != y[k] {
            transpositions += 1;
        }
        k += 1;
    }
    let m = matches as f64;
    (m / x.len() as f64 + m / y.len() as f64 + (m - (transpositions / 2) as f64) / m) / 3.0
}

#[cfg(test)]
mod tests {
    use super::jaro_winkler;
    use proptest::prelude::*;

    proptest! {
        /// The same values as `strsim`, the reference implementation.
        #[test]
        fn agrees_with_strsim(a in "[a-e]{0,12}", b in "[a-e]{0,12}") {
            let ours = jaro_winkler(&a, &b);
            let theirs = strsim::jaro_winkler(&a, &b);
            prop_assert!((ours - theirs).abs() < 1e-9, "{} {} {} {}", a, b, ours, theirs);
        }
    }

    #[test]
    fn known_values() {
        assert!((jaro_winkler("martha", "marhta") - 0.9611).abs() < 1e-3);
        assert_eq!(jaro_winkler("petrov", "petrov"), 1.0);
        assert_eq!(jaro_winkler("", "x"), 0.0);
    }
}

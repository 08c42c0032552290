//! A romanisation-neutral key of a Latin name token: what is left of a name
//! once the choices that differ between transcription systems and spellers
//! are taken out. Юрий → Yuriy / Yuri / Iouri / Juri all give `r`;
//! Чайковский → Tchaikovsky / Chaykovskiy / Tschaikowski give `xkvsk`;
//! محمد → Mohammed / Muhammad / Mohamed / mhmd give `mhmd`.
//!
//! The key drops vowels (abjads like Arabic and Hebrew write few of them,
//! and transcriptions disagree most about them), merges the sibilant and
//! affricate digraphs (sh, sch, ch, tch, tsch, zh, ts…, which systems assign
//! differently), and merges letters that systems swap (c/k/q, w/v, y/j/i,
//! ph/f, th/t, kh/h, z/s, x/ks). It is a signal for near-equality, never a
//! proof: the scorer weighs it below an exact spelling.

/// Multi-letter sequences first (longest first), then single letters.
const DIGRAPHS: &[(&str, &str)] = &[
    ("shch", "x"),
    ("tsch", "x"),
    ("sch", "x"),
    ("tch", "x"),
    ("sh", "x"),
    ("ch", "x"),
    ("zh", "x"),
    ("ts", "x"),
    ("tz", "x"),
    ("cz", "x"),
    ("sz", "x"),
    ("dj", "j"),
    ("dzh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("qu", "k"),
];

fn letter(c: u8) -> Option<&'static [u8]> {
    match c {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'j' => None,
        b'c' | b'q' | b'k' => Some(b"k"),
        b'w' | b'v' => Some(b"v"),
        b'z' | b's' => Some(b"s"),
        b'x' => Some(b"ks"),
        b'b' => Some(b"b"),
        b'd' => Some(b"d"),
        b'f' => Some(b"f"),
        b'g' => Some(b"g"),
        b'h' => Some(b"h"),
        b'l' => Some(b"l"),
        b'm' => Some(b"m"),
        b'n' => Some(b"n"),
        b'p' => Some(b"p"),
        b'r' => Some(b"r"),
        b't' => Some(b"t"),
        _ => None,
    }
}

/// The key of one lower-case ASCII token (see the module documentation).
pub fn skeleton(token: &str) -> String {
    let bytes = token.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    'outer: while i < bytes.len() {
        for (from, to) in DIGRAPHS {
            if bytes[i..].starts_with(from.as_bytes()) {
                to.bytes().for_each(|l| push(&mut out, l));
                i += from.len();
                continue 'outer;
            }
        }
        // `j` counts only where a digraph made it (dj, dzh): elsewhere it is
        // the y of another system (Juri, Yuri).
        if let Some(l) = letter(bytes[i]) {
            l.iter().for_each(|l| push(&mut out, *l));
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Appends a letter unless it repeats the last one (double letters are a
/// spelling choice: Mohammed / Mohamed).
fn push(out: &mut Vec<u8>, l: u8) {
    if out.last() != Some(&l) {
        out.push(l);
    }
}

#[cfg(test)]
mod tests {
    use super::skeleton;

    fn same(names: &[&str]) {
        let keys: Vec<String> = names.iter().map(|n| skeleton(n)).collect();
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "{names:?} gave {keys:?}"
        );
    }

    #[test]
    fn romanisations_share_a_key() {
        same(&["yuriy", "yuri", "iouri", "juri", "iurii", "yurij"]);
        same(&["tchaikovsky", "chaykovskiy", "tschaikowski", "chaikovskii"]);
        same(&[
            "mohammed",
            "muhammad",
            "mohamed",
            "mohamad",
            "mhmd",
            "mouhammad",
        ]);
        assert_ne!(skeleton("mohammed"), skeleton("ahmed"));
        same(&["hussein", "husain", "hossein", "husayn"]);
        same(&["khrushchev", "khrouchtchev"]);
        same(&["abdelrahman", "abdulrahman", "abdalrahman"]);
        same(&["alexander", "aleksandr"]);
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(skeleton("petrov"), skeleton("ivanov"));
        assert_ne!(skeleton("mohammed"), skeleton("ahmed"));
        assert_ne!(skeleton("schmidt"), skeleton("schneider"));
    }
}

//! A labelled synthetic evaluation set for traveller screening: a
//! watchlist, a passenger list and the truth about every passenger
//! (`liaison screening-set`).
//!
//! It is written apart from any matcher, with its own name tables and
//! romanisation systems, so that a matcher is measured on spellings it was
//! not built around. [`generate`] makes a [`ScreeningSet`] from a
//! [`Config`]; [`write_records`], [`write_truth`] and [`readme`] write it to
//! any `io::Write`, the caller opens the files.
//!
//! ```
//! use liaison_formats::screening_set::{Config, generate, write_truth};
//! let set = generate(&Config::new(7, 200, 50), |_, _| {});
//! let mut truth = Vec::new();
//! write_truth(&set, &mut truth).unwrap();
//! assert_eq!(truth.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count(), 51);
//! ```
//!
//! * `names`: origins, their shares and name lists; [`romanise`]: the
//!   romanisation systems and Latin diacritic folding.
//! * `identity`: a person and the record of them; `matches` and
//!   `negatives`: travellers who are, or look like, a watchlist person;
//!   `edits`: keying, OCR and compound-surname edits; `collision`: no
//!   match by accident.
//! * `generate`, `csv_out`, `readme`: putting a set together and writing it.
//!
//! Deterministic: ChaCha8 from the seed is the only randomness, so a seed
//! and counts give byte-identical files on every platform.

mod collision;
mod csv_out;
mod edits;
mod generate;
mod identity;
mod matches;
mod names;
mod negatives;
mod readme;
mod rng;
pub mod romanise;
mod script;
mod variation;

#[cfg(test)]
mod tests;

pub use csv_out::{RECORD_HEADER, TRUTH_HEADER, write_records, write_truth};
pub use generate::{Config, ScreeningSet, Truth, generate, traveller_id, watchlist_id};
pub use identity::{Dob, Gender, Record};
pub use readme::readme;
pub use script::Script;
pub use variation::{DEFAULT_MIX, Variation, quotas};

/// The files of a set, in the order they are written.
pub const FILES: [&str; 4] = ["watchlist.csv", "travellers.csv", "truth.csv", "README.md"];

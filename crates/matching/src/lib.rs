//! Matching persons across scripts, spellings and typing errors: the engine
//! behind traveller screening and hit/no-hit queries.
//!
//! * [`normalise`]: names to Latin tokens (NFKC, case folding, marks,
//!   special letters, punctuation, honorifics);
//! * [`romanise`]: names in other scripts to the Latin forms documents use,
//!   with `any_ascii` where one romanisation is enough and our own tables
//!   where documents use several (Cyrillic, Arabic, Korean, Chinese);
//! * [`phonetic`]: a romanisation-neutral key of a Latin name token;
//! * [`person`]: a person prepared once for comparison;
//! * [`score`]: two persons compared field by field into a calibrated score
//!   with the contribution of each field;
//! * [`index`]: the watchlist in memory with a candidate index, so screening
//!   a traveller never scans the whole list.
//!
//! No I/O: callers parse files and hand over strings.

#![forbid(unsafe_code)]

pub mod aliases;
pub mod date;
pub mod document;
pub mod index;
mod jaro;
pub mod normalise;
pub mod person;
pub mod phonetic;
pub mod romanise;
pub mod score;

pub use index::{Hit, Watchlist};
pub use person::{Person, PersonInput};
pub use score::{Contribution, Match, compare};

/// The threshold we recommend for screening: the score at or above which a
/// pair is reported as a hit (tuned on a labelled set; see docs/matching.md).
pub const DEFAULT_THRESHOLD: f64 = 0.75;

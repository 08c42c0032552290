//! Import and export adapters of the common model. No database, no network:
//! readers in, records or rows out.
//!
//! * [`rows`]: the flat row format shared by CSV and JSON Lines, one set of
//!   columns per record kind, with every problem reported by row and column.
//! * [`import`]: reads a whole file and validates every row before anything
//!   is written.
//! * [`export`]: CSV, JSON Lines and FollowTheMoney entities.
//! * [`schema`]: the JSON Schema (2020-12) of the model.
//! * [`sample`]: a reproducible generator of realistic multilingual sample data.
//! * [`screening_set`]: a labelled evaluation set for traveller screening,
//!   written apart from any matcher.
#![forbid(unsafe_code)]

pub mod export;
pub mod ftm;
pub mod import;
pub mod offences;
pub mod paxlst;
pub mod rows;
pub mod sample;
pub mod schema;
pub mod screening;
pub mod screening_set;

//! The CSV files. Their headers are a contract: evaluation scripts read
//! them by these exact names.

use super::generate::{ScreeningSet, traveller_id, watchlist_id};
use super::identity::Record;
use std::io;

pub const RECORD_HEADER: [&str; 9] = [
    "id",
    "given_names",
    "surname",
    "full_name_native",
    "script",
    "date_of_birth",
    "nationality",
    "gender",
    "document_number",
];

pub const TRUTH_HEADER: [&str; 4] = ["traveller_id", "watchlist_id", "variation", "script"];

/// `watchlist.csv` or `travellers.csv`.
pub fn write_records<W: io::Write>(records: &[Record], out: W) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(RECORD_HEADER)?;
    for r in records {
        let dob = r.date_of_birth.to_string();
        w.write_record([
            r.id.as_str(),
            &r.given_names,
            &r.surname,
            &r.full_name_native,
            r.script.name(),
            &dob,
            &r.nationality,
            r.gender.map_or("", |g| g.code()),
            &r.document_number,
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// `truth.csv`: one row per traveller, in traveller order.
pub fn write_truth<W: io::Write>(set: &ScreeningSet, out: W) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(TRUTH_HEADER)?;
    for t in &set.truth {
        w.write_record([
            traveller_id(t.traveller),
            t.watchlist.map(watchlist_id).unwrap_or_default(),
            t.variation.name().to_owned(),
            t.script.name().to_owned(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

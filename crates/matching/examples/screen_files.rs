//! Tuning aid: screens a CSV passenger list against a CSV watchlist (the
//! `liaison screen` format) with this crate alone, and prints the time and
//! the hits, so that a change to the matcher can be measured in seconds of
//! build time. `cargo run --release -p liaison-matching --example
//! screen_files -- W.csv T.csv [THRESHOLD] > hits.csv`
use liaison_matching::{Person, PersonInput, Watchlist};
use std::time::Instant;

fn read(path: &str) -> Vec<Person> {
    let mut r = csv::Reader::from_path(path).expect("readable CSV");
    let h = r.headers().expect("a header").clone();
    let col = |n: &str| h.iter().position(|c| c == n);
    let cols: Vec<Option<usize>> = [
        "id",
        "given_names",
        "surname",
        "full_name_native",
        "date_of_birth",
        "nationality",
        "gender",
        "document_number",
    ]
    .iter()
    .map(|c| col(c))
    .collect();
    let rows: Vec<csv::StringRecord> = r.records().map(|rec| rec.expect("a row")).collect();
    let inputs: Vec<PersonInput<'_>> = rows
        .iter()
        .map(|rec| {
            let f = |i: usize| cols[i].and_then(|c| rec.get(c)).unwrap_or("");
            PersonInput {
                id: f(0),
                given_names: f(1),
                surname: f(2),
                full_name_native: f(3),
                date_of_birth: f(4),
                nationality: f(5),
                gender: f(6),
                document_number: f(7),
            }
        })
        .collect();
    Person::prepare_all(&inputs)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let threshold: f64 = args
        .get(3)
        .and_then(|t| t.parse().ok())
        .unwrap_or(liaison_matching::DEFAULT_THRESHOLD);
    let t0 = Instant::now();
    let list = Watchlist::build(read(&args[1]));
    let index_s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let travellers = read(&args[2]);
    let t2 = Instant::now();
    let hits = list.screen_all(&travellers, threshold);
    eprintln!("of which matching {:.3} s", t2.elapsed().as_secs_f64());
    let screen_s = t1.elapsed().as_secs_f64();
    println!("traveller_id,watchlist_id,score");
    for (t, h) in travellers.iter().zip(&hits) {
        for h in h {
            println!("{},{},{:.4}", t.id, list.entry(h.entry).id, h.score);
        }
    }
    eprintln!(
        "index {index_s:.3} s, screen {screen_s:.3} s, {:.0} travellers/s",
        travellers.len() as f64 / screen_s
    );
}

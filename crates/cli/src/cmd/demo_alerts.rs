//! The demo's alerts and passenger lists: every fourth sample person of a
//! node is the subject of one of its alerts, and `sample-passengers.csv` in
//! the node's directory mixes some of them, written as a passenger list
//! would (another romanisation, surname first, a typing error, only the
//! year of birth), with two subjects of each partner's alerts (found
//! through hit/no-hit) and travellers nobody is looking for.

use anyhow::Context;
use liaison_core::alert::AlertCategory;
use liaison_core::policy::{self, Action, Actor};
use liaison_formats::sample;
use liaison_formats::screening::ScreeningRow;
use liaison_node::alerts::{self, AlertDefaults};
use liaison_node::app::App;
use std::collections::HashMap;
use std::path::Path;

/// One file of a generated sample set, as rows of named cells.
fn sample_csv(set: &sample::Sample, name: &str) -> anyhow::Result<Vec<HashMap<String, String>>> {
    let file = set
        .files
        .iter()
        .find(|f| f.name == name)
        .with_context(|| format!("sample set without {name}"))?;
    let mut bytes = Vec::new();
    file.write_csv(&mut bytes, |_| {})?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let headers = r.headers()?.clone();
    Ok(r.records()
        .filter_map(Result::ok)
        .map(|rec| {
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect())
}

/// Persons of a sample set as screening rows, with their first document.
fn persons(seed: u64, count: usize) -> anyhow::Result<Vec<ScreeningRow>> {
    let set = sample::generate(seed, count);
    let csv_of = |name: &str| sample_csv(&set, name);
    let mut documents: HashMap<String, String> = HashMap::new();
    for d in csv_of("documents.csv")? {
        documents
            .entry(d["holder_ref"].clone())
            .or_insert_with(|| d["number"].clone());
    }
    Ok(csv_of("persons.csv")?
        .into_iter()
        .map(|p| {
            let native = format!("{} {}", p["native_given_names"], p["native_surname"]);
            ScreeningRow {
                id: p["external_ref"].clone(),
                given_names: p["given_names"].clone(),
                surname: p["surname"].clone(),
                full_name_native: native.trim().to_owned(),
                script: p["native_script"].to_lowercase(),
                date_of_birth: p["date_of_birth"].clone(),
                nationality: p["nationalities"]
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .to_owned(),
                gender: p["gender"].clone(),
                document_number: documents
                    .get(&p["external_ref"])
                    .cloned()
                    .unwrap_or_default(),
                ..ScreeningRow::default()
            }
        })
        .collect())
}

/// VINs of every third sample vehicle that has one: the node's stolen
/// vehicles.
fn stolen_vehicles(seed: u64, count: usize) -> anyhow::Result<Vec<String>> {
    let set = sample::generate(seed, count);
    Ok(sample_csv(&set, "vehicles.csv")?
        .into_iter()
        .filter_map(|v| v.get("vin").filter(|vin| !vin.is_empty()).cloned())
        .step_by(3)
        .take(20)
        .collect())
}

/// Every fourth sample person is the subject of an alert (with its index
/// among the subjects).
fn alert_subjects(people: &[ScreeningRow]) -> impl Iterator<Item = (usize, &ScreeningRow)> {
    people.iter().step_by(4).enumerate()
}

const CATEGORIES: [AlertCategory; 4] = [
    AlertCategory::ArrestForSurrender,
    AlertCategory::DiscreetCheck,
    AlertCategory::MissingPerson,
    AlertCategory::RefusalOfEntry,
];

/// Creates the node's alerts and writes its sample passenger list; returns
/// how many alerts.
pub async fn load(
    app: &App,
    data_dir: &Path,
    seed: u64,
    count: usize,
    partners: &[(u64, usize)],
) -> anyhow::Result<usize> {
    let people = persons(seed, count)?;
    let subjects: Vec<ScreeningRow> = alert_subjects(&people)
        .map(|(i, p)| ScreeningRow {
            id: format!(
                "{}-A{:04}",
                app.config.node.name.as_str().to_uppercase(),
                i + 1
            ),
            category: CATEGORIES[i % CATEGORIES.len()].as_str().to_owned(),
            ..p.clone()
        })
        .collect();
    let permit = policy::authorize(&Actor::local_operator(), Action::ManageAlerts)?;
    let defaults = AlertDefaults {
        category: None,
        handling_code: "h2".parse()?,
        valid_until: (time::OffsetDateTime::now_utc().date() + time::Duration::days(730))
            .to_string(),
    };
    let node = app.config.node.name.as_str().to_uppercase();
    let vehicles: Vec<ScreeningRow> = stolen_vehicles(seed, count)?
        .into_iter()
        .enumerate()
        .map(|(i, vin)| ScreeningRow {
            id: format!("{node}-V{:04}", i + 1),
            category: AlertCategory::Vehicle.as_str().to_owned(),
            document_number: vin,
            ..ScreeningRow::default()
        })
        .collect();
    let all: Vec<ScreeningRow> = subjects.iter().chain(&vehicles).cloned().collect();
    let n = alerts::import(app, &permit, &all, &defaults, "demo sample").await?;
    // Identifiers to check at the roadside: two of this node's stolen
    // vehicles, two of each partner's, one nobody looks for.
    let mut checks = csv::Writer::from_path(data_dir.join("sample-vehicles.csv"))?;
    checks.write_record(["vin", "stolen_at"])?;
    for v in vehicles.iter().take(2) {
        checks.write_record([v.document_number.as_str(), app.config.node.name.as_str()])?;
    }
    for (partner_seed, partner_count) in partners {
        for vin in stolen_vehicles(*partner_seed, *partner_count)?
            .into_iter()
            .take(2)
        {
            checks.write_record([vin.as_str(), "partner"])?;
        }
    }
    checks.write_record(["WVWZZZ1KZAW000000", ""])?;
    checks.flush()?;
    let mut travellers: Vec<ScreeningRow> = vec![];
    for (i, s) in subjects.iter().take(12).enumerate() {
        let mut t = s.clone();
        match i % 4 {
            // Surname first, as some lists write it.
            0 => std::mem::swap(&mut t.given_names, &mut t.surname),
            // Only the year of birth, no document.
            1 => {
                t.date_of_birth = t.date_of_birth.chars().take(4).collect();
                t.document_number.clear();
            }
            // A typing error in the surname.
            2 => {
                let mut c: Vec<char> = t.surname.chars().collect();
                if c.len() > 3 {
                    c.swap(1, 2);
                }
                t.surname = c.into_iter().collect();
            }
            // Only the name in its own script.
            _ => {
                if !t.full_name_native.is_empty() {
                    t.given_names.clear();
                    t.surname.clear();
                }
            }
        }
        travellers.push(t);
    }
    for (partner_seed, partner_count) in partners {
        let theirs = persons(*partner_seed, *partner_count)?;
        travellers.extend(alert_subjects(&theirs).take(2).map(|(_, p)| p.clone()));
    }
    travellers.extend(persons(seed + 1000, 28)?);
    let mut w = csv::Writer::from_path(data_dir.join("sample-passengers.csv"))?;
    w.write_record(&liaison_formats::screening::COLUMNS[..9])?;
    for (i, t) in travellers.iter().enumerate() {
        let id = format!("PAX{:03}", i + 1);
        w.write_record([
            id.as_str(),
            &t.given_names,
            &t.surname,
            &t.full_name_native,
            &t.script,
            &t.date_of_birth,
            &t.nationality,
            &t.gender,
            &t.document_number,
        ])?;
    }
    w.flush()?;
    Ok(n)
}

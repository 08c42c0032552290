//! Codelists: ISO 3166 countries, ICCS offence classes, the 32 list offences,
//! handling codes, data-subject categories, the 4x4 grades, ICAO document
//! types, SIS alert categories and INTERPOL notice colours.
//!
//! The data files in `crates/core/codelists/` are the one source of truth;
//! they are compiled into the binary and parsed once. Each entry has a label
//! in English, French, Spanish, German and Arabic. See
//! `crates/core/codelists/README.md` for sources.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// The languages every label exists in.
pub const LABEL_LANGUAGES: [&str; 5] = ["en", "fr", "es", "de", "ar"];

const SOURCES: [(&str, &str); 10] = [
    ("countries", include_str!("../codelists/countries.json")),
    ("iccs", include_str!("../codelists/iccs.json")),
    (
        "list_offences",
        include_str!("../codelists/list_offences.json"),
    ),
    (
        "handling_codes",
        include_str!("../codelists/handling_codes.json"),
    ),
    (
        "data_subject_categories",
        include_str!("../codelists/data_subject_categories.json"),
    ),
    (
        "source_reliability",
        include_str!("../codelists/source_reliability.json"),
    ),
    (
        "information_accuracy",
        include_str!("../codelists/information_accuracy.json"),
    ),
    (
        "icao_document_types",
        include_str!("../codelists/icao_document_types.json"),
    ),
    (
        "alert_categories",
        include_str!("../codelists/alert_categories.json"),
    ),
    (
        "notice_colours",
        include_str!("../codelists/notice_colours.json"),
    ),
];

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Codelist {
    pub name: String,
    pub title: BTreeMap<String, String>,
    pub source: String,
    pub entries: Vec<CodelistEntry>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CodelistEntry {
    pub code: String,
    pub parent: Option<String>,
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub attributes: serde_json::Map<String, serde_json::Value>,
}

impl CodelistEntry {
    /// The label in `lang`, else English.
    pub fn label(&self, lang: &str) -> &str {
        self.labels
            .get(lang)
            .or_else(|| self.labels.get("en"))
            .map(String::as_str)
            .unwrap_or(&self.code)
    }
}

impl Codelist {
    pub fn entry(&self, code: &str) -> Option<&CodelistEntry> {
        self.entries.iter().find(|e| e.code == code)
    }
    pub fn title(&self, lang: &str) -> &str {
        self.title
            .get(lang)
            .or_else(|| self.title.get("en"))
            .map(String::as_str)
            .unwrap_or(&self.name)
    }
}

struct Loaded {
    lists: Vec<Codelist>,
    codes: BTreeMap<String, HashSet<String>>,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        // The files are part of the source tree and checked by tests
        // (`every_codelist_is_well_formed`); a broken one is a build defect.
        let lists: Vec<Codelist> = SOURCES
            .iter()
            .filter_map(
                |(name, text)| match serde_json::from_str::<Codelist>(text) {
                    Ok(l) => Some(l),
                    Err(e) => {
                        eprintln!("codelist {name} is malformed: {e}");
                        None
                    }
                },
            )
            .collect();
        let codes = lists
            .iter()
            .map(|l| {
                (
                    l.name.clone(),
                    l.entries.iter().map(|e| e.code.clone()).collect(),
                )
            })
            .collect();
        Loaded { lists, codes }
    })
}

pub fn all() -> &'static [Codelist] {
    &loaded().lists
}

pub fn get(name: &str) -> Option<&'static Codelist> {
    loaded().lists.iter().find(|l| l.name == name)
}

pub fn has_code(list: &str, code: &str) -> bool {
    loaded().codes.get(list).is_some_and(|c| c.contains(code))
}

pub fn is_country(alpha2: &str) -> bool {
    has_code("countries", alpha2)
}

/// The alpha-2 code of an alpha-3 country code (`DEU` → `DE`), for formats
/// such as PAXLST and passenger lists that use alpha-3.
pub fn country_from_alpha3(alpha3: &str) -> Option<&'static str> {
    get("countries")?
        .entries
        .iter()
        .find(|e| e.attributes.get("alpha3").and_then(|v| v.as_str()) == Some(alpha3))
        .map(|e| e.code.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file parses, has the expected name, unique codes, existing
    /// parents, and a non-empty label in every language.
    #[test]
    fn every_codelist_is_well_formed() {
        assert_eq!(all().len(), SOURCES.len(), "a codelist failed to parse");
        for (name, _) in SOURCES {
            let list = get(name).unwrap_or_else(|| panic!("{name} missing"));
            assert!(!list.entries.is_empty(), "{name} is empty");
            let mut seen = HashSet::new();
            for e in &list.entries {
                assert!(seen.insert(&e.code), "{name}: duplicate code {}", e.code);
                if let Some(p) = &e.parent {
                    assert!(
                        list.entry(p).is_some(),
                        "{name}: {} has unknown parent {p}",
                        e.code
                    );
                }
                for lang in LABEL_LANGUAGES {
                    assert!(
                        e.labels.get(lang).is_some_and(|l| !l.trim().is_empty()),
                        "{name}: {} has no {lang} label",
                        e.code
                    );
                }
            }
            for lang in LABEL_LANGUAGES {
                assert!(list.title.contains_key(lang), "{name}: no {lang} title");
            }
        }
    }

    #[test]
    fn the_32_list_offences_map_to_iccs() {
        let list = get("list_offences").unwrap();
        assert_eq!(list.entries.len(), 32);
        for e in &list.entries {
            let iccs = e.attributes["iccs"].as_array().expect("iccs mapping");
            assert!(!iccs.is_empty(), "{} has no ICCS mapping", e.code);
            for c in iccs {
                assert!(
                    has_code("iccs", c.as_str().unwrap()),
                    "{}: unknown ICCS {c}",
                    e.code
                );
            }
        }
    }

    #[test]
    fn codes_used_by_the_model_exist() {
        for code in crate::handling::HandlingCode::ALL {
            assert!(has_code("handling_codes", code.as_str()));
        }
        for c in crate::model::DataSubjectCategory::ALL {
            assert!(
                has_code("data_subject_categories", c.as_str()),
                "{}",
                c.as_str()
            );
        }
        for s in ["A", "B", "C", "X"] {
            assert!(has_code("source_reliability", s));
        }
        for doc in ["P", "I", "V"] {
            assert!(has_code("icao_document_types", doc));
        }
        assert!(is_country("DE") && is_country("XK") && !is_country("XX"));
        assert_eq!(country_from_alpha3("NLD"), Some("NL"));
        assert_eq!(
            get("countries").unwrap().entry("DE").unwrap().label("fr"),
            "Allemagne"
        );
    }
}

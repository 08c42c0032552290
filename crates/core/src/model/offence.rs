//! National offences: a country's own offence codes (penal code sections),
//! mapped to the common ICCS code, to one of the 32 list offences where one
//! applies, and to the ECRIS code. The national qualification stays
//! authoritative; the mapping drives dual-criminality flags and statistics.

use super::problems::Problems;
use crate::codelists;
use crate::node::CountryCode;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NationalOffence {
    pub country: CountryCode,
    /// The country's own code, e.g. `StGB § 261`.
    pub code: String,
    /// The national qualification, in the original language.
    pub label: String,
    /// ICCS codes (many-to-many: one national offence may span several).
    pub iccs: Vec<String>,
    /// One of the 32 list offences (EAW Art 2(2)), if it is one.
    pub list_offence: Option<String>,
    pub ecris: Option<String>,
}

impl NationalOffence {
    pub fn check(&self, p: &mut Problems) {
        if self.code.trim().is_empty() {
            p.add("code", "required", "must not be empty");
        }
        if self.label.trim().is_empty() {
            p.add("label", "required", "must not be empty");
        }
        if !codelists::is_country(self.country.as_str()) {
            p.add(
                "country",
                "iso3166_country",
                format!("`{}` is not an ISO 3166-1 country code", self.country),
            );
        }
        if self.iccs.is_empty() {
            p.add(
                "iccs",
                "required",
                "map the offence to at least one ICCS code",
            );
        }
        for c in &self.iccs {
            if !codelists::has_code("iccs", c) {
                p.add(
                    "iccs",
                    "iccs_code",
                    format!("`{c}` is not an ICCS section or division code"),
                );
            }
        }
        if let Some(l) = &self.list_offence
            && !codelists::has_code("list_offences", l)
        {
            p.add("list_offence", "list_offence", format!("`{l}` is not one of the 32 list offences (see `liaison codelist show list_offences`)"));
        }
    }
}

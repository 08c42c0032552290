//! The 4x4 evaluation of information (Europol Regulation (EU) 2016/794 Art 29):
//! how reliable the source is, and how accurate the information.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum SourceReliability {
    /// No doubt about authenticity, trustworthiness and competence.
    A,
    /// Source has in most instances proved reliable.
    B,
    /// Source has in most instances proved unreliable.
    C,
    /// Reliability cannot be assessed.
    X,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum InformationAccuracy {
    /// Not in doubt.
    #[serde(rename = "1")]
    NotInDoubt,
    /// Known personally to the source but not to the official passing it on.
    #[serde(rename = "2")]
    KnownToSource,
    /// Not known personally to the source but corroborated.
    #[serde(rename = "3")]
    Corroborated,
    /// Not known personally to the source and cannot be corroborated.
    #[serde(rename = "4")]
    Uncorroborated,
}

/// A grade such as `B2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Evaluation {
    pub source_reliability: SourceReliability,
    pub information_accuracy: InformationAccuracy,
}

impl Evaluation {
    /// The grade written as two characters, `A1` … `X4`.
    pub fn code(&self) -> String {
        let s = match self.source_reliability {
            SourceReliability::A => 'A',
            SourceReliability::B => 'B',
            SourceReliability::C => 'C',
            SourceReliability::X => 'X',
        };
        let a = match self.information_accuracy {
            InformationAccuracy::NotInDoubt => '1',
            InformationAccuracy::KnownToSource => '2',
            InformationAccuracy::Corroborated => '3',
            InformationAccuracy::Uncorroborated => '4',
        };
        format!("{s}{a}")
    }

    /// Parses `B2`, `b2` or `B 2`.
    pub fn parse(code: &str) -> Option<Evaluation> {
        let chars: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
        let [s, a] = chars.as_slice() else {
            return None;
        };
        let source_reliability = match s.to_ascii_uppercase() {
            'A' => SourceReliability::A,
            'B' => SourceReliability::B,
            'C' => SourceReliability::C,
            'X' => SourceReliability::X,
            _ => return None,
        };
        let information_accuracy = match a {
            '1' => InformationAccuracy::NotInDoubt,
            '2' => InformationAccuracy::KnownToSource,
            '3' => InformationAccuracy::Corroborated,
            '4' => InformationAccuracy::Uncorroborated,
            _ => return None,
        };
        Some(Evaluation {
            source_reliability,
            information_accuracy,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_sixteen_grades_round_trip() {
        for s in "ABCX".chars() {
            for a in "1234".chars() {
                let code = format!("{s}{a}");
                assert_eq!(Evaluation::parse(&code).unwrap().code(), code);
            }
        }
        assert!(Evaluation::parse("D1").is_none());
        assert!(Evaluation::parse("A5").is_none());
        assert!(Evaluation::parse("A").is_none());
        assert_eq!(Evaluation::parse("b 2").unwrap().code(), "B2");
    }
}

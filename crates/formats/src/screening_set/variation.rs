//! The labels of `truth.csv` and the default share of each.

/// How a traveller relates to the watchlist. True matches change one thing
/// (two for [`Variation::Combined`]); negatives resemble an entry without
/// being that person; [`Variation::None`] is anybody else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variation {
    Exact,
    Romanisation,
    CrossScript,
    Diacritics,
    Typo,
    NameOrder,
    MiddleName,
    CompoundSurname,
    DobVariant,
    DocumentOcr,
    MissingFields,
    Combined,
    NegativeSameSurname,
    NegativeSameNameOtherDob,
    NegativeCommonName,
    NegativeSibling,
    None,
}

impl Variation {
    pub const ALL: [Variation; 17] = [
        Variation::Exact,
        Variation::Romanisation,
        Variation::CrossScript,
        Variation::Diacritics,
        Variation::Typo,
        Variation::NameOrder,
        Variation::MiddleName,
        Variation::CompoundSurname,
        Variation::DobVariant,
        Variation::DocumentOcr,
        Variation::MissingFields,
        Variation::Combined,
        Variation::NegativeSameSurname,
        Variation::NegativeSameNameOtherDob,
        Variation::NegativeCommonName,
        Variation::NegativeSibling,
        Variation::None,
    ];

    /// The value of the `variation` column.
    pub fn name(self) -> &'static str {
        match self {
            Variation::Exact => "exact",
            Variation::Romanisation => "romanisation",
            Variation::CrossScript => "cross_script",
            Variation::Diacritics => "diacritics",
            Variation::Typo => "typo",
            Variation::NameOrder => "name_order",
            Variation::MiddleName => "middle_name",
            Variation::CompoundSurname => "compound_surname",
            Variation::DobVariant => "dob_variant",
            Variation::DocumentOcr => "document_ocr",
            Variation::MissingFields => "missing_fields",
            Variation::Combined => "combined",
            Variation::NegativeSameSurname => "negative_same_surname",
            Variation::NegativeSameNameOtherDob => "negative_same_name_other_dob",
            Variation::NegativeCommonName => "negative_common_name",
            Variation::NegativeSibling => "negative_sibling",
            Variation::None => "none",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Variation::Exact => "the entry's names unchanged",
            Variation::Romanisation => {
                "the Latin name re-romanised from the native one by another real system; native name kept"
            }
            Variation::CrossScript => {
                "one side has the name only in its native script, the other only in Latin"
            }
            Variation::Diacritics => {
                "diacritics dropped (Muller) or written as ICAO 9303 does (Mueller, Aagaard)"
            }
            Variation::Typo => {
                "one keying error in one name: neighbouring key, transposition, deletion or insertion"
            }
            Variation::NameOrder => "surname and given names swapped",
            Variation::MiddleName => "middle names dropped or reduced to an initial",
            Variation::CompoundSurname => {
                "a compound surname with one part (or its particle) dropped, hyphenated or joined"
            }
            Variation::DobVariant => "date of birth: year only, day and month swapped, or missing",
            Variation::DocumentOcr => {
                "document number misread: 0/O, 1/I, 5/S, 8/B or 2/Z, same length"
            }
            Variation::MissingFields => {
                "some of nationality, gender, document number and date of birth left out"
            }
            Variation::Combined => "two of the changes above",
            Variation::NegativeSameSurname => {
                "another person: same surname, other given name and date of birth"
            }
            Variation::NegativeSameNameOtherDob => {
                "another person: same name, born at least two years apart, other document"
            }
            Variation::NegativeCommonName => {
                "another person: a very common name of the entry, other nationality and date of birth"
            }
            Variation::NegativeSibling => {
                "another person: same surname, nationality and birth year, other given name"
            }
            Variation::None => "a traveller unrelated to the watchlist",
        }
    }

    pub fn is_negative(self) -> bool {
        matches!(
            self,
            Variation::NegativeSameSurname
                | Variation::NegativeSameNameOtherDob
                | Variation::NegativeCommonName
                | Variation::NegativeSibling
        )
    }

    pub fn is_match(self) -> bool {
        !self.is_negative() && self != Variation::None
    }
}

/// Shares of the travellers, per mille: 45 % true matches, 20 % hard
/// negatives, 35 % unrelated.
pub const DEFAULT_MIX: [(Variation, u32); 17] = [
    (Variation::Exact, 60),
    (Variation::Romanisation, 60),
    (Variation::CrossScript, 25),
    (Variation::Diacritics, 40),
    (Variation::Typo, 60),
    (Variation::NameOrder, 35),
    (Variation::MiddleName, 30),
    (Variation::CompoundSurname, 25),
    (Variation::DobVariant, 40),
    (Variation::DocumentOcr, 25),
    (Variation::MissingFields, 30),
    (Variation::Combined, 20),
    (Variation::NegativeSameSurname, 50),
    (Variation::NegativeSameNameOtherDob, 60),
    (Variation::NegativeCommonName, 45),
    (Variation::NegativeSibling, 45),
    (Variation::None, 350),
];

/// How many travellers of each variation `n` travellers get: the shares
/// rounded by largest remainder, so the counts add up to `n` exactly.
pub fn quotas(mix: &[(Variation, u32)], n: usize) -> Vec<(Variation, usize)> {
    let total: u64 = mix.iter().map(|x| u64::from(x.1)).sum::<u64>().max(1);
    let mut out: Vec<(Variation, usize, u64)> = mix
        .iter()
        .map(|(v, w)| {
            let exact = u64::from(*w) * n as u64;
            (*v, (exact / total) as usize, exact % total)
        })
        .collect();
    let mut left = n - out.iter().map(|x| x.1).sum::<usize>();
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by(|a, b| out[*b].2.cmp(&out[*a].2).then(a.cmp(b)));
    for i in order {
        if left == 0 {
            break;
        }
        if mix[i].1 > 0 {
            out[i].1 += 1;
            left -= 1;
        }
    }
    out.into_iter().map(|(v, c, _)| (v, c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_mix_is_the_brief_mix() {
        let share = |f: fn(Variation) -> bool| -> u32 {
            DEFAULT_MIX.iter().filter(|x| f(x.0)).map(|x| x.1).sum()
        };
        assert_eq!(share(Variation::is_match), 450);
        assert_eq!(share(Variation::is_negative), 200);
        assert_eq!(share(|v| v == Variation::None), 350);
        assert_eq!(
            DEFAULT_MIX.map(|x| x.0),
            Variation::ALL,
            "one share per variation, in order"
        );
    }

    #[test]
    fn quotas_add_up() {
        for n in [0, 1, 7, 999, 5000] {
            let q = quotas(&DEFAULT_MIX, n);
            assert_eq!(q.iter().map(|x| x.1).sum::<usize>(), n);
        }
        let q = quotas(&DEFAULT_MIX, 1000);
        assert!(q.iter().zip(DEFAULT_MIX).all(|(a, b)| a.1 == b.1 as usize));
    }
}

//! Where persons come from: one [`Origin`] per nationality, with its share
//! of the watchlist, its names (most frequent first) and the countries its
//! names are also common in.
//!
//! The shares follow the brief's mix of scripts (45 % Latin, 12 % Cyrillic,
//! 12 % Arabic, 8 % Han, 5 % Hangul, 4 % Greek, 4 % Hebrew, 5 % Devanagari,
//! 5 % Thai). Names are drawn with Zipf weights on their rank, so `Müller`,
//! `García`, `Wang`, `Kim` and `Nguyễn` are as frequent as in life, and with
//! them the common full names a screening system must live with
//! (`Mohammed Ali`, `Wang Wei`, `María García`, `Kim Min-jun`).

mod arabic;
mod hebrew;
mod hindi;
mod latin;
mod plain;
mod thai;

use super::rng::Draw;
use super::romanise::{Lang, NativePart, System, to_traditional};
use super::script::Script;
use crate::sample::{self, LatinNames};

/// A native name and its spellings, one per system of its language.
pub(crate) type Entry = (&'static str, &'static [&'static str]);

/// A list of native names: spelled by rule, or with a spelling per system.
#[derive(Clone, Copy)]
pub(crate) enum List {
    Plain(&'static [&'static str]),
    Forms(&'static [Entry]),
}

impl List {
    pub fn len(&self) -> usize {
        match self {
            List::Plain(xs) => xs.len(),
            List::Forms(xs) => xs.len(),
        }
    }

    /// Entry `i`, in its female form where the list has one (`Иванова`).
    pub fn part(&self, i: usize, female: bool, traditional: bool) -> NativePart {
        let (text, forms) = match self {
            List::Plain(xs) => (gendered(xs[i], female), &[][..]),
            List::Forms(xs) => (xs[i].0, xs[i].1),
        };
        NativePart {
            text: if traditional {
                to_traditional(text)
            } else {
                text.to_owned()
            },
            forms,
        }
    }
}

/// Splits a table entry `male/female` and picks the form for `female`.
pub(crate) fn gendered(entry: &str, female: bool) -> &str {
    match entry.split_once('/') {
        Some((m, f)) => {
            if female {
                f
            } else {
                m
            }
        }
        None => entry,
    }
}

/// How a person gets a second given name.
#[derive(Clone, Copy)]
pub(crate) enum Middle {
    None,
    /// Another first name, with this probability.
    Second(f64),
    /// A name from a list of its own (patronymics, `Kumar`, `Devi`).
    Own {
        p: f64,
        m: List,
        f: List,
    },
}

pub(crate) enum Names {
    Latin(&'static LatinNames),
    Native {
        lang: Lang,
        m: List,
        f: List,
        s: List,
        middle: Middle,
        /// Taiwan and Hong Kong write traditional characters.
        traditional: bool,
    },
}

pub(crate) struct Origin {
    /// ISO 3166-1 alpha-3.
    pub nationality: &'static str,
    pub script: Script,
    /// Share of all persons, per mille.
    pub weight: u32,
    pub names: Names,
    /// How steeply surname frequency falls with rank (`Nguyễn` is 38 % of
    /// Vietnam, `Müller` about 1 % of Germany).
    pub surname_zipf: f64,
    /// Other nationalities that carry the same names: emigrants, neighbours.
    pub elsewhere: &'static [&'static str],
}

impl std::fmt::Debug for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Origin({})", self.nationality)
    }
}

impl Origin {
    pub fn lang(&self) -> Option<Lang> {
        match self.names {
            Names::Latin(_) => None,
            Names::Native { lang, .. } => Some(lang),
        }
    }
}

const GIVEN_ZIPF: f64 = 0.8;

const fn latin(
    nationality: &'static str,
    weight: u32,
    names: &'static LatinNames,
    elsewhere: &'static [&'static str],
) -> Origin {
    Origin {
        nationality,
        script: Script::Latin,
        weight,
        names: Names::Latin(names),
        surname_zipf: 0.7,
        elsewhere,
    }
}

#[allow(clippy::too_many_arguments)]
const fn native(
    nationality: &'static str,
    script: Script,
    weight: u32,
    lang: Lang,
    m: List,
    f: List,
    s: List,
    middle: Middle,
    elsewhere: &'static [&'static str],
) -> Origin {
    Origin {
        nationality,
        script,
        weight,
        names: Names::Native {
            lang,
            m,
            f,
            s,
            middle,
            traditional: false,
        },
        surname_zipf: 0.7,
        elsewhere,
    }
}

const fn steep(mut o: Origin, s: f64) -> Origin {
    o.surname_zipf = s;
    o
}

const fn traditional(mut o: Origin) -> Origin {
    if let Names::Native { traditional, .. } = &mut o.names {
        *traditional = true;
    }
    o
}

const RU_MIDDLE: Middle = Middle::Own {
    p: 0.3,
    m: List::Plain(plain::RU_PATRONYMIC),
    f: List::Plain(plain::RU_PATRONYMIC),
};
const UA_MIDDLE: Middle = Middle::Own {
    p: 0.25,
    m: List::Plain(plain::UA_PATRONYMIC),
    f: List::Plain(plain::UA_PATRONYMIC),
};
const ARAB: (List, List, List) = (
    List::Forms(arabic::MALE),
    List::Forms(arabic::FEMALE),
    List::Forms(arabic::SURNAME),
);
/// Arabic names often carry the father's name after the first name.
const ARAB_MIDDLE: Middle = Middle::Own {
    p: 0.35,
    m: List::Forms(arabic::MALE),
    f: List::Forms(arabic::MALE),
};
const CN: (List, List, List) = (
    List::Plain(plain::CN_MALE),
    List::Plain(plain::CN_FEMALE),
    List::Plain(plain::CN_SURNAME),
);

pub(crate) static ORIGINS: &[Origin] = &[
    latin("DEU", 70, &sample::DE_NAMES, &["AUT", "CHE"]),
    latin("FRA", 50, &sample::FR_NAMES, &["BEL", "CHE", "CAN"]),
    latin("ESP", 45, &sample::ES_NAMES, &["MEX", "ARG", "COL", "USA"]),
    latin("PRT", 25, &sample::PT_NAMES, &["BRA", "FRA", "CHE"]),
    latin("BRA", 15, &sample::BR_NAMES, &["PRT", "USA"]),
    latin("POL", 40, &sample::PL_NAMES, &["GBR", "DEU", "IRL"]),
    latin("CZE", 20, &sample::CZ_NAMES, &["SVK", "DEU", "AUT"]),
    latin("TUR", 40, &sample::TR_NAMES, &["DEU", "NLD", "AUT"]),
    steep(
        latin("VNM", 30, &latin::VN_NAMES, &["USA", "FRA", "DEU", "AUS"]),
        1.3,
    ),
    latin("SWE", 15, &sample::SE_NAMES, &["FIN", "NOR"]),
    latin("NOR", 10, &sample::NO_NAMES, &["SWE", "DNK"]),
    latin("DNK", 10, &latin::DK_NAMES, &["SWE", "NOR"]),
    latin("NLD", 20, &sample::NL_NAMES, &["BEL"]),
    latin("ITA", 15, &sample::IT_NAMES, &["CHE", "ARG", "USA"]),
    latin("GBR", 10, &sample::GB_NAMES, &["IRL", "AUS", "CAN", "USA"]),
    latin("ROU", 10, &sample::RO_NAMES, &["MDA", "ITA", "ESP"]),
    latin("COL", 5, &sample::CO_NAMES, &["ESP", "VEN", "USA"]),
    latin("ALB", 5, &sample::AL_NAMES, &["ITA", "GRC", "MKD"]),
    latin("HUN", 5, &sample::HU_NAMES, &["ROU", "SRB", "SVK"]),
    latin("LTU", 5, &sample::LT_NAMES, &["GBR", "IRL"]),
    latin("NGA", 5, &sample::NG_NAMES, &["GBR", "GHA", "USA"]),
    native(
        "RUS",
        Script::Cyrillic,
        80,
        Lang::Russian,
        List::Plain(sample::RU_NAMES.m),
        List::Plain(sample::RU_NAMES.f),
        List::Plain(sample::RU_NAMES.s),
        RU_MIDDLE,
        &["KAZ", "BLR", "DEU", "ISR", "UKR"],
    ),
    native(
        "UKR",
        Script::Cyrillic,
        30,
        Lang::Ukrainian,
        List::Plain(sample::UA_NAMES.m),
        List::Plain(sample::UA_NAMES.f),
        List::Plain(sample::UA_NAMES.s),
        UA_MIDDLE,
        &["POL", "DEU", "CZE"],
    ),
    native(
        "BGR",
        Script::Cyrillic,
        10,
        Lang::Bulgarian,
        List::Plain(sample::BG_NAMES.m),
        List::Plain(sample::BG_NAMES.f),
        List::Plain(sample::BG_NAMES.s),
        Middle::Second(0.05),
        &["GRC", "DEU", "ESP"],
    ),
    native(
        "MAR",
        Script::Arabic,
        20,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["FRA", "BEL", "NLD", "ESP"],
    ),
    native(
        "DZA",
        Script::Arabic,
        15,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["FRA", "BEL", "CAN"],
    ),
    native(
        "TUN",
        Script::Arabic,
        10,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["FRA", "ITA", "DEU"],
    ),
    native(
        "EGY",
        Script::Arabic,
        20,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["SAU", "ARE", "KWT"],
    ),
    native(
        "SAU",
        Script::Arabic,
        15,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["ARE", "KWT", "QAT"],
    ),
    native(
        "ARE",
        Script::Arabic,
        5,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["SAU", "OMN"],
    ),
    native(
        "SYR",
        Script::Arabic,
        15,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["LBN", "JOR", "TUR", "DEU"],
    ),
    native(
        "IRQ",
        Script::Arabic,
        15,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["JOR", "SYR", "SWE"],
    ),
    native(
        "JOR",
        Script::Arabic,
        5,
        Lang::Arabic,
        ARAB.0,
        ARAB.1,
        ARAB.2,
        ARAB_MIDDLE,
        &["PSE", "SAU", "SYR"],
    ),
    steep(
        native(
            "CHN",
            Script::Han,
            55,
            Lang::Chinese,
            CN.0,
            CN.1,
            CN.2,
            Middle::None,
            &["SGP", "MYS", "USA", "CAN"],
        ),
        0.5,
    ),
    steep(
        traditional(native(
            "TWN",
            Script::Han,
            15,
            Lang::Chinese,
            CN.0,
            CN.1,
            CN.2,
            Middle::None,
            &["USA", "CAN"],
        )),
        0.5,
    ),
    steep(
        traditional(native(
            "HKG",
            Script::Han,
            10,
            Lang::Chinese,
            CN.0,
            CN.1,
            CN.2,
            Middle::None,
            &["GBR", "CAN", "AUS"],
        )),
        0.5,
    ),
    steep(
        native(
            "KOR",
            Script::Hangul,
            50,
            Lang::Korean,
            List::Plain(plain::KR_MALE),
            List::Plain(plain::KR_FEMALE),
            List::Plain(plain::KR_SURNAME),
            Middle::None,
            &["USA", "CAN", "JPN"],
        ),
        0.9,
    ),
    native(
        "GRC",
        Script::Greek,
        35,
        Lang::Greek,
        List::Plain(plain::GR_MALE),
        List::Plain(plain::GR_FEMALE),
        List::Plain(plain::GR_SURNAME),
        Middle::Second(0.08),
        &["CYP", "AUS", "USA"],
    ),
    native(
        "CYP",
        Script::Greek,
        5,
        Lang::Greek,
        List::Plain(plain::GR_MALE),
        List::Plain(plain::GR_FEMALE),
        List::Plain(plain::GR_SURNAME),
        Middle::Second(0.08),
        &["GRC", "GBR"],
    ),
    native(
        "ISR",
        Script::Hebrew,
        40,
        Lang::Hebrew,
        List::Forms(hebrew::MALE),
        List::Forms(hebrew::FEMALE),
        List::Forms(hebrew::SURNAME),
        Middle::Second(0.1),
        &["USA", "FRA", "RUS"],
    ),
    native(
        "IND",
        Script::Devanagari,
        45,
        Lang::Hindi,
        List::Forms(hindi::MALE),
        List::Forms(hindi::FEMALE),
        List::Forms(hindi::SURNAME),
        Middle::Own {
            p: 0.25,
            m: List::Forms(hindi::MIDDLE_MALE),
            f: List::Forms(hindi::MIDDLE_FEMALE),
        },
        &["GBR", "ARE", "USA", "CAN"],
    ),
    native(
        "NPL",
        Script::Devanagari,
        5,
        Lang::Hindi,
        List::Forms(hindi::MALE),
        List::Forms(hindi::FEMALE),
        List::Forms(hindi::SURNAME),
        Middle::None,
        &["IND", "QAT"],
    ),
    native(
        "THA",
        Script::Thai,
        50,
        Lang::Thai,
        List::Forms(thai::MALE),
        List::Forms(thai::FEMALE),
        List::Forms(thai::SURNAME),
        Middle::None,
        &["USA", "MYS"],
    ),
];

/// The system a person's own documents use, from where they were issued.
pub(crate) fn passport_system(o: &Origin, nationality: &str, g: &mut Draw) -> Option<System> {
    use System::*;
    let german = matches!(nationality, "DEU" | "AUT" | "CHE");
    let french = matches!(nationality, "FRA" | "BEL");
    let s = match o.lang()? {
        Lang::Russian if german => German,
        Lang::Russian if french => French,
        Lang::Russian => *g.weighted(&[(Icao9303, 65), (BgnPcgn, 35)]),
        Lang::Ukrainian if german => German,
        Lang::Ukrainian => *g.weighted(&[(National, 80), (BgnPcgn, 20)]),
        Lang::Bulgarian if german => German,
        Lang::Bulgarian => *g.weighted(&[(National, 85), (BgnPcgn, 15)]),
        Lang::Greek => *g.weighted(&[(Elot743, 88), (BgnPcgn, 8), (Iso843, 4)]),
        Lang::Arabic => {
            let home = match o.nationality {
                _ if french => Francophone,
                "MAR" | "DZA" | "TUN" => Francophone,
                "EGY" => Egyptian,
                _ => English,
            };
            *g.weighted(&[(home, 90), (Scholarly, 10)])
        }
        Lang::Hebrew if german => German,
        Lang::Hebrew => *g.weighted(&[(Israeli, 85), (Academy, 15)]),
        Lang::Hindi => *g.weighted(&[(Common, 65), (Hunterian, 35)]),
        Lang::Chinese => match o.nationality {
            "TWN" => WadeGiles,
            "HKG" => Cantonese,
            _ => Pinyin,
        },
        Lang::Korean => *g.weighted(&[(Common, 60), (Revised, 40)]),
        Lang::Thai => *g.weighted(&[(Common, 70), (Rtgs, 30)]),
    };
    Some(s)
}

/// Given names as drawn: Latin for Latin-script origins, native otherwise.
pub(crate) struct GivenDraw {
    pub latin: Vec<String>,
    pub native: Vec<NativePart>,
    /// Rank of the first given name in its list (0 = most frequent).
    pub rank: usize,
}

pub(crate) struct SurnameDraw {
    pub latin: String,
    pub native: Option<NativePart>,
    pub rank: usize,
}

pub(crate) fn draw_given(o: &Origin, female: bool, g: &mut Draw) -> GivenDraw {
    match &o.names {
        Names::Latin(t) => {
            let list = if female { t.f } else { t.m };
            let rank = g.zipf(list.len(), GIVEN_ZIPF);
            let first = list[rank];
            let mut latin = vec![first.to_owned()];
            if t.second_given > 0.0 && g.chance(t.second_given) {
                let second = list[g.below(list.len())];
                if second != first && !second.contains(' ') && !first.contains(' ') {
                    latin.push(second.to_owned());
                }
            }
            GivenDraw {
                latin,
                native: vec![],
                rank,
            }
        }
        Names::Native {
            m,
            f,
            middle,
            traditional,
            ..
        } => {
            let list = if female { f } else { m };
            let rank = g.zipf(list.len(), GIVEN_ZIPF);
            let mut native = vec![list.part(rank, female, *traditional)];
            match middle {
                Middle::None => {}
                Middle::Second(p) => {
                    if g.chance(*p) {
                        let i = g.below(list.len());
                        if i != rank {
                            native.push(list.part(i, female, *traditional));
                        }
                    }
                }
                Middle::Own { p, m, f } => {
                    if g.chance(*p) {
                        let l = if female { f } else { m };
                        let i = g.zipf(l.len(), GIVEN_ZIPF);
                        let part = l.part(i, female, *traditional);
                        if part.text != native[0].text {
                            native.push(part);
                        }
                    }
                }
            }
            GivenDraw {
                latin: vec![],
                native,
                rank,
            }
        }
    }
}

pub(crate) fn draw_surname(o: &Origin, female: bool, g: &mut Draw) -> SurnameDraw {
    match &o.names {
        Names::Latin(t) => {
            let rank = g.zipf(t.s.len(), o.surname_zipf);
            let s1 = gendered(t.s[rank], female);
            let mut latin = s1.to_owned();
            if t.two_surnames > 0.0 && g.chance(t.two_surnames) {
                let s2 = gendered(t.s[g.below(t.s.len())], female);
                if s2 != s1 {
                    latin = format!("{s1} {s2}");
                }
            }
            SurnameDraw {
                latin,
                native: None,
                rank,
            }
        }
        Names::Native { s, traditional, .. } => {
            let rank = g.zipf(s.len(), o.surname_zipf);
            SurnameDraw {
                latin: String::new(),
                native: Some(s.part(rank, female, *traditional)),
                rank,
            }
        }
    }
}

/// The origin of a new person, by the shares of [`ORIGINS`].
pub(crate) fn draw_origin(g: &mut Draw) -> &'static Origin {
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut r = g.int(0, total - 1);
    for o in ORIGINS {
        if r < o.weight {
            return o;
        }
        r -= o.weight;
    }
    &ORIGINS[0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening_set::romanise::{Role, romanise};

    #[test]
    fn shares_add_up_to_the_brief_mix() {
        assert_eq!(ORIGINS.iter().map(|o| o.weight).sum::<u32>(), 1000);
        let share = |s: Script| -> u32 {
            ORIGINS
                .iter()
                .filter(|o| o.script == s)
                .map(|o| o.weight)
                .sum()
        };
        assert_eq!(share(Script::Latin), 450);
        assert_eq!(share(Script::Cyrillic), 120);
        assert_eq!(share(Script::Arabic), 120);
        assert_eq!(share(Script::Han), 80);
        assert_eq!(share(Script::Hangul), 50);
        assert_eq!(share(Script::Greek), 40);
        assert_eq!(share(Script::Hebrew), 40);
        assert_eq!(share(Script::Devanagari), 50);
        assert_eq!(share(Script::Thai), 50);
    }

    /// A table row with a spelling missing would silently reuse the first.
    #[test]
    fn every_table_name_has_one_spelling_per_system_and_every_name_romanises() {
        for o in ORIGINS {
            let Names::Native {
                lang,
                m,
                f,
                s,
                middle,
                ..
            } = &o.names
            else {
                continue;
            };
            let mut lists = vec![*m, *f, *s];
            if let Middle::Own { m, f, .. } = middle {
                lists.extend([*m, *f]);
            }
            for l in lists {
                if let List::Forms(xs) = l {
                    for (n, forms) in xs {
                        assert_eq!(forms.len(), lang.systems().len(), "{n}");
                    }
                }
                for i in 0..l.len() {
                    for female in [false, true] {
                        let p = l.part(i, female, false);
                        for sys in lang.systems() {
                            let r = romanise(*lang, &p, Role::Given, *sys);
                            assert!(
                                !r.is_empty()
                                    && r.chars().all(|c| c.is_ascii() || c == 'ç' || c == 'ï'),
                                "{} in {sys:?}: {r}",
                                p.text
                            );
                        }
                    }
                }
            }
        }
    }
}

//! Romanisation systems of the evaluation set, written for it alone.
//!
//! A matcher is only tested fairly by spellings it was not written around,
//! so none of this is shared with the matcher or with [`crate::sample`]:
//! every table here was typed from the published system it names. Where a
//! script can be romanised letter by letter (Cyrillic, Greek, Hangul, Han
//! through a syllable table) the system is code; where it cannot (Arabic and
//! Hebrew leave out short vowels, Devanagari's inherent vowel and Thai tone
//! and vowel marks need a dictionary) each name carries one spelling per
//! system, in the order of [`Lang::systems`].

mod cyrillic;
mod greek;
mod han;
mod hangul;
pub(crate) mod latin;

pub(crate) use han::to_traditional;

/// The language of a name written in a non-Latin script. It decides which
/// systems exist: Ukrainian and Russian share a script but not their rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Russian,
    Ukrainian,
    Bulgarian,
    Greek,
    Arabic,
    Hebrew,
    Hindi,
    Chinese,
    Korean,
    Thai,
}

/// A romanisation system. Each is a real one in use on passports, in
/// official lists or in a country's press; see `docs/screening-set.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum System {
    /// ICAO Doc 9303 Part 3 (2015) Cyrillic table: Russian passports since 2013.
    Icao9303,
    /// The national standard: Ukrainian KMU 2010, Bulgarian Streamlined System (2009).
    National,
    /// BGN/PCGN (Russian 1947, Ukrainian 1965, Bulgarian 1952, Greek 1962), diacritics dropped.
    BgnPcgn,
    /// The French press and French civil-status transcription (`Iouri Tchaikovski`).
    French,
    /// The German Duden transcription (`Juri Tschaikowski`).
    German,
    /// ELOT 743 (2001): Greek passports.
    Elot743,
    /// ISO 843 (1997) transliteration, macrons dropped.
    Iso843,
    /// Anglophone spelling of Arabic names: Gulf, Levant, Iraq.
    English,
    /// Francophone spelling of Arabic names: Maghreb civil status and passports.
    Francophone,
    /// ALA-LC / UNGEGN scholarly romanisation of Arabic, diacritics dropped.
    Scholarly,
    /// Egyptian spelling of Arabic names: `g` for jim, `-y` endings.
    Egyptian,
    /// Israeli passports and press: the usual English spelling.
    Israeli,
    /// Academy of the Hebrew Language, simplified rules (2006).
    Academy,
    /// Hunterian transliteration (Government of India), with schwa deletion.
    Hunterian,
    /// ISO 15919 / IAST transliteration, diacritics and schwa deletion dropped.
    Iast,
    /// The spelling most people of the language use on their passports.
    Common,
    /// Hanyu Pinyin, tones dropped: mainland Chinese passports.
    Pinyin,
    /// Wade-Giles, apostrophes and umlauts dropped: Taiwanese passports.
    WadeGiles,
    /// Hong Kong Government Cantonese romanisation: Hong Kong passports.
    Cantonese,
    /// Revised Romanization of Korean (2000).
    Revised,
    /// McCune-Reischauer, breves and apostrophes dropped.
    McCuneReischauer,
    /// Royal Thai General System of Transcription (1999).
    Rtgs,
}

impl Lang {
    /// The systems this language's names can be written in. For table
    /// languages the order is the order of the spellings in the tables.
    pub fn systems(self) -> &'static [System] {
        use System::*;
        match self {
            Lang::Russian => &[Icao9303, BgnPcgn, French, German],
            Lang::Ukrainian => &[National, BgnPcgn, German],
            Lang::Bulgarian => &[National, BgnPcgn, German],
            Lang::Greek => &[Elot743, Iso843, BgnPcgn],
            Lang::Arabic => &[English, Francophone, Scholarly, Egyptian],
            Lang::Hebrew => &[Israeli, Academy, German],
            Lang::Hindi => &[Hunterian, Iast, Common],
            Lang::Chinese => &[Pinyin, WadeGiles, Cantonese],
            Lang::Korean => &[Revised, McCuneReischauer, Common],
            Lang::Thai => &[Rtgs, Common],
        }
    }

    /// Han and Hangul names are written surname first with no space.
    pub(crate) fn surname_first(self) -> bool {
        matches!(self, Lang::Chinese | Lang::Korean)
    }
}

impl System {
    pub fn name(self) -> &'static str {
        match self {
            System::Icao9303 => "ICAO 9303",
            System::National => "national standard",
            System::BgnPcgn => "BGN/PCGN",
            System::French => "French",
            System::German => "German",
            System::Elot743 => "ELOT 743",
            System::Iso843 => "ISO 843",
            System::English => "English",
            System::Francophone => "Francophone",
            System::Scholarly => "ALA-LC/UNGEGN",
            System::Egyptian => "Egyptian",
            System::Israeli => "Israeli",
            System::Academy => "Academy 2006",
            System::Hunterian => "Hunterian",
            System::Iast => "IAST/ISO 15919",
            System::Common => "common",
            System::Pinyin => "Hanyu Pinyin",
            System::WadeGiles => "Wade-Giles",
            System::Cantonese => "HK Cantonese",
            System::Revised => "Revised Romanization",
            System::McCuneReischauer => "McCune-Reischauer",
            System::Rtgs => "RTGS",
        }
    }
}

/// Whether a part is a given name or a surname: Korean surnames have
/// spellings of their own, and syllables of Chinese and Korean given names
/// are joined differently by each system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Given,
    Surname,
}

/// One name as written in its own script, with its spellings when the
/// language needs tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NativePart {
    pub text: String,
    pub forms: &'static [&'static str],
}

/// The Latin spelling of `part` in `system`.
pub(crate) fn romanise(lang: Lang, part: &NativePart, role: Role, system: System) -> String {
    match lang {
        Lang::Russian | Lang::Ukrainian | Lang::Bulgarian => {
            cyrillic::romanise(lang, &part.text, system)
        }
        Lang::Greek => greek::romanise(&part.text, system),
        Lang::Chinese => han::romanise(&part.text, role, system),
        Lang::Korean => hangul::romanise(&part.text, role, system),
        Lang::Arabic | Lang::Hebrew | Lang::Hindi | Lang::Thai => {
            let i = lang.systems().iter().position(|s| *s == system);
            // A table entry without the spelling falls back to the first.
            let form = i.and_then(|i| part.forms.get(i)).or(part.forms.first());
            form.map(|s| (*s).to_owned()).unwrap_or_default()
        }
    }
}

/// Upper-cases the first letter of each word (after a space or hyphen).
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(text: &str) -> NativePart {
        NativePart {
            text: text.to_owned(),
            forms: &[],
        }
    }

    fn all(lang: Lang, text: &str, role: Role) -> Vec<String> {
        lang.systems()
            .iter()
            .map(|s| romanise(lang, &part(text), role, *s))
            .collect()
    }

    /// The examples the brief and the systems' own documents give.
    #[test]
    fn russian_systems_give_the_textbook_spellings() {
        let g = all(Lang::Russian, "Юрий", Role::Given);
        let s = all(Lang::Russian, "Чайковский", Role::Surname);
        assert_eq!(g, ["Iurii", "Yuriy", "Iouri", "Juri"]);
        assert_eq!(
            s,
            ["Chaikovskii", "Chaykovskiy", "Tchaikovski", "Tschaikowski"]
        );
        assert_eq!(
            all(Lang::Russian, "Фёдоров", Role::Surname),
            ["Fedorov", "Fedorov", "Fiodorov", "Fjodorow"]
        );
        assert_eq!(
            all(Lang::Russian, "Наталья", Role::Given),
            ["Natalia", "Natalya", "Natalia", "Natalja"]
        );
        assert_eq!(
            all(Lang::Russian, "Евгений", Role::Given),
            ["Evgenii", "Yevgeniy", "Evgueni", "Jewgeni"]
        );
        assert_eq!(
            all(Lang::Russian, "Васильев", Role::Surname),
            ["Vasilev", "Vasilyev", "Vassiliev", "Wassiljew"]
        );
        assert_eq!(
            all(Lang::Russian, "Ксения", Role::Given),
            ["Kseniia", "Kseniya", "Xenia", "Xenija"]
        );
    }

    #[test]
    fn ukrainian_and_bulgarian_follow_their_national_rules() {
        assert_eq!(
            all(Lang::Ukrainian, "Юрій", Role::Given),
            ["Yurii", "Yuriy", "Jurij"]
        );
        assert_eq!(
            all(Lang::Ukrainian, "Володимир", Role::Given),
            ["Volodymyr", "Volodymyr", "Wolodymyr"]
        );
        assert_eq!(
            all(Lang::Ukrainian, "Олійник", Role::Surname),
            ["Oliinyk", "Oliynyk", "Olijnyk"]
        );
        assert_eq!(
            all(Lang::Bulgarian, "Христо", Role::Given),
            ["Hristo", "Khristo", "Christo"]
        );
        assert_eq!(
            all(Lang::Bulgarian, "Димитър", Role::Given),
            ["Dimitar", "Dimitur", "Dimitar"]
        );
    }

    #[test]
    fn greek_systems() {
        assert_eq!(
            all(Lang::Greek, "Γεώργιος", Role::Given),
            ["Georgios", "Georgios", "Yeoryios"]
        );
        assert_eq!(
            all(Lang::Greek, "Παπαδόπουλος", Role::Surname),
            ["Papadopoulos", "Papadopoulos", "Papadhopoulos"]
        );
        assert_eq!(
            all(Lang::Greek, "Ευάγγελος", Role::Given),
            ["Evangelos", "Euangelos", "Evangelos"]
        );
        assert_eq!(
            all(Lang::Greek, "Κωνσταντίνος", Role::Given),
            ["Konstantinos", "Konstantinos", "Konstandinos"]
        );
        assert_eq!(
            all(Lang::Greek, "Παναγιώτης", Role::Given),
            ["Panagiotis", "Panagiotis", "Panayiotis"]
        );
    }

    #[test]
    fn chinese_systems() {
        assert_eq!(
            all(Lang::Chinese, "张", Role::Surname),
            ["Zhang", "Chang", "Cheung"]
        );
        assert_eq!(
            all(Lang::Chinese, "志明", Role::Given),
            ["Zhiming", "Chih-ming", "Chi Ming"]
        );
        assert_eq!(
            all(Lang::Chinese, "晓", Role::Given),
            ["Xiao", "Hsiao", "Hiu"]
        );
        assert_eq!(
            all(Lang::Chinese, "郭", Role::Surname),
            ["Guo", "Kuo", "Kwok"]
        );
        assert_eq!(to_traditional("张伟"), "張偉");
    }

    #[test]
    fn korean_systems() {
        assert_eq!(all(Lang::Korean, "이", Role::Surname), ["Yi", "Yi", "Lee"]);
        assert_eq!(
            all(Lang::Korean, "박", Role::Surname),
            ["Bak", "Pak", "Park"]
        );
        assert_eq!(
            all(Lang::Korean, "최", Role::Surname),
            ["Choe", "Choe", "Choi"]
        );
        assert_eq!(
            all(Lang::Korean, "민준", Role::Given),
            ["Minjun", "Minjun", "Min-jun"]
        );
        assert_eq!(
            all(Lang::Korean, "지훈", Role::Given),
            ["Jihun", "Chihun", "Ji-hoon"]
        );
        assert_eq!(
            all(Lang::Korean, "서연", Role::Given),
            ["Seoyeon", "Soyon", "Seo-yeon"]
        );
    }
}

//! Hebrew names with their spelling in each system of
//! [`Lang::Hebrew`](crate::screening_set::romanise::Lang): Israeli
//! (passports and press), Academy of the Hebrew Language 2006 simplified
//! rules, German.

use super::Entry;

pub(super) static MALE: &[Entry] = &[
    ("יוסף", &["Yosef", "Yosef", "Josef"]),
    ("דוד", &["David", "David", "David"]),
    ("משה", &["Moshe", "Moshe", "Mosche"]),
    ("אברהם", &["Avraham", "Avraham", "Abraham"]),
    ("יעקב", &["Yaakov", "Yaakov", "Jaakov"]),
    ("יצחק", &["Yitzhak", "Yitshak", "Jizchak"]),
    ("אריאל", &["Ariel", "Ariel", "Ariel"]),
    ("איתן", &["Eitan", "Etan", "Eitan"]),
    ("נועם", &["Noam", "Noam", "Noam"]),
    ("עומר", &["Omer", "Omer", "Omer"]),
    ("דניאל", &["Daniel", "Daniel", "Daniel"]),
    ("אליהו", &["Eliyahu", "Eliyahu", "Elijahu"]),
    ("שמואל", &["Shmuel", "Shemuel", "Schmuel"]),
    ("חיים", &["Haim", "Hayim", "Chaim"]),
    ("צבי", &["Tzvi", "Tsevi", "Zwi"]),
    ("שלמה", &["Shlomo", "Shelomo", "Schlomo"]),
    ("אהרון", &["Aharon", "Aharon", "Aaron"]),
];

pub(super) static FEMALE: &[Entry] = &[
    ("שרה", &["Sarah", "Sara", "Sara"]),
    ("רחל", &["Rachel", "Rahel", "Rachel"]),
    ("מיכל", &["Michal", "Mikhal", "Michal"]),
    ("נועה", &["Noa", "Noa", "Noa"]),
    ("תמר", &["Tamar", "Tamar", "Tamar"]),
    ("יעל", &["Yael", "Yael", "Jael"]),
    ("אסתר", &["Esther", "Ester", "Ester"]),
    ("רבקה", &["Rivka", "Rivqa", "Riwka"]),
    ("חנה", &["Hannah", "Hana", "Chana"]),
    ("שירה", &["Shira", "Shira", "Schira"]),
    ("לאה", &["Leah", "Lea", "Lea"]),
    ("אביגיל", &["Avigail", "Avigayil", "Awigail"]),
];

pub(super) static SURNAME: &[Entry] = &[
    ("כהן", &["Cohen", "Kohen", "Kohen"]),
    ("לוי", &["Levi", "Levi", "Lewi"]),
    ("מזרחי", &["Mizrahi", "Mizrahi", "Misrachi"]),
    ("פרץ", &["Peretz", "Perets", "Perez"]),
    ("ביטון", &["Biton", "Biton", "Biton"]),
    ("דהן", &["Dahan", "Dahan", "Dahan"]),
    ("אברהם", &["Avraham", "Avraham", "Abraham"]),
    ("פרידמן", &["Friedman", "Fridman", "Friedmann"]),
    ("שפירא", &["Shapira", "Shapira", "Schapira"]),
    ("אזולאי", &["Azoulay", "Azulai", "Asulai"]),
    ("גולדברג", &["Goldberg", "Goldberg", "Goldberg"]),
    ("בן דוד", &["Ben David", "Ben David", "Ben David"]),
    ("כץ", &["Katz", "Kats", "Katz"]),
    ("אוחיון", &["Ohayon", "Ohayon", "Ochajon"]),
    ("חדד", &["Hadad", "Hadad", "Chadad"]),
    ("רוזנברג", &["Rosenberg", "Rozenberg", "Rosenberg"]),
    ("שטרן", &["Stern", "Shtern", "Stern"]),
    ("אשכנזי", &["Ashkenazi", "Ashkenazi", "Aschkenasi"]),
];

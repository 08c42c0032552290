//! Latin-script names the demo-data tables lack: Vietnamese (with its
//! stacked diacritics and the most concentrated surnames anywhere) and
//! Danish. The other Latin-script countries use [`crate::sample`]'s tables.

use crate::sample::LatinNames;

/// Vietnamese passports print the middle name (`Văn`, `Thị`) with the given
/// name; each entry is one given name as it is used.
pub(super) const VN_NAMES: LatinNames = LatinNames {
    m: &[
        "Văn Hùng",
        "Văn Nam",
        "Văn Anh",
        "Minh Tuấn",
        "Văn Dũng",
        "Đức Anh",
        "Quang Huy",
        "Thanh Tùng",
        "Văn Thành",
        "Hoàng Nam",
        "Tuấn Anh",
        "Văn Long",
        "Minh Đức",
        "Quốc Bảo",
    ],
    f: &[
        "Thị Lan",
        "Thị Hương",
        "Thị Mai",
        "Thị Hoa",
        "Thu Trang",
        "Ngọc Anh",
        "Thị Hằng",
        "Thanh Hà",
        "Thị Nga",
        "Phương Linh",
        "Thị Thảo",
        "Thị Ngọc Ánh",
    ],
    s: &[
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý",
    ],
    two_surnames: 0.0,
    second_given: 0.0,
};

pub(super) const DK_NAMES: LatinNames = LatinNames {
    m: &[
        "Jens", "Peter", "Lars", "Søren", "Niels", "Rasmus", "Mads", "Anders", "Henrik", "Jørgen",
        "Mikkel", "Frederik",
    ],
    f: &[
        "Anne", "Kirsten", "Mette", "Hanne", "Helle", "Lene", "Camilla", "Maria", "Ida", "Louise",
        "Freja", "Signe",
    ],
    s: &[
        "Nielsen",
        "Jensen",
        "Hansen",
        "Pedersen",
        "Andersen",
        "Christensen",
        "Larsen",
        "Sørensen",
        "Rasmussen",
        "Jørgensen",
        "Petersen",
        "Madsen",
        "Kristensen",
        "Olsen",
        "Thomsen",
        "Møller",
        "Mortensen",
        "Østergaard",
        "Søndergaard",
        "Kjær",
    ],
    two_surnames: 0.0,
    second_given: 0.35,
};

//! Thai names with their spelling in each system of
//! [`Lang::Thai`](crate::screening_set::romanise::Lang): RTGS (Royal
//! Institute, 1999) and the common spelling Thais choose for passports.

use super::Entry;

pub(super) static MALE: &[Entry] = &[
    ("สมชาย", &["Somchai", "Somchai"]),
    ("สมศักดิ์", &["Somsak", "Somsak"]),
    ("ประเสริฐ", &["Prasoet", "Prasert"]),
    ("วิชัย", &["Wichai", "Vichai"]),
    ("สุรชัย", &["Surachai", "Surachai"]),
    ("อนันต์", &["Anan", "Anant"]),
    ("ธนากร", &["Thanakon", "Thanakorn"]),
    ("กิตติ", &["Kitti", "Kitti"]),
    ("ณัฐพล", &["Natthaphon", "Nattapol"]),
    ("อภิชาติ", &["Aphichat", "Apichart"]),
    ("สมบัติ", &["Sombat", "Sombat"]),
    ("ชัยวัฒน์", &["Chaiwat", "Chaiwat"]),
    ("วีระ", &["Wira", "Weera"]),
    ("บุญชัย", &["Bunchai", "Boonchai"]),
];

pub(super) static FEMALE: &[Entry] = &[
    ("สมหญิง", &["Somying", "Somying"]),
    ("มาลี", &["Mali", "Malee"]),
    ("สุดา", &["Suda", "Suda"]),
    ("นภา", &["Napha", "Napa"]),
    ("วันเพ็ญ", &["Wanphen", "Wanpen"]),
    ("ปราณี", &["Prani", "Pranee"]),
    ("กัญญา", &["Kanya", "Kanya"]),
    ("รัตนา", &["Rattana", "Ratana"]),
    ("สุภาพร", &["Suphaphon", "Supaporn"]),
    ("พิมพ์ชนก", &["Phimchanok", "Pimchanok"]),
    ("อรุณี", &["Aruni", "Arunee"]),
    ("จันทร์เพ็ญ", &["Chanphen", "Janpen"]),
];

pub(super) static SURNAME: &[Entry] = &[
    ("ศรีสุข", &["Sisuk", "Srisuk"]),
    ("วงศ์สวัสดิ์", &["Wongsawat", "Wongsawad"]),
    ("แสงทอง", &["Saengthong", "Sangthong"]),
    ("บุญมา", &["Bunma", "Boonma"]),
    ("สุขสวัสดิ์", &["Suksawat", "Suksawad"]),
    ("ทองดี", &["Thongdi", "Thongdee"]),
    ("ศรีวงศ์", &["Siwong", "Sriwong"]),
    ("พรหมมา", &["Phromma", "Promma"]),
    ("เจริญสุข", &["Charoensuk", "Jaroensuk"]),
    ("รุ่งเรือง", &["Rungrueang", "Rungruang"]),
    ("สมบูรณ์", &["Sombun", "Somboon"]),
    ("แก้วมณี", &["Kaeomani", "Kaewmanee"]),
    ("ใจดี", &["Chaidi", "Jaidee"]),
    ("ปัญญาดี", &["Panyadi", "Panyadee"]),
];

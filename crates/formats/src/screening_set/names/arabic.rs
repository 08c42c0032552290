//! Arabic names with their spelling in each system of
//! [`Lang::Arabic`](crate::screening_set::romanise::Lang): English,
//! Francophone, ALA-LC/UNGEGN (diacritics dropped), Egyptian.

use super::Entry;

pub(super) static MALE: &[Entry] = &[
    ("محمد", &["Mohammed", "Mohamed", "Muhammad", "Mohamed"]),
    ("أحمد", &["Ahmed", "Ahmed", "Ahmad", "Ahmed"]),
    ("علي", &["Ali", "Ali", "Ali", "Aly"]),
    ("يوسف", &["Yousef", "Youssef", "Yusuf", "Youssef"]),
    ("عمر", &["Omar", "Omar", "Umar", "Omar"]),
    ("خالد", &["Khalid", "Khaled", "Khalid", "Khaled"]),
    ("إبراهيم", &["Ibrahim", "Brahim", "Ibrahim", "Ibrahim"]),
    ("حسن", &["Hassan", "Hassan", "Hasan", "Hassan"]),
    ("حسين", &["Hussein", "Houcine", "Husayn", "Hussein"]),
    ("مصطفى", &["Mustafa", "Mustapha", "Mustafa", "Moustafa"]),
    (
        "عبد الله",
        &["Abdullah", "Abdellah", "Abd Allah", "Abdallah"],
    ),
    (
        "عبد الرحمن",
        &[
            "Abdulrahman",
            "Abderrahmane",
            "Abd al-Rahman",
            "Abdel Rahman",
        ],
    ),
    (
        "عبد العزيز",
        &["Abdulaziz", "Abdelaziz", "Abd al-Aziz", "Abdel Aziz"],
    ),
    ("كريم", &["Kareem", "Karim", "Karim", "Karim"]),
    ("سعيد", &["Saeed", "Said", "Said", "Saeed"]),
    ("جمال", &["Jamal", "Djamel", "Jamal", "Gamal"]),
    ("رشيد", &["Rashid", "Rachid", "Rashid", "Rashid"]),
    ("ياسين", &["Yaseen", "Yacine", "Yasin", "Yassin"]),
    ("حمزة", &["Hamza", "Hamza", "Hamzah", "Hamza"]),
    ("بلال", &["Bilal", "Bilal", "Bilal", "Belal"]),
    ("طارق", &["Tariq", "Tarek", "Tariq", "Tarek"]),
    ("سمير", &["Sameer", "Samir", "Samir", "Samir"]),
    ("ناصر", &["Nasser", "Nacer", "Nasir", "Nasser"]),
    ("فيصل", &["Faisal", "Fayçal", "Faysal", "Faisal"]),
    ("عادل", &["Adel", "Adel", "Adil", "Adel"]),
    ("زكريا", &["Zakariya", "Zakaria", "Zakariyya", "Zakaria"]),
    ("سليمان", &["Suleiman", "Slimane", "Sulayman", "Soliman"]),
    ("عثمان", &["Othman", "Othmane", "Uthman", "Osman"]),
    ("جعفر", &["Jaafar", "Djafar", "Jafar", "Gaafar"]),
    ("ماجد", &["Majid", "Majid", "Majid", "Maged"]),
];

pub(super) static FEMALE: &[Entry] = &[
    ("فاطمة", &["Fatima", "Fatima", "Fatimah", "Fatma"]),
    ("مريم", &["Maryam", "Meriem", "Maryam", "Mariam"]),
    ("عائشة", &["Aisha", "Aïcha", "Aishah", "Aisha"]),
    ("خديجة", &["Khadija", "Khadidja", "Khadijah", "Khadiga"]),
    ("زينب", &["Zainab", "Zineb", "Zaynab", "Zeinab"]),
    ("نور", &["Noor", "Nour", "Nur", "Nour"]),
    ("ليلى", &["Layla", "Leila", "Layla", "Laila"]),
    ("أمينة", &["Amina", "Amina", "Aminah", "Amina"]),
    ("سلمى", &["Salma", "Salma", "Salma", "Salma"]),
    ("هدى", &["Huda", "Houda", "Huda", "Hoda"]),
    ("رانيا", &["Rania", "Rania", "Raniya", "Rania"]),
    ("ياسمين", &["Yasmin", "Yasmine", "Yasmin", "Yasmine"]),
    ("نادية", &["Nadia", "Nadia", "Nadiyah", "Nadia"]),
    ("سعاد", &["Suad", "Souad", "Suad", "Soad"]),
    ("جميلة", &["Jamila", "Djamila", "Jamilah", "Gamila"]),
];

pub(super) static SURNAME: &[Entry] = &[
    ("علي", &["Ali", "Ali", "Ali", "Aly"]),
    ("حسن", &["Hassan", "Hassan", "Hasan", "Hassan"]),
    ("الأحمد", &["Al-Ahmad", "El Ahmad", "al-Ahmad", "El-Ahmad"]),
    ("إبراهيم", &["Ibrahim", "Brahim", "Ibrahim", "Ibrahim"]),
    ("محمود", &["Mahmoud", "Mahmoud", "Mahmud", "Mahmoud"]),
    (
        "عبد الله",
        &["Abdullah", "Abdellah", "Abd Allah", "Abdallah"],
    ),
    (
        "الحسيني",
        &["Al-Husseini", "El Houssaini", "al-Husayni", "El-Husseiny"],
    ),
    (
        "التميمي",
        &["Al-Tamimi", "Tamimi", "al-Tamimi", "El-Tamimy"],
    ),
    (
        "الجبوري",
        &["Al-Jubouri", "Jbouri", "al-Jaburi", "El-Gebouri"],
    ),
    (
        "الشمري",
        &["Al-Shammari", "Chammari", "al-Shammari", "El-Shamary"],
    ),
    (
        "القحطاني",
        &["Al-Qahtani", "Kahtani", "al-Qahtani", "El-Kahtany"],
    ),
    (
        "العتيبي",
        &["Al-Otaibi", "Otaibi", "al-Utaybi", "El-Oteiby"],
    ),
    (
        "الزهراني",
        &["Al-Zahrani", "Zahrani", "al-Zahrani", "El-Zahrany"],
    ),
    ("الحربي", &["Al-Harbi", "Harbi", "al-Harbi", "El-Harby"]),
    ("الخطيب", &["Al-Khatib", "Khatib", "al-Khatib", "El-Khatib"]),
    ("النجار", &["Al-Najjar", "Najjar", "al-Najjar", "El-Naggar"]),
    ("حداد", &["Haddad", "Haddad", "Haddad", "Haddad"]),
    ("درويش", &["Darwish", "Darwiche", "Darwish", "Darwish"]),
    ("منصور", &["Mansour", "Mansour", "Mansur", "Mansour"]),
    ("الشريف", &["Al-Sharif", "Cherif", "al-Sharif", "El-Sherif"]),
    ("بن علي", &["Bin Ali", "Ben Ali", "ibn Ali", "Ben Ali"]),
    (
        "بن سعيد",
        &["Bin Saeed", "Bensaid", "ibn Said", "Ben Saeed"],
    ),
    ("بوزيد", &["Bouzid", "Bouzid", "Bu Zayd", "Abou Zeid"]),
    ("العلوي", &["Al-Alawi", "Alaoui", "al-Alawi", "El-Alawy"]),
    (
        "الإدريسي",
        &["Al-Idrisi", "Idrissi", "al-Idrisi", "El-Idrissy"],
    ),
    ("عثمان", &["Othman", "Othmane", "Uthman", "Osman"]),
    ("سليمان", &["Suleiman", "Slimane", "Sulayman", "Soliman"]),
    ("يوسف", &["Yousef", "Youssef", "Yusuf", "Youssef"]),
    ("جابر", &["Jaber", "Djaber", "Jabir", "Gaber"]),
    (
        "عبد الرحمن",
        &[
            "Abdulrahman",
            "Abderrahmane",
            "Abd al-Rahman",
            "Abdel Rahman",
        ],
    ),
    ("صالح", &["Saleh", "Salah", "Salih", "Saleh"]),
    ("الرفاعي", &["Al-Rifai", "Rifai", "al-Rifai", "El-Refaei"]),
];

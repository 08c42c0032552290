//! Hindi names in Devanagari with their spelling in each system of
//! [`Lang::Hindi`](crate::screening_set::romanise::Lang): Hunterian (with
//! the inherent vowel dropped where Hindi drops it), ISO 15919 / IAST
//! (every inherent vowel written, diacritics dropped), common.

use super::Entry;

pub(super) static MALE: &[Entry] = &[
    ("राहुल", &["Rahul", "Rahula", "Rahul"]),
    ("अमित", &["Amit", "Amita", "Ameet"]),
    ("विजय", &["Vijay", "Vijaya", "Vijai"]),
    ("सुरेश", &["Suresh", "Suresa", "Suresh"]),
    ("राजेश", &["Rajesh", "Rajesa", "Rajesh"]),
    ("संजय", &["Sanjay", "Samjaya", "Sanjai"]),
    ("अनिल", &["Anil", "Anila", "Aneel"]),
    ("दीपक", &["Dipak", "Dipaka", "Deepak"]),
    ("मनोज", &["Manoj", "Manoja", "Manoj"]),
    ("रवि", &["Ravi", "Ravi", "Ravi"]),
    ("अजय", &["Ajay", "Ajaya", "Ajai"]),
    ("सुनील", &["Sunil", "Sunila", "Suneel"]),
    ("विकास", &["Vikas", "Vikasa", "Vikash"]),
    ("आकाश", &["Akash", "Akasa", "Aakash"]),
];

pub(super) static FEMALE: &[Entry] = &[
    ("प्रिया", &["Priya", "Priya", "Priya"]),
    ("पूजा", &["Puja", "Puja", "Pooja"]),
    ("सुनीता", &["Sunita", "Sunita", "Suneeta"]),
    ("अनीता", &["Anita", "Anita", "Aneeta"]),
    ("नेहा", &["Neha", "Neha", "Neha"]),
    ("कविता", &["Kavita", "Kavita", "Kavitha"]),
    ("रेखा", &["Rekha", "Rekha", "Rekha"]),
    ("अंजलि", &["Anjali", "Amjali", "Anjali"]),
    ("सीमा", &["Sima", "Sima", "Seema"]),
    ("ममता", &["Mamta", "Mamata", "Mamta"]),
    ("लक्ष्मी", &["Lakshmi", "Laksmi", "Laxmi"]),
    ("गीता", &["Gita", "Gita", "Geeta"]),
];

pub(super) static SURNAME: &[Entry] = &[
    ("शर्मा", &["Sharma", "Sarma", "Sharma"]),
    ("सिंह", &["Singh", "Simha", "Singh"]),
    ("कुमार", &["Kumar", "Kumara", "Kumar"]),
    ("वर्मा", &["Varma", "Varma", "Verma"]),
    ("गुप्ता", &["Gupta", "Gupta", "Gupta"]),
    ("यादव", &["Yadav", "Yadava", "Yadav"]),
    ("पटेल", &["Patel", "Patela", "Patel"]),
    ("मिश्रा", &["Mishra", "Misra", "Mishra"]),
    ("जोशी", &["Joshi", "Josi", "Joshi"]),
    ("अग्रवाल", &["Agrawal", "Agravala", "Aggarwal"]),
    ("चौहान", &["Chauhan", "Cauhana", "Chauhan"]),
    ("तिवारी", &["Tiwari", "Tivari", "Tiwary"]),
    ("पांडे", &["Pande", "Pamde", "Pandey"]),
    ("श्रीवास्तव", &["Shrivastav", "Srivastava", "Srivastava"]),
    ("चौधरी", &["Chaudhari", "Caudhari", "Chaudhary"]),
    ("ठाकुर", &["Thakur", "Thakura", "Thakur"]),
];

/// Middle names that are not first names: `Rahul Kumar Sharma`.
pub(super) static MIDDLE_MALE: &[Entry] = &[
    ("कुमार", &["Kumar", "Kumara", "Kumar"]),
    ("प्रसाद", &["Prasad", "Prasada", "Prasad"]),
    ("लाल", &["Lal", "Lala", "Lal"]),
    ("चंद्र", &["Chandra", "Camdra", "Chander"]),
];

pub(super) static MIDDLE_FEMALE: &[Entry] = &[
    ("देवी", &["Devi", "Devi", "Devi"]),
    ("कुमारी", &["Kumari", "Kumari", "Kumari"]),
    ("रानी", &["Rani", "Rani", "Rani"]),
];

//! Chinese names, one syllable per character.
//!
//! Each character has its Hanyu Pinyin reading (GB/T 28039-2011, the rules
//! for names in mainland passports) and its Cantonese reading as the Hong
//! Kong Immigration Department spells it (`Chan`, `Cheung`, `Wong`); the
//! Wade-Giles spelling of Taiwanese passports is derived from Pinyin by the
//! standard conversion table, apostrophes and umlauts dropped as on
//! passports. Given names are joined as each place does: `Zhiming` in
//! Pinyin, `Chih-ming` in Wade-Giles, `Chi Ming` in Hong Kong.

use super::{Role, System, title_case};

/// (simplified, traditional, Pinyin, Cantonese)
const CHARS: &[(char, char, &str, &str)] = &[
    // Surnames.
    ('王', '王', "wang", "wong"),
    ('李', '李', "li", "lee"),
    ('张', '張', "zhang", "cheung"),
    ('刘', '劉', "liu", "lau"),
    ('陈', '陳', "chen", "chan"),
    ('杨', '楊', "yang", "yeung"),
    ('黄', '黃', "huang", "wong"),
    ('赵', '趙', "zhao", "chiu"),
    ('吴', '吳', "wu", "ng"),
    ('周', '周', "zhou", "chau"),
    ('徐', '徐', "xu", "tsui"),
    ('孙', '孫', "sun", "suen"),
    ('马', '馬', "ma", "ma"),
    ('朱', '朱', "zhu", "chu"),
    ('胡', '胡', "hu", "wu"),
    ('郭', '郭', "guo", "kwok"),
    ('何', '何', "he", "ho"),
    ('林', '林', "lin", "lam"),
    ('高', '高', "gao", "ko"),
    ('罗', '羅', "luo", "law"),
    ('郑', '鄭', "zheng", "cheng"),
    ('梁', '梁', "liang", "leung"),
    ('谢', '謝', "xie", "tse"),
    ('许', '許', "xu", "hui"),
    ('蔡', '蔡', "cai", "choi"),
    ('曾', '曾', "zeng", "tsang"),
    ('邓', '鄧', "deng", "tang"),
    ('冯', '馮', "feng", "fung"),
    ('宋', '宋', "song", "sung"),
    ('唐', '唐', "tang", "tong"),
    // Given-name characters.
    ('伟', '偉', "wei", "wai"),
    ('强', '強', "qiang", "keung"),
    ('磊', '磊', "lei", "lui"),
    ('军', '軍', "jun", "kwan"),
    ('洋', '洋', "yang", "yeung"),
    ('勇', '勇', "yong", "yung"),
    ('杰', '傑', "jie", "kit"),
    ('涛', '濤', "tao", "to"),
    ('明', '明', "ming", "ming"),
    ('超', '超', "chao", "chiu"),
    ('刚', '剛', "gang", "kong"),
    ('建', '建', "jian", "kin"),
    ('华', '華', "hua", "wah"),
    ('志', '志', "zhi", "chi"),
    ('国', '國', "guo", "kwok"),
    ('晓', '曉', "xiao", "hiu"),
    ('俊', '俊', "jun", "chun"),
    ('浩', '浩', "hao", "ho"),
    ('然', '然', "ran", "yin"),
    ('家', '家', "jia", "ka"),
    ('豪', '豪', "hao", "ho"),
    ('文', '文', "wen", "man"),
    ('宏', '宏', "hong", "wang"),
    ('子', '子', "zi", "tsz"),
    ('轩', '軒', "xuan", "hin"),
    ('宇', '宇', "yu", "yu"),
    ('嘉', '嘉', "jia", "ka"),
    ('永', '永', "yong", "wing"),
    ('德', '德', "de", "tak"),
    ('荣', '榮', "rong", "wing"),
    ('芳', '芳', "fang", "fong"),
    ('娜', '娜', "na", "na"),
    ('秀', '秀', "xiu", "sau"),
    ('英', '英', "ying", "ying"),
    ('敏', '敏', "min", "man"),
    ('静', '靜', "jing", "ching"),
    ('丽', '麗', "li", "lai"),
    ('艳', '艷', "yan", "yim"),
    ('娟', '娟', "juan", "kuen"),
    ('兰', '蘭', "lan", "lan"),
    ('霞', '霞', "xia", "ha"),
    ('海', '海', "hai", "hoi"),
    ('燕', '燕', "yan", "yin"),
    ('婷', '婷', "ting", "ting"),
    ('雪', '雪', "xue", "suet"),
    ('欣', '欣', "xin", "yan"),
    ('怡', '怡', "yi", "yee"),
    ('美', '美', "mei", "mei"),
    ('玲', '玲', "ling", "ling"),
    ('淑', '淑', "shu", "shuk"),
    ('芬', '芬', "fen", "fun"),
    ('惠', '惠', "hui", "wai"),
    ('雅', '雅', "ya", "nga"),
    ('佳', '佳', "jia", "kai"),
    ('颖', '穎', "ying", "wing"),
    ('诗', '詩', "shi", "sze"),
    ('涵', '涵', "han", "ham"),
    ('慧', '慧', "hui", "wai"),
    ('君', '君', "jun", "kwan"),
    ('梅', '梅', "mei", "mui"),
    ('春', '春', "chun", "chun"),
    ('红', '紅', "hong", "hung"),
    ('平', '平', "ping", "ping"),
    ('思', '思', "si", "sze"),
];

fn lookup(c: char) -> Option<&'static (char, char, &'static str, &'static str)> {
    CHARS.iter().find(|e| e.0 == c || e.1 == c)
}

/// The traditional characters Taiwan and Hong Kong write.
pub(crate) fn to_traditional(s: &str) -> String {
    s.chars().map(|c| lookup(c).map_or(c, |e| e.1)).collect()
}

pub(super) fn romanise(text: &str, role: Role, system: System) -> String {
    let syllables: Vec<String> = text
        .chars()
        .map(|c| match (lookup(c), system) {
            (Some(e), System::Cantonese) => e.3.to_owned(),
            (Some(e), System::WadeGiles) => wade_giles(e.2),
            (Some(e), _) => e.2.to_owned(),
            (None, _) => c.to_string(),
        })
        .collect();
    let joined = match (role, system) {
        (Role::Surname, _) | (_, System::Pinyin) => syllables.concat(),
        (_, System::WadeGiles) => syllables.join("-"),
        _ => return title_case(&syllables.join(" ")),
    };
    // Only the first letter is upper case: `Chih-ming`, not `Chih-Ming`.
    let mut cs = joined.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => joined,
    }
}

/// Pinyin to Wade-Giles, as printed on passports (no apostrophes or umlauts).
fn wade_giles(py: &str) -> String {
    const INITIALS: &[(&str, &str)] = &[
        ("zh", "ch"),
        ("ch", "ch"),
        ("sh", "sh"),
        ("b", "p"),
        ("p", "p"),
        ("m", "m"),
        ("f", "f"),
        ("d", "t"),
        ("t", "t"),
        ("n", "n"),
        ("l", "l"),
        ("g", "k"),
        ("k", "k"),
        ("h", "h"),
        ("j", "ch"),
        ("q", "ch"),
        ("x", "hs"),
        ("r", "j"),
        ("z", "ts"),
        ("c", "ts"),
        ("s", "s"),
    ];
    // Syllables without an initial consonant.
    let whole = match py {
        "yi" => Some("i"),
        "you" => Some("yu"),
        "yan" => Some("yen"),
        "ye" => Some("yeh"),
        "yong" => Some("yung"),
        "yue" => Some("yueh"),
        "er" => Some("erh"),
        "zi" => Some("tzu"),
        "ci" => Some("tzu"),
        "si" => Some("ssu"),
        _ => None,
    };
    if let Some(w) = whole {
        return w.to_owned();
    }
    let (ini_py, ini_wg, fin) = INITIALS
        .iter()
        .find(|(p, _)| py.starts_with(p))
        .map(|(p, w)| (*p, *w, &py[p.len()..]))
        .unwrap_or(("", "", py));
    let palatal = matches!(ini_py, "j" | "q" | "x");
    let retroflex = matches!(ini_py, "zh" | "ch" | "sh" | "r");
    let fin = match fin {
        "i" if retroflex => "ih",
        "ong" => "ung",
        "iong" => "iung",
        "ian" => "ien",
        "ie" => "ieh",
        "ue" if palatal => "ueh",
        "uo" if matches!(ini_py, "g" | "k" | "h" | "zh" | "ch" | "sh") => "uo",
        "uo" => "o",
        "e" if matches!(ini_py, "g" | "k" | "h") => "o",
        "ui" if matches!(ini_py, "g" | "k") => "uei",
        f => f,
    };
    format!("{ini_wg}{fin}")
}

#[cfg(test)]
mod tests {
    use super::wade_giles;

    #[test]
    fn pinyin_to_wade_giles() {
        for (py, wg) in [
            ("zhang", "chang"),
            ("xiao", "hsiao"),
            ("zhi", "chih"),
            ("guo", "kuo"),
            ("luo", "lo"),
            ("xu", "hsu"),
            ("qiang", "chiang"),
            ("jun", "chun"),
            ("xiong", "hsiung"),
            ("jian", "chien"),
            ("xie", "hsieh"),
            ("xue", "hsueh"),
            ("he", "ho"),
            ("zeng", "tseng"),
            ("cai", "tsai"),
            ("rong", "jung"),
            ("de", "te"),
            ("yi", "i"),
            ("zi", "tzu"),
            ("si", "ssu"),
        ] {
            assert_eq!(wade_giles(py), wg, "{py}");
        }
    }
}

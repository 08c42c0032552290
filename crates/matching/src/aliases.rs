//! Name tokens that are the same name in different romanisations, where the
//! phonetic key cannot see it: Korean surnames (이 is Lee, Yi, Rhee, I or
//! Ri), Chinese surnames in pinyin, Wade-Giles and Cantonese (张 is Zhang,
//! Chang, Cheung), and Arabic and Persian given names whose transcriptions
//! differ in consonants too (Youssef / Yusuf, Osama / Usama). Our own table:
//! no maintained crate covers names.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Each line is one name; its spellings are separated by spaces.
const GROUPS: &str = "\
lee yi rhee i ri rie
park pak bak
kim gim
choi choe chey choy
jung jeong chung joung jeung
kang gang
cho jo joe
yoon yun youn
jang chang
lim im rim
shin sin
oh o
seo suh so
kwon gwon
hwang whang
ahn an
song
hong
yoo yu ryu you
han
moon mun
baek paek paik baik
nam
noh no roh
ha
kwak gwak
heo hur huh
zhang cheung chang
wang wong
li lee lei
liu lau lao
chen chan chin
yang yeung young
huang wong hwang
zhao chiu chao
zhou chow chou
wu ng woo
xu hsu tsui hui
sun suen
ma mah
zhu chu chue
hu woo
guo kwok kuo
he ho
lin lam
luo law lo
zheng cheng chang
liang leung
xie tse hsieh
tang tong
feng fung
deng tang teng
cao tso tsao
xiao siu hsiao
yusuf youssef yousef yousif yusef josef
usama osama
umar omar
uthman othman osman
abdullah abdallah
hussein husain hossein husayn hussain
said saeed sayed saeid
aisha aysha ayesha aicha
fatima fatma fatimah
yasser yasir yassir
ibrahim ebrahim brahim
ismail ismael esmail
jafar jaafar jafer
mustafa mostafa moustafa mustapha
mahmoud mahmud mahmood
khaled khalid
walid waleed
tarek tariq tarik
zakaria zakariya zakariyya zakarya
qasim kassem kasim qassem
ioannis giannis yiannis yannis
georgios giorgos yiorgos yorgos
dimitrios dimitris
vasileios vasilios vasilis
konstantinos kostas
nikolaos nikos
";

fn table() -> &'static FxHashMap<&'static str, Vec<u16>> {
    static TABLE: OnceLock<FxHashMap<&'static str, Vec<u16>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<u16>> = FxHashMap::default();
        for (group, line) in GROUPS.lines().enumerate() {
            for spelling in line.split_whitespace() {
                // A spelling may stand for several names (chang: 张, 常,
                // 장; lee: 이, 李).
                map.entry(spelling).or_default().push(group as u16);
            }
        }
        map
    })
}

/// The names a token's spelling may stand for (empty if not in the table).
pub fn groups(token: &str) -> &'static [u16] {
    table().get(token).map(Vec::as_slice).unwrap_or(&[])
}

/// Whether two different spellings may be the same name.
pub fn same_name(a: &str, b: &str) -> bool {
    let (ga, gb) = (groups(a), groups(b));
    ga.iter().any(|g| gb.contains(g))
}

#[cfg(test)]
mod tests {
    use super::{groups, same_name};

    #[test]
    fn spellings_of_one_name_share_a_group() {
        assert!(same_name("rhee", "lee"));
        assert!(same_name("cheung", "zhang"));
        assert!(same_name("chang", "zhang") && same_name("chang", "jang"));
        assert!(same_name("osama", "usama"));
        assert!(!same_name("park", "kim"));
        assert!(groups("smith").is_empty());
    }
}

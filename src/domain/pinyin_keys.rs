//! Pinyin search keys for Chinese names (拼音检索): computed once, stored with
//! the row, matched at query time without the `pinyin` crate.
//!
//! Every reading of every character is kept (heteronyms, 多音字), because a
//! user who does not know that 曾 is read zeng as a surname will type ceng.
//! Readings are ordered most likely first: the crate's default reading, except
//! for the first character(s) of a name, where a known surname reading (曾
//! zeng, 单 shan, 尉迟 yuchi …) is moved to the front. Both readings match with
//! the same rank; the order only matters for the capped `full`/`initials`
//! lists. ü is spelt both `v` and `u` (吕 → lv, lu).

use pinyin::ToPinyinMulti;

/// At most this many alternatives are kept in `full` and `initials`.
pub const MAX_ALTERNATIVES: usize = 16;

/// Surname readings put first when a name starts with these characters
/// (compound surnames first so they win over their first character). The
/// reading is inserted when the `pinyin` crate lacks it (黑 he).
const SURNAMES: &[(&str, &[&str])] = &[
    ("尉迟", &["yu", "chi"]),
    ("长孙", &["zhang", "sun"]),
    ("万俟", &["mo", "qi"]),
    ("曾", &["zeng"]),
    ("单", &["shan"]),
    ("解", &["xie"]),
    ("区", &["ou"]),
    ("朴", &["piao"]),
    ("覃", &["qin"]),
    ("乐", &["yue"]),
    ("仇", &["qiu"]),
    ("查", &["zha"]),
    ("盖", &["ge"]),
    ("缪", &["miao"]),
    ("尉", &["wei"]),
    ("翟", &["zhai"]),
    ("祭", &["zhai"]),
    ("宓", &["mi"]),
    ("繁", &["po"]),
    ("种", &["chong"]),
    ("黑", &["he"]),
    ("员", &["yun"]),
    ("秘", &["bi"]),
    ("长", &["chang"]),
    ("重", &["chong"]),
    ("召", &["shao"]),
    ("折", &["she"]),
];

/// Search keys of one name.
///
/// Stored form ([`PinyinKeys::to_stored`], one TEXT column): the syllables in
/// order, separated by one space, each syllable's alternatives separated by
/// `/`, e.g. `"zeng/ceng guo fan"`. `full` and `initials` are derived from the
/// syllables, so they are rebuilt on load. A run of latin letters or digits in
/// the name is one syllable (`"anna"`). Keys are derived data: storage may
/// recompute them from the name at any time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinyinKeys {
    /// Full readings without tones, `|`-separated, most likely first
    /// (`"zengguofan|cengguofan"`), at most [`MAX_ALTERNATIVES`].
    pub full: String,
    /// Initials of the same readings, `|`-separated, deduplicated (`"zgf|cgf"`).
    pub initials: String,
    /// Per syllable, every reading (most likely first).
    pub syllables: Vec<Vec<String>>,
}

impl PinyinKeys {
    /// Builds keys from per-syllable alternatives (derives `full`/`initials`).
    pub fn from_syllables(syllables: Vec<Vec<String>>) -> PinyinKeys {
        let initials: Vec<Vec<String>> = syllables
            .iter()
            .map(|alts| {
                let mut firsts: Vec<String> = Vec::new();
                for c in alts.iter().filter_map(|a| a.chars().next()) {
                    if !firsts.iter().any(|f| f.starts_with(c)) {
                        firsts.push(c.to_string());
                    }
                }
                firsts
            })
            .collect();
        PinyinKeys {
            full: best_combinations(&syllables),
            initials: best_combinations(&initials),
            syllables,
        }
    }

    /// The one-column storage form (see the type's doc).
    pub fn to_stored(&self) -> String {
        self.syllables
            .iter()
            .map(|alts| alts.join("/"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads the storage form back; tolerant of extra spaces and empty parts.
    pub fn from_stored(s: &str) -> PinyinKeys {
        let syllables = s
            .split_whitespace()
            .map(|syl| {
                syl.split('/')
                    .filter(|a| !a.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|alts| !alts.is_empty())
            .collect();
        PinyinKeys::from_syllables(syllables)
    }

    fn full_alternatives(&self) -> impl Iterator<Item = &str> {
        self.full.split('|').filter(|s| !s.is_empty())
    }

    fn initials_alternatives(&self) -> impl Iterator<Item = &str> {
        self.initials.split('|').filter(|s| !s.is_empty())
    }
}

/// The best [`MAX_ALTERNATIVES`] concatenations, one alternative per part,
/// ordered by the sum of alternative ranks (stable, so earlier parts' first
/// readings win ties), deduplicated and joined with `|`. Truncating after
/// each part keeps exactly the overall best combinations.
fn best_combinations(parts: &[Vec<String>]) -> String {
    let mut acc: Vec<(usize, String)> = vec![(0, String::new())];
    for alts in parts.iter().filter(|a| !a.is_empty()) {
        let mut next = Vec::with_capacity(acc.len() * alts.len());
        for (rank, s) in &acc {
            for (k, a) in alts.iter().enumerate() {
                next.push((rank + k, format!("{s}{a}")));
            }
        }
        next.sort_by_key(|x| x.0);
        next.truncate(MAX_ALTERNATIVES);
        acc = next;
    }
    let mut out: Vec<String> = Vec::new();
    for (_, s) in acc {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    }
    out.join("|")
}

/// Full-width ASCII (Ａ, ｚ, ０) to half-width; the ideographic space to a space.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Toneless readings of one character, ü as `v` then `u`, deduplicated.
fn char_readings(c: char) -> Option<Vec<String>> {
    let multi = c.to_pinyin_multi()?;
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    for p in multi {
        let plain: String = p
            .plain()
            .chars()
            .filter_map(|ch| match ch {
                'ü' => Some('v'),
                'ê' => Some('e'),
                'a'..='z' => Some(ch),
                _ => None,
            })
            .collect();
        if plain.contains('v') {
            let u = plain.replace('v', "u");
            push(plain);
            push(u);
        } else {
            push(plain);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Moves `reading` to the front of `alts`, inserting it if missing.
fn prefer(alts: &mut Vec<String>, reading: &str) {
    alts.retain(|a| a != reading);
    alts.insert(0, reading.to_string());
}

/// Computes the search keys of a name (or any short text). Chinese
/// characters give their pinyin readings; runs of other letters and digits
/// pass through lowercased as one syllable; anything else separates.
pub fn name_keys(text: &str) -> PinyinKeys {
    let text = text.trim();
    let mut syllables: Vec<Vec<String>> = Vec::new();
    let mut run = String::new();
    for c in text.chars().map(fold_width) {
        if let Some(readings) = char_readings(c) {
            if !run.is_empty() {
                syllables.push(vec![std::mem::take(&mut run)]);
            }
            syllables.push(readings);
        } else if c.is_alphanumeric() {
            run.extend(c.to_lowercase());
        } else if !run.is_empty() {
            syllables.push(vec![std::mem::take(&mut run)]);
        }
    }
    if !run.is_empty() {
        syllables.push(vec![run]);
    }
    if let Some((_, readings)) = SURNAMES.iter().find(|(s, _)| text.starts_with(s)) {
        for (alts, r) in syllables.iter_mut().zip(readings.iter()) {
            prefer(alts, r);
        }
    }
    PinyinKeys::from_syllables(syllables)
}

/// How well a query matched, best first (derives `Ord`: smaller is better).
/// Callers may break ties by shorter text.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The query is the whole text, or one complete full reading
    /// (`zhangsan`, `zhang san` for 张三).
    Exact,
    /// The text contains the query (Chinese query such as 国 in 曾国藩).
    TextContains,
    /// The query starts an initials reading (`zs` → 张三丰).
    InitialsPrefix,
    /// The query starts the name syllable by syllable: each query chunk is a
    /// prefix of the next syllable (`zhangs`, `zsan`, `zhsan` → 张三).
    FullPrefix,
    /// The query occurs in an initials reading (`gf` → 曾国藩).
    InitialsContains,
    /// The syllable-wise match starting at a later syllable (`guofan` → 曾国藩).
    /// Matches never start inside a syllable, to avoid noise like `an`.
    FullContains,
}

/// Whether `query` (lowercase, no spaces) can be consumed by the syllables in
/// order starting at the first one, each syllable taking a non-empty prefix of
/// one of its readings. The query may end inside any syllable. Memoised, so
/// O(syllables × query length × readings × syllable length).
fn matches_syllables(query: &str, syllables: &[Vec<String>]) -> bool {
    fn go(q: &[u8], pos: usize, syl: &[Vec<String>], i: usize, dead: &mut [bool]) -> bool {
        if pos == q.len() {
            return true;
        }
        if i == syl.len() || dead[i * (q.len() + 1) + pos] {
            return false;
        }
        for alt in &syl[i] {
            let common = alt
                .bytes()
                .zip(&q[pos..])
                .take_while(|(a, b)| a == *b)
                .count();
            for len in (1..=common).rev() {
                if go(q, pos + len, syl, i + 1, dead) {
                    return true;
                }
            }
        }
        dead[i * (q.len() + 1) + pos] = true;
        false
    }
    let q = query.as_bytes();
    if q.is_empty() {
        return false;
    }
    let mut dead = vec![false; (syllables.len() + 1) * (q.len() + 1)];
    go(q, 0, syllables, 0, &mut dead)
}

/// Matches a search query against a name and its stored keys. The query is
/// trimmed, width-folded and lowercased; an empty query matches nothing (the
/// caller shows everything). A query with characters other than latin
/// letters, digits, `ü`, spaces and `'` only matches the text itself. For pinyin,
/// spaces and `'` are ignored and `ü` is read as `v`.
pub fn match_name(query: &str, text: &str, keys: &PinyinKeys) -> Option<MatchRank> {
    let q: String = query
        .trim()
        .chars()
        .map(fold_width)
        .collect::<String>()
        .to_lowercase();
    if q.is_empty() {
        return None;
    }
    let t: String = text
        .trim()
        .chars()
        .map(fold_width)
        .collect::<String>()
        .to_lowercase();
    if q == t {
        return Some(MatchRank::Exact);
    }
    let p: String = q
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .map(|c| if c == 'ü' { 'v' } else { c })
        .collect();
    let is_pinyin = !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric());
    if is_pinyin && keys.full_alternatives().any(|f| f == p) {
        return Some(MatchRank::Exact);
    }
    if t.contains(&q) {
        return Some(MatchRank::TextContains);
    }
    if !is_pinyin {
        return None;
    }
    if keys.initials_alternatives().any(|i| i.starts_with(&p)) {
        return Some(MatchRank::InitialsPrefix);
    }
    if keys.full_alternatives().any(|f| f.starts_with(&p)) || matches_syllables(&p, &keys.syllables)
    {
        return Some(MatchRank::FullPrefix);
    }
    if keys.initials_alternatives().any(|i| i.contains(&p)) {
        return Some(MatchRank::InitialsContains);
    }
    if (1..keys.syllables.len()).any(|i| matches_syllables(&p, &keys.syllables[i..])) {
        return Some(MatchRank::FullContains);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use MatchRank::*;

    fn m(query: &str, name: &str) -> Option<MatchRank> {
        match_name(query, name, &name_keys(name))
    }

    #[test]
    fn keys_of_plain_names() {
        let k = name_keys("张三");
        assert_eq!(k.full, "zhangsan");
        assert_eq!(k.initials, "zs");
        assert_eq!(k.to_stored(), "zhang san");
        assert_eq!(name_keys("").full, "");
        assert_eq!(name_keys("  ").to_stored(), "");
    }

    #[test]
    fn surname_readings_first() {
        let k = name_keys("曾国藩");
        assert_eq!(k.full, "zengguofan|cengguofan");
        assert_eq!(k.initials, "zgf|cgf");
        let first = |name: &str| name_keys(name).syllables[0][0].clone();
        for (name, r) in [
            ("单雄信", "shan"),
            ("解缙", "xie"),
            ("区伟", "ou"),
            ("仇英", "qiu"),
            ("朴槿惠", "piao"),
            ("覃振", "qin"),
            ("乐毅", "yue"),
            ("查良镛", "zha"),
            ("盖叫天", "ge"),
            ("缪斌", "miao"),
            ("翟志刚", "zhai"),
            ("黑旋风", "he"),
            ("秘书", "bi"),
        ] {
            assert_eq!(first(name), r, "{name}");
        }
        assert!(name_keys("单雄信").full.starts_with("shanxiongxin|"));
        assert!(name_keys("尉迟恭").full.starts_with("yuchigong|"));
        assert!(name_keys("长孙无忌").full.starts_with("zhangsunwuji|"));
        assert!(name_keys("万俟卨").full.starts_with("moqi"));
        // The surname rule only applies at the start of the name.
        assert_eq!(name_keys("国曾").syllables[1][0], "ceng");
        // Other readings are kept after the surname reading.
        assert!(name_keys("黑旋风").syllables[0].contains(&"hei".to_string()));
    }

    #[test]
    fn u_umlaut_both_spellings() {
        let k = name_keys("吕布");
        assert_eq!(k.syllables[0], ["lv", "lu"]);
        assert_eq!(m("lvbu", "吕布"), Some(Exact));
        assert_eq!(m("lubu", "吕布"), Some(Exact));
        assert_eq!(m("lü bu", "吕布"), Some(Exact));
        assert_eq!(m("lb", "吕布"), Some(InitialsPrefix));
        assert_eq!(m("nv", "女"), Some(Exact));
        assert_eq!(m("nu", "女"), Some(Exact));
        assert_eq!(name_keys("绿").syllables[0], ["lv", "lu"]);
    }

    #[test]
    fn zhang_san_forms() {
        assert_eq!(m("zs", "张三"), Some(InitialsPrefix));
        assert_eq!(m("z", "张三"), Some(InitialsPrefix));
        assert_eq!(m("zhangsan", "张三"), Some(Exact));
        assert_eq!(m("zhang san", "张三"), Some(Exact));
        assert_eq!(m(" ZHANG San ", "张三"), Some(Exact));
        assert_eq!(m("ｚｓ", "张三"), Some(InitialsPrefix));
        assert_eq!(m("zhangs", "张三"), Some(FullPrefix));
        assert_eq!(m("zsan", "张三"), Some(FullPrefix));
        assert_eq!(m("zhsan", "张三"), Some(FullPrefix));
        assert_eq!(m("zhangsa", "张三"), Some(FullPrefix));
        assert_eq!(m("zhangsan", "张三丰"), Some(FullPrefix));
        assert_eq!(m("zs", "张三丰"), Some(InitialsPrefix));
        assert_eq!(m("张三", "张三"), Some(Exact));
        assert_eq!(m("张", "张三"), Some(TextContains));
    }

    #[test]
    fn heteronym_names() {
        assert_eq!(m("zgf", "曾国藩"), Some(InitialsPrefix));
        assert_eq!(m("zengguofan", "曾国藩"), Some(Exact));
        // Decision: the non-surname reading still matches.
        assert_eq!(m("cengguofan", "曾国藩"), Some(Exact));
        assert_eq!(m("shanxiongxin", "单雄信"), Some(Exact));
        assert_eq!(m("xiejin", "解缙"), Some(Exact));
        assert_eq!(m("ou", "区"), Some(Exact));
        assert_eq!(m("ouwei", "区伟"), Some(Exact));
        assert_eq!(m("qiu", "仇"), Some(Exact));
        assert_eq!(m("piao", "朴"), Some(Exact));
        assert_eq!(m("qin", "覃"), Some(Exact));
        assert_eq!(m("qinzhen", "覃振"), Some(Exact));
    }

    #[test]
    fn contains_and_misses() {
        assert_eq!(m("国", "曾国藩"), Some(TextContains));
        assert_eq!(m("gf", "曾国藩"), Some(InitialsContains));
        assert_eq!(m("guofan", "曾国藩"), Some(FullContains));
        assert_eq!(m("guof", "曾国藩"), Some(FullContains));
        assert_eq!(m("wangwu", "张三"), None);
        assert_eq!(m("li", "曾国藩"), None);
        assert_eq!(m("an", "张三"), None); // no match inside a syllable
        assert_eq!(m("王", "张三"), None);
        assert_eq!(m("zhangsanfeng", "张三"), None);
        assert_eq!(m("", "张三"), None);
        assert_eq!(m("   ", "张三"), None);
        assert_eq!(m("z-s", "张三"), None);
    }

    #[test]
    fn latin_and_digits_pass_through() {
        let k = name_keys("李Anna 3组");
        assert_eq!(k.to_stored(), "li anna 3 zu");
        assert_eq!(k.full, "lianna3zu");
        assert_eq!(k.initials, "la3z");
        assert_eq!(m("anna", "李Anna 3组"), Some(TextContains));
        assert_eq!(m("lian", "李Anna 3组"), Some(FullPrefix));
        assert_eq!(m("la3", "李Anna 3组"), Some(InitialsPrefix));
        assert_eq!(m("阿依古丽·买买提", "阿依古丽·买买提"), Some(Exact));
        assert_eq!(m("maimaiti", "阿依古丽·买买提"), Some(FullContains));
        assert_eq!(name_keys("ＴＯＭ").full, "tom");
    }

    #[test]
    fn stored_round_trip() {
        for name in [
            "曾国藩",
            "吕布",
            "张三",
            "李Anna 3组",
            "王二号",
            "单行重",
            "",
        ] {
            let k = name_keys(name);
            let back = PinyinKeys::from_stored(&k.to_stored());
            assert_eq!(back, k, "{name}");
        }
        assert_eq!(name_keys("曾国藩").to_stored(), "zeng/ceng guo fan");
        let k = PinyinKeys::from_stored("  zeng/ceng//  guo   fan ");
        assert_eq!(k.full, "zengguofan|cengguofan");
    }

    #[test]
    fn alternatives_are_capped_best_first() {
        // Each character has several readings: 27 combinations, capped.
        let k = name_keys("单行重");
        let alts: Vec<&str> = k.full.split('|').collect();
        assert_eq!(alts.len(), MAX_ALTERNATIVES);
        assert_eq!(alts[0], "shanxingzhong");
        assert!(k.initials.split('|').count() <= MAX_ALTERNATIVES);
        // Readings beyond the cap still match through the syllables.
        assert!(m("dhc", "单行重").is_some());
    }

    #[test]
    fn syllable_matcher() {
        let syl = name_keys("张三").syllables;
        for q in [
            "z", "zs", "zh", "zhangs", "zsan", "zhangsan", "zhsan", "zhas",
        ] {
            assert!(matches_syllables(q, &syl), "{q}");
        }
        for q in ["", "s", "zx", "zhangsanx", "zz"] {
            assert!(!matches_syllables(q, &syl), "{q}");
        }
    }
}

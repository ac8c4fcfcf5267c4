//! Reading each roster field as rosters write it, into the words the
//! database stores. Each reader records what it could not read (or read
//! only with a guess) as a [`Problem`].

use chrono::NaiveDate;

use super::Problem;
use super::cell::{Cell, number_text, squeeze};
use crate::domain::dates::{format_birth_month, parse_birth_month};

/// The first of a list of (needles, value) whose needle the text contains.
fn by_contains(text: &str, table: &[(&[&str], &'static str)]) -> Option<&'static str> {
    table
        .iter()
        .find(|(needles, _)| needles.iter().any(|n| text.contains(n)))
        .map(|(_, v)| *v)
}

/// 姓名: all spaces removed (张 三 → 张三); digits or an over-long text
/// are not a name.
pub fn name(cell: &Cell, problems: &mut Vec<Problem>) -> String {
    let name = squeeze(&cell.text());
    if name.is_empty() {
        problems.push(Problem::NameMissing);
    } else if name.chars().count() > 20 || name.chars().any(|c| c.is_ascii_digit()) {
        problems.push(Problem::NameInvalid(name.clone()));
    }
    name
}

/// 性别 is required by the file: 男 / 女 (男性, 女性, M, F too).
pub fn gender(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text).to_lowercase();
    match t.as_str() {
        "男" | "男性" | "m" | "male" => "男",
        "女" | "女性" | "f" | "female" => "女",
        "" => {
            problems.push(Problem::GenderMissing);
            "男"
        }
        _ => {
            problems.push(Problem::GenderUnknown(text.to_owned()));
            "男"
        }
    }
}

/// 民族: 汉族 when empty; 汉 → 汉族, 维吾尔 → 维吾尔族.
pub fn ethnicity(text: &str) -> String {
    let t = squeeze(text);
    if t.is_empty() {
        "汉族".to_owned()
    } else if !t.ends_with('族') && t.chars().count() <= 4 {
        format!("{t}族")
    } else {
        t
    }
}

/// 出生年月 from a date cell, a text in any form
/// [`parse_birth_month`] reads, or a number: 1975.03, 197503, or an Excel
/// date serial in a cell not formatted as a date. A number 1975.1 is
/// refused: the spreadsheet may have eaten the 0 of 1975.10.
pub fn birth(cell: &Cell, problems: &mut Vec<Problem>) -> Option<String> {
    let parsed = match cell {
        Cell::Empty => None,
        Cell::Date(d) => Some(month_of(*d)),
        Cell::Number(n) if n.is_finite() && n.fract() == 0.0 && (1.0..=73_051.0).contains(n) => {
            let serial = *n as i64;
            NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(serial)))
                .map(month_of)
        }
        Cell::Number(n) => {
            let text = number_text(*n);
            if text.split_once('.').is_some_and(|(_, m)| m == "1") {
                problems.push(Problem::BirthAmbiguous(text));
                return None;
            }
            parse_birth_month(&text)
        }
        _ => parse_birth_month(&cell.text()),
    };
    let text = cell.text();
    match parsed {
        Some((y, m)) if (1900..=2100).contains(&y) => Some(format_birth_month(y, m)),
        _ if text.is_empty() => {
            problems.push(Problem::BirthMissing);
            None
        }
        _ => {
            problems.push(Problem::BirthUnknown(text));
            None
        }
    }
}

fn month_of(d: NaiveDate) -> (i32, u32) {
    use chrono::Datelike;
    (d.year(), d.month())
}

/// 政治面貌 in the words of the schema. Empty is read as 群众, with a note.
pub fn party(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.is_empty() {
        problems.push(Problem::PartyMissing);
        return "群众";
    }
    const TABLE: &[(&[&str], &str)] = &[
        (&["预备"], "中共预备党员"),
        (&["中共", "党员", "共产党"], "中共党员"),
        (&["团员", "共青团"], "共青团员"),
        (
            &[
                "民革",
                "民盟",
                "民建",
                "民进",
                "农工",
                "致公",
                "九三",
                "台盟",
                "民主党派",
            ],
            "民主党派",
        ),
        (&["无党派"], "无党派人士"),
        (&["群众"], "群众"),
    ];
    by_contains(&t, TABLE).unwrap_or_else(|| {
        problems.push(Problem::PartyUnknown(text.to_owned()));
        "群众"
    })
}

/// 文化程度 / 学历: 硕士 → 研究生, 大学本科 → 本科, 专科 → 大专, 职高 → 中专.
/// Unknown words are left out, with a note.
pub fn education(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.is_empty() {
        return "";
    }
    const TABLE: &[(&[&str], &str)] = &[
        (&["博士", "硕士", "研究生"], "研究生"),
        (&["本科"], "本科"),
        (&["大专", "专科"], "大专"),
        (&["中专", "中技", "技校", "职高", "中师", "中职"], "中专"),
        (&["高中"], "高中"),
        (&["初中"], "初中"),
        (&["小学"], "小学"),
        (&["大学"], "本科"),
    ];
    by_contains(&t, TABLE).unwrap_or_else(|| {
        problems.push(Problem::EducationUnknown(text.to_owned()));
        ""
    })
}

/// 职业构成: unknown words are read as 其他, with a note.
pub fn occupation(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.is_empty() {
        return "其他";
    }
    const TABLE: &[(&[&str], &str)] = &[
        (&["党政", "干部", "公务员", "机关"], "党政干部"),
        (
            &["专业技术", "专技", "技术人员", "教师", "医生", "医务"],
            "专业技术人员",
        ),
        (&["企业", "个体", "民营"], "企业负责人"),
        (&["工人", "职工"], "工人"),
        (&["农民", "村民"], "农民"),
        (&["其他", "其它"], "其他"),
    ];
    by_contains(&t, TABLE).unwrap_or_else(|| {
        problems.push(Problem::OccupationUnknown(text.to_owned()));
        "其他"
    })
}

/// 代表层级: 县人大代表 → 县, 区 → 县, 乡 → 镇; empty is 镇.
pub fn level(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.is_empty() {
        return "镇";
    }
    const TABLE: &[(&[&str], &str)] = &[
        (&["全国"], "全国"),
        (&["省"], "省"),
        (&["市"], "市"),
        (&["县", "区"], "县"),
        (&["镇", "乡", "街道"], "镇"),
    ];
    by_contains(&t, TABLE).unwrap_or_else(|| {
        problems.push(Problem::LevelUnknown(text.to_owned()));
        "镇"
    })
}

/// 联系电话 kept as text: a number cell loses nothing if it is whole; a
/// text in scientific notation (1.38E+10) has lost digits and is refused.
pub fn phone(cell: &Cell, problems: &mut Vec<Problem>) -> String {
    let text = match cell {
        Cell::Number(n) if !(n.is_finite() && n.fract() == 0.0 && *n >= 0.0) => {
            problems.push(Problem::PhoneMangled(number_text(*n)));
            return String::new();
        }
        other => squeeze(&other.text()),
    };
    if text.is_empty() {
        return text;
    }
    let lower = text.to_lowercase();
    if lower.contains("e+") {
        problems.push(Problem::PhoneMangled(text));
        return String::new();
    }
    let odd = text
        .split(['/', '、', ',', '，', ';', '；'])
        .map(|part| part.chars().filter(char::is_ascii_digit).count())
        .any(|digits| !(7..=13).contains(&digits));
    let foreign = text
        .chars()
        .any(|c| !(c.is_ascii_digit() || "-+()（）/、,，;；转".contains(c)));
    if odd || foreign {
        problems.push(Problem::PhoneOdd(text.clone()));
    }
    text
}

/// 小组职务: 组长 / 副组长 / 组员; unknown words are 组员, with a note.
pub fn role(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.contains("副组长") {
        "副组长"
    } else if t.contains("组长") {
        "组长"
    } else if matches!(t.as_str(), "" | "组员" | "成员" | "代表" | "member") {
        "组员"
    } else {
        problems.push(Problem::RoleUnknown(text.to_owned()));
        "组员"
    }
}

/// How a term ended, from a word in 状态 or 备注.
pub fn end_status(text: &str) -> Option<&'static str> {
    const TABLE: &[(&[&str], &str)] = &[
        (&["辞职", "辞去"], "辞职"),
        (&["罢免"], "罢免"),
        (&["去世", "逝世", "病故", "死亡"], "去世"),
        (&["调离", "调出", "迁出"], "调离"),
        (&["终止"], "终止"),
    ];
    by_contains(&squeeze(text), TABLE)
}

/// 状态: 在任 (现任) or how the term ended.
pub fn status(text: &str, problems: &mut Vec<Problem>) -> &'static str {
    let t = squeeze(text);
    if t.is_empty() || t.contains("在任") || t.contains("现任") {
        return "在任";
    }
    end_status(&t).unwrap_or_else(|| {
        problems.push(Problem::StatusUnknown(text.to_owned()));
        "在任"
    })
}

/// A day written in a cell: a date cell, 2026-01-15, 2026年1月15日, or a
/// month alone (2026年1月, 2026.01), read as its first day.
pub fn day(cell: &Cell) -> Option<NaiveDate> {
    match cell {
        Cell::Date(d) => Some(*d),
        other => first_date_in(&other.text()),
    }
}

/// The first date written inside a text (备注: "2026年1月辞职"), a month
/// alone giving its first day.
pub fn first_date_in(text: &str) -> Option<NaiveDate> {
    let chars: Vec<char> = text.chars().collect();
    let digits_at = |i: usize| -> (u32, usize) {
        let mut n = 0u32;
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() && j - i < 4 {
            n = n * 10 + chars[j].to_digit(10).unwrap_or(0);
            j += 1;
        }
        (n, j - i)
    };
    let is_sep = |c: char| matches!(c, '年' | '.' | '-' | '/' | '．' | '。');
    let mut i = 0;
    while i < chars.len() {
        let (year, len) = digits_at(i);
        let starts_run = i == 0 || !chars[i - 1].is_ascii_digit();
        if len == 4 && starts_run && (1900..=2100).contains(&year) {
            let j = i + 4;
            if j < chars.len() && is_sep(chars[j]) {
                let (month, mlen) = digits_at(j + 1);
                if (1..=2).contains(&mlen) && (1..=12).contains(&month) {
                    let mut k = j + 1 + mlen;
                    if k < chars.len() && chars[k] == '月' {
                        k += 1;
                    }
                    let mut day = 1;
                    if k < chars.len() && (is_sep(chars[k]) || chars[k - 1] == '月') {
                        let start = if chars[k - 1] == '月' { k } else { k + 1 };
                        let (d, dlen) = digits_at(start);
                        if (1..=2).contains(&dlen) {
                            day = d;
                        }
                    }
                    return NaiveDate::from_ymd_opt(year as i32, month, day)
                        .or_else(|| NaiveDate::from_ymd_opt(year as i32, month, 1));
                }
            }
        }
        i += len.max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn birth_months_in_every_form() {
        let mut p = Vec::new();
        for (cell, want) in [
            (Cell::Text("1975.03".into()), "1975-03"),
            (Cell::Text("1975年3月".into()), "1975-03"),
            (Cell::Text("1975/3".into()), "1975-03"),
            (Cell::Text("1975-03-12".into()), "1975-03"),
            (Cell::Number(1975.03), "1975-03"),
            (Cell::Number(1975.12), "1975-12"),
            (Cell::Number(197503.0), "1975-03"),
            (Cell::Number(27456.0), "1975-03"),
            (Cell::Date(d(1975, 3, 12)), "1975-03"),
        ] {
            assert_eq!(birth(&cell, &mut p).as_deref(), Some(want), "{cell:?}");
        }
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(birth(&Cell::Number(1975.1), &mut p), None);
        assert_eq!(p, vec![Problem::BirthAmbiguous("1975.1".into())]);
    }

    #[test]
    fn words_map_to_the_schema() {
        let mut p = Vec::new();
        assert_eq!(party("中共党员", &mut p), "中共党员");
        assert_eq!(party("中共预备党员", &mut p), "中共预备党员");
        assert_eq!(party("民盟盟员", &mut p), "民主党派");
        assert_eq!(education("大学本科", &mut p), "本科");
        assert_eq!(education("硕士研究生", &mut p), "研究生");
        assert_eq!(occupation("村民", &mut p), "农民");
        assert_eq!(level("县人大代表", &mut p), "县");
        assert_eq!(role("副组长", &mut p), "副组长");
        assert_eq!(ethnicity("回"), "回族");
        assert!(p.is_empty(), "{p:?}");
        party("外星人", &mut p);
        assert!(p[0].is_error());
    }

    #[test]
    fn phones_as_numbers_or_text() {
        let mut p = Vec::new();
        assert_eq!(phone(&Cell::Number(13812345678.0), &mut p), "13812345678");
        assert_eq!(
            phone(&Cell::Text(" 0571-8888 8888 ".into()), &mut p),
            "0571-88888888"
        );
        assert!(p.is_empty());
        assert_eq!(phone(&Cell::Text("1.38123E+10".into()), &mut p), "");
        assert!(p[0].is_error());
    }

    #[test]
    fn dates_inside_notes() {
        assert_eq!(first_date_in("2026年1月辞职"), Some(d(2026, 1, 1)));
        assert_eq!(first_date_in("于2025年11月3日调离"), Some(d(2025, 11, 3)));
        assert_eq!(first_date_in("2024.7 去世"), Some(d(2024, 7, 1)));
        assert_eq!(first_date_in("电话13812345678"), None);
        assert_eq!(first_date_in("辞职"), None);
        assert_eq!(end_status("2026年1月辞职"), Some("辞职"));
    }
}

//! Structure statistics of the deputies (代表结构): counts and shares by
//! gender, party, occupation, age band, education and level, as the
//! township reports them. Also the duty-record tallies ([`duty`]) and the
//! checks a deputy's record gets before it is saved ([`checks`]).

pub mod checks;
pub mod duty;

use chrono::NaiveDate;

use crate::domain::dates::{AgeBand, age_on};

/// What the statistics need to know of one deputy in office.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeputyFacts {
    pub gender: String,
    pub party: String,
    pub occupation: String,
    /// '' when not recorded.
    pub education: String,
    pub level: String,
    /// (year, month) of birth, when recorded.
    pub birth: Option<(i32, u32)>,
}

/// A way of splitting the deputies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// 性别
    Gender,
    /// 政治面貌
    Party,
    /// 职业构成
    Occupation,
    /// 年龄结构, bands at today's date
    Age,
    /// 文化程度
    Education,
    /// 代表层级
    Level,
}

impl Dimension {
    /// In the order the statistics sheets use.
    pub const ALL: [Dimension; 6] = [
        Dimension::Gender,
        Dimension::Party,
        Dimension::Occupation,
        Dimension::Age,
        Dimension::Education,
        Dimension::Level,
    ];

    /// The categories always listed (even at zero), in sheet order.
    fn known(self) -> &'static [&'static str] {
        match self {
            Dimension::Gender => &["男", "女"],
            Dimension::Party => &[
                "中共党员",
                "中共预备党员",
                "共青团员",
                "民主党派",
                "无党派人士",
                "群众",
            ],
            Dimension::Occupation => &[
                "党政干部",
                "工人",
                "农民",
                "专业技术人员",
                "企业负责人",
                "其他",
            ],
            Dimension::Age => &[],
            Dimension::Education => &["研究生", "本科", "大专", "中专", "高中", "初中", "小学"],
            Dimension::Level => &["全国", "省", "市", "县", "镇"],
        }
    }
}

/// One line of a breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Category {
    /// A value as stored (男, 中共党员, 本科 ...).
    Value(String),
    Age(AgeBand),
    /// Not recorded (no birth month, no education).
    Unknown,
}

/// Deputies counted in one category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub category: Category,
    pub count: usize,
}

/// The deputies split along one dimension; the counts add up to `total`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub total: usize,
    pub rows: Vec<Tally>,
}

/// Share of `count` in `total` in percent; 0 when there is nobody.
pub fn share_percent(count: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        count as f64 * 100.0 / total as f64
    }
}

/// A share as the sheets print it: `33.3%`; `—` when there is nobody.
pub fn format_share(count: usize, total: usize) -> String {
    if total == 0 {
        "—".to_owned()
    } else {
        format!("{:.1}%", share_percent(count, total))
    }
}

/// Counts along one dimension. Known categories are always listed (at zero
/// too) so a group compares line by line with the township; values the
/// sheet does not know follow, then "not recorded" when any.
pub fn breakdown(facts: &[DeputyFacts], dimension: Dimension, today: NaiveDate) -> Breakdown {
    let mut rows: Vec<Tally> = match dimension {
        Dimension::Age => AgeBand::ALL
            .iter()
            .map(|&b| Tally {
                category: Category::Age(b),
                count: 0,
            })
            .collect(),
        _ => dimension
            .known()
            .iter()
            .map(|v| Tally {
                category: Category::Value((*v).to_owned()),
                count: 0,
            })
            .collect(),
    };
    let mut unknown = 0;
    for f in facts {
        let category = match dimension {
            Dimension::Age => match f.birth {
                Some(b) => Category::Age(AgeBand::of(age_on(b, today))),
                None => Category::Unknown,
            },
            _ => {
                let v = match dimension {
                    Dimension::Gender => &f.gender,
                    Dimension::Party => &f.party,
                    Dimension::Occupation => &f.occupation,
                    Dimension::Education => &f.education,
                    _ => &f.level,
                };
                if v.trim().is_empty() {
                    Category::Unknown
                } else {
                    Category::Value(v.clone())
                }
            }
        };
        if category == Category::Unknown {
            unknown += 1;
            continue;
        }
        match rows.iter_mut().find(|t| t.category == category) {
            Some(t) => t.count += 1,
            None => rows.push(Tally { category, count: 1 }),
        }
    }
    if unknown > 0 {
        rows.push(Tally {
            category: Category::Unknown,
            count: unknown,
        });
    }
    Breakdown {
        dimension,
        total: facts.len(),
        rows,
    }
}

/// Every dimension, in sheet order.
pub fn structure(facts: &[DeputyFacts], today: NaiveDate) -> Vec<Breakdown> {
    Dimension::ALL
        .iter()
        .map(|&d| breakdown(facts, d, today))
        .collect()
}

/// The shares a report quotes first (妇女、党员、一线工人农民、干部、青年).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    pub total: usize,
    pub women: usize,
    /// 中共党员 and 中共预备党员.
    pub party_members: usize,
    /// 工人 and 农民 (一线代表).
    pub workers_farmers: usize,
    /// 党政干部.
    pub cadres: usize,
    /// Under 35 at today's date.
    pub young: usize,
    /// 大专 and above.
    pub college: usize,
}

pub fn highlights(facts: &[DeputyFacts], today: NaiveDate) -> Highlights {
    let count = |p: &dyn Fn(&DeputyFacts) -> bool| facts.iter().filter(|f| p(f)).count();
    Highlights {
        total: facts.len(),
        women: count(&|f| f.gender == "女"),
        party_members: count(&|f| f.party.starts_with("中共")),
        workers_farmers: count(&|f| matches!(f.occupation.as_str(), "工人" | "农民")),
        cadres: count(&|f| f.occupation == "党政干部"),
        young: count(&|f| {
            f.birth
                .is_some_and(|b| AgeBand::of(age_on(b, today)) == AgeBand::Under35)
        }),
        college: count(&|f| matches!(f.education.as_str(), "大专" | "本科" | "研究生")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn facts(
        gender: &str,
        party: &str,
        occ: &str,
        edu: &str,
        birth: Option<(i32, u32)>,
    ) -> DeputyFacts {
        DeputyFacts {
            gender: gender.into(),
            party: party.into(),
            occupation: occ.into(),
            education: edu.into(),
            level: "镇".into(),
            birth,
        }
    }

    fn sample() -> Vec<DeputyFacts> {
        vec![
            facts("男", "中共党员", "党政干部", "本科", Some((1990, 5))),
            facts("女", "群众", "农民", "初中", Some((1970, 1))),
            facts("女", "中共预备党员", "工人", "", Some((1991, 12))),
            facts("男", "群众", "农民", "高中", None),
        ]
    }

    fn count(b: &Breakdown, c: Category) -> usize {
        b.rows
            .iter()
            .find(|t| t.category == c)
            .map_or(0, |t| t.count)
    }

    #[test]
    fn counts_add_up_and_known_categories_show_at_zero() {
        let today = day(2026, 11, 22);
        for b in structure(&sample(), today) {
            assert_eq!(b.rows.iter().map(|t| t.count).sum::<usize>(), 4, "{b:?}");
        }
        let g = breakdown(&sample(), Dimension::Gender, today);
        assert_eq!(count(&g, Category::Value("女".into())), 2);
        let p = breakdown(&sample(), Dimension::Party, today);
        assert_eq!(count(&p, Category::Value("民主党派".into())), 0);
        assert_eq!(p.rows.len(), 6, "zero lines are listed too");
        let e = breakdown(&sample(), Dimension::Education, today);
        assert_eq!(count(&e, Category::Unknown), 1);
        assert_eq!(e.rows.last().unwrap().category, Category::Unknown);
    }

    #[test]
    fn age_bands_are_taken_at_today() {
        // Born 1991-12: 34 on 2026-11-22, 35 from 2026-12-01.
        let f = vec![facts("女", "群众", "工人", "", Some((1991, 12)))];
        let before = breakdown(&f, Dimension::Age, day(2026, 11, 22));
        assert_eq!(count(&before, Category::Age(AgeBand::Under35)), 1);
        let after = breakdown(&f, Dimension::Age, day(2026, 12, 1));
        assert_eq!(count(&after, Category::Age(AgeBand::From35To45)), 1);
        let b = breakdown(&sample(), Dimension::Age, day(2026, 11, 22));
        // 1990-05 is 36, 1970-01 is 56, 1991-12 is 34.
        assert_eq!(count(&b, Category::Age(AgeBand::Under35)), 1);
        assert_eq!(count(&b, Category::Age(AgeBand::From35To45)), 1);
        assert_eq!(count(&b, Category::Age(AgeBand::Over55)), 1);
        assert_eq!(count(&b, Category::Unknown), 1);
    }

    #[test]
    fn unknown_values_are_kept_not_dropped() {
        let f = vec![facts("男", "群众", "渔民", "", None)];
        let b = breakdown(&f, Dimension::Occupation, day(2026, 1, 1));
        assert_eq!(count(&b, Category::Value("渔民".into())), 1);
        assert_eq!(b.total, 1);
    }

    #[test]
    fn shares_and_highlights() {
        assert_eq!(format_share(1, 3), "33.3%");
        assert_eq!(format_share(0, 0), "—");
        assert_eq!(share_percent(2, 4), 50.0);
        let h = highlights(&sample(), day(2026, 11, 22));
        assert_eq!(
            h,
            Highlights {
                total: 4,
                women: 2,
                party_members: 2,
                workers_farmers: 3,
                cadres: 1,
                young: 1,
                college: 1,
            }
        );
    }
}

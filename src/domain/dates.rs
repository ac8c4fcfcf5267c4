//! Calendar helpers: quarters (季度), month arithmetic, birth months (出生年月),
//! ages and the roster's age bands, and the ISO storage form of dates.

use chrono::{Datelike, NaiveDate};

/// A calendar quarter (季度). `q` must be in `1..=4`; use [`Quarter::new`] to
/// build one from untrusted numbers. Orders chronologically.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// Calendar year.
    pub year: i32,
    /// Quarter number, 1..=4.
    pub q: u8,
}

impl Quarter {
    /// A quarter, or `None` if `q` is not in `1..=4`.
    pub fn new(year: i32, q: u8) -> Option<Quarter> {
        (1..=4).contains(&q).then_some(Quarter { year, q })
    }

    /// The quarter a date falls in.
    pub fn of(d: NaiveDate) -> Quarter {
        Quarter {
            year: d.year(),
            q: (d.month0() / 3 + 1) as u8,
        }
    }

    fn first_month(&self) -> u32 {
        debug_assert!((1..=4).contains(&self.q), "quarter out of range");
        (u32::from(self.q.clamp(1, 4)) - 1) * 3 + 1
    }

    /// First day of the quarter (1 Jan, 1 Apr, 1 Jul or 1 Oct).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.first_month(), 1).expect("valid quarter start")
    }

    /// Last day of the quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec).
    pub fn last_day(&self) -> NaiveDate {
        let m = self.first_month() + 2;
        NaiveDate::from_ymd_opt(self.year, m, days_in_month(self.year, m))
            .expect("valid quarter end")
    }

    /// The following quarter.
    pub fn next(&self) -> Quarter {
        if self.q >= 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q + 1,
            }
        }
    }

    /// The preceding quarter.
    pub fn prev(&self) -> Quarter {
        if self.q <= 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q - 1,
            }
        }
    }

    /// Whether `d` lies in this quarter.
    pub fn contains(&self, d: NaiveDate) -> bool {
        Quarter::of(d) == *self
    }

    /// Days from `today` to the quarter's last day, counting today itself
    /// (so 1 on the last day); 0 once the quarter is over. For a `today`
    /// before the quarter the count includes the days before it starts.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        let n = (self.last_day() - today).num_days() + 1;
        n.max(0)
    }

    /// The three `(year, month)` pairs of the quarter, in order.
    pub fn months(&self) -> [(i32, u32); 3] {
        let m = self.first_month();
        [(self.year, m), (self.year, m + 1), (self.year, m + 2)]
    }

    /// Chinese label, e.g. "2026年第四季度".
    pub fn label_zh(&self) -> String {
        let n = ["一", "二", "三", "四"][usize::from(self.q.clamp(1, 4)) - 1];
        format!("{}年第{}季度", self.year, n)
    }

    /// English label, e.g. "2026 Q4".
    pub fn label_en(&self) -> String {
        format!("{} Q{}", self.year, self.q)
    }
}

/// Number of days in a month (`m` in 1..=12; 0 for an invalid month).
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if NaiveDate::from_ymd_opt(y, 2, 29).is_some() => 29,
        2 => 28,
        _ => 0,
    }
}

/// Adds `n` months (negative: subtracts), clamping the day to the end of the
/// target month: 2026-01-31 + 1 = 2026-02-28. Saturates at chrono's date range.
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + i64::from(n);
    let y = total.div_euclid(12);
    let m = (total.rem_euclid(12) + 1) as u32;
    let out = i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d.day().min(days_in_month(y, m))));
    match out {
        Some(x) => x,
        None if n > 0 => NaiveDate::MAX,
        None => NaiveDate::MIN,
    }
}

/// Maps full-width digits and punctuation to ASCII and drops all whitespace.
fn normalize_date_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '／' => '/',
            '－' => '-',
            _ => c,
        })
        .collect()
}

/// Splits "1975年3月12日" into digit runs and single separator characters.
enum Tok<'a> {
    Num(&'a str),
    Sep(char),
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            start.get_or_insert(i);
        } else {
            if let Some(st) = start.take() {
                out.push(Tok::Num(&s[st..i]));
            }
            out.push(Tok::Sep(c));
        }
    }
    if let Some(st) = start {
        out.push(Tok::Num(&s[st..]));
    }
    out
}

fn year_month(y: &str, m: &str) -> Option<(i32, u32)> {
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    ((1900..=2100).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

fn with_day(ym: (i32, u32), d: &str) -> Option<(i32, u32)> {
    if d.is_empty() || d.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(ym.0, ym.1, d.parse().ok()?)?;
    Some(ym)
}

/// Parses a birth month (出生年月) as rosters write it: `1975.03`, `1975.3`,
/// `1975年3月`, `1975-03`, `1975/3`, `197503`, or a full date `1975-03-12`,
/// `1975/3/12`, `1975.3.12`, `1975年3月12日`, `19750312` (the day must exist
/// and is dropped). Spaces are ignored; full-width digits and `．／－。` are
/// accepted. Year 1900..=2100, month 1..=12. Note: `1975.1` is January; a
/// spreadsheet that turned `1975.10` into a number cannot be repaired here.
pub fn parse_birth_month(s: &str) -> Option<(i32, u32)> {
    let s = normalize_date_text(s);
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.len() {
            6 => year_month(&s[..4], &s[4..]),
            8 => with_day(year_month(&s[..4], &s[4..6])?, &s[6..]),
            _ => None,
        };
    }
    use Tok::{Num, Sep};
    match tokenize(&s).as_slice() {
        [Num(y), Sep('.' | '-' | '/' | '年'), Num(m)] => year_month(y, m),
        [Num(y), Sep('年'), Num(m), Sep('月')] => year_month(y, m),
        [Num(y), Sep(a), Num(m), Sep(b), Num(d)] if a == b && matches!(a, '.' | '-' | '/') => {
            with_day(year_month(y, m)?, d)
        }
        [Num(y), Sep('年'), Num(m), Sep('月'), Num(d)] => with_day(year_month(y, m)?, d),
        [
            Num(y),
            Sep('年'),
            Num(m),
            Sep('月'),
            Num(d),
            Sep('日' | '号'),
        ] => with_day(year_month(y, m)?, d),
        _ => None,
    }
}

/// The storage form of a birth month: `1975-03`.
pub fn format_birth_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// Age in whole years on `today` for someone born in month `birth`. The
/// birthday counts as reached on the 1st of the birth month (rosters carry no
/// day).
pub fn age_on(birth: (i32, u32), today: NaiveDate) -> i32 {
    let (by, bm) = birth;
    let mut age = today.year() - by;
    if today.month() < bm {
        age -= 1;
    }
    age
}

/// Age bands used in structure statistics (年龄结构). The rosters write
/// 35以下 / 35-45 / 46-55 / 55以上, which overlap at 35 and 55; we resolve
/// them as: under 35 → `Under35`; 35..=45 → `From35To45`; 46..=55 →
/// `From46To55`; 56 and over → `Over55`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    /// 35岁以下: age < 35.
    Under35,
    /// 35-45岁: 35..=45.
    From35To45,
    /// 46-55岁: 46..=55.
    From46To55,
    /// 55岁以上: age ≥ 56.
    Over55,
}

impl AgeBand {
    /// All bands, youngest first.
    pub const ALL: [AgeBand; 4] = [
        AgeBand::Under35,
        AgeBand::From35To45,
        AgeBand::From46To55,
        AgeBand::Over55,
    ];

    /// The band of an age in whole years.
    pub fn of(age: i32) -> AgeBand {
        match age {
            ..=34 => AgeBand::Under35,
            35..=45 => AgeBand::From35To45,
            46..=55 => AgeBand::From46To55,
            _ => AgeBand::Over55,
        }
    }

    /// Chinese label as on the statistics sheets, e.g. "35岁以下".
    pub fn label_zh(&self) -> &'static str {
        match self {
            AgeBand::Under35 => "35岁以下",
            AgeBand::From35To45 => "35-45岁",
            AgeBand::From46To55 => "46-55岁",
            AgeBand::Over55 => "55岁以上",
        }
    }

    /// English label, e.g. "under 35".
    pub fn label_en(&self) -> &'static str {
        match self {
            AgeBand::Under35 => "under 35",
            AgeBand::From35To45 => "35-45",
            AgeBand::From46To55 => "46-55",
            AgeBand::Over55 => "over 55",
        }
    }
}

/// The storage form of a date: `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Parses the storage form `YYYY-MM-DD` strictly (two-digit month and day;
/// surrounding spaces tolerated). Anything else is `None`.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let y = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quarter_basics() {
        let q = Quarter::of(d(2026, 11, 22));
        assert_eq!(q, Quarter { year: 2026, q: 4 });
        assert_eq!(q.first_day(), d(2026, 10, 1));
        assert_eq!(q.last_day(), d(2026, 12, 31));
        assert_eq!(q.next(), Quarter { year: 2027, q: 1 });
        assert_eq!(q.prev(), Quarter { year: 2026, q: 3 });
        assert_eq!(
            Quarter { year: 2026, q: 1 }.prev(),
            Quarter { year: 2025, q: 4 }
        );
        assert!(q.contains(d(2026, 10, 1)) && !q.contains(d(2026, 9, 30)));
        assert_eq!(q.months(), [(2026, 10), (2026, 11), (2026, 12)]);
        assert_eq!(Quarter::of(d(2026, 3, 31)).q, 1);
        assert_eq!(Quarter::of(d(2026, 4, 1)).q, 2);
        assert_eq!(Quarter::of(d(2024, 2, 29)).last_day(), d(2024, 3, 31));
        assert_eq!(Quarter::of(d(2026, 5, 2)).last_day(), d(2026, 6, 30));
        assert!(Quarter { year: 2025, q: 4 } < Quarter { year: 2026, q: 1 });
        assert_eq!(Quarter::new(2026, 5), None);
        assert_eq!(Quarter::new(2026, 2), Some(Quarter { year: 2026, q: 2 }));
    }

    #[test]
    fn quarter_days_left_and_labels() {
        let q = Quarter { year: 2026, q: 4 };
        assert_eq!(q.days_left(d(2026, 12, 31)), 1);
        assert_eq!(q.days_left(d(2026, 12, 1)), 31);
        assert_eq!(q.days_left(d(2027, 1, 1)), 0);
        assert_eq!(q.days_left(d(2026, 10, 1)), 92);
        assert_eq!(q.label_zh(), "2026年第四季度");
        assert_eq!(Quarter { year: 2025, q: 1 }.label_zh(), "2025年第一季度");
        assert_eq!(q.label_en(), "2026 Q4");
    }

    #[test]
    fn add_months_clamps() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 3, 31), -1), d(2026, 2, 28));
        assert_eq!(add_months(d(2026, 1, 15), -13), d(2024, 12, 15));
        assert_eq!(add_months(d(2026, 5, 10), 0), d(2026, 5, 10));
        assert_eq!(add_months(d(2026, 8, 31), 6), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 1, 1), i32::MAX), NaiveDate::MAX);
        assert_eq!(add_months(d(2026, 1, 1), i32::MIN), NaiveDate::MIN);
    }

    #[test]
    fn birth_month_forms() {
        let ok = [
            "1975.03",
            "1975.3",
            "1975年3月",
            "1975年03月",
            "1975-03",
            "1975/3",
            "1975-03-12",
            "1975/3/12",
            "1975.3.12",
            "1975年3月12日",
            "1975年3月12",
            "19750312",
            "197503",
            " 1975 . 03 ",
            "１９７５．０３",
            "１９７５／３／１２",
            "1975－03",
            "１９７５年３月",
            "1975年3",
        ];
        for s in ok {
            assert_eq!(parse_birth_month(s), Some((1975, 3)), "{s}");
        }
        assert_eq!(parse_birth_month("1975.12"), Some((1975, 12)));
        assert_eq!(parse_birth_month("2000年1月"), Some((2000, 1)));
    }

    #[test]
    fn birth_month_rejects() {
        let bad = [
            "",
            "1975",
            "1975.13",
            "1975.0",
            "1899.05",
            "2101.01",
            "75.03",
            "1975-02-30",
            "19750230",
            "1975.3/12",
            "1975.03.",
            "1975年3月32日",
            "abc",
            "1975.003",
            "1975-3-",
            "19753",
        ];
        for s in bad {
            assert_eq!(parse_birth_month(s), None, "{s}");
        }
    }

    #[test]
    fn birth_month_storage_form() {
        assert_eq!(format_birth_month(1975, 3), "1975-03");
        assert_eq!(format_birth_month(2001, 11), "2001-11");
        assert_eq!(
            parse_birth_month(&format_birth_month(1968, 7)),
            Some((1968, 7))
        );
    }

    #[test]
    fn ages() {
        assert_eq!(age_on((1975, 3), d(2026, 2, 28)), 50);
        assert_eq!(age_on((1975, 3), d(2026, 3, 1)), 51);
        assert_eq!(age_on((1975, 12), d(2026, 12, 31)), 51);
        assert_eq!(age_on((2000, 1), d(2000, 1, 1)), 0);
    }

    #[test]
    fn age_bands() {
        assert_eq!(AgeBand::of(20), AgeBand::Under35);
        assert_eq!(AgeBand::of(34), AgeBand::Under35);
        assert_eq!(AgeBand::of(35), AgeBand::From35To45);
        assert_eq!(AgeBand::of(45), AgeBand::From35To45);
        assert_eq!(AgeBand::of(46), AgeBand::From46To55);
        assert_eq!(AgeBand::of(55), AgeBand::From46To55);
        assert_eq!(AgeBand::of(56), AgeBand::Over55);
        assert_eq!(AgeBand::ALL.len(), 4);
        assert_eq!(AgeBand::Under35.label_zh(), "35岁以下");
        assert_eq!(AgeBand::Over55.label_zh(), "55岁以上");
        assert_eq!(AgeBand::From35To45.label_en(), "35-45");
    }

    #[test]
    fn iso_round_trip() {
        assert_eq!(iso(d(2026, 3, 5)), "2026-03-05");
        assert_eq!(parse_iso("2026-03-05"), Some(d(2026, 3, 5)));
        assert_eq!(parse_iso(" 2026-03-05 "), Some(d(2026, 3, 5)));
        assert_eq!(parse_iso("2026-3-5"), None);
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("2026/03/05"), None);
        assert_eq!(parse_iso("+026-03-05"), None);
        assert_eq!(parse_iso(""), None);
    }
}

//! Working days (工作日) under the official holiday schedule (节假日安排),
//! including make-up working days on weekends (调休上班).
//!
//! Without an entry a day is a working day exactly when it is Monday to
//! Friday. The schedule is published each year; [`HolidayCalendar::covers_year`]
//! tells the UI whether a year's schedule is loaded at all.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

/// What the official schedule says about a listed day.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DayKind {
    /// 放假: a day off, even on a weekday.
    Holiday,
    /// 调休上班: a make-up working day, even on a Saturday or Sunday.
    Workday,
}

/// One row of the holiday schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidayEntry {
    /// The day.
    pub date: NaiveDate,
    /// Day off or make-up working day.
    pub kind: DayKind,
    /// The holiday it belongs to, e.g. "春节".
    pub name: String,
}

/// Why a holiday CSV could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayCsvErrorKind {
    /// The first non-blank line is not `date,kind,name` (or the text is empty).
    BadHeader,
    /// The date field is not `YYYY-MM-DD` (the offending text).
    BadDate(String),
    /// The kind is neither `holiday` nor `workday` (the offending text).
    BadKind(String),
    /// Fewer than three fields, or an empty date or kind.
    MissingField,
    /// The date appears twice.
    Duplicate(NaiveDate),
}

/// A holiday CSV error with its 1-based physical line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidayCsvError {
    /// 1-based line number in the input.
    pub line: usize,
    /// What was wrong.
    pub kind: HolidayCsvErrorKind,
}

impl fmt::Display for HolidayCsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "holiday CSV line {}: ", self.line)?;
        match &self.kind {
            HolidayCsvErrorKind::BadHeader => write!(f, "expected header date,kind,name"),
            HolidayCsvErrorKind::BadDate(s) => write!(f, "bad date {s:?}"),
            HolidayCsvErrorKind::BadKind(s) => write!(f, "bad kind {s:?}"),
            HolidayCsvErrorKind::MissingField => write!(f, "missing field"),
            HolidayCsvErrorKind::Duplicate(d) => write!(f, "duplicate date {d}"),
        }
    }
}

impl std::error::Error for HolidayCsvError {}

/// Trims spaces and one pair of surrounding double quotes.
fn field(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .map_or(s, str::trim)
}

/// Parses a schedule CSV with header `date,kind,name` (kind `holiday` or
/// `workday`, case-insensitive; date `YYYY-MM-DD`). Tolerates a UTF-8 BOM,
/// CRLF line ends, blank lines, spaces and double quotes around fields. The
/// name is everything after the second comma and may be empty.
pub fn parse_holiday_csv(text: &str) -> Result<Vec<HolidayEntry>, HolidayCsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty());
    let err = |line, kind| HolidayCsvError { line, kind };

    let (hline, header) = lines
        .next()
        .ok_or_else(|| err(1, HolidayCsvErrorKind::BadHeader))?;
    let names: Vec<String> = header
        .split(',')
        .map(|f| field(f).to_ascii_lowercase())
        .collect();
    if names != ["date", "kind", "name"] {
        return Err(err(hline, HolidayCsvErrorKind::BadHeader));
    }

    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, l) in lines {
        let mut parts = l.splitn(3, ',');
        let (Some(date), Some(kind), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(err(line, HolidayCsvErrorKind::MissingField));
        };
        let (date, kind, name) = (field(date), field(kind), field(name));
        if date.is_empty() || kind.is_empty() {
            return Err(err(line, HolidayCsvErrorKind::MissingField));
        }
        let date = super::dates::parse_iso(date)
            .ok_or_else(|| err(line, HolidayCsvErrorKind::BadDate(date.to_string())))?;
        let kind = match kind.to_ascii_lowercase().as_str() {
            "holiday" => DayKind::Holiday,
            "workday" => DayKind::Workday,
            _ => return Err(err(line, HolidayCsvErrorKind::BadKind(kind.to_string()))),
        };
        if !seen.insert(date) {
            return Err(err(line, HolidayCsvErrorKind::Duplicate(date)));
        }
        out.push(HolidayEntry {
            date,
            kind,
            name: name.to_string(),
        });
    }
    Ok(out)
}

/// The set of listed days, answering working-day questions.
#[derive(Clone, Debug, Default)]
pub struct HolidayCalendar {
    days: HashMap<NaiveDate, DayKind>,
    years: BTreeSet<i32>,
}

impl HolidayCalendar {
    /// Builds a calendar; for a date listed twice the later entry wins.
    pub fn new(entries: impl IntoIterator<Item = (NaiveDate, DayKind)>) -> HolidayCalendar {
        let mut cal = HolidayCalendar::default();
        for (d, k) in entries {
            cal.days.insert(d, k);
            cal.years.insert(d.year());
        }
        cal
    }

    /// Builds a calendar from parsed CSV entries.
    pub fn from_entries(entries: &[HolidayEntry]) -> HolidayCalendar {
        HolidayCalendar::new(entries.iter().map(|e| (e.date, e.kind)))
    }

    /// The listed kind of a day, if the schedule mentions it.
    pub fn listed(&self, d: NaiveDate) -> Option<DayKind> {
        self.days.get(&d).copied()
    }

    /// Whether `d` is a working day: listed workdays are, listed holidays are
    /// not, other days are when Monday to Friday.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        match self.listed(d) {
            Some(DayKind::Workday) => true,
            Some(DayKind::Holiday) => false,
            None => !matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// Moves `n` working days from `d` (forward for n > 0, backward for
    /// n < 0), not counting `d` itself; the result is always a working day
    /// unless `n == 0`, which returns `d` unchanged.
    pub fn add_working_days(&self, d: NaiveDate, n: i32) -> NaiveDate {
        let step = |x: NaiveDate| {
            if n > 0 {
                x.checked_add_days(Days::new(1)).expect("date in range")
            } else {
                x.checked_sub_days(Days::new(1)).expect("date in range")
            }
        };
        let mut left = n.unsigned_abs();
        let mut cur = d;
        while left > 0 {
            cur = step(cur);
            if self.is_working_day(cur) {
                left -= 1;
            }
        }
        cur
    }

    /// The date a notice must go out by (公告截止日): the working day that
    /// lies `working_days` working days before `event`, the event day itself
    /// not counted. Event on Monday, 3 working days → the previous Wednesday
    /// (Wednesday, Thursday, Friday are the three days of notice). With 0 the
    /// event day itself is returned.
    pub fn announcement_deadline(&self, event: NaiveDate, working_days: u32) -> NaiveDate {
        let n = i32::try_from(working_days).unwrap_or(i32::MAX);
        self.add_working_days(event, -n)
    }

    /// Working days in the half-open span (a, b]; the negated count of
    /// (b, a] when b < a. Walks day by day (fine for spans of a few years).
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        if b < a {
            return -self.working_days_between(b, a);
        }
        a.iter_days()
            .skip(1)
            .take_while(|d| *d <= b)
            .filter(|d| self.is_working_day(*d))
            .count() as i64
    }

    /// Whether the schedule has any entry in year `y` (i.e. that year's
    /// official schedule appears to be loaded).
    pub fn covers_year(&self, y: i32) -> bool {
        self.years.contains(&y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = include_str!("../../data/cn-holidays.csv");

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cal() -> HolidayCalendar {
        HolidayCalendar::from_entries(&parse_holiday_csv(CSV).expect("repo CSV parses"))
    }

    fn assert_span(c: &HolidayCalendar, from: NaiveDate, to: NaiveDate, working: bool) {
        for x in from.iter_days().take_while(|x| *x <= to) {
            assert_eq!(c.is_working_day(x), working, "{x}");
        }
    }

    #[test]
    fn repo_csv_parses() {
        let e = parse_holiday_csv(CSV).unwrap();
        assert!(e.len() > 100);
        assert_eq!(e[0].date, d(2024, 1, 1));
        assert_eq!(e[0].kind, DayKind::Holiday);
        assert_eq!(e[0].name, "元旦");
        let c = cal();
        assert!(c.covers_year(2024) && c.covers_year(2025) && c.covers_year(2026));
        assert!(!c.covers_year(2027));
    }

    #[test]
    fn spring_festival_2026() {
        let c = cal();
        assert_eq!(d(2026, 2, 14).weekday(), Weekday::Sat);
        assert!(c.is_working_day(d(2026, 2, 14)));
        assert_span(&c, d(2026, 2, 15), d(2026, 2, 23), false);
        assert!(c.is_working_day(d(2026, 2, 24)));
        assert_eq!(d(2026, 2, 28).weekday(), Weekday::Sat);
        assert!(c.is_working_day(d(2026, 2, 28)));
        assert!(!c.is_working_day(d(2026, 3, 1)));
        // New Year 2026: 1-3 Jan off, Sunday 4 Jan works.
        assert_span(&c, d(2026, 1, 1), d(2026, 1, 3), false);
        assert!(c.is_working_day(d(2026, 1, 4)));
    }

    #[test]
    fn national_day_2026() {
        let c = cal();
        assert_eq!(d(2026, 9, 20).weekday(), Weekday::Sun);
        assert!(c.is_working_day(d(2026, 9, 20)));
        assert_span(&c, d(2026, 9, 25), d(2026, 9, 27), false);
        assert_span(&c, d(2026, 10, 1), d(2026, 10, 7), false);
        assert!(c.is_working_day(d(2026, 10, 8)));
        assert_eq!(d(2026, 10, 10).weekday(), Weekday::Sat);
        assert!(c.is_working_day(d(2026, 10, 10)));
        assert!(!c.is_working_day(d(2026, 10, 11)));
    }

    #[test]
    fn holidays_2025() {
        let c = cal();
        assert_eq!(d(2025, 1, 26).weekday(), Weekday::Sun);
        assert!(c.is_working_day(d(2025, 1, 26)));
        assert!(c.is_working_day(d(2025, 1, 27)));
        assert_span(&c, d(2025, 1, 28), d(2025, 2, 4), false);
        assert!(c.is_working_day(d(2025, 2, 5)));
        assert!(c.is_working_day(d(2025, 2, 8)));
        assert_eq!(d(2025, 9, 28).weekday(), Weekday::Sun);
        assert!(c.is_working_day(d(2025, 9, 28)));
        assert_span(&c, d(2025, 10, 1), d(2025, 10, 8), false);
        assert!(c.is_working_day(d(2025, 10, 9)));
        assert_eq!(d(2025, 10, 11).weekday(), Weekday::Sat);
        assert!(c.is_working_day(d(2025, 10, 11)));
    }

    #[test]
    fn plain_weeks_without_schedule() {
        let c = HolidayCalendar::default();
        let mon = d(2027, 3, 8);
        assert_eq!(mon.weekday(), Weekday::Mon);
        assert_eq!(c.announcement_deadline(mon, 3), d(2027, 3, 3)); // Wednesday
        assert_eq!(c.add_working_days(d(2027, 3, 5), 1), mon); // Fri → Mon
        assert_eq!(c.add_working_days(mon, -1), d(2027, 3, 5));
        assert_eq!(c.add_working_days(mon, 0), mon);
        assert_eq!(c.add_working_days(d(2027, 3, 6), 1), mon); // Sat → Mon
        assert_eq!(c.working_days_between(d(2027, 3, 5), d(2027, 3, 12)), 5);
        assert_eq!(c.working_days_between(d(2027, 3, 12), d(2027, 3, 5)), -5);
        assert_eq!(c.working_days_between(mon, mon), 0);
        assert!(!c.covers_year(2027));
    }

    #[test]
    fn deadlines_across_holidays() {
        let c = cal();
        // First day back after Spring Festival 2026: the Saturday make-up day counts.
        assert_eq!(c.announcement_deadline(d(2026, 2, 24), 3), d(2026, 2, 12));
        assert_eq!(c.announcement_deadline(d(2026, 2, 24), 1), d(2026, 2, 14));
        // Monday after the Saturday make-up day 2026-02-28.
        assert_eq!(c.announcement_deadline(d(2026, 3, 2), 3), d(2026, 2, 26));
        assert_eq!(c.announcement_deadline(d(2026, 3, 2), 1), d(2026, 2, 28));
        // National Day 2026.
        assert_eq!(c.announcement_deadline(d(2026, 10, 8), 3), d(2026, 9, 28));
        assert_eq!(c.announcement_deadline(d(2026, 10, 12), 3), d(2026, 10, 8));
        // 2025 Spring Festival: Sunday 26 Jan works.
        assert_eq!(c.announcement_deadline(d(2025, 2, 5), 3), d(2025, 1, 24));
        assert_eq!(c.announcement_deadline(d(2025, 2, 5), 2), d(2025, 1, 26));
        // 2025 National Day: Sunday 28 Sep works.
        assert_eq!(c.announcement_deadline(d(2025, 10, 9), 3), d(2025, 9, 28));
        assert_eq!(c.announcement_deadline(d(2025, 10, 13), 3), d(2025, 10, 9));
    }

    #[test]
    fn counting_across_holidays() {
        let c = cal();
        assert_eq!(c.add_working_days(d(2026, 9, 30), 1), d(2026, 10, 8));
        assert_eq!(c.add_working_days(d(2026, 2, 13), 2), d(2026, 2, 24));
        assert_eq!(c.add_working_days(d(2025, 10, 8), -1), d(2025, 9, 30));
        // (2026-09-30, 2026-10-10]: 8, 9 Oct and Saturday 10 Oct.
        assert_eq!(c.working_days_between(d(2026, 9, 30), d(2026, 10, 10)), 3);
        assert_eq!(c.working_days_between(d(2026, 10, 10), d(2026, 9, 30)), -3);
        // February 2026: 20 weekdays - 6 holiday weekdays (16-20, 23) + 2 Saturday make-ups.
        assert_eq!(c.working_days_between(d(2026, 1, 31), d(2026, 2, 28)), 16);
    }

    #[test]
    fn csv_tolerance() {
        let text = "\u{feff}date,kind,name\r\n\r\n 2026-10-01 , holiday , 国庆节 \r\n\"2026-10-10\",Workday,\"国庆节\"\r\n2026-12-31,holiday,\n";
        let e = parse_holiday_csv(text).unwrap();
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].date, d(2026, 10, 1));
        assert_eq!(e[0].name, "国庆节");
        assert_eq!(e[1].kind, DayKind::Workday);
        assert_eq!(e[1].name, "国庆节");
        assert_eq!(e[2].name, "");
        assert_eq!(
            parse_holiday_csv("\n  \nDate, Kind, Name\n").unwrap(),
            vec![]
        );
    }

    #[test]
    fn csv_errors() {
        use HolidayCsvErrorKind as K;
        let e = |t: &str| parse_holiday_csv(t).unwrap_err();
        assert_eq!(
            e(""),
            HolidayCsvError {
                line: 1,
                kind: K::BadHeader
            }
        );
        assert_eq!(e("\ndate,kind\n").line, 2);
        assert_eq!(e("date,kind\n").kind, K::BadHeader);
        assert_eq!(
            e("date,kind,name\n2026-13-01,holiday,x\n"),
            HolidayCsvError {
                line: 2,
                kind: K::BadDate("2026-13-01".into())
            }
        );
        assert_eq!(
            e("date,kind,name\n2026-10-01,off,x\n").kind,
            K::BadKind("off".into())
        );
        assert_eq!(
            e("date,kind,name\n\n2026-10-01,holiday\n"),
            HolidayCsvError {
                line: 3,
                kind: K::MissingField
            }
        );
        assert_eq!(e("date,kind,name\n,holiday,x\n").kind, K::MissingField);
        assert_eq!(
            e("date,kind,name\n2026-10-01,holiday,a\n2026-10-01,workday,b\n"),
            HolidayCsvError {
                line: 3,
                kind: K::Duplicate(d(2026, 10, 1))
            }
        );
        assert!(e("x").to_string().contains("line 1"));
    }
}

//! Parsing dates as people type them: `2026-03-05`, `2026/3/5`, `2026.3.5`,
//! `20260305`, `2026年3月5日`, `3月5日`, `3-5`, with full-width digits and
//! punctuation allowed. Pure: the caller turns errors into words.

use chrono::{Datelike, NaiveDate};

/// The first and last year a typed date may fall in.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why a typed date was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateInputError {
    /// Nothing but spaces.
    Empty,
    /// Not in any form we know.
    Unrecognised,
    /// Well formed, but the calendar has no such day (2026-02-30, 2026-13-01).
    NoSuchDay { year: i32, month: u32, day: u32 },
    /// A year outside [`YEAR_RANGE`].
    OutOfRange(i32),
}

/// Parses a typed date. Forms without a year (`3月5日`, `3-5`, `3/5`) take
/// the year of `today`.
pub fn parse_date_input(s: &str, today: NaiveDate) -> Result<NaiveDate, DateInputError> {
    let s = normalise(s);
    if s.is_empty() {
        return Err(DateInputError::Empty);
    }
    let (year, month, day) = split_parts(&s, today.year()).ok_or(DateInputError::Unrecognised)?;
    if !YEAR_RANGE.contains(&year) {
        return Err(DateInputError::OutOfRange(year));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateInputError::NoSuchDay { year, month, day })
}

/// Full-width forms to ASCII, `。` to `.`, whitespace removed.
fn normalise(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '。' | '·' => '.',
                '—' | '–' | '‐' => '-',
                _ => c,
            };
            (!c.is_whitespace()).then_some(c)
        })
        .collect()
}

/// Year, month and day as written, or None when the shape is unknown.
fn split_parts(s: &str, this_year: i32) -> Option<(i32, u32, u32)> {
    if s.contains('年') || s.contains('月') {
        return chinese_form(s, this_year);
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some((
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..].parse().ok()?,
        ));
    }
    let sep = s.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    match parts.as_slice() {
        [y, m, d] if digits(y, 4, 4) && digits(m, 1, 2) && digits(d, 1, 2) => {
            Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
        }
        [m, d] if digits(m, 1, 2) && digits(d, 1, 2) => {
            Some((this_year, m.parse().ok()?, d.parse().ok()?))
        }
        _ => None,
    }
}

/// `2026年3月5日`, `2026年3月5号`, `3月5日`, `3月5` .
fn chinese_form(s: &str, this_year: i32) -> Option<(i32, u32, u32)> {
    let (year, rest) = match s.split_once('年') {
        Some((y, rest)) if digits(y, 4, 4) => (y.parse().ok()?, rest),
        Some(_) => return None,
        None => (this_year, s),
    };
    let (m, d) = rest.split_once('月')?;
    let d = d
        .strip_suffix('日')
        .or_else(|| d.strip_suffix('号'))
        .unwrap_or(d);
    if !digits(m, 1, 2) || !digits(d, 1, 2) {
        return None;
    }
    Some((year, m.parse().ok()?, d.parse().ok()?))
}

/// True when `s` is between `min` and `max` ASCII digits long.
fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    fn ok(s: &str) -> NaiveDate {
        parse_date_input(s, today()).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    fn d(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_and_short_separated_forms() {
        assert_eq!(ok("2026-03-05"), d(2026, 3, 5));
        assert_eq!(ok("2026-3-5"), d(2026, 3, 5));
        assert_eq!(ok("2026/3/5"), d(2026, 3, 5));
        assert_eq!(ok("2026.3.5"), d(2026, 3, 5));
        assert_eq!(ok("2026/12/31"), d(2026, 12, 31));
    }

    #[test]
    fn compact_form() {
        assert_eq!(ok("20260305"), d(2026, 3, 5));
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(ok("2026年3月5日"), d(2026, 3, 5));
        assert_eq!(ok("2026年03月05日"), d(2026, 3, 5));
        assert_eq!(ok("2026年3月5号"), d(2026, 3, 5));
        assert_eq!(ok("2026年3月5"), d(2026, 3, 5));
        assert_eq!(ok("3月5日"), d(2026, 3, 5));
        assert_eq!(ok("2026 年 3 月 5 日"), d(2026, 3, 5));
    }

    #[test]
    fn month_day_takes_this_year() {
        let last_year = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
        assert_eq!(ok("3-5"), d(2026, 3, 5));
        assert_eq!(ok("3/5"), d(2026, 3, 5));
        assert_eq!(parse_date_input("3月5日", last_year), Ok(d(2025, 3, 5)));
    }

    #[test]
    fn full_width_digits_punctuation_and_spaces() {
        assert_eq!(ok("２０２６－０３－０５"), d(2026, 3, 5));
        assert_eq!(ok("２０２６／３／５"), d(2026, 3, 5));
        assert_eq!(ok("２０２６年３月５日"), d(2026, 3, 5));
        assert_eq!(ok("２０２６．３．５"), d(2026, 3, 5));
        assert_eq!(ok("  2026-03-05 \t"), d(2026, 3, 5));
        assert_eq!(ok("\u{3000}3月5日\u{3000}"), d(2026, 3, 5));
    }

    #[test]
    fn empty() {
        assert_eq!(parse_date_input("", today()), Err(DateInputError::Empty));
        assert_eq!(
            parse_date_input(" \u{3000} ", today()),
            Err(DateInputError::Empty)
        );
    }

    #[test]
    fn unrecognised() {
        for s in [
            "tomorrow",
            "2026-03",
            "2026-03-05-01",
            "2026/03-05",
            "26-3-5",
            "2026-003-05",
            "202635",
            "2026年3月",
            "年3月5日",
            "3月",
            "2026-3-5x",
            "-3-5",
            "123456789",
        ] {
            assert_eq!(
                parse_date_input(s, today()),
                Err(DateInputError::Unrecognised),
                "{s:?}"
            );
        }
    }

    #[test]
    fn no_such_day() {
        let e = |y, m, d| {
            Err(DateInputError::NoSuchDay {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(parse_date_input("2026-02-30", today()), e(2026, 2, 30));
        assert_eq!(parse_date_input("2026年2月29日", today()), e(2026, 2, 29));
        assert_eq!(parse_date_input("2026-13-01", today()), e(2026, 13, 1));
        assert_eq!(parse_date_input("4-31", today()), e(2026, 4, 31));
        assert_eq!(parse_date_input("2026-01-00", today()), e(2026, 1, 0));
        assert_eq!(ok("2028-02-29"), d(2028, 2, 29));
    }

    #[test]
    fn out_of_range() {
        assert_eq!(
            parse_date_input("1999-12-31", today()),
            Err(DateInputError::OutOfRange(1999))
        );
        assert_eq!(
            parse_date_input("21010101", today()),
            Err(DateInputError::OutOfRange(2101))
        );
        assert_eq!(
            parse_date_input("1949年10月1日", today()),
            Err(DateInputError::OutOfRange(1949))
        );
        assert_eq!(ok("2000-01-01"), d(2000, 1, 1));
        assert_eq!(ok("2100-12-31"), d(2100, 12, 31));
    }
}

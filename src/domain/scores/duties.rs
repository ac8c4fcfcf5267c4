//! Yearly duties measured pro rata to today: a deputy is "far behind" when
//! the figure so far is under a share (rule `deputy_behind_percent`) of what
//! the yearly threshold asks by this day of the year. Also the monthly
//! rhythms: the chair's contact with deputies and each station's reception.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::DutyCounts;

/// A yearly duty of every deputy (domain.md, 联系选民和履职档案).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    /// 联系选民 (人次)
    VoterContacts,
    /// 回选区 (次)
    DistrictVisits,
    /// 参加活动 (天)
    ActivityDays,
    /// 提出建议 (件)
    Suggestions,
    /// 向选民述职 (次), for directly elected deputies
    ReportToVoters,
}

/// The yearly thresholds, from the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearlyDuties {
    pub voter_contacts: i64,
    pub district_visits: i64,
    pub activity_days: i64,
    pub suggestions: i64,
    pub reports: i64,
    /// Behind when the figure is under this share (%) of the pro-rata mark.
    pub behind_percent: i64,
}

/// One duty a deputy is behind on: the figure against the pro-rata mark
/// and the yearly threshold.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Shortfall {
    pub duty: Duty,
    pub figure: f64,
    /// What the threshold asks by today (rounded half up).
    pub expected: i64,
    pub threshold: i64,
}

/// The yearly threshold's share due by `today`, rounded half up: 30 a year
/// is 15 on 2 July. Rounding lets a once-a-year duty count from mid-year on,
/// and nothing count in the first days of January.
pub fn expected_by(threshold: i64, today: NaiveDate) -> i64 {
    let jan1 = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    expected_since(threshold, jan1, today)
}

/// The yearly threshold's share for the days `[from, today]` (a record that
/// began during the year is judged only from its start), rounded half up.
pub fn expected_since(threshold: i64, from: NaiveDate, today: NaiveDate) -> i64 {
    let days = if NaiveDate::from_ymd_opt(today.year(), 12, 31).is_some_and(|d| d.ordinal() == 366)
    {
        366
    } else {
        365
    };
    let span = ((today - from).num_days() + 1).clamp(0, days);
    (threshold.max(0) * span * 2 + days) / (2 * days)
}

/// Every duty on which `counts` is far behind by `today`. Reports to voters
/// count only for directly elected deputies (domain.md: every year for them,
/// once a term for the others).
pub fn shortfalls(
    counts: &DutyCounts,
    directly_elected: bool,
    rules: &YearlyDuties,
    today: NaiveDate,
) -> Vec<Shortfall> {
    let mut duties = vec![
        (
            Duty::VoterContacts,
            counts.voter_people as f64,
            rules.voter_contacts,
        ),
        (
            Duty::DistrictVisits,
            counts.district_visits as f64,
            rules.district_visits,
        ),
        (
            Duty::ActivityDays,
            counts.activity_days,
            rules.activity_days,
        ),
        (
            Duty::Suggestions,
            counts.suggestions as f64,
            rules.suggestions,
        ),
    ];
    if directly_elected {
        duties.push((Duty::ReportToVoters, counts.reports as f64, rules.reports));
    }
    duties
        .into_iter()
        .filter_map(|(duty, figure, threshold)| {
            let expected = expected_by(threshold, today);
            let behind = figure * 100.0 < (expected * rules.behind_percent) as f64;
            behind.then_some(Shortfall {
                duty,
                figure,
                expected,
                threshold,
            })
        })
        .collect()
}

/// A calendar month as (year, month).
pub type Month = (i32, u32);

fn month_index((y, m): Month) -> i64 {
    i64::from(y) * 12 + i64::from(m) - 1
}

fn from_index(i: i64) -> Month {
    (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u32)
}

/// Months of `today`'s year before the current one, from `from` on, in
/// which fewer than `per_month` contacts were made (`done` lists months
/// with their counts; months not listed count 0).
pub fn short_months(
    done: &[(Month, i64)],
    per_month: i64,
    from: Month,
    today: NaiveDate,
) -> Vec<Month> {
    (1..today.month())
        .map(|m| (today.year(), m))
        .filter(|month| *month >= from)
        .filter(|month| {
            let n = done
                .iter()
                .filter(|(d, _)| d == month)
                .map(|(_, n)| *n)
                .sum::<i64>();
            n < per_month
        })
        .collect()
}

/// Periods of `every` months (aligned on the calendar: with 3, quarters)
/// that ended within the last `lookback` complete months before `today`'s
/// month and hold no month in `held`. Each period is named by its last month.
pub fn missed_periods(
    held: &BTreeSet<Month>,
    every: i64,
    lookback: i64,
    today: NaiveDate,
) -> Vec<Month> {
    let every = every.max(1);
    let current = month_index((today.year(), today.month()));
    let first = current - lookback.max(0);
    let mut out = Vec::new();
    let mut end = current - 1;
    // Walk back period by period from the last complete one.
    while end.rem_euclid(every) != every - 1 {
        end -= 1;
    }
    while end >= first {
        let start = end - every + 1;
        if !(start..=end).any(|i| held.contains(&from_index(i))) {
            out.push(from_index(end));
        }
        end -= every;
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rules() -> YearlyDuties {
        YearlyDuties {
            voter_contacts: 30,
            district_visits: 3,
            activity_days: 10,
            suggestions: 1,
            reports: 1,
            behind_percent: 50,
        }
    }

    #[test]
    fn the_pro_rata_mark_rounds_half_up() {
        assert_eq!(expected_by(30, day("2026-01-03")), 0);
        assert_eq!(expected_by(30, day("2026-07-02")), 15);
        assert_eq!(expected_by(30, day("2026-12-31")), 30);
        assert_eq!(expected_by(1, day("2026-06-30")), 0);
        assert_eq!(expected_by(1, day("2026-07-03")), 1);
        assert_eq!(expected_by(12, day("2028-12-31")), 12, "leap year");
        assert_eq!(expected_since(12, day("2026-07-01"), day("2026-12-31")), 6);
        assert_eq!(expected_since(12, day("2027-01-01"), day("2026-12-31")), 0);
    }

    #[test]
    fn far_behind_is_under_half_the_mark() {
        let today = day("2026-11-22"); // marks: 27 contacts, 3 visits, 9 days, 1, 1
        let mut c = DutyCounts {
            voter_people: 13,
            district_visits: 2,
            activity_days: 4.5,
            suggestions: 1,
            reports: 1,
            ..Default::default()
        };
        let found: Vec<Duty> = shortfalls(&c, true, &rules(), today)
            .iter()
            .map(|s| s.duty)
            .collect();
        assert_eq!(found, vec![Duty::VoterContacts]);
        c.voter_people = 14;
        c.suggestions = 0;
        c.reports = 0;
        let s = shortfalls(&c, false, &rules(), today);
        assert_eq!(s.len(), 1, "reports count only for directly elected");
        assert_eq!(
            s[0],
            Shortfall {
                duty: Duty::Suggestions,
                figure: 0.0,
                expected: 1,
                threshold: 1
            }
        );
        assert_eq!(shortfalls(&c, true, &rules(), today).len(), 2);
        assert!(shortfalls(&DutyCounts::default(), true, &rules(), day("2026-01-05")).is_empty());
    }

    #[test]
    fn short_months_are_past_months_of_this_year() {
        let done = [((2026, 1), 2), ((2026, 3), 1), ((2025, 12), 5)];
        assert_eq!(
            short_months(&done, 1, (2025, 1), day("2026-05-10")),
            vec![(2026, 2), (2026, 4)]
        );
        assert_eq!(
            short_months(&done, 1, (2026, 3), day("2026-05-10")),
            vec![(2026, 4)],
            "months before the record began are not judged"
        );
        assert!(short_months(&done, 1, (2025, 1), day("2026-01-31")).is_empty());
    }

    #[test]
    fn missed_periods_look_back_over_complete_periods() {
        let held: BTreeSet<Month> = [(2026, 1), (2026, 2), (2026, 4), (2025, 12)].into();
        // Monthly over the last 4 complete months (Jan-Apr 2026): March missed.
        assert_eq!(
            missed_periods(&held, 1, 4, day("2026-05-10")),
            vec![(2026, 3)]
        );
        // Quarterly over 12 months: Q2 2025 and Q3 2025 had nothing, Q4 2025
        // and Q1 2026 did; Q2 2026 is not over yet.
        assert_eq!(
            missed_periods(&held, 3, 12, day("2026-05-10")),
            vec![(2025, 6), (2025, 9)]
        );
        assert!(missed_periods(&held, 1, 0, day("2026-05-10")).is_empty());
    }
}

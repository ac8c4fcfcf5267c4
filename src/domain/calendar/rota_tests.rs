use std::collections::HashMap;

use super::*;
use crate::domain::workdays::parse_holiday_csv;

const CSV: &str = include_str!("../../../data/cn-holidays.csv");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn official() -> HolidayCalendar {
    HolidayCalendar::from_entries(&parse_holiday_csv(CSV).unwrap())
}

#[test]
fn monthly_dates_skip_holidays_and_use_make_up_days() {
    let cal = official();
    let dates = reception_dates(2026, 1, 15, d(2026, 1, 1), &cal);
    assert_eq!(dates.len(), 12);
    // 2026-02-15 is a Sunday inside the Spring Festival break (15-23 Feb):
    // the next working day is Tuesday 24 Feb.
    assert_eq!(dates[1], d(2026, 2, 24));
    // 2026-03-15 is a Sunday: Monday 16 Mar.
    assert_eq!(dates[2], d(2026, 3, 16));
    // October: 1-7 off, Saturday 10 Oct is a make-up working day.
    let oct = reception_dates(2026, 1, 3, d(2026, 10, 1), &cal);
    assert_eq!(oct[0], d(2026, 10, 8));
    let sat = reception_dates(2026, 1, 10, d(2026, 10, 1), &cal);
    assert_eq!(sat[0], d(2026, 10, 10));
    // 2025: Sunday 26 Jan and Saturday 8 Feb were make-up working days.
    let jan = reception_dates(2025, 1, 26, d(2025, 1, 1), &cal);
    assert_eq!(jan[0], d(2025, 1, 26));
    assert_eq!(
        reception_dates(2025, 1, 8, d(2025, 1, 1), &cal)[1],
        d(2025, 2, 8)
    );
    // 2025 National Day ran 1-8 Oct.
    assert_eq!(
        reception_dates(2025, 1, 1, d(2025, 1, 1), &cal)[9],
        d(2025, 10, 9)
    );
}

#[test]
fn dates_stay_in_their_month_and_after_from() {
    let cal = official();
    // 31 Jan 2026 is a Saturday: no working day left in January, so Friday 30.
    assert_eq!(
        reception_dates(2026, 1, 31, d(2026, 1, 1), &cal)[0],
        d(2026, 1, 30)
    );
    // Day 31 in a 30-day month is the 30th (2026-04-30, a Thursday).
    assert_eq!(
        reception_dates(2026, 1, 31, d(2026, 1, 1), &cal)[3],
        d(2026, 4, 30)
    );
    let quarterly = reception_dates(2026, 3, 10, d(2026, 1, 1), &cal);
    assert_eq!(
        quarterly.iter().map(|d| d.month()).collect::<Vec<_>>(),
        [1, 4, 7, 10]
    );
    let rest = reception_dates(2026, 1, 15, d(2026, 11, 22), &cal);
    assert_eq!(rest, vec![d(2026, 12, 15)]);
}

#[test]
fn rotation_is_fair_over_a_year() {
    for n in 2..=13usize {
        for per in 2..=3usize {
            let cands: Vec<Candidate> = (0..n as i64)
                .map(|i| Candidate {
                    deputy_id: 100 + i,
                    served: 0,
                })
                .collect();
            let plan = rotate(&cands, 12, per);
            let mut counts: HashMap<i64, usize> = HashMap::new();
            for slot in &plan {
                assert_eq!(slot.len(), per.min(n));
                let mut uniq = slot.clone();
                uniq.dedup();
                assert_eq!(uniq.len(), slot.len(), "no one twice in one reception");
                for id in slot {
                    *counts.entry(*id).or_default() += 1;
                }
            }
            if 12 * per >= n {
                assert_eq!(counts.len(), n, "everyone takes a turn ({n}, {per})");
            }
            let max = counts.values().max().unwrap();
            let min = if counts.len() == n {
                *counts.values().min().unwrap()
            } else {
                0
            };
            assert!(max - min <= 1, "n={n} per={per}: {counts:?}");
        }
    }
}

#[test]
fn rotation_catches_up_those_who_served_less() {
    let cands = [
        Candidate {
            deputy_id: 1,
            served: 3,
        },
        Candidate {
            deputy_id: 2,
            served: 0,
        },
        Candidate {
            deputy_id: 3,
            served: 0,
        },
    ];
    let plan = rotate(&cands, 3, 2);
    assert_eq!(plan[0], vec![2, 3]);
    assert_eq!(plan[1], vec![2, 3]);
    assert_eq!(plan[2], vec![2, 3]);
    assert_eq!(rotate(&cands[..1], 2, 2), vec![vec![1], vec![1]]);
    assert!(rotate(&[], 2, 2).iter().all(Vec::is_empty));
}

#[test]
fn county_deputies_serve_once_a_quarter() {
    let cal = official();
    let dates = reception_dates(2026, 1, 15, d(2026, 1, 1), &cal);
    let plan = once_per_period(&dates, 3, &[7, 8, 9], &HashSet::new());
    for p in 0..4u32 {
        let mut seen: Vec<i64> = (0..dates.len())
            .filter(|&i| period_of(dates[i], 3) == p)
            .flat_map(|i| plan[i].clone())
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, vec![7, 8, 9], "quarter {p}");
    }
    // Spread: no reception gets all three.
    assert!(plan.iter().all(|s| s.len() == 1));
    let served: HashSet<(i64, u32)> = [(7, 0)].into_iter().collect();
    let plan = once_per_period(&dates[..3], 3, &[7, 8], &served);
    assert_eq!(plan.iter().flatten().copied().collect::<Vec<_>>(), vec![8]);
}

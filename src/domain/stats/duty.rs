//! The duty record (履职档案) of one deputy for one year: what was tallied
//! from the other panes' records, and how it compares with the yearly
//! thresholds in the rule table.

use chrono::{Datelike, NaiveDate};

use crate::domain::dates::Quarter;

/// Everything counted for one deputy in one calendar year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DutyTally {
    pub year: i32,
    /// Held activities: 出席 / 请假 / 缺席.
    pub present: i64,
    pub excused: i64,
    pub absent: i64,
    /// Activity days credited for activities attended.
    pub activity_days: f64,
    /// 审议发言 at activities attended.
    pub speeches: i64,
    /// Reception days (接待选民) attended.
    pub receptions: i64,
    /// Voters contacted (人次) and the number of logged contacts.
    pub voter_people: i64,
    pub voter_contacts: i64,
    /// Contacts made in the deputy's own district (进选区).
    pub district_visits: i64,
    /// 走访 contacts per quarter (Q1..Q4): the "five ones" household visit.
    pub household_visits: [i64; 4],
    /// 议案 led / co-signed.
    pub motions_lead: i64,
    pub motions_cosigned: i64,
    /// 建议、批评和意见、代表函 raised (led or alone).
    pub suggestions: i64,
    /// Reports to voters (向选民述职), logged or as an activity attended.
    pub reports: i64,
    /// Practical deeds (办实事).
    pub deeds: i64,
    /// Congress sessions attended (出席人代会).
    pub congress: i64,
    /// Spot-checks of this deputy done in the year, by result.
    pub checks_passed: i64,
    pub checks_to_fix: i64,
    pub checks_fixed: i64,
    /// Spot-checks planned but not done yet.
    pub checks_pending: i64,
}

/// Yearly thresholds from the rule table (each a configurable rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DutyTargets {
    /// deputy_activity_days_per_year
    pub activity_days: i64,
    /// deputy_voter_contacts_per_year (人次)
    pub voter_people: i64,
    /// deputy_district_visits_per_year
    pub district_visits: i64,
    /// deputy_deeds_per_year
    pub deeds: i64,
    /// deputy_suggestions_per_year (议案 or 建议)
    pub suggestions: i64,
    /// deputy_household_visits_per_quarter
    pub household_per_quarter: i64,
}

/// Which yearly requirement a line is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DutyItem {
    ActivityDays,
    VoterPeople,
    DistrictVisits,
    Deeds,
    Suggestions,
    /// Quarters in which the household-visit rule was met.
    HouseholdQuarters,
}

/// How a requirement stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Met,
    /// Not met yet, but there is time left in the year (or quarter).
    Open,
    /// The period is over and it was not met.
    Short,
}

/// One requirement: what was done against what is asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DutyCheck {
    pub item: DutyItem,
    pub done: f64,
    pub target: f64,
    pub progress: Progress,
}

fn progress(done: f64, target: f64, over: bool) -> Progress {
    if done >= target {
        Progress::Met
    } else if over {
        Progress::Short
    } else {
        Progress::Open
    }
}

/// Compares a tally with the targets, as of `today`: a year that has not
/// ended yet shows unmet items as open, a finished one as short.
pub fn assess(t: &DutyTally, targets: &DutyTargets, today: NaiveDate) -> Vec<DutyCheck> {
    let over = today.year() > t.year;
    let line = |item, done: f64, target: i64| DutyCheck {
        item,
        done,
        target: target as f64,
        progress: progress(done, target as f64, over),
    };
    let mut out = vec![
        line(
            DutyItem::ActivityDays,
            t.activity_days,
            targets.activity_days,
        ),
        line(
            DutyItem::VoterPeople,
            t.voter_people as f64,
            targets.voter_people,
        ),
        line(
            DutyItem::DistrictVisits,
            t.district_visits as f64,
            targets.district_visits,
        ),
        line(DutyItem::Deeds, t.deeds as f64, targets.deeds),
        line(
            DutyItem::Suggestions,
            (t.motions_lead + t.motions_cosigned + t.suggestions) as f64,
            targets.suggestions,
        ),
    ];
    // Quarters that have begun by today (all four for a past year).
    let begun: usize = match today.year().cmp(&t.year) {
        std::cmp::Ordering::Greater => 4,
        std::cmp::Ordering::Equal => usize::from(Quarter::of(today).q),
        std::cmp::Ordering::Less => 0,
    };
    let met = t.household_visits[..begun]
        .iter()
        .filter(|&&n| n >= targets.household_per_quarter)
        .count();
    // A finished quarter that missed makes it short; the running one is open.
    let finished = if over { begun } else { begun.saturating_sub(1) };
    let missed_finished = t.household_visits[..finished]
        .iter()
        .any(|&n| n < targets.household_per_quarter);
    out.push(DutyCheck {
        item: DutyItem::HouseholdQuarters,
        done: met as f64,
        target: begun as f64,
        progress: if met == begun {
            Progress::Met
        } else if missed_finished {
            Progress::Short
        } else {
            Progress::Open
        },
    });
    out
}

/// Attendance rate in percent of held activities the deputy was expected
/// at; None when there were none.
pub fn attendance_percent(t: &DutyTally) -> Option<f64> {
    let all = t.present + t.excused + t.absent;
    (all > 0).then(|| t.present as f64 * 100.0 / all as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn targets() -> DutyTargets {
        DutyTargets {
            activity_days: 10,
            voter_people: 30,
            district_visits: 3,
            deeds: 1,
            suggestions: 1,
            household_per_quarter: 1,
        }
    }

    fn find(v: &[DutyCheck], item: DutyItem) -> DutyCheck {
        *v.iter().find(|c| c.item == item).unwrap()
    }

    #[test]
    fn unmet_items_are_open_during_the_year_and_short_after_it() {
        let t = DutyTally {
            year: 2026,
            activity_days: 10.5,
            voter_people: 12,
            motions_cosigned: 1,
            household_visits: [1, 1, 1, 0],
            ..DutyTally::default()
        };
        let now = assess(&t, &targets(), day(2026, 11, 22));
        assert_eq!(find(&now, DutyItem::ActivityDays).progress, Progress::Met);
        assert_eq!(find(&now, DutyItem::VoterPeople).progress, Progress::Open);
        assert_eq!(find(&now, DutyItem::Suggestions).progress, Progress::Met);
        let hh = find(&now, DutyItem::HouseholdQuarters);
        assert_eq!(
            (hh.done, hh.target, hh.progress),
            (3.0, 4.0, Progress::Open)
        );
        let later = assess(&t, &targets(), day(2027, 1, 5));
        assert_eq!(
            find(&later, DutyItem::VoterPeople).progress,
            Progress::Short
        );
        assert_eq!(
            find(&later, DutyItem::HouseholdQuarters).progress,
            Progress::Short
        );
    }

    #[test]
    fn a_missed_past_quarter_is_short_even_mid_year() {
        let t = DutyTally {
            year: 2026,
            household_visits: [2, 0, 0, 0],
            ..DutyTally::default()
        };
        let hh = find(
            &assess(&t, &targets(), day(2026, 7, 10)),
            DutyItem::HouseholdQuarters,
        );
        assert_eq!(
            (hh.done, hh.target, hh.progress),
            (1.0, 3.0, Progress::Short)
        );
        let early = find(
            &assess(&t, &targets(), day(2026, 2, 1)),
            DutyItem::HouseholdQuarters,
        );
        assert_eq!(early.progress, Progress::Met);
    }

    #[test]
    fn attendance_rate() {
        let t = DutyTally {
            present: 3,
            excused: 1,
            ..DutyTally::default()
        };
        assert_eq!(attendance_percent(&t), Some(75.0));
        assert_eq!(attendance_percent(&DutyTally::default()), None);
    }
}

//! The compliance matrix (活动达标): for each group, held activities per
//! quarter against the configured minimums (rules
//! `group_activities_per_quarter` and `group_activities_per_year`).

use chrono::NaiveDate;

use crate::domain::dates::Quarter;

/// How one cell of the matrix stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellState {
    /// The minimum is reached (green).
    Met,
    /// The period is over and the minimum was not reached (red).
    Missed,
    /// The period is running and the minimum is not reached yet (amber):
    /// days left, today included.
    Pending { days_left: i64 },
    /// The period has not started yet.
    Upcoming,
}

/// A period from `first` to `last` with `held` activities against `min`.
fn state(first: NaiveDate, last: NaiveDate, today: NaiveDate, held: i64, min: i64) -> CellState {
    if held >= min {
        CellState::Met
    } else if today > last {
        CellState::Missed
    } else if today >= first {
        CellState::Pending {
            days_left: (last - today).num_days() + 1,
        }
    } else {
        CellState::Upcoming
    }
}

/// A group's quarter.
pub fn quarter_state(q: Quarter, today: NaiveDate, held: i64, min: i64) -> CellState {
    state(q.first_day(), q.last_day(), today, held, min)
}

/// A group's whole year.
pub fn year_state(year: i32, today: NaiveDate, held: i64, min: i64) -> CellState {
    let first = Quarter { year, q: 1 }.first_day();
    let last = Quarter { year, q: 4 }.last_day();
    state(first, last, today, held, min)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quarter_cells_by_date() {
        let q4 = Quarter { year: 2026, q: 4 };
        let today = d(2026, 11, 22);
        assert_eq!(
            quarter_state(q4, today, 0, 1),
            CellState::Pending { days_left: 40 }
        );
        assert_eq!(quarter_state(q4, today, 1, 1), CellState::Met);
        let q3 = Quarter { year: 2026, q: 3 };
        assert_eq!(quarter_state(q3, today, 0, 1), CellState::Missed);
        assert_eq!(quarter_state(q3, today, 2, 2), CellState::Met);
        assert_eq!(
            quarter_state(Quarter { year: 2027, q: 1 }, today, 0, 1),
            CellState::Upcoming
        );
        // A minimum of zero is always met.
        assert_eq!(quarter_state(q3, today, 0, 0), CellState::Met);
    }

    #[test]
    fn quarter_boundaries() {
        let q1 = Quarter { year: 2026, q: 1 };
        // The last day of a quarter still counts as running, one day left.
        assert_eq!(
            quarter_state(q1, d(2026, 3, 31), 0, 1),
            CellState::Pending { days_left: 1 }
        );
        assert_eq!(quarter_state(q1, d(2026, 4, 1), 0, 1), CellState::Missed);
        assert_eq!(
            quarter_state(q1, d(2026, 1, 1), 0, 1),
            CellState::Pending { days_left: 90 }
        );
        assert_eq!(
            quarter_state(q1, d(2025, 12, 31), 0, 1),
            CellState::Upcoming
        );
        // Leap year: Q1 2028 has 91 days.
        assert_eq!(
            quarter_state(Quarter { year: 2028, q: 1 }, d(2028, 1, 1), 0, 1),
            CellState::Pending { days_left: 91 }
        );
    }

    #[test]
    fn year_cells() {
        let today = d(2026, 11, 22);
        assert_eq!(
            year_state(2026, today, 2, 3),
            CellState::Pending { days_left: 40 }
        );
        assert_eq!(year_state(2026, today, 3, 3), CellState::Met);
        assert_eq!(year_state(2025, today, 2, 3), CellState::Missed);
        assert_eq!(year_state(2027, today, 0, 3), CellState::Upcoming);
    }
}

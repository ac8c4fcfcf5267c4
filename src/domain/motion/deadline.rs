//! Reply deadlines (答复期限) from the configurable rules, and how urgent an
//! item is today.

use chrono::NaiveDate;

use super::Status;
use super::machine::plus_days;
use crate::domain::dates::add_months;

/// The deadline rules in force (the `rule` table; domain.md's defaults).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeadlineRules {
    /// Reply due this many months after 交办 (3).
    pub reply_months: i64,
    /// An extension may go up to this many months after 交办 (6).
    pub extended_months: i64,
    /// Re-reply due this many months after 重办 (1).
    pub rereply_months: i64,
    /// A unit may return a misassigned item within this many days (10).
    pub return_within_days: i64,
    /// Due within this many days shows amber (14).
    pub due_soon_days: i64,
}

impl Default for DeadlineRules {
    fn default() -> Self {
        DeadlineRules {
            reply_months: 3,
            extended_months: 6,
            rereply_months: 1,
            return_within_days: 10,
            due_soon_days: 14,
        }
    }
}

fn months(n: i64) -> i32 {
    i32::try_from(n.clamp(0, 1200)).unwrap_or(0)
}

impl DeadlineRules {
    /// Reply due after an assignment on `assigned`.
    pub fn reply_due(&self, assigned: NaiveDate) -> NaiveDate {
        add_months(assigned, months(self.reply_months))
    }

    /// The latest date an extension may give.
    pub fn extended_due(&self, assigned: NaiveDate) -> NaiveDate {
        add_months(assigned, months(self.extended_months))
    }

    /// Re-reply due after re-handling from `redo`.
    pub fn rereply_due(&self, redo: NaiveDate) -> NaiveDate {
        add_months(redo, months(self.rereply_months))
    }

    /// The last day a unit may return an item assigned on `assigned`.
    pub fn return_by(&self, assigned: NaiveDate) -> NaiveDate {
        plus_days(assigned, self.return_within_days)
    }

    /// How urgent an item is today.
    pub fn due_state(&self, status: Status, due: Option<NaiveDate>, today: NaiveDate) -> DueState {
        match due {
            Some(due) if status.awaits_reply() => {
                if due < today {
                    DueState::Overdue
                } else if due <= plus_days(today, self.due_soon_days) {
                    DueState::DueSoon
                } else {
                    DueState::InTime
                }
            }
            _ => DueState::NotRunning,
        }
    }
}

/// How a reply deadline stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DueState {
    /// Past the due date without a reply (red).
    Overdue,
    /// Due within the warning window (amber).
    DueSoon,
    InTime,
    /// No reply is awaited.
    NotRunning,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn default_deadlines_follow_the_documented_rules() {
        let r = DeadlineRules::default();
        assert_eq!(r.reply_due(d("2026-03-05")), d("2026-06-05"));
        // Month ends clamp: 3 months after Nov 30 is Feb 28.
        assert_eq!(r.reply_due(d("2026-11-30")), d("2027-02-28"));
        assert_eq!(r.extended_due(d("2026-03-05")), d("2026-09-05"));
        assert_eq!(r.rereply_due(d("2026-01-31")), d("2026-02-28"));
        assert_eq!(r.return_by(d("2026-03-05")), d("2026-03-15"));
    }

    #[test]
    fn configured_rules_change_the_deadlines() {
        let r = DeadlineRules {
            reply_months: 2,
            extended_months: 4,
            rereply_months: 2,
            return_within_days: 7,
            due_soon_days: 3,
        };
        assert_eq!(r.reply_due(d("2026-03-05")), d("2026-05-05"));
        assert_eq!(r.extended_due(d("2026-03-05")), d("2026-07-05"));
        assert_eq!(r.return_by(d("2026-03-05")), d("2026-03-12"));
        let today = d("2026-05-01");
        assert_eq!(
            r.due_state(Status::Handling, Some(d("2026-05-04")), today),
            DueState::DueSoon
        );
        assert_eq!(
            r.due_state(Status::Handling, Some(d("2026-05-05")), today),
            DueState::InTime
        );
    }

    #[test]
    fn due_state_only_runs_while_a_reply_is_awaited() {
        let r = DeadlineRules::default();
        let today = d("2026-11-22");
        assert_eq!(
            r.due_state(Status::Assigned, Some(d("2026-11-21")), today),
            DueState::Overdue
        );
        assert_eq!(
            r.due_state(Status::Assigned, Some(d("2026-11-22")), today),
            DueState::DueSoon
        );
        assert_eq!(
            r.due_state(Status::Handling, Some(d("2026-12-06")), today),
            DueState::DueSoon
        );
        assert_eq!(
            r.due_state(Status::Handling, Some(d("2026-12-07")), today),
            DueState::InTime
        );
        assert_eq!(
            r.due_state(Status::Replied, Some(d("2026-01-01")), today),
            DueState::NotRunning
        );
        assert_eq!(
            r.due_state(Status::Assigned, None, today),
            DueState::NotRunning
        );
    }
}

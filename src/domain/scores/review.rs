//! The daily review (今日) as data: the kinds of line in urgency order, what
//! each line carries, and the pure rules that order the list and hide lines
//! the chair put off. Storage fills the lines; the UI and `chairdesk agenda`
//! word them.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::duties::{Month, Shortfall};
use crate::domain::dates::Quarter;

/// A record a review line points at, so the UI can jump to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum RecordRef {
    Motion(i64),
    Activity(i64),
    Group(i64),
    Deputy(i64),
    SpotCheck(i64),
}

/// Why a line is on the review. The order of the variants is the urgency
/// order of the headings: what is already late first, then what is due
/// today, then this week, then what is slipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewKind {
    /// 答复逾期
    ReplyOverdue,
    /// 接待日公告今日到期或已晚
    AnnouncementDue,
    /// 整改逾期
    CorrectionOverdue,
    /// 今日活动
    ActivityToday,
    /// 已过期未登记的计划活动
    ActivityUnrecorded,
    /// 14天内到期
    ReplyDueSoon,
    /// 已答复、待收回代表反馈
    FeedbackPending,
    /// 本周活动
    ActivityThisWeek,
    /// 本周计划的抽查（含已过计划日期未查的）
    CheckThisWeek,
    /// 主席联系代表
    ChairContact,
    /// 本季度活动不足的小组
    GroupIdle,
    /// 漏了接待的联络站
    StationMissed,
    /// 久无进展的事项
    SilentItem,
    /// 履职明显滞后的代表
    DutyBehind,
}

impl ReviewKind {
    pub const ALL: &'static [ReviewKind] = &[
        ReviewKind::ReplyOverdue,
        ReviewKind::AnnouncementDue,
        ReviewKind::CorrectionOverdue,
        ReviewKind::ActivityToday,
        ReviewKind::ActivityUnrecorded,
        ReviewKind::ReplyDueSoon,
        ReviewKind::FeedbackPending,
        ReviewKind::ActivityThisWeek,
        ReviewKind::CheckThisWeek,
        ReviewKind::ChairContact,
        ReviewKind::GroupIdle,
        ReviewKind::StationMissed,
        ReviewKind::SilentItem,
        ReviewKind::DutyBehind,
    ];

    /// A stable name for scripts (`agenda --format json`) and snooze keys.
    pub fn code(self) -> &'static str {
        match self {
            ReviewKind::ReplyOverdue => "reply_overdue",
            ReviewKind::AnnouncementDue => "announcement_due",
            ReviewKind::CorrectionOverdue => "correction_overdue",
            ReviewKind::ActivityToday => "activity_today",
            ReviewKind::ActivityUnrecorded => "activity_unrecorded",
            ReviewKind::ReplyDueSoon => "reply_due_soon",
            ReviewKind::FeedbackPending => "feedback_pending",
            ReviewKind::ActivityThisWeek => "activity_this_week",
            ReviewKind::CheckThisWeek => "check_this_week",
            ReviewKind::ChairContact => "chair_contact",
            ReviewKind::GroupIdle => "group_idle",
            ReviewKind::StationMissed => "station_missed",
            ReviewKind::SilentItem => "silent_item",
            ReviewKind::DutyBehind => "duty_behind",
        }
    }

    /// Lines that are already late (drawn as alarms).
    pub fn is_late(self) -> bool {
        matches!(
            self,
            ReviewKind::ReplyOverdue
                | ReviewKind::AnnouncementDue
                | ReviewKind::CorrectionOverdue
                | ReviewKind::ActivityUnrecorded
        )
    }
}

/// The facts behind a line, worded by the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewNote {
    /// Nothing beyond what, who and when.
    Plain,
    /// A reply was given on this day; the deputy's rating is not in.
    Feedback { replied_on: NaiveDate },
    /// No step since this day.
    Silent {
        last_step_on: NaiveDate,
        status: String,
    },
    /// A reception notice, for the reception on this day.
    Announcement { starts_on: NaiveDate },
    /// A spot-check or its correction, by this method.
    Check { method: String },
    /// Held activities this quarter against the rule, and planned ones.
    GroupIdle {
        quarter: Quarter,
        held: i64,
        needed: i64,
        planned: i64,
        days_left: i64,
    },
    /// Periods of `every` months with no held reception, by last month.
    StationMissed { months: Vec<Month>, every: i64 },
    /// The chair's contacts with deputies this month against the rule.
    ChairMonth { done: i64, needed: i64 },
    /// The chair's contacts this year against the pro-rata mark, and the
    /// past months of this year that fell short.
    ChairYear {
        done: i64,
        expected: i64,
        threshold: i64,
        short_months: Vec<Month>,
    },
    /// Yearly duties a deputy is far behind on.
    DutyBehind(Vec<Shortfall>),
}

/// One line of the review: what, who, by when, and where to jump.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub kind: ReviewKind,
    /// Names the line's cause, for snoozing: the kind and the record (or
    /// period), so a line that turns more urgent is a new line.
    pub key: String,
    pub what: String,
    pub who: String,
    pub due: Option<NaiveDate>,
    pub note: ReviewNote,
    pub target: Option<RecordRef>,
}

impl ReviewItem {
    /// A line; its key is the kind's code and `cause`.
    pub fn new(kind: ReviewKind, cause: &str, what: String, who: String) -> ReviewItem {
        ReviewItem {
            kind,
            key: format!("{}:{cause}", kind.code()),
            what,
            who,
            due: None,
            note: ReviewNote::Plain,
            target: None,
        }
    }

    pub fn due(mut self, due: Option<NaiveDate>) -> ReviewItem {
        self.due = due;
        self
    }

    pub fn note(mut self, note: ReviewNote) -> ReviewItem {
        self.note = note;
        self
    }

    pub fn target(mut self, target: RecordRef) -> ReviewItem {
        self.target = Some(target);
        self
    }
}

/// Orders the review by urgency: by kind, then the earliest date first,
/// lines without a date last. A silent item already on the list for a more
/// pressing reason is left out, so each item shows once.
pub fn order(items: &mut Vec<ReviewItem>) {
    let pressing: HashSet<RecordRef> = items
        .iter()
        .filter(|i| i.kind != ReviewKind::SilentItem)
        .filter_map(|i| i.target)
        .filter(|t| matches!(t, RecordRef::Motion(_)))
        .collect();
    items.retain(|i| {
        i.kind != ReviewKind::SilentItem || i.target.is_none_or(|t| !pressing.contains(&t))
    });
    items.sort_by(urgency);
}

/// The urgency order of two lines: by kind, then the earliest date first
/// (for silent items the last step), lines without a date last.
pub fn urgency(a: &ReviewItem, b: &ReviewItem) -> std::cmp::Ordering {
    let day = |i: &ReviewItem| match (&i.note, i.due) {
        // Silent items: the longest quiet first.
        (ReviewNote::Silent { last_step_on, .. }, _) => Some(*last_step_on),
        (_, due) => due,
    };
    let (da, db) = (day(a), day(b));
    (a.kind, da.is_none(), da, &a.what).cmp(&(b.kind, db.is_none(), db, &b.what))
}

/// A rate as a whole percentage, rounded half up; None when nothing was
/// counted (a rate of nothing is not 100%).
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 200 + whole) / (whole * 2))
}

/// Splits lines into those shown today and those put off: a line is hidden
/// while its snooze runs (`today` before the stored day). A snooze whose
/// line is gone simply matches nothing.
pub fn split_snoozed(
    items: Vec<ReviewItem>,
    snoozed: &HashMap<String, NaiveDate>,
    today: NaiveDate,
) -> (Vec<ReviewItem>, Vec<(ReviewItem, NaiveDate)>) {
    let mut shown = Vec::new();
    let mut hidden = Vec::new();
    for item in items {
        match snoozed.get(&item.key) {
            Some(&until) if today < until => hidden.push((item, until)),
            _ => shown.push(item),
        }
    }
    (shown, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn line(kind: ReviewKind, id: i64, due: Option<&str>) -> ReviewItem {
        ReviewItem::new(
            kind,
            &format!("motion/{id}"),
            format!("item {id}"),
            String::new(),
        )
        .due(due.map(day))
        .target(RecordRef::Motion(id))
    }

    #[test]
    fn most_urgent_kind_first_then_earliest_date() {
        let mut items = vec![
            line(ReviewKind::ReplyDueSoon, 1, Some("2026-11-30")),
            line(ReviewKind::ReplyOverdue, 2, Some("2026-11-01")),
            line(ReviewKind::ReplyOverdue, 3, Some("2026-10-01")),
            line(ReviewKind::GroupIdle, 4, None),
            line(ReviewKind::ReplyDueSoon, 5, None),
        ];
        order(&mut items);
        let ids: Vec<_> = items.iter().map(|i| i.what.clone()).collect();
        assert_eq!(ids, ["item 3", "item 2", "item 1", "item 5", "item 4"]);
    }

    #[test]
    fn a_silent_item_listed_for_another_reason_shows_once() {
        let mut items = vec![
            line(ReviewKind::SilentItem, 1, None),
            line(ReviewKind::ReplyOverdue, 1, Some("2026-10-01")),
            line(ReviewKind::SilentItem, 2, None),
        ];
        order(&mut items);
        let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [ReviewKind::ReplyOverdue, ReviewKind::SilentItem]);
        assert_eq!(items[1].target, Some(RecordRef::Motion(2)));
    }

    #[test]
    fn a_snoozed_line_hides_until_its_day_then_returns() {
        let items = vec![
            line(ReviewKind::ReplyOverdue, 1, None),
            line(ReviewKind::ReplyOverdue, 2, None),
        ];
        let snoozed: HashMap<String, NaiveDate> =
            [(items[0].key.clone(), day("2026-11-25"))].into();
        let (shown, hidden) = split_snoozed(items.clone(), &snoozed, day("2026-11-24"));
        assert_eq!(shown.len(), 1);
        assert_eq!(hidden[0].1, day("2026-11-25"));
        let (shown, hidden) = split_snoozed(items, &snoozed, day("2026-11-25"));
        assert_eq!((shown.len(), hidden.len()), (2, 0));
    }

    #[test]
    fn rates_round_and_say_nothing_of_nothing() {
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 5), Some(0));
        assert_eq!(percent(0, 0), None);
    }

    #[test]
    fn keys_name_the_kind_and_the_cause() {
        let a = line(ReviewKind::ReplyDueSoon, 7, None);
        let b = line(ReviewKind::ReplyOverdue, 7, None);
        assert_eq!(a.key, "reply_due_soon:motion/7");
        assert_ne!(a.key, b.key, "turning overdue makes a new line");
        let codes: HashSet<_> = ReviewKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(codes.len(), ReviewKind::ALL.len());
    }
}

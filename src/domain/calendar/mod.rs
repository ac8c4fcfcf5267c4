//! Rules of the activity calendar (活动): what an activity may look like,
//! when a planned one counts as unrecorded, where a reception's notice
//! stands. Compliance per quarter is in [`compliance`], the reception rota
//! in [`rota`]. Pure: no I/O.

pub mod compliance;
pub mod rota;

use chrono::NaiveDate;

use super::date_input::YEAR_RANGE;

/// Kinds of activity (活动类别), in the order the form offers them.
pub const KINDS: [&str; 11] = [
    "视察",
    "调研",
    "执法检查",
    "工作评议",
    "学习培训",
    "座谈",
    "接待选民",
    "走访选民",
    "向选民述职",
    "会议",
    "其他",
];

/// The kind of a reception day (代表接待日), the only kind held at a station.
pub const RECEPTION: &str = "接待选民";

/// Statuses of an activity.
pub const PLANNED: &str = "计划";
pub const HELD: &str = "已举行";
pub const CANCELLED: &str = "取消";
pub const STATUSES: [&str; 3] = [PLANNED, HELD, CANCELLED];

/// Attendance marks (出勤).
pub const PRESENT: &str = "出席";
pub const EXCUSED: &str = "请假";
pub const ABSENT: &str = "缺席";
pub const ATTENDANCE: [&str; 3] = [PRESENT, EXCUSED, ABSENT];

/// The longest activity, in days.
pub const MAX_DAYS: f64 = 30.0;

/// The next attendance mark when the chair flips a row: 出席 → 请假 → 缺席 →
/// 出席; an unmarked row becomes 出席.
pub fn next_attendance(current: Option<&str>) -> &'static str {
    match current {
        Some(PRESENT) => EXCUSED,
        Some(EXCUSED) => ABSENT,
        _ => PRESENT,
    }
}

/// An activity as typed in the form, before it is stored.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityDraft {
    pub kind: String,
    pub starts_on: NaiveDate,
    /// None: the same day.
    pub ends_on: Option<NaiveDate>,
    /// As typed ("1", "0.5", "半天" ...).
    pub days: String,
    /// As typed, "" when no time was given.
    pub start_time: String,
    pub status: String,
    pub archived: bool,
}

/// Which field a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    Start,
    End,
    Time,
    Days,
    Status,
    Archived,
}

/// What is wrong with a draft.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DraftProblem {
    /// 结束日期早于开始日期
    EndBeforeStart,
    /// A year outside 2000-2100.
    YearOutOfRange(i32),
    /// Not a number of days.
    DaysUnreadable,
    /// 0, negative or over [`MAX_DAYS`].
    DaysOutOfRange,
    /// More days credited than the dates span.
    DaysOverSpan { span: i64 },
    /// Not a time of day like 09:30.
    TimeUnreadable,
    /// Marked held before its date.
    HeldInFuture,
    /// Archived while still only planned.
    ArchivedWhilePlanned,
}

/// The checked values of a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedDraft {
    pub ends_on: NaiveDate,
    pub days: f64,
    /// "HH:MM" or "".
    pub start_time: String,
}

/// Checks a draft against the rules; every problem is returned with its
/// field, so the form can show each beside its field.
pub fn check_draft(
    d: &ActivityDraft,
    today: NaiveDate,
) -> Result<CheckedDraft, Vec<(DraftField, DraftProblem)>> {
    use chrono::Datelike;
    let mut problems = Vec::new();
    let ends_on = d.ends_on.unwrap_or(d.starts_on);
    for (field, day) in [(DraftField::Start, d.starts_on), (DraftField::End, ends_on)] {
        if !YEAR_RANGE.contains(&day.year()) {
            problems.push((field, DraftProblem::YearOutOfRange(day.year())));
        }
    }
    if ends_on < d.starts_on {
        problems.push((DraftField::End, DraftProblem::EndBeforeStart));
    }
    let span = (ends_on - d.starts_on).num_days() + 1;
    let days = match parse_days(&d.days) {
        None => {
            problems.push((DraftField::Days, DraftProblem::DaysUnreadable));
            0.0
        }
        Some(n) if n <= 0.0 || n > MAX_DAYS => {
            problems.push((DraftField::Days, DraftProblem::DaysOutOfRange));
            n
        }
        Some(n) if span >= 1 && n > span as f64 => {
            problems.push((DraftField::Days, DraftProblem::DaysOverSpan { span }));
            n
        }
        Some(n) => n,
    };
    let start_time = match parse_time(&d.start_time) {
        Some(t) => t,
        None => {
            problems.push((DraftField::Time, DraftProblem::TimeUnreadable));
            String::new()
        }
    };
    if d.status == HELD && d.starts_on > today {
        problems.push((DraftField::Status, DraftProblem::HeldInFuture));
    }
    if d.archived && d.status == PLANNED {
        problems.push((DraftField::Archived, DraftProblem::ArchivedWhilePlanned));
    }
    if problems.is_empty() {
        Ok(CheckedDraft {
            ends_on,
            days,
            start_time,
        })
    } else {
        Err(problems)
    }
}

/// Reads a number of days: "1", "0.5", "１．５", "半天" (0.5), "1天"; empty
/// means one day.
pub fn parse_days(s: &str) -> Option<f64> {
    let s: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '．' | '。' => '.',
            _ => c,
        })
        .collect();
    let s = s.trim_end_matches('天').trim();
    match s {
        "" => Some(1.0),
        "半" => Some(0.5),
        _ => s.parse::<f64>().ok().filter(|n| n.is_finite()),
    }
}

/// Reads a time of day: "9:00", "09:30", "9点", "14：30"; Some("") for
/// nothing typed, None for something unreadable.
pub fn parse_time(s: &str) -> Option<String> {
    let s: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '：' | '点' | '時' | '时' | '.' => ':',
            '分' => ' ',
            _ => c,
        })
        .collect();
    let s = s.trim().trim_end_matches(':');
    if s.is_empty() {
        return Some(String::new());
    }
    let (h, m) = s.split_once(':').unwrap_or((s, "0"));
    let h: u32 = h.trim().parse().ok()?;
    let m: u32 = if m.trim().is_empty() {
        0
    } else {
        m.trim().parse().ok()?
    };
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// A planned activity whose date has passed without being marked held or
/// cancelled (活动未登记).
pub fn is_unrecorded(status: &str, starts_on: NaiveDate, today: NaiveDate) -> bool {
    status == PLANNED && starts_on < today
}

/// Where a reception's public notice (公告) stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeState {
    /// Not a reception, cancelled, or already held.
    NotNeeded,
    /// Put up on this day.
    Done(NaiveDate),
    /// Due on this day, still ahead.
    Pending(NaiveDate),
    /// Due today.
    DueToday(NaiveDate),
    /// The deadline passed without a notice: flagged.
    Late(NaiveDate),
}

/// The notice state of an activity on `today`.
pub fn notice_state(
    status: &str,
    announce_due: Option<NaiveDate>,
    announced_on: Option<NaiveDate>,
    today: NaiveDate,
) -> NoticeState {
    match (announce_due, announced_on) {
        (_, Some(on)) => NoticeState::Done(on),
        (None, None) => NoticeState::NotNeeded,
        (Some(due), None) if status == HELD => {
            // Held without a notice: still a lapse worth seeing.
            NoticeState::Late(due)
        }
        (Some(_), None) if status == CANCELLED => NoticeState::NotNeeded,
        (Some(due), None) if due < today => NoticeState::Late(due),
        (Some(due), None) if due == today => NoticeState::DueToday(due),
        (Some(due), None) => NoticeState::Pending(due),
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;

/// Why the calendar refused a change; the UI words each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The record is gone.
    NotFound,
    /// Attendance is recorded only for a held activity.
    NotHeld,
    /// A leave of absence (请假) needs a reason.
    LeaveWithoutReason,
    /// An activity with attendance cannot be un-held or cancelled.
    HasAttendance,
    /// A reception with a duty rota cannot become another kind.
    HasDutyRota,
    /// Only a planned reception day's rota or notice can change.
    ReceptionNotPlanned,
    /// The activity is not a reception day.
    NotReception,
    /// A notice cannot go up after the day.
    NoticeAfterDay,
    /// The deputy to swap out is not on duty.
    NotOnDuty,
    /// The deputy to swap in is already on duty.
    AlreadyOnDuty,
    /// A deputy may not be recorded twice.
    DuplicateDeputy,
    /// No liaison station to plan for.
    NoStations,
}

//! Review lines about single records: motions and suggestions, activities,
//! spot-checks. Each query selects only the rows that make a line.

use chrono::{Duration, NaiveDate};

use crate::domain::scores::review::{RecordRef, ReviewItem, ReviewKind, ReviewNote};
use crate::domain::workdays::{DayKind, HolidayCalendar};
use crate::storage::Db;
use crate::storage::docket::{AWAITING_REPLY, OPEN as OPEN_MOTION_STATUSES};
use crate::storage::error::Result;

/// The lead unit (主办) of item `m`, or ''.
const LEAD_UNIT: &str = "COALESCE((SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
                          WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL), '')";

/// The lead deputy (领衔) of item `m`, or ''.
const LEAD_DEPUTY: &str =
    "COALESCE((SELECT d.name FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
                            WHERE s.motion_id = m.id AND s.role = '领衔'), '')";

fn motion_line(kind: ReviewKind, id: i64, what: String, who: String) -> ReviewItem {
    ReviewItem::new(kind, &format!("motion/{id}"), what, who).target(RecordRef::Motion(id))
}

impl Db {
    /// Replies overdue and due soon, feedback not collected, silent items.
    pub(super) fn review_motions(&self, today: NaiveDate, out: &mut Vec<ReviewItem>) -> Result<()> {
        let due_soon = today + Duration::days(self.rule("due_soon_days")?);
        let sql = format!(
            "SELECT m.id, m.number || ' ' || m.title, {LEAD_UNIT}, m.reply_due FROM motion m
              WHERE m.status IN {AWAITING_REPLY} AND m.reply_due <= ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([due_soon])?;
        while let Some(r) = rows.next()? {
            let due: NaiveDate = r.get(3)?;
            let kind = if due < today {
                ReviewKind::ReplyOverdue
            } else {
                ReviewKind::ReplyDueSoon
            };
            out.push(motion_line(kind, r.get(0)?, r.get(1)?, r.get(2)?).due(Some(due)));
        }

        // The latest reply of an open item raised by deputies, not yet rated.
        let feedback_days = Duration::days(self.rule("feedback_due_days")?);
        let sql = format!(
            "SELECT m.id, m.number || ' ' || m.title, {LEAD_DEPUTY}, r.replied_on
               FROM motion m
               JOIN motion_reply r ON r.id = (SELECT id FROM motion_reply WHERE motion_id = m.id
                                               ORDER BY replied_on DESC, id DESC LIMIT 1)
              WHERE m.status IN {OPEN_MOTION_STATUSES}
                AND EXISTS (SELECT 1 FROM motion_signer s WHERE s.motion_id = m.id)
                AND NOT EXISTS (SELECT 1 FROM motion_feedback f WHERE f.reply_id = r.id)"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let replied_on: NaiveDate = r.get(3)?;
            out.push(
                motion_line(ReviewKind::FeedbackPending, r.get(0)?, r.get(1)?, r.get(2)?)
                    .due(Some(replied_on + feedback_days))
                    .note(ReviewNote::Feedback { replied_on }),
            );
        }

        let quiet_since = today - Duration::days(self.rule("silent_item_days")?);
        let sql = format!(
            "SELECT m.id, m.number || ' ' || m.title,
                    CASE WHEN {LEAD_UNIT} <> '' THEN {LEAD_UNIT} ELSE {LEAD_DEPUTY} END,
                    m.last_step_on, m.status
               FROM motion m
              WHERE m.status IN {OPEN_MOTION_STATUSES} AND m.last_step_on < ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([quiet_since])?;
        while let Some(r) = rows.next()? {
            let note = ReviewNote::Silent {
                last_step_on: r.get(3)?,
                status: r.get(4)?,
            };
            out.push(
                motion_line(ReviewKind::SilentItem, r.get(0)?, r.get(1)?, r.get(2)?).note(note),
            );
        }
        Ok(())
    }

    /// Planned activities: past and unrecorded, today, this week (the next
    /// seven days), and reception notices due today or late.
    pub(super) fn review_activities(
        &self,
        today: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let week_end = today + Duration::days(6);
        // Receptions whose notice day is not stored get it from the rule,
        // so look a few weeks ahead for them.
        let notice_horizon = today + Duration::days(31);
        let working_days =
            u32::try_from(self.rule("announce_working_days_before")?.min(60)).unwrap_or(3);
        let calendar = self.holiday_calendar()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.kind || '：' || a.topic, COALESCE(g.name, s.name, ''), a.starts_on, a.ends_on,
                    a.kind, a.announce_due, a.announced_on
               FROM activity a
               LEFT JOIN deputy_group g ON g.id = a.group_id
               LEFT JOIN station s ON s.id = a.station_id
              WHERE a.status = '计划'
                AND (a.starts_on <= ?2 OR a.ends_on < ?1
                     OR (a.announced_on IS NULL AND (a.announce_due <= ?1
                         OR (a.kind = '接待选民' AND a.starts_on <= ?3))))",
        )?;
        let mut rows = stmt.query(rusqlite::params![today, week_end, notice_horizon])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let what: String = r.get(1)?;
            let who: String = r.get(2)?;
            let starts_on: NaiveDate = r.get(3)?;
            let ends_on: NaiveDate = r.get(4)?;
            let kind: String = r.get(5)?;
            let announce_due: Option<NaiveDate> = r.get(6)?;
            let announced_on: Option<NaiveDate> = r.get(7)?;
            let line = |k: ReviewKind| {
                ReviewItem::new(k, &format!("activity/{id}"), what.clone(), who.clone())
                    .target(RecordRef::Activity(id))
            };
            if ends_on < today {
                out.push(line(ReviewKind::ActivityUnrecorded).due(Some(ends_on)));
                continue;
            }
            let notice_due = announce_due.or_else(|| {
                (kind == "接待选民")
                    .then(|| calendar.announcement_deadline(starts_on, working_days))
            });
            if let (Some(due), None) = (notice_due, announced_on) {
                if due <= today {
                    let note = ReviewNote::Announcement { starts_on };
                    out.push(line(ReviewKind::AnnouncementDue).due(Some(due)).note(note));
                }
            }
            if starts_on <= today {
                out.push(line(ReviewKind::ActivityToday).due(Some(starts_on)));
            } else if starts_on <= week_end {
                out.push(line(ReviewKind::ActivityThisWeek).due(Some(starts_on)));
            }
        }
        Ok(())
    }

    /// Corrections past their day, and checks planned up to a week ahead
    /// (including planned days already past without a check).
    pub(super) fn review_spot_checks(
        &self,
        today: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let week_end = today + Duration::days(6);
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.status, s.method, COALESCE(d.name, m.number, ''), s.planned_on,
                    s.correction_due, s.finding, s.target_kind
               FROM spot_check s
               LEFT JOIN deputy d ON d.id = s.deputy_id
               LEFT JOIN motion m ON m.id = s.motion_id
              WHERE (s.status = '已查-需整改' AND s.correction_due < ?1)
                 OR (s.status = '待查' AND s.planned_on <= ?2)",
        )?;
        let mut rows = stmt.query(rusqlite::params![today, week_end])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let status: String = r.get(1)?;
            let finding: String = r.get(6)?;
            let target_kind: String = r.get(7)?;
            let (kind, due, what) = if status == "已查-需整改" {
                (ReviewKind::CorrectionOverdue, r.get(5)?, finding)
            } else {
                (ReviewKind::CheckThisWeek, r.get(4)?, target_kind)
            };
            let note = ReviewNote::Check { method: r.get(2)? };
            out.push(
                ReviewItem::new(kind, &format!("spot_check/{id}"), what, r.get(3)?)
                    .due(due)
                    .note(note)
                    .target(RecordRef::SpotCheck(id)),
            );
        }
        Ok(())
    }

    /// The official holidays and make-up workdays stored in the file.
    pub(super) fn holiday_calendar(&self) -> Result<HolidayCalendar> {
        let mut stmt = self.conn.prepare_cached("SELECT day, kind FROM holiday")?;
        let rows = stmt.query_map([], |r| {
            let day: NaiveDate = r.get(0)?;
            let kind: String = r.get(1)?;
            let kind = if kind == "班" {
                DayKind::Workday
            } else {
                DayKind::Holiday
            };
            Ok((day, kind))
        })?;
        Ok(HolidayCalendar::new(
            rows.collect::<rusqlite::Result<Vec<_>>>()?,
        ))
    }
}

//! The daily review (今日): what needs the chair today and this week.

use chrono::{Duration, NaiveDate};

use super::Db;
use super::error::Result;
use super::lists::OPEN_MOTION_STATUSES;
use crate::domain::dates::Quarter;

/// A record a review line points at, so the UI can jump to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordRef {
    Motion(i64),
    Activity(i64),
    Group(i64),
    SpotCheck(i64),
}

/// Why a line is on the review, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewKind {
    /// 答复逾期
    ReplyOverdue,
    /// 接待日公告到期或已晚
    AnnouncementDue,
    /// 整改逾期
    CorrectionOverdue,
    /// 今日及本周活动
    ActivityThisWeek,
    /// 已过期未登记的计划活动
    ActivityUnrecorded,
    /// 14天内到期
    ReplyDueSoon,
    /// 本周计划的抽查
    CheckThisWeek,
    /// 本季度尚无活动的小组
    GroupIdle,
}

/// One line of the review: what, who, by when, and where to jump.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub kind: ReviewKind,
    pub what: String,
    pub who: String,
    pub due: Option<NaiveDate>,
    pub target: RecordRef,
}

/// The figures a chair quotes, shown above the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TodayFigures {
    pub deputies_in_office: i64,
    pub activities_this_quarter: i64,
    pub open_items: i64,
    pub overdue_items: i64,
}

impl Db {
    /// The headline figures for `today`.
    pub fn today_figures(&self, today: NaiveDate) -> Result<TodayFigures> {
        let q = Quarter::of(today);
        let sql = format!(
            "SELECT (SELECT count(*) FROM deputy WHERE status = '在任'),
                    (SELECT count(*) FROM activity WHERE status <> '取消'
                        AND starts_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM motion WHERE status IN {OPEN_MOTION_STATUSES}),
                    (SELECT count(*) FROM motion WHERE status IN ('已交办', '办理中', '退回')
                        AND reply_due < ?3)"
        );
        Ok(self.conn.query_row(
            &sql,
            rusqlite::params![q.first_day(), q.last_day(), today],
            |r| {
                Ok(TodayFigures {
                    deputies_in_office: r.get(0)?,
                    activities_this_quarter: r.get(1)?,
                    open_items: r.get(2)?,
                    overdue_items: r.get(3)?,
                })
            },
        )?)
    }

    /// Every review line for `today`, most urgent kind first, then by date.
    pub fn today_review(&self, today: NaiveDate) -> Result<Vec<ReviewItem>> {
        let due_soon = today + Duration::days(self.rule("due_soon_days")?);
        let week_end = today + Duration::days(6);
        let mut items = Vec::new();
        self.review_replies(today, due_soon, &mut items)?;
        self.review_activities(today, week_end, &mut items)?;
        self.review_spot_checks(today, week_end, &mut items)?;
        self.review_idle_groups(today, &mut items)?;
        items.sort_by_key(|item| (item.kind, item.due));
        Ok(items)
    }

    fn review_replies(
        &self,
        today: NaiveDate,
        due_soon: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.number || ' ' || m.title,
                    COALESCE((SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
                               WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL), ''),
                    m.reply_due
               FROM motion m
              WHERE m.status IN ('已交办', '办理中', '退回') AND m.reply_due <= ?1
              ORDER BY m.reply_due",
        )?;
        let rows = stmt.query_map([due_soon], |r| {
            let due: NaiveDate = r.get(3)?;
            Ok(ReviewItem {
                kind: if due < today {
                    ReviewKind::ReplyOverdue
                } else {
                    ReviewKind::ReplyDueSoon
                },
                what: r.get(1)?,
                who: r.get(2)?,
                due: Some(due),
                target: RecordRef::Motion(r.get(0)?),
            })
        })?;
        for row in rows {
            out.push(row?);
        }
        Ok(())
    }

    fn review_activities(
        &self,
        today: NaiveDate,
        week_end: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.kind || '：' || a.topic, COALESCE(g.name, ''), a.starts_on,
                    a.announce_due, a.announced_on
               FROM activity a LEFT JOIN deputy_group g ON g.id = a.group_id
              WHERE a.status = '计划'
                AND (a.starts_on <= ?2 OR (a.announce_due <= ?1 AND a.announced_on IS NULL))
              ORDER BY a.starts_on",
        )?;
        let mut rows = stmt.query(rusqlite::params![today, week_end])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let what: String = r.get(1)?;
            let who: String = r.get(2)?;
            let starts_on: NaiveDate = r.get(3)?;
            let announce_due: Option<NaiveDate> = r.get(4)?;
            let announced_on: Option<NaiveDate> = r.get(5)?;
            let target = RecordRef::Activity(id);
            if starts_on < today {
                out.push(ReviewItem {
                    kind: ReviewKind::ActivityUnrecorded,
                    what,
                    who,
                    due: Some(starts_on),
                    target,
                });
                continue;
            }
            if let (Some(due), None) = (announce_due, announced_on) {
                if due <= today {
                    out.push(ReviewItem {
                        kind: ReviewKind::AnnouncementDue,
                        what: what.clone(),
                        who: who.clone(),
                        due: Some(due),
                        target,
                    });
                }
            }
            if starts_on <= week_end {
                out.push(ReviewItem {
                    kind: ReviewKind::ActivityThisWeek,
                    what,
                    who,
                    due: Some(starts_on),
                    target,
                });
            }
        }
        Ok(())
    }

    fn review_spot_checks(
        &self,
        today: NaiveDate,
        week_end: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.status, s.method, COALESCE(d.name, m.number, ''), s.planned_on, s.correction_due
               FROM spot_check s
               LEFT JOIN deputy d ON d.id = s.deputy_id
               LEFT JOIN motion m ON m.id = s.motion_id
              WHERE (s.status = '已查-需整改' AND s.correction_due < ?1)
                 OR (s.status = '待查' AND s.planned_on <= ?2)
              ORDER BY s.planned_on",
        )?;
        let mut rows = stmt.query(rusqlite::params![today, week_end])?;
        while let Some(r) = rows.next()? {
            let status: String = r.get(1)?;
            let method: String = r.get(2)?;
            let (kind, due) = if status == "已查-需整改" {
                (ReviewKind::CorrectionOverdue, r.get(5)?)
            } else {
                (ReviewKind::CheckThisWeek, r.get(4)?)
            };
            out.push(ReviewItem {
                kind,
                what: method,
                who: r.get(3)?,
                due,
                target: RecordRef::SpotCheck(r.get(0)?),
            });
        }
        Ok(())
    }

    fn review_idle_groups(&self, today: NaiveDate, out: &mut Vec<ReviewItem>) -> Result<()> {
        let q = Quarter::of(today);
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.name FROM deputy_group g
              WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.group_id = g.id
                                   AND a.status = '已举行' AND a.starts_on BETWEEN ?1 AND ?2)
              ORDER BY g.sort_order, g.id",
        )?;
        let rows = stmt.query_map(rusqlite::params![q.first_day(), q.last_day()], |r| {
            Ok(ReviewItem {
                kind: ReviewKind::GroupIdle,
                what: String::new(),
                who: r.get(1)?,
                due: Some(q.last_day()),
                target: RecordRef::Group(r.get(0)?),
            })
        })?;
        for row in rows {
            out.push(row?);
        }
        Ok(())
    }
}

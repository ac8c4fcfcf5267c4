//! The read-only lists the panes show. Each query returns what one screen
//! needs, ordered in SQL.

use chrono::NaiveDate;
use rusqlite::Row;

use super::Db;
use super::error::Result;

/// A deputy group with its head count and leaders (代表小组).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRow {
    pub id: i64,
    pub name: String,
    pub place: String,
    /// Members in office.
    pub members: i64,
    /// 组长
    pub leader: Option<String>,
    /// 副组长
    pub deputy_leader: Option<String>,
}

/// One line of the roster (代表花名册).
#[derive(Debug, Clone, PartialEq)]
pub struct DeputyRow {
    pub id: i64,
    pub name: String,
    pub gender: String,
    /// 'YYYY-MM'
    pub birth_month: Option<String>,
    pub party: String,
    pub occupation: String,
    pub level: String,
    pub district: String,
    pub phone: String,
    /// 在任, or how the term ended.
    pub status: String,
    pub group_name: Option<String>,
    pub role: Option<String>,
    pub pinyin: String,
}

/// One activity (代表活动) in the calendar list.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRow {
    pub id: i64,
    pub kind: String,
    pub topic: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub days: f64,
    pub place: String,
    /// None for township-wide activities.
    pub group_name: Option<String>,
    pub status: String,
    pub present: i64,
    pub archived: bool,
}

/// One spot-check (抽查) in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotCheckRow {
    pub id: i64,
    pub planned_on: NaiveDate,
    pub target_kind: String,
    /// The deputy's name, or the motion's number for a look-back.
    pub target: String,
    pub method: String,
    pub checker: String,
    pub status: String,
    pub done_on: Option<NaiveDate>,
    pub correction_due: Option<NaiveDate>,
    pub finding: String,
}

/// One item of the docket (议案建议).
#[derive(Debug, Clone, PartialEq)]
pub struct MotionRow {
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub title: String,
    /// 领衔代表
    pub lead: Option<String>,
    /// 主办单位
    pub unit: Option<String>,
    pub status: String,
    pub received_on: NaiveDate,
    pub reply_due: Option<NaiveDate>,
    pub key_item: bool,
}

/// Statuses of an item that is still open (not closed, archived or refused).
pub const OPEN_MOTION_STATUSES: &str =
    "('登记','已交办','办理中','已答复','已反馈','跟踪办理','退回')";

impl Db {
    /// Every group with members in office and its leaders, in group order.
    pub fn groups(&self) -> Result<Vec<GroupRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.name, g.place,
                    (SELECT count(*) FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND d.status = '在任'),
                    (SELECT d.name FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND m.role = '组长'),
                    (SELECT d.name FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND m.role = '副组长')
               FROM deputy_group g ORDER BY g.sort_order, g.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(GroupRow {
                id: r.get(0)?,
                name: r.get(1)?,
                place: r.get(2)?,
                members: r.get(3)?,
                leader: r.get(4)?,
                deputy_leader: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deputies by group (leaders first, then by name); ended terms only when
    /// asked for. Deputies without a current group come last.
    pub fn deputies(&self, include_ended: bool) -> Result<Vec<DeputyRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.name, d.gender, d.birth_month, d.party, d.occupation, d.level,
                    d.district, d.phone, d.status, g.name, m.role, d.pinyin
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE ?1 OR d.status = '在任'
              ORDER BY g.id IS NULL, g.sort_order, g.id,
                       CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END,
                       d.status <> '在任', d.name, d.id",
        )?;
        let rows = stmt.query_map([include_ended], deputy_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Activities that start within `[from, to]`, in date order.
    pub fn activities_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ActivityRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.kind, a.topic, a.starts_on, a.ends_on, a.days, a.place, g.name,
                    a.status, (SELECT count(*) FROM attendance t
                                WHERE t.activity_id = a.id AND t.status = '出席'),
                    a.archived
               FROM activity a LEFT JOIN deputy_group g ON g.id = a.group_id
              WHERE a.starts_on BETWEEN ?1 AND ?2
              ORDER BY a.starts_on, a.start_time, a.id",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok(ActivityRow {
                id: r.get(0)?,
                kind: r.get(1)?,
                topic: r.get(2)?,
                starts_on: r.get(3)?,
                ends_on: r.get(4)?,
                days: r.get(5)?,
                place: r.get(6)?,
                group_name: r.get(7)?,
                status: r.get(8)?,
                present: r.get(9)?,
                archived: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Spot-checks planned in a year, newest first, open ones before
    /// finished ones.
    pub fn spot_checks(&self, year: i32) -> Result<Vec<SpotCheckRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.planned_on, s.target_kind,
                    COALESCE(d.name, m.number, ''), s.method, s.checker, s.status,
                    s.done_on, s.correction_due, s.finding
               FROM spot_check s
               LEFT JOIN deputy d ON d.id = s.deputy_id
               LEFT JOIN motion m ON m.id = s.motion_id
              WHERE s.planned_on BETWEEN ?1 AND ?2
              ORDER BY s.status NOT IN ('待查', '已查-需整改'), s.planned_on DESC, s.id",
        )?;
        let rows = stmt.query_map(
            [format!("{year:04}-01-01"), format!("{year:04}-12-31")],
            |r| {
                Ok(SpotCheckRow {
                    id: r.get(0)?,
                    planned_on: r.get(1)?,
                    target_kind: r.get(2)?,
                    target: r.get(3)?,
                    method: r.get(4)?,
                    checker: r.get(5)?,
                    status: r.get(6)?,
                    done_on: r.get(7)?,
                    correction_due: r.get(8)?,
                    finding: r.get(9)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open items, what is due first on top, then items of `year` that are
    /// closed, newest first.
    pub fn docket(&self, year: i32) -> Result<Vec<MotionRow>> {
        let sql = format!(
            "SELECT m.id, m.number, m.kind, m.title,
                    (SELECT d.name FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
                      WHERE s.motion_id = m.id AND s.role = '领衔'),
                    (SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
                      WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL),
                    m.status, m.received_on, m.reply_due, m.key_item
               FROM motion m
              WHERE m.status IN {OPEN_MOTION_STATUSES} OR m.year = ?1
              ORDER BY m.status NOT IN {OPEN_MOTION_STATUSES},
                       m.reply_due IS NULL, m.reply_due, m.received_on DESC, m.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([year], |r| {
            Ok(MotionRow {
                id: r.get(0)?,
                number: r.get(1)?,
                kind: r.get(2)?,
                title: r.get(3)?,
                lead: r.get(4)?,
                unit: r.get(5)?,
                status: r.get(6)?,
                received_on: r.get(7)?,
                reply_due: r.get(8)?,
                key_item: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// True when the file holds no deputies, groups, activities or motions
    /// (a fresh file: the welcome screen offers demo data).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM deputy) AND NOT EXISTS (SELECT 1 FROM deputy_group)
                AND NOT EXISTS (SELECT 1 FROM activity) AND NOT EXISTS (SELECT 1 FROM motion)",
            [],
            |r| r.get(0),
        )?)
    }
}

fn deputy_row(r: &Row) -> rusqlite::Result<DeputyRow> {
    Ok(DeputyRow {
        id: r.get(0)?,
        name: r.get(1)?,
        gender: r.get(2)?,
        birth_month: r.get(3)?,
        party: r.get(4)?,
        occupation: r.get(5)?,
        level: r.get(6)?,
        district: r.get(7)?,
        phone: r.get(8)?,
        status: r.get(9)?,
        group_name: r.get(10)?,
        role: r.get(11)?,
        pinyin: r.get(12)?,
    })
}

impl Db {
    /// The day an activity starts, to find its quarter.
    pub fn activity_date(&self, id: i64) -> Result<Option<NaiveDate>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT starts_on FROM activity WHERE id = ?1")?;
        let mut rows = stmt.query([id])?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        })
    }

    /// The year a spot-check is planned in, to find its page.
    pub fn spot_check_year(&self, id: i64) -> Result<Option<i32>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(substr(planned_on, 1, 4) AS INTEGER) FROM spot_check WHERE id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        })
    }
}

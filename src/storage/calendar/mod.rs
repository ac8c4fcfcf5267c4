//! The activity calendar's storage (活动): activities, attendance, the
//! reception rota and the holiday table. Every write is one transaction.

mod attendance;
mod holidays;
mod receptions;

pub use attendance::{AttendanceLine, AttendanceMark};
pub use holidays::{HolidayImport, HolidayRow};
pub use receptions::{Reception, RotaReport};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::Db;
use super::error::{Result, StorageError};
use crate::domain::calendar::{self as rules, RECEPTION, Refusal};
use crate::domain::workdays::{DayKind, HolidayCalendar};

/// A refusal from the calendar rules, or a storage error.
#[derive(Debug, thiserror::Error)]
pub enum CalError {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<rusqlite::Error> for CalError {
    fn from(e: rusqlite::Error) -> Self {
        CalError::Storage(e.into())
    }
}

pub type CalResult<T> = std::result::Result<T, CalError>;

/// One activity as the calendar shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CalActivity {
    pub id: i64,
    pub kind: String,
    pub topic: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// "HH:MM" or "".
    pub start_time: String,
    pub days: f64,
    pub place: String,
    /// None: township-wide (全镇).
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    /// The liaison station of a reception day.
    pub station_name: Option<String>,
    pub status: String,
    pub record: String,
    pub archived: bool,
    pub announce_due: Option<NaiveDate>,
    pub announced_on: Option<NaiveDate>,
    /// Attendance counts: 出席, 请假, 缺席.
    pub present: i64,
    pub excused: i64,
    pub absent: i64,
    /// Deputies on the reception rota.
    pub on_duty: i64,
}

/// What the activity form saves.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityInput {
    pub kind: String,
    pub topic: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub start_time: String,
    pub days: f64,
    pub place: String,
    pub group_id: Option<i64>,
    pub status: String,
    pub record: String,
    pub archived: bool,
}

/// A group to choose in the form, with its liaison station.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupChoice {
    pub id: i64,
    pub name: String,
    pub station_id: Option<i64>,
}

/// Held activities of one group per quarter of a year (the compliance
/// matrix, 活动达标情况).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupQuarters {
    pub group_id: i64,
    pub name: String,
    pub held: [i64; 4],
}

const ACTIVITY_SQL: &str = "SELECT a.id, a.kind, a.topic, a.starts_on, a.ends_on, a.start_time,
        a.days, a.place, a.group_id, g.name, s.name, a.status, a.record, a.archived,
        a.announce_due, a.announced_on,
        (SELECT count(*) FROM attendance t WHERE t.activity_id = a.id AND t.status = '出席'),
        (SELECT count(*) FROM attendance t WHERE t.activity_id = a.id AND t.status = '请假'),
        (SELECT count(*) FROM attendance t WHERE t.activity_id = a.id AND t.status = '缺席'),
        (SELECT count(*) FROM reception_duty r WHERE r.activity_id = a.id)
   FROM activity a
   LEFT JOIN deputy_group g ON g.id = a.group_id
   LEFT JOIN station s ON s.id = a.station_id";

fn activity_row(r: &Row) -> rusqlite::Result<CalActivity> {
    Ok(CalActivity {
        id: r.get(0)?,
        kind: r.get(1)?,
        topic: r.get(2)?,
        starts_on: r.get(3)?,
        ends_on: r.get(4)?,
        start_time: r.get(5)?,
        days: r.get(6)?,
        place: r.get(7)?,
        group_id: r.get(8)?,
        group_name: r.get(9)?,
        station_name: r.get(10)?,
        status: r.get(11)?,
        record: r.get(12)?,
        archived: r.get(13)?,
        announce_due: r.get(14)?,
        announced_on: r.get(15)?,
        present: r.get(16)?,
        excused: r.get(17)?,
        absent: r.get(18)?,
        on_duty: r.get(19)?,
    })
}

/// The holiday table as a working-day calendar.
pub(super) fn load_calendar(conn: &rusqlite::Connection) -> Result<HolidayCalendar> {
    let mut stmt = conn.prepare_cached("SELECT day, kind FROM holiday")?;
    let rows = stmt.query_map([], |r| {
        let day: NaiveDate = r.get(0)?;
        let kind: String = r.get(1)?;
        Ok((
            day,
            if kind == "班" {
                DayKind::Workday
            } else {
                DayKind::Holiday
            },
        ))
    })?;
    Ok(HolidayCalendar::new(
        rows.collect::<rusqlite::Result<Vec<_>>>()?,
    ))
}

/// Working days of notice before a reception (rule
/// `announce_working_days_before`).
pub(super) fn notice_days(conn: &rusqlite::Connection) -> Result<u32> {
    let before: i64 = conn.query_row(
        "SELECT value FROM rule WHERE key = 'announce_working_days_before'",
        [],
        |r| r.get(0),
    )?;
    Ok(u32::try_from(before).unwrap_or(3))
}

/// When a reception's notice must be up: the rule's working days before it.
fn notice_due(tx: &Transaction, day: NaiveDate) -> Result<NaiveDate> {
    Ok(load_calendar(tx)?.announcement_deadline(day, notice_days(tx)?))
}

impl Db {
    /// Activities that start within `[from, to]`, in date order.
    pub fn calendar_activities(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CalActivity>> {
        let sql = format!(
            "{ACTIVITY_SQL} WHERE a.starts_on BETWEEN ?1 AND ?2
              ORDER BY a.starts_on, a.start_time, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([from, to], activity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One activity.
    pub fn calendar_activity(&self, id: i64) -> Result<Option<CalActivity>> {
        let sql = format!("{ACTIVITY_SQL} WHERE a.id = ?1");
        Ok(self.conn.query_row(&sql, [id], activity_row).optional()?)
    }

    /// The groups, in group order, with their stations.
    pub fn calendar_groups(&self) -> Result<Vec<GroupChoice>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.name, (SELECT min(s.id) FROM station s WHERE s.group_id = g.id)
               FROM deputy_group g ORDER BY g.sort_order, g.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(GroupChoice {
                id: r.get(0)?,
                name: r.get(1)?,
                station_id: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Held group activities per group and quarter of `year`.
    pub fn compliance(&self, year: i32) -> Result<Vec<GroupQuarters>> {
        let mut stmt = self.conn.prepare_cached(
            // One pass over the year's held activities, counted per group
            // and quarter (a join per group walked the year once per group).
            "WITH y AS (
                 SELECT group_id,
                        sum(starts_on < ?1 || '-04-01') AS q1,
                        sum(starts_on >= ?1 || '-04-01' AND starts_on < ?1 || '-07-01') AS q2,
                        sum(starts_on >= ?1 || '-07-01' AND starts_on < ?1 || '-10-01') AS q3,
                        sum(starts_on >= ?1 || '-10-01') AS q4
                   FROM activity
                  WHERE status = '已举行' AND group_id IS NOT NULL
                    AND starts_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'
                  GROUP BY group_id)
             SELECT g.id, g.name, y.q1, y.q2, y.q3, y.q4
               FROM deputy_group g LEFT JOIN y ON y.group_id = g.id
              ORDER BY g.sort_order, g.id",
        )?;
        let rows = stmt.query_map([format!("{year:04}")], |r| {
            let q = |i| r.get::<_, Option<i64>>(i).map(|v| v.unwrap_or(0));
            Ok(GroupQuarters {
                group_id: r.get(0)?,
                name: r.get(1)?,
                held: [q(2)?, q(3)?, q(4)?, q(5)?],
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds an activity; a reception day of a group with a station is held
    /// there and gets its notice deadline. Returns the new id.
    pub fn add_activity(&mut self, a: &ActivityInput) -> CalResult<i64> {
        Ok(self.write(|tx| write_activity(tx, None, a, None))?)
    }

    /// Changes an activity. Refused when it would leave attendance for
    /// something not held, or a duty rota on something not a reception.
    pub fn update_activity(&mut self, id: i64, a: &ActivityInput) -> CalResult<()> {
        let old = self
            .calendar_activity(id)?
            .ok_or(CalError::Refused(Refusal::NotFound))?;
        if old.present + old.excused + old.absent > 0 && a.status != rules::HELD {
            return Err(CalError::Refused(Refusal::HasAttendance));
        }
        if old.on_duty > 0 && a.kind != RECEPTION {
            return Err(CalError::Refused(Refusal::HasDutyRota));
        }
        // A notice already up stays recorded unless the day moved before it.
        let announced = old.announced_on.filter(|on| *on <= a.starts_on);
        self.write(|tx| write_activity(tx, Some(id), a, announced))?;
        Ok(())
    }

    /// Cancels an activity (取消); the record stays.
    pub fn cancel_activity(&mut self, id: i64) -> CalResult<()> {
        let old = self
            .calendar_activity(id)?
            .ok_or(CalError::Refused(Refusal::NotFound))?;
        if old.present + old.excused + old.absent > 0 {
            return Err(CalError::Refused(Refusal::HasAttendance));
        }
        Ok(self.write(|tx| {
            tx.execute("UPDATE activity SET status = '取消' WHERE id = ?1", [id])?;
            Ok(())
        })?)
    }
}

/// Inserts (id None) or rewrites an activity in one statement. A reception
/// keeps its station when its group has none (demo and generated receptions
/// belong to a station, not a group).
fn write_activity(
    tx: &Transaction,
    id: Option<i64>,
    a: &ActivityInput,
    announced: Option<NaiveDate>,
) -> Result<i64> {
    let (station, due) = reception_place(tx, a)?;
    tx.execute(
        "INSERT INTO activity (id, kind, topic, starts_on, ends_on, start_time, days, place,
                group_id, station_id, status, record, archived, announce_due, announced_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, topic = excluded.topic,
                starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                start_time = excluded.start_time, days = excluded.days,
                place = excluded.place, group_id = excluded.group_id,
                station_id = COALESCE(excluded.station_id,
                    CASE WHEN excluded.kind = '接待选民' THEN activity.station_id END),
                status = excluded.status, record = excluded.record,
                archived = excluded.archived, announce_due = excluded.announce_due,
                announced_on = excluded.announced_on",
        params![
            id,
            a.kind,
            a.topic.trim(),
            a.starts_on,
            a.ends_on,
            a.start_time,
            a.days,
            a.place,
            a.group_id,
            station,
            a.status,
            a.record,
            a.archived,
            due,
            announced
        ],
    )?;
    Ok(id.unwrap_or_else(|| tx.last_insert_rowid()))
}

/// The station and notice deadline of a reception day (None otherwise).
fn reception_place(
    tx: &Transaction,
    a: &ActivityInput,
) -> Result<(Option<i64>, Option<NaiveDate>)> {
    if a.kind != RECEPTION {
        return Ok((None, None));
    }
    let station: Option<i64> = match a.group_id {
        Some(g) => tx.query_row(
            "SELECT min(id) FROM station WHERE group_id = ?1",
            [g],
            |r| r.get(0),
        )?,
        None => None,
    };
    Ok((station, Some(notice_due(tx, a.starts_on)?)))
}

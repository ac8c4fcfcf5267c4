//! The holiday table (节假日安排): listing a year, and importing a year's
//! official schedule.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use rusqlite::params;

use super::{load_calendar, notice_days};
use crate::domain::workdays::{DayKind, HolidayEntry};
use crate::storage::Db;
use crate::storage::error::Result;

/// One listed day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayRow {
    pub day: NaiveDate,
    /// 休 (day off) or 班 (make-up working day).
    pub kind: String,
    pub name: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HolidayImport {
    pub years: Vec<i32>,
    pub days_off: usize,
    pub workdays: usize,
    /// Planned receptions whose notice deadline moved.
    pub deadlines_moved: usize,
}

impl Db {
    /// The listed days of a year, by date.
    pub fn holidays(&self, year: i32) -> Result<Vec<HolidayRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT day, kind, name FROM holiday WHERE day BETWEEN ?1 AND ?2 ORDER BY day",
        )?;
        let rows = stmt.query_map(
            [format!("{year:04}-01-01"), format!("{year:04}-12-31")],
            |r| {
                Ok(HolidayRow {
                    day: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The working-day calendar the holiday table gives.
    pub fn working_calendar(&self) -> Result<crate::domain::workdays::HolidayCalendar> {
        load_calendar(&self.conn)
    }

    /// Replaces the schedule of every year the entries cover with them, and
    /// moves the notice deadlines of planned receptions not yet announced in
    /// those years; one transaction.
    pub fn import_holidays(&mut self, entries: &[HolidayEntry]) -> Result<HolidayImport> {
        let years: BTreeSet<i32> = entries.iter().map(|e| e.date.year()).collect();
        self.write(|tx| {
            let mut report = HolidayImport {
                years: years.iter().copied().collect(),
                ..HolidayImport::default()
            };
            for y in &years {
                tx.execute(
                    "DELETE FROM holiday WHERE substr(day, 1, 4) = ?1",
                    [format!("{y:04}")],
                )?;
            }
            let mut insert =
                tx.prepare("INSERT INTO holiday (day, kind, name) VALUES (?1, ?2, ?3)")?;
            for e in entries {
                let kind = match e.kind {
                    DayKind::Holiday => {
                        report.days_off += 1;
                        "休"
                    }
                    DayKind::Workday => {
                        report.workdays += 1;
                        "班"
                    }
                };
                insert.execute(params![e.date, kind, e.name])?;
            }
            let cal = load_calendar(tx)?;
            let before = notice_days(tx)?;
            let mut stmt = tx.prepare(
                "SELECT id, starts_on, announce_due FROM activity
                  WHERE kind = '接待选民' AND status = '计划' AND announced_on IS NULL
                    AND announce_due IS NOT NULL",
            )?;
            let planned: Vec<(i64, NaiveDate, NaiveDate)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, on, due) in planned {
                if !years.contains(&on.year()) && !years.contains(&due.year()) {
                    continue;
                }
                let new_due = cal.announcement_deadline(on, before);
                if new_due != due {
                    tx.execute(
                        "UPDATE activity SET announce_due = ?2 WHERE id = ?1",
                        params![id, new_due],
                    )?;
                    report.deadlines_moved += 1;
                }
            }
            Ok(report)
        })
    }
}

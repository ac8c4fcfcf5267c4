//! Attendance (出勤) of a held activity: who is expected, and how each
//! came.

use std::collections::HashSet;

use rusqlite::params;

use super::{CalError, CalResult};
use crate::domain::calendar::{EXCUSED, HELD, PRESENT, Refusal};
use crate::storage::Db;
use crate::storage::error::Result;

/// One deputy on the attendance sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceLine {
    pub deputy_id: i64,
    pub name: String,
    /// 代表层级 (镇, 县 ...).
    pub level: String,
    pub group_name: Option<String>,
    /// None: not marked yet.
    pub status: Option<String>,
    pub reason: String,
    pub spoke: bool,
}

/// How one deputy came, as saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceMark {
    pub deputy_id: i64,
    pub status: String,
    pub reason: String,
    pub spoke: bool,
}

impl Db {
    /// The sheet of an activity: the deputies expected (the group's members
    /// on that day; the duty rota of a reception day; every deputy in office
    /// for a township-wide activity) and anyone already recorded, with
    /// their marks.
    pub fn attendance_sheet(&self, activity_id: i64) -> Result<Vec<AttendanceLine>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH a AS (SELECT id, group_id, station_id, starts_on,
                               EXISTS (SELECT 1 FROM reception_duty r WHERE r.activity_id = activity.id) AS rota
                          FROM activity WHERE id = ?1),
                  expected AS (
                    SELECT d.id AS deputy_id FROM deputy d, a
                     WHERE (d.ended_on IS NULL OR d.ended_on > a.starts_on)
                       AND CASE
                             WHEN a.rota THEN EXISTS (SELECT 1 FROM reception_duty r
                                   WHERE r.activity_id = a.id AND r.deputy_id = d.id)
                             WHEN a.group_id IS NOT NULL THEN EXISTS (SELECT 1 FROM membership m
                                   WHERE m.deputy_id = d.id AND m.group_id = a.group_id
                                     AND m.joined_on <= a.starts_on
                                     AND (m.left_on IS NULL OR m.left_on > a.starts_on))
                             WHEN a.station_id IS NOT NULL THEN 0
                             ELSE 1
                           END
                    UNION SELECT deputy_id FROM attendance WHERE activity_id = ?1)
             SELECT d.id, d.name, d.level, g.name, t.status, COALESCE(t.reason, ''),
                    COALESCE(t.spoke, 0)
               FROM expected e
               JOIN deputy d ON d.id = e.deputy_id
               LEFT JOIN attendance t ON t.activity_id = ?1 AND t.deputy_id = d.id
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              ORDER BY g.id IS NULL, g.sort_order, g.id,
                       CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END,
                       d.name, d.id",
        )?;
        let rows = stmt.query_map([activity_id], |r| {
            Ok(AttendanceLine {
                deputy_id: r.get(0)?,
                name: r.get(1)?,
                level: r.get(2)?,
                group_name: r.get(3)?,
                status: r.get(4)?,
                reason: r.get(5)?,
                spoke: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the attendance of a held activity with `marks`, as one
    /// transaction. Refused for an activity not held, a leave without a
    /// reason, or a deputy given twice.
    pub fn save_attendance(&mut self, activity_id: i64, marks: &[AttendanceMark]) -> CalResult<()> {
        let status = self
            .calendar_activity(activity_id)?
            .ok_or(CalError::Refused(Refusal::NotFound))?
            .status;
        if status != HELD {
            return Err(CalError::Refused(Refusal::NotHeld));
        }
        let mut seen = HashSet::new();
        for m in marks {
            if !seen.insert(m.deputy_id) {
                return Err(CalError::Refused(Refusal::DuplicateDeputy));
            }
            if m.status == EXCUSED && m.reason.trim().is_empty() {
                return Err(CalError::Refused(Refusal::LeaveWithoutReason));
            }
        }
        Ok(self.write(|tx| {
            tx.execute(
                "DELETE FROM attendance WHERE activity_id = ?1",
                [activity_id],
            )?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO attendance (activity_id, deputy_id, status, reason, spoke)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for m in marks {
                let reason = if m.status == EXCUSED {
                    m.reason.trim()
                } else {
                    ""
                };
                insert.execute(params![
                    activity_id,
                    m.deputy_id,
                    m.status,
                    reason,
                    m.spoke && m.status == PRESENT
                ])?;
            }
            Ok(())
        })?)
    }
}

//! Year statistics of spot-checks, and a deputy's checks for the duty
//! record (履职档案).

use chrono::NaiveDate;

use super::{status_at, year_bounds};
use crate::domain::sampling::CheckStatus;
use crate::storage::Db;
use crate::storage::error::Result;

/// Results that count as "checked": the check was done.
const DONE: &str = "('已查-合格', '已查-需整改', '已整改')";

/// One group's line of the year statistics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSpotStat {
    pub name: String,
    /// Deputies in office now in the group.
    pub in_office: i64,
    /// Of them, checked at least once this year (check done this year).
    pub checked: i64,
    /// Checks this year of the group's deputies that found a need to correct.
    pub corrections: i64,
}

/// A year of spot-checks in figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpotYearStats {
    pub year: i32,
    /// Deputies in office now (在任).
    pub in_office: i64,
    /// Of them, checked at least once in the year (a check done that year).
    pub checked: i64,
    /// Checks planned in the year, by status (all five, in order).
    pub by_status: Vec<(CheckStatus, i64)>,
    /// Look-backs (回头看) planned in the year.
    pub look_backs: i64,
    /// Rounds drawn in the year.
    pub rounds: i64,
    /// Corrections of the year's checks still open, and of those past due.
    pub open_corrections: i64,
    pub overdue_corrections: i64,
    pub groups: Vec<GroupSpotStat>,
}

impl SpotYearStats {
    /// The share of deputies in office checked at least once, in percent.
    pub fn coverage_percent(&self) -> Option<f64> {
        (self.in_office > 0).then(|| self.checked as f64 * 100.0 / self.in_office as f64)
    }
}

/// One check on a deputy's duty record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeputySpotCheck {
    pub id: i64,
    pub planned_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub method: String,
    pub status: CheckStatus,
    pub finding: String,
    pub correction_due: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
}

impl DeputySpotCheck {
    /// A correction was asked for (open or closed since): this belongs on
    /// the duty record.
    pub fn needed_correction(&self) -> bool {
        matches!(
            self.status,
            CheckStatus::NeedsCorrection | CheckStatus::Corrected
        )
    }
}

impl Db {
    /// The spot-check figures of `year`; "overdue" as of `today`.
    pub fn spot_year_stats(&self, year: i32, today: NaiveDate) -> Result<SpotYearStats> {
        let (from, to) = year_bounds(year);
        let sql = format!(
            "SELECT (SELECT count(*) FROM deputy WHERE status = '在任'),
                    (SELECT count(DISTINCT s.deputy_id) FROM spot_check s
                       JOIN deputy d ON d.id = s.deputy_id AND d.status = '在任'
                      WHERE s.status IN {DONE} AND s.done_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM spot_check
                      WHERE target_kind = '回头看' AND planned_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM spot_round WHERE drawn_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM spot_check
                      WHERE status = '已查-需整改' AND planned_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM spot_check
                      WHERE status = '已查-需整改' AND planned_on BETWEEN ?1 AND ?2
                        AND correction_due < ?3)"
        );
        let (in_office, checked, look_backs, rounds, open, overdue) =
            self.conn
                .query_row(&sql, rusqlite::params![from, to, today], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })?;

        let mut stmt = self.conn.prepare_cached(
            "SELECT status, count(*) FROM spot_check WHERE planned_on BETWEEN ?1 AND ?2
              GROUP BY status",
        )?;
        let counted = stmt
            .query_map([&from, &to], |r| {
                Ok((status_at(r, 0)?, r.get::<_, i64>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let by_status = CheckStatus::ALL
            .iter()
            .map(|s| {
                let n = counted.iter().find(|(c, _)| c == s).map_or(0, |(_, n)| *n);
                (*s, n)
            })
            .collect();

        let sql = format!(
            "SELECT g.name,
                    count(d.id),
                    count(DISTINCT CASE WHEN EXISTS (
                        SELECT 1 FROM spot_check s WHERE s.deputy_id = d.id
                           AND s.status IN {DONE} AND s.done_on BETWEEN ?1 AND ?2)
                      THEN d.id END),
                    (SELECT count(*) FROM spot_check s
                       JOIN membership m2 ON m2.deputy_id = s.deputy_id AND m2.left_on IS NULL
                      WHERE m2.group_id = g.id AND s.status IN ('已查-需整改', '已整改')
                        AND s.planned_on BETWEEN ?1 AND ?2)
               FROM deputy_group g
               LEFT JOIN membership m ON m.group_id = g.id AND m.left_on IS NULL
               LEFT JOIN deputy d ON d.id = m.deputy_id AND d.status = '在任'
              GROUP BY g.id
              ORDER BY g.sort_order, g.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let groups = stmt
            .query_map([&from, &to], |r| {
                Ok(GroupSpotStat {
                    name: r.get(0)?,
                    in_office: r.get(1)?,
                    checked: r.get(2)?,
                    corrections: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(SpotYearStats {
            year,
            in_office,
            checked,
            by_status,
            look_backs,
            rounds,
            open_corrections: open,
            overdue_corrections: overdue,
            groups,
        })
    }

    /// A deputy's spot-checks planned or done in `year`, oldest first, for
    /// the duty record (履职档案). A result needing correction shows there
    /// (see [`DeputySpotCheck::needed_correction`]).
    pub fn deputy_spot_checks(&self, deputy_id: i64, year: i32) -> Result<Vec<DeputySpotCheck>> {
        let (from, to) = year_bounds(year);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, planned_on, done_on, method, status, finding, correction_due, closed_on
               FROM spot_check
              WHERE deputy_id = ?1
                AND (planned_on BETWEEN ?2 AND ?3 OR done_on BETWEEN ?2 AND ?3)
              ORDER BY COALESCE(done_on, planned_on), id",
        )?;
        let rows = stmt.query_map(rusqlite::params![deputy_id, from, to], |r| {
            Ok(DeputySpotCheck {
                id: r.get(0)?,
                planned_on: r.get(1)?,
                done_on: r.get(2)?,
                method: r.get(3)?,
                status: status_at(r, 4)?,
                finding: r.get(5)?,
                correction_due: r.get(6)?,
                closed_on: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

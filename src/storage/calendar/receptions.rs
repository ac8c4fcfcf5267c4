//! Reception days at liaison stations (代表接待日): the year's plan in fair
//! rotation, swapping a deputy on duty, and the public notice.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Transaction, params};

use super::{CalError, CalResult, load_calendar, notice_days};
use crate::domain::calendar::rota::{
    Candidate, once_per_period, period_of, reception_dates, rotate,
};
use crate::domain::calendar::{PLANNED, RECEPTION, Refusal};
use crate::storage::Db;
use crate::storage::error::Result;

/// One reception day with its rota.
#[derive(Debug, Clone, PartialEq)]
pub struct Reception {
    pub id: i64,
    pub station_name: String,
    pub starts_on: NaiveDate,
    pub status: String,
    pub announce_due: Option<NaiveDate>,
    pub announced_on: Option<NaiveDate>,
    /// (deputy id, name), by name.
    pub duty: Vec<(i64, String)>,
}

/// What generating a year's plan did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RotaReport {
    pub receptions: usize,
    /// Stations whose receptions have fewer deputies than the rule asks.
    pub short: Vec<String>,
}

/// A deputy of a station's group, in office.
struct Member {
    id: i64,
    level: String,
}

impl Db {
    /// The reception days of a year at every station, by date.
    pub fn receptions(&self, year: i32) -> Result<Vec<Reception>> {
        let (from, to) = (format!("{year:04}-01-01"), format!("{year:04}-12-31"));
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, s.name, a.starts_on, a.status, a.announce_due, a.announced_on
               FROM activity a JOIN station s ON s.id = a.station_id
              WHERE a.kind = '接待选民' AND a.starts_on BETWEEN ?1 AND ?2
              ORDER BY a.starts_on, s.id, a.id",
        )?;
        let mut out: Vec<Reception> = stmt
            .query_map([&from, &to], |r| {
                Ok(Reception {
                    id: r.get(0)?,
                    station_name: r.get(1)?,
                    starts_on: r.get(2)?,
                    status: r.get(3)?,
                    announce_due: r.get(4)?,
                    announced_on: r.get(5)?,
                    duty: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut duty = self.conn.prepare_cached(
            "SELECT r.activity_id, d.id, d.name
               FROM reception_duty r JOIN activity a ON a.id = r.activity_id
               JOIN deputy d ON d.id = r.deputy_id
              WHERE a.starts_on BETWEEN ?1 AND ?2 ORDER BY d.name, d.id",
        )?;
        let mut by_activity: BTreeMap<i64, Vec<(i64, String)>> = BTreeMap::new();
        for row in duty.query_map([&from, &to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
            let (a, d, name): (i64, i64, String) = row?;
            by_activity.entry(a).or_default().push((d, name));
        }
        for rec in &mut out {
            rec.duty = by_activity.remove(&rec.id).unwrap_or_default();
        }
        Ok(out)
    }

    /// Deputies who could take a turn at a reception instead: members in
    /// office of the station's group not yet on duty, by name.
    pub fn swap_candidates(&self, activity_id: i64) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.name FROM activity a
               JOIN station s ON s.id = a.station_id
               JOIN membership m ON m.group_id = s.group_id AND m.left_on IS NULL
               JOIN deputy d ON d.id = m.deputy_id AND d.status = '在任'
              WHERE a.id = ?1 AND d.id NOT IN
                    (SELECT deputy_id FROM reception_duty WHERE activity_id = ?1)
              ORDER BY d.name, d.id",
        )?;
        let rows = stmt.query_map([activity_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Puts `in_id` on duty instead of `out_id` at a planned reception.
    pub fn swap_duty(&mut self, activity_id: i64, out_id: i64, in_id: i64) -> CalResult<()> {
        self.planned_reception(activity_id)?;
        let on_duty = |db: &Db, d: i64| -> Result<bool> {
            Ok(db.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM reception_duty WHERE activity_id = ?1 AND deputy_id = ?2)",
                [activity_id, d],
                |r| r.get(0),
            )?)
        };
        if !on_duty(self, out_id)? {
            return Err(CalError::Refused(Refusal::NotOnDuty));
        }
        if on_duty(self, in_id)? {
            return Err(CalError::Refused(Refusal::AlreadyOnDuty));
        }
        Ok(self.write(|tx| {
            tx.execute(
                "DELETE FROM reception_duty WHERE activity_id = ?1 AND deputy_id = ?2",
                [activity_id, out_id],
            )?;
            tx.execute(
                "INSERT INTO reception_duty (activity_id, deputy_id) VALUES (?1, ?2)",
                [activity_id, in_id],
            )?;
            Ok(())
        })?)
    }

    /// Records that a planned reception's notice went up on `on`.
    pub fn mark_announced(&mut self, activity_id: i64, on: NaiveDate) -> CalResult<()> {
        let day = self.planned_reception(activity_id)?;
        if on > day {
            return Err(CalError::Refused(Refusal::NoticeAfterDay));
        }
        Ok(self.write(|tx| {
            tx.execute(
                "UPDATE activity SET announced_on = ?2 WHERE id = ?1",
                params![activity_id, on],
            )?;
            Ok(())
        })?)
    }

    /// The day of a planned reception, or why it is not one.
    fn planned_reception(&self, activity_id: i64) -> CalResult<NaiveDate> {
        let a = self
            .calendar_activity(activity_id)?
            .ok_or(CalError::Refused(Refusal::NotFound))?;
        if a.kind != RECEPTION {
            return Err(CalError::Refused(Refusal::NotReception));
        }
        if a.status != PLANNED {
            return Err(CalError::Refused(Refusal::ReceptionNotPlanned));
        }
        Ok(a.starts_on)
    }

    /// Plans the reception days of `year` at every station with a group,
    /// from `today` on, in the months that have none yet; one transaction.
    pub fn generate_reception_plan(
        &mut self,
        year: i32,
        today: NaiveDate,
    ) -> CalResult<RotaReport> {
        let every = |db: &Db, level: &str| -> Result<u32> {
            let v = db.rule(&format!("reception_every_months_{level}"))?;
            Ok(u32::try_from(v).unwrap_or(1).clamp(1, 12))
        };
        let town_every = every(self, "township")?;
        let higher = [
            ("县", every(self, "county")?),
            ("市", every(self, "city")?),
            ("省", every(self, "province")?),
        ];
        let per = usize::try_from(self.rule("reception_min_deputies")?).unwrap_or(2);
        let report = self.write(|tx| {
            let cal = load_calendar(tx)?;
            let stations: Vec<(i64, String, String, i64)> = {
                let mut stmt = tx.prepare(
                    "SELECT id, name, place, group_id FROM station
                      WHERE group_id IS NOT NULL ORDER BY id",
                )?;
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect::<rusqlite::Result<_>>()?
            };
            let mut report = RotaReport::default();
            if stations.is_empty() {
                return Ok(None);
            }
            let from = today.max(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today));
            for (sid, name, place, gid) in stations {
                let taken = station_periods(tx, sid, year, town_every)?;
                let day = preferred_day(tx, sid)?;
                let dates: Vec<NaiveDate> = reception_dates(year, town_every, day, from, &cal)
                    .into_iter()
                    .filter(|d| !taken.contains(&period_of(*d, town_every)))
                    .collect();
                if dates.is_empty() {
                    continue;
                }
                let members = group_members(tx, gid)?;
                let served = served_this_year(tx, sid, year)?;
                let town: Vec<Candidate> = members
                    .iter()
                    .filter(|m| m.level == "镇")
                    .map(|m| Candidate {
                        deputy_id: m.id,
                        served: served.iter().filter(|(d, _)| *d == m.id).count() as u32,
                    })
                    .collect();
                let mut plan = rotate(&town, dates.len(), per);
                for (level, months) in higher {
                    let ids: Vec<i64> = members
                        .iter()
                        .filter(|m| m.level == level)
                        .map(|m| m.id)
                        .collect();
                    let done: HashSet<(i64, u32)> = served
                        .iter()
                        .map(|(d, on)| (*d, period_of(*on, months)))
                        .collect();
                    for (slot, extra) in once_per_period(&dates, months, &ids, &done)
                        .into_iter()
                        .enumerate()
                    {
                        plan[slot].extend(extra);
                    }
                }
                for (on, duty) in dates.iter().zip(&plan) {
                    insert_reception(tx, sid, &place, *on, duty, &cal)?;
                    report.receptions += 1;
                    if duty.len() < per && !report.short.contains(&name) {
                        report.short.push(name.clone());
                    }
                }
            }
            Ok(Some(report))
        })?;
        report.ok_or(CalError::Refused(Refusal::NoStations))
    }
}

/// The township periods of `year` that already have a reception day.
fn station_periods(tx: &Transaction, sid: i64, year: i32, every: u32) -> Result<HashSet<u32>> {
    let mut stmt = tx.prepare(
        "SELECT starts_on FROM activity WHERE station_id = ?1 AND kind = '接待选民'
            AND status <> '取消' AND substr(starts_on, 1, 4) = ?2",
    )?;
    let days = stmt.query_map(params![sid, format!("{year:04}")], |r| {
        r.get::<_, NaiveDate>(0)
    })?;
    let mut out = HashSet::new();
    for d in days {
        out.insert(period_of(d?, every));
    }
    Ok(out)
}

/// The station's usual day of the month: that of its latest reception, or
/// the 15th.
fn preferred_day(tx: &Transaction, sid: i64) -> Result<u32> {
    let last: Option<NaiveDate> = tx.query_row(
        "SELECT max(starts_on) FROM activity WHERE station_id = ?1 AND kind = '接待选民'",
        [sid],
        |r| r.get(0),
    )?;
    Ok(last.map_or(15, |d| d.day()))
}

fn group_members(tx: &Transaction, gid: i64) -> Result<Vec<Member>> {
    let mut stmt = tx.prepare(
        "SELECT d.id, d.level FROM membership m JOIN deputy d ON d.id = m.deputy_id
          WHERE m.group_id = ?1 AND m.left_on IS NULL AND d.status = '在任'
          ORDER BY CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END, d.name, d.id",
    )?;
    let rows = stmt.query_map([gid], |r| {
        Ok(Member {
            id: r.get(0)?,
            level: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (deputy, day) of every duty at the station's receptions of the year.
fn served_this_year(tx: &Transaction, sid: i64, year: i32) -> Result<Vec<(i64, NaiveDate)>> {
    let mut stmt = tx.prepare(
        "SELECT r.deputy_id, a.starts_on FROM reception_duty r JOIN activity a ON a.id = r.activity_id
          WHERE a.station_id = ?1 AND a.status <> '取消' AND substr(a.starts_on, 1, 4) = ?2",
    )?;
    let rows = stmt.query_map(params![sid, format!("{year:04}")], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn insert_reception(
    tx: &Transaction,
    sid: i64,
    place: &str,
    on: NaiveDate,
    duty: &[i64],
    cal: &crate::domain::workdays::HolidayCalendar,
) -> Result<()> {
    let due = cal.announcement_deadline(on, notice_days(tx)?);
    tx.execute(
        "INSERT INTO activity (kind, topic, starts_on, ends_on, start_time, days, place,
                station_id, status, announce_due)
         VALUES ('接待选民', '代表接待选民日', ?1, ?1, '09:00', 0.5, ?2, ?3, '计划', ?4)",
        params![on, place, sid, due],
    )?;
    let id = tx.last_insert_rowid();
    for d in duty {
        tx.execute(
            "INSERT INTO reception_duty (activity_id, deputy_id) VALUES (?1, ?2)",
            [id, *d],
        )?;
    }
    Ok(())
}

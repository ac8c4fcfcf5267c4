//! Voter contacts (联系选民), the duty record (履职档案) read from every
//! pane's tables, and the facts behind structure statistics.

use chrono::NaiveDate;
use rusqlite::params;

use super::super::Db;
use super::super::error::Result;
use crate::domain::dates::parse_birth_month;
use crate::domain::stats::DeputyFacts;
use crate::domain::stats::duty::{DutyTally, DutyTargets};

/// One logged contact of a deputy with voters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoterContact {
    pub id: i64,
    pub contacted_on: NaiveDate,
    /// 走访 / 接访 / 约访 / 回访 / 电话
    pub mode: String,
    /// Voters reached (人次).
    pub people: i64,
    /// Made in the deputy's own district (进选区).
    pub in_district: bool,
    pub summary: String,
}

/// A contact as the chair enters it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoterContactInput {
    pub deputy_id: i64,
    pub contacted_on: NaiveDate,
    pub mode: String,
    pub people: i64,
    pub in_district: bool,
    pub summary: String,
}

fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{year:04}-12-31"))
}

/// The chair's contact with one deputy, as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct ChairContactInput {
    pub deputy_id: i64,
    pub contacted_on: NaiveDate,
    /// 走访 / 座谈 / 电话 / 其他
    pub mode: String,
    pub summary: String,
}

impl Db {
    /// A deputy's contacts in a year, latest first.
    pub fn voter_contacts(&self, deputy: i64, year: i32) -> Result<Vec<VoterContact>> {
        let (from, to) = year_bounds(year);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, contacted_on, mode, people, in_district, summary FROM voter_contact
              WHERE deputy_id = ?1 AND contacted_on BETWEEN ?2 AND ?3
              ORDER BY contacted_on DESC, id DESC",
        )?;
        let rows = stmt.query_map(params![deputy, from, to], |r| {
            Ok(VoterContact {
                id: r.get(0)?,
                contacted_on: r.get(1)?,
                mode: r.get(2)?,
                people: r.get(3)?,
                in_district: r.get(4)?,
                summary: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_voter_contact(&mut self, c: &VoterContactInput) -> Result<i64> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO voter_contact (deputy_id, contacted_on, mode, people, in_district, summary)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    c.deputy_id,
                    c.contacted_on,
                    c.mode,
                    c.people,
                    c.in_district,
                    c.summary.trim()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Records the chair's own contact with a deputy (主席联系代表), which the
    /// Today review counts against the monthly and yearly rule.
    pub fn add_chair_contact(&mut self, c: &ChairContactInput) -> Result<i64> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO chair_contact (deputy_id, contacted_on, mode, summary) VALUES (?1, ?2, ?3, ?4)",
                params![c.deputy_id, c.contacted_on, c.mode, c.summary.trim()],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    pub fn delete_voter_contact(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM voter_contact WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// The yearly duty thresholds from the rule table.
    pub fn duty_targets(&self) -> Result<DutyTargets> {
        Ok(DutyTargets {
            activity_days: self.rule("deputy_activity_days_per_year")?,
            voter_people: self.rule("deputy_voter_contacts_per_year")?,
            district_visits: self.rule("deputy_district_visits_per_year")?,
            deeds: self.rule("deputy_deeds_per_year")?,
            suggestions: self.rule("deputy_suggestions_per_year")?,
            household_per_quarter: self.rule("deputy_household_visits_per_quarter")?,
        })
    }

    /// Everything counted on a deputy's duty record in `year`, read from
    /// attendance, voter contacts, motions, duty events and spot-checks.
    pub fn duty_tally(&self, deputy: i64, year: i32) -> Result<DutyTally> {
        let (from, to) = year_bounds(year);
        let mut t = DutyTally {
            year,
            ..DutyTally::default()
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.status, count(*), coalesce(sum(a.days), 0), coalesce(sum(t.spoke), 0),
                    coalesce(sum(a.kind = '接待选民'), 0), coalesce(sum(a.kind = '向选民述职'), 0)
               FROM attendance t JOIN activity a ON a.id = t.activity_id
              WHERE t.deputy_id = ?1 AND a.status = '已举行' AND a.starts_on BETWEEN ?2 AND ?3
              GROUP BY t.status",
        )?;
        let mut rows = stmt.query(params![deputy, from, to])?;
        while let Some(r) = rows.next()? {
            let status: String = r.get(0)?;
            let n: i64 = r.get(1)?;
            match status.as_str() {
                "出席" => {
                    t.present = n;
                    t.activity_days = r.get(2)?;
                    t.speeches = r.get(3)?;
                    t.receptions = r.get(4)?;
                    t.reports += r.get::<_, i64>(5)?;
                }
                "请假" => t.excused = n,
                _ => t.absent = n,
            }
        }
        let (people, contacts, district): (i64, i64, i64) = self.conn.query_row(
            "SELECT coalesce(sum(people), 0), count(*), coalesce(sum(in_district), 0)
               FROM voter_contact WHERE deputy_id = ?1 AND contacted_on BETWEEN ?2 AND ?3",
            params![deputy, from, to],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        (t.voter_people, t.voter_contacts, t.district_visits) = (people, contacts, district);
        let mut stmt = self.conn.prepare_cached(
            "SELECT (CAST(substr(contacted_on, 6, 2) AS INTEGER) - 1) / 3, count(*)
               FROM voter_contact
              WHERE deputy_id = ?1 AND mode = '走访' AND contacted_on BETWEEN ?2 AND ?3
              GROUP BY 1",
        )?;
        let mut rows = stmt.query(params![deputy, from, to])?;
        while let Some(r) = rows.next()? {
            let q: i64 = r.get(0)?;
            if let Some(slot) = usize::try_from(q)
                .ok()
                .and_then(|q| t.household_visits.get_mut(q))
            {
                *slot = r.get(1)?;
            }
        }
        (t.motions_lead, t.motions_cosigned, t.suggestions) = self.conn.query_row(
            "SELECT coalesce(sum(m.kind = '议案' AND s.role = '领衔'), 0),
                    coalesce(sum(m.kind = '议案' AND s.role = '附议'), 0),
                    coalesce(sum(m.kind IN ('建议', '批评', '意见', '代表函') AND s.role = '领衔'), 0)
               FROM motion_signer s JOIN motion m ON m.id = s.motion_id
              WHERE s.deputy_id = ?1 AND m.year = ?2 AND m.status <> '不予接收'",
            params![deputy, year],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let (reports, deeds, congress): (i64, i64, i64) = self.conn.query_row(
            "SELECT coalesce(sum(kind = '向选民述职'), 0), coalesce(sum(kind = '办实事'), 0),
                    coalesce(sum(kind = '出席人代会'), 0)
               FROM duty_event WHERE deputy_id = ?1 AND happened_on BETWEEN ?2 AND ?3",
            params![deputy, from, to],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        t.reports += reports;
        (t.deeds, t.congress) = (deeds, congress);
        (
            t.checks_passed,
            t.checks_to_fix,
            t.checks_fixed,
            t.checks_pending,
        ) = self.conn.query_row(
            "SELECT coalesce(sum(status = '已查-合格' AND done_on BETWEEN ?2 AND ?3), 0),
                        coalesce(sum(status = '已查-需整改' AND done_on BETWEEN ?2 AND ?3), 0),
                        coalesce(sum(status = '已整改' AND done_on BETWEEN ?2 AND ?3), 0),
                        coalesce(sum(status = '待查' AND planned_on BETWEEN ?2 AND ?3), 0)
                   FROM spot_check WHERE deputy_id = ?1 AND target_kind = '代表'",
            params![deputy, from, to],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        Ok(t)
    }

    /// Facts of the deputies in office, of one group or of the township.
    pub fn structure_facts(&self, group: Option<i64>) -> Result<Vec<DeputyFacts>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.gender, d.party, d.occupation, d.education, d.level, d.birth_month
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
              WHERE d.status = '在任' AND (?1 IS NULL OR m.group_id = ?1)",
        )?;
        let rows = stmt.query_map([group], |r| {
            let birth: Option<String> = r.get(5)?;
            Ok(DeputyFacts {
                gender: r.get(0)?,
                party: r.get(1)?,
                occupation: r.get(2)?,
                education: r.get(3)?,
                level: r.get(4)?,
                birth: birth.as_deref().and_then(parse_birth_month),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

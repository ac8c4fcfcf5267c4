//! What the docket's forms choose from: deputies in office, handling units
//! (with their open, overdue and closed counts), reply classes, and the
//! signers still to rate a reply.

use chrono::NaiveDate;
use rusqlite::params;

use super::{OPEN, Signer, signer_row};
use crate::domain::motion::ReplyClass;
use crate::storage::Db;
use crate::storage::error::{Result, StorageError};

/// A deputy the picker offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeputyChoice {
    pub id: i64,
    pub name: String,
    pub pinyin: String,
    pub group: String,
    pub level: String,
}

/// A handling unit (承办单位).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandlingUnit {
    pub id: i64,
    pub name: String,
    pub contact: String,
    pub phone: String,
    pub active: bool,
}

/// A unit's items in a year: open, overdue and closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitSummary {
    pub unit: HandlingUnit,
    pub open: i64,
    pub overdue: i64,
    pub closed: i64,
}

impl Db {
    /// Deputies in office, for the signer picker, by name.
    pub fn deputy_choices(&self) -> Result<Vec<DeputyChoice>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.name, d.pinyin, COALESCE(g.name, ''), d.level FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE d.status = '在任' ORDER BY d.name, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DeputyChoice {
                id: r.get(0)?,
                name: r.get(1)?,
                pinyin: r.get(2)?,
                group: r.get(3)?,
                level: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Handling units, active first, by name.
    pub fn handling_units(&self, include_inactive: bool) -> Result<Vec<HandlingUnit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, contact, phone, active FROM handling_unit
              WHERE ?1 OR active = 1 ORDER BY active DESC, name, id",
        )?;
        let rows = stmt.query_map([include_inactive], |r| {
            Ok(HandlingUnit {
                id: r.get(0)?,
                name: r.get(1)?,
                contact: r.get(2)?,
                phone: r.get(3)?,
                active: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each unit's open, overdue and closed items (closed within `year`).
    pub fn unit_summaries(&self, year: i32, today: NaiveDate) -> Result<Vec<UnitSummary>> {
        let units = self.handling_units(true)?;
        let sql = format!(
            "SELECT count(*) FILTER (WHERE m.status IN {OPEN}),
                    count(*) FILTER (WHERE m.status IN ('已交办', '办理中') AND m.reply_due < ?2),
                    count(*) FILTER (WHERE m.status IN ('办结', '归档') AND m.year = ?3)
               FROM motion m
              WHERE EXISTS (SELECT 1 FROM motion_unit mu WHERE mu.motion_id = m.id
                             AND mu.unit_id = ?1 AND mu.returned_on IS NULL)"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::with_capacity(units.len());
        for unit in units {
            let (open, overdue, closed) = stmt.query_row(params![unit.id, today, year], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
            out.push(UnitSummary {
                unit,
                open,
                overdue,
                closed,
            });
        }
        Ok(out)
    }

    /// The reply-class scheme in use and its classes.
    pub fn reply_classes(&self) -> Result<(String, Vec<ReplyClass>)> {
        let scheme = self
            .setting("reply_class_scheme")?
            .unwrap_or_else(|| "四类".to_owned());
        let mut stmt = self.conn.prepare_cached(
            "SELECT scheme, code, label, solved, follow FROM reply_class WHERE scheme = ?1 ORDER BY code",
        )?;
        let rows = stmt.query_map([&scheme], |r| {
            Ok(ReplyClass {
                scheme: r.get(0)?,
                code: r.get(1)?,
                label: r.get(2)?,
                solved: r.get(3)?,
                follow: r.get(4)?,
            })
        })?;
        let classes: Vec<ReplyClass> = rows.collect::<rusqlite::Result<_>>()?;
        if classes.is_empty() {
            return Err(StorageError::Invalid(format!(
                "unknown reply class scheme {scheme}"
            )));
        }
        Ok((scheme, classes))
    }

    /// The names of the reply-class schemes kept in the file.
    pub fn reply_schemes(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT scheme FROM reply_class ORDER BY scheme DESC")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Signers of an item who have not rated its latest reply.
    pub fn unrated_signers(&self, id: i64) -> Result<Vec<Signer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.deputy_id, d.name, s.role FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
              WHERE s.motion_id = ?1 AND NOT EXISTS (
                    SELECT 1 FROM motion_feedback f WHERE f.deputy_id = s.deputy_id AND f.reply_id =
                      (SELECT r.id FROM motion_reply r WHERE r.motion_id = ?1
                        ORDER BY r.replied_on DESC, r.id DESC LIMIT 1))
              ORDER BY s.role <> '领衔', d.name, d.id",
        )?;
        let rows = stmt.query_map([id], signer_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

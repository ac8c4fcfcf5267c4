//! The roster (代表花名册): deputies, their groups and roles, term ends.
//! Groups live in `roster/groups.rs`; voter contacts, duty records and the
//! facts for structure statistics in `roster/duty.rs`.
//!
//! Every write is one transaction. Refusals the chair must understand come
//! back as typed outcomes (the UI words them); the schema refuses the rest.

mod duty;
mod groups;
mod membership;

pub use duty::{ChairContactInput, VoterContact, VoterContactInput};
pub use groups::{GroupInput, GroupSummary};
pub use membership::{EndOutcome, MembershipSpan, MoveOutcome, RoleOutcome};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::Db;
use super::error::Result;
use crate::domain::pinyin_keys::name_keys;

/// A deputy's attributes as the chair types them (all of 花名册).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeputyInput {
    pub name: String,
    /// 男 / 女
    pub gender: String,
    /// 民族
    pub ethnicity: String,
    /// 出生年月, 'YYYY-MM'
    pub birth_month: Option<String>,
    /// 政治面貌
    pub party: String,
    /// 文化程度 ('' when unknown)
    pub education: String,
    /// 职业构成
    pub occupation: String,
    /// 工作单位及职务
    pub unit_title: String,
    /// 选区
    pub district: String,
    /// 代表层级: 全国 / 省 / 市 / 县 / 镇
    pub level: String,
    /// 直接选举产生 (reports to voters every year)
    pub directly_elected: bool,
    pub phone: String,
    /// 住址 (private: never on a public notice)
    pub address: String,
    pub notes: String,
}

/// A deputy with their current group and role.
#[derive(Clone, Debug, PartialEq)]
pub struct Deputy {
    pub id: i64,
    pub data: DeputyInput,
    /// 在任, or how the term ended (辞职 / 罢免 / 终止 / 去世 / 调离).
    pub status: String,
    pub ended_on: Option<NaiveDate>,
    pub end_reason: String,
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    /// 组长 / 副组长 / 组员
    pub role: Option<String>,
    /// Stored pinyin keys (may be empty in files written by other tools).
    pub pinyin: String,
}

impl Deputy {
    pub fn in_office(&self) -> bool {
        self.status == "在任"
    }
}

/// What refers to a deputy elsewhere in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeputyRecords {
    pub attendance: i64,
    pub reception_duty: i64,
    pub motions: i64,
    pub spot_checks: i64,
    pub voter_contacts: i64,
    pub duty_events: i64,
    pub chair_contacts: i64,
}

impl DeputyRecords {
    pub fn is_empty(&self) -> bool {
        *self == DeputyRecords::default()
    }
}

/// Result of deleting a deputy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    /// Other records refer to the deputy: end the term instead.
    HasRecords(DeputyRecords),
}

const DEPUTY_COLUMNS: &str = "d.id, d.name, d.gender, d.ethnicity, d.birth_month, d.party,
    d.education, d.occupation, d.unit_title, d.district, d.level, d.directly_elected,
    d.phone, d.address, d.notes, d.status, d.ended_on, d.end_reason, m.group_id, g.name,
    m.role, d.pinyin";

fn deputy_row(r: &Row) -> rusqlite::Result<Deputy> {
    Ok(Deputy {
        id: r.get(0)?,
        data: DeputyInput {
            name: r.get(1)?,
            gender: r.get(2)?,
            ethnicity: r.get(3)?,
            birth_month: r.get(4)?,
            party: r.get(5)?,
            education: r.get(6)?,
            occupation: r.get(7)?,
            unit_title: r.get(8)?,
            district: r.get(9)?,
            level: r.get(10)?,
            directly_elected: r.get(11)?,
            phone: r.get(12)?,
            address: r.get(13)?,
            notes: r.get(14)?,
        },
        status: r.get(15)?,
        ended_on: r.get(16)?,
        end_reason: r.get(17)?,
        group_id: r.get(18)?,
        group_name: r.get(19)?,
        role: r.get(20)?,
        pinyin: r.get(21)?,
    })
}

impl Db {
    /// Deputies in group order (leaders first, then by name); ended terms
    /// only when asked for.
    pub fn roster_deputies(&self, include_ended: bool) -> Result<Vec<Deputy>> {
        let sql = format!(
            "SELECT {DEPUTY_COLUMNS}
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE ?1 OR d.status = '在任'
              ORDER BY d.status <> '在任', g.id IS NULL, g.sort_order, g.id,
                       CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END,
                       d.name, d.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([include_ended], deputy_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One deputy, in office or not.
    pub fn roster_deputy(&self, id: i64) -> Result<Option<Deputy>> {
        let sql = format!(
            "SELECT {DEPUTY_COLUMNS}
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE d.id = ?1"
        );
        Ok(self.conn.query_row(&sql, [id], deputy_row).optional()?)
    }

    /// Other deputies with the same name and birth month (a likely double
    /// entry); `except` leaves out the deputy being edited.
    pub fn same_name_and_birth(
        &self,
        name: &str,
        birth_month: Option<&str>,
        except: Option<i64>,
    ) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM deputy
              WHERE name = ?1 AND birth_month IS ?2 AND id IS NOT ?3",
            params![name.trim(), birth_month, except],
            |r| r.get(0),
        )?)
    }

    /// Adds a deputy in office, in the current term, and (when given) puts
    /// them in a group from `on`. Returns the new id.
    pub fn add_deputy(
        &mut self,
        d: &DeputyInput,
        group: Option<i64>,
        on: NaiveDate,
    ) -> Result<i64> {
        self.write(|tx| {
            let term: Option<i64> = tx
                .query_row(
                    "SELECT id FROM term ORDER BY (starts_on <= ?1 AND (ends_on IS NULL OR ends_on >= ?1)) DESC,
                            starts_on DESC LIMIT 1",
                    [on],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO deputy (name, gender, ethnicity, birth_month, party, education,
                        occupation, unit_title, district, level, directly_elected, phone,
                        address, notes, pinyin, term_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                params![
                    d.name.trim(),
                    d.gender,
                    d.ethnicity,
                    d.birth_month,
                    d.party,
                    d.education,
                    d.occupation,
                    d.unit_title,
                    d.district,
                    d.level,
                    d.directly_elected,
                    d.phone,
                    d.address,
                    d.notes,
                    name_keys(&d.name).to_stored(),
                    term
                ],
            )?;
            let id = tx.last_insert_rowid();
            if let Some(g) = group {
                tx.execute(
                    "INSERT INTO membership (deputy_id, group_id, joined_on) VALUES (?1, ?2, ?3)",
                    params![id, g, on],
                )?;
            }
            Ok(id)
        })
    }

    /// Rewrites a deputy's attributes; the pinyin keys follow the name.
    pub fn update_deputy(&mut self, id: i64, d: &DeputyInput) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE deputy SET name = ?2, gender = ?3, ethnicity = ?4, birth_month = ?5,
                        party = ?6, education = ?7, occupation = ?8, unit_title = ?9,
                        district = ?10, level = ?11, directly_elected = ?12, phone = ?13,
                        address = ?14, notes = ?15, pinyin = ?16, updated_at = datetime('now')
                  WHERE id = ?1",
                params![
                    id,
                    d.name.trim(),
                    d.gender,
                    d.ethnicity,
                    d.birth_month,
                    d.party,
                    d.education,
                    d.occupation,
                    d.unit_title,
                    d.district,
                    d.level,
                    d.directly_elected,
                    d.phone,
                    d.address,
                    d.notes,
                    name_keys(&d.name).to_stored()
                ],
            )?;
            Ok(())
        })
    }

    /// What refers to a deputy outside the roster.
    pub fn deputy_records(&self, id: i64) -> Result<DeputyRecords> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM attendance WHERE deputy_id = ?1),
                    (SELECT count(*) FROM reception_duty WHERE deputy_id = ?1),
                    (SELECT count(*) FROM motion_signer WHERE deputy_id = ?1)
                      + (SELECT count(*) FROM motion_feedback WHERE deputy_id = ?1),
                    (SELECT count(*) FROM spot_check WHERE deputy_id = ?1),
                    (SELECT count(*) FROM voter_contact WHERE deputy_id = ?1),
                    (SELECT count(*) FROM duty_event WHERE deputy_id = ?1),
                    (SELECT count(*) FROM chair_contact WHERE deputy_id = ?1)",
            [id],
            |r| {
                Ok(DeputyRecords {
                    attendance: r.get(0)?,
                    reception_duty: r.get(1)?,
                    motions: r.get(2)?,
                    spot_checks: r.get(3)?,
                    voter_contacts: r.get(4)?,
                    duty_events: r.get(5)?,
                    chair_contacts: r.get(6)?,
                })
            },
        )?)
    }

    /// Deletes a deputy entered by mistake, with their group memberships.
    /// Refused when any other record refers to them.
    pub fn delete_deputy(&mut self, id: i64) -> Result<DeleteOutcome> {
        let records = self.deputy_records(id)?;
        if !records.is_empty() {
            return Ok(DeleteOutcome::HasRecords(records));
        }
        self.write(|tx| {
            tx.execute("DELETE FROM membership WHERE deputy_id = ?1", [id])?;
            // The foreign keys refuse it if a record appeared meanwhile.
            tx.execute("DELETE FROM deputy WHERE id = ?1", [id])?;
            Ok(DeleteOutcome::Deleted)
        })
    }
}

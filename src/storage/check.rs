//! Soundness checks of a database file (`chairdesk check`).

use super::error::Result;
use super::{APPLICATION_ID, Db, SCHEMA_VERSION};

/// Tables whose row counts a check reports (and a handover compares).
pub const COUNTED_TABLES: &[&str] = &[
    "deputy_group",
    "station",
    "deputy",
    "membership",
    "activity",
    "attendance",
    "reception_duty",
    "voter_contact",
    "duty_event",
    "chair_contact",
    "spot_round",
    "spot_check",
    "spot_followup",
    "handling_unit",
    "motion",
    "motion_signer",
    "motion_unit",
    "motion_event",
    "motion_reply",
    "motion_feedback",
    "holiday",
    "rule",
];

/// What a check found.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckReport {
    /// Problems `PRAGMA integrity_check` reported (empty when sound).
    pub integrity: Vec<String>,
    /// Foreign-key violations as "table rowid -> parent".
    pub foreign_keys: Vec<String>,
    pub application_id: i32,
    pub version: i32,
    pub counts: Vec<(&'static str, i64)>,
}

impl CheckReport {
    pub fn is_sound(&self) -> bool {
        self.integrity.is_empty()
            && self.foreign_keys.is_empty()
            && self.application_id == APPLICATION_ID
            && self.version == SCHEMA_VERSION
    }
}

impl Db {
    /// Runs integrity, foreign-key and identity checks; reads only.
    pub fn check(&self) -> Result<CheckReport> {
        let mut integrity = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                integrity.push(line);
            }
        }
        let mut foreign_keys = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            let table: String = r.get(0)?;
            let rowid: Option<i64> = r.get(1)?;
            let parent: String = r.get(2)?;
            Ok(format!("{table} {} -> {parent}", rowid.unwrap_or_default()))
        })?;
        for row in rows {
            foreign_keys.push(row?);
        }
        let application_id = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version = self.user_version()?;
        Ok(CheckReport {
            integrity,
            foreign_keys,
            application_id,
            version,
            counts: self.table_counts()?,
        })
    }

    /// Row counts of the record tables.
    pub fn table_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        COUNTED_TABLES
            .iter()
            .map(|t| {
                let n = self
                    .conn
                    .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
                Ok((*t, n))
            })
            .collect()
    }
}

impl Db {
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

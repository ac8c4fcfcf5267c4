//! Configurable duty rules (规则) and program settings.

use super::Db;
use super::error::{Result, StorageError};

/// One rule with its current value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub key: String,
    pub value: i64,
    pub unit: String,
}

impl Db {
    /// The value of a rule; an unknown key is a programming error reported
    /// as invalid input rather than a panic.
    pub fn rule(&self, key: &str) -> Result<i64> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value FROM rule WHERE key = ?1")?;
        stmt.query_row([key], |r| r.get(0)).map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => {
                StorageError::Invalid(format!("unknown rule {key}"))
            }
            other => other.into(),
        })
    }

    /// Every rule, by key.
    pub fn rules(&self) -> Result<Vec<Rule>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, value, unit FROM rule ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| {
            Ok(Rule {
                key: r.get(0)?,
                value: r.get(1)?,
                unit: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A program setting, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?;
        let mut rows = stmt.query([key])?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        })
    }

    /// Sets a program setting, as one transaction.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
            Ok(())
        })
    }
}

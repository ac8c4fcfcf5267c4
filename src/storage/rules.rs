//! Configurable duty rules (规则) and program settings.

use super::Db;
use super::error::{Result, StorageError};
use crate::domain::scores::Weights;
use crate::domain::scores::duties::YearlyDuties;

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

    /// Changes a rule's value, as one transaction. An unknown key or a
    /// negative value is refused with nothing written.
    pub fn set_rule(&mut self, key: &str, value: i64) -> Result<()> {
        if value < 0 {
            return Err(StorageError::Invalid(format!("rule {key}: {value} < 0")));
        }
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE rule SET value = ?2 WHERE key = ?1",
                rusqlite::params![key, value],
            )?;
            if n == 1 {
                Ok(())
            } else {
                Err(StorageError::Invalid(format!("unknown rule {key}")))
            }
        })
    }

    /// The duty-score weight table, in table order.
    pub fn score_weights(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT event, points FROM score_weight ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Changes the points of one scored event, as one transaction.
    pub fn set_score_weight(&mut self, event: &str, points: i64) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE score_weight SET points = ?2 WHERE event = ?1",
                rusqlite::params![event, points],
            )?;
            if n == 1 {
                Ok(())
            } else {
                Err(StorageError::Invalid(format!(
                    "unknown score event {event}"
                )))
            }
        })
    }

    /// The weights the duty scores use.
    pub fn weights(&self) -> Result<Weights> {
        Ok(Weights::from_rows(
            &self.score_weights()?,
            self.rule("score_suggestion_quota")?,
        ))
    }

    /// The yearly duties of every deputy, from the rules.
    pub fn yearly_duties(&self) -> Result<YearlyDuties> {
        Ok(YearlyDuties {
            voter_contacts: self.rule("deputy_voter_contacts_per_year")?,
            district_visits: self.rule("deputy_district_visits_per_year")?,
            activity_days: self.rule("deputy_activity_days_per_year")?,
            suggestions: self.rule("deputy_suggestions_per_year")?,
            reports: self.rule("deputy_reports_per_year")?,
            behind_percent: self.rule("deputy_behind_percent")?,
        })
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

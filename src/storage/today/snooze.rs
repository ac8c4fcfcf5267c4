//! Review lines put off (推迟) or marked seen for today (已阅), kept in the
//! file so they stay put off after a restart and on the next chair's laptop.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use crate::storage::Db;
use crate::storage::error::{Result, StorageError};

/// How a line was put off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnoozeHow {
    /// 推迟到某日: hidden until that day.
    Until(NaiveDate),
    /// 今日已阅: hidden for the rest of today.
    Seen,
}

impl Db {
    /// Every stored snooze: line key and the day the line comes back.
    pub fn snoozes(&self) -> Result<HashMap<String, NaiveDate>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT line_key, until FROM review_snooze")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Puts a line off, as one transaction; snoozes that ran out are
    /// dropped in the same go so the table stays small.
    pub fn snooze_line(&mut self, key: &str, how: SnoozeHow, today: NaiveDate) -> Result<()> {
        let (until, word) = match how {
            SnoozeHow::Until(day) => (day, "推迟"),
            SnoozeHow::Seen => (today + Duration::days(1), "已阅"),
        };
        if until <= today {
            return Err(StorageError::Invalid(format!(
                "snooze until {until} is not after {today}"
            )));
        }
        self.write(|tx| {
            tx.execute("DELETE FROM review_snooze WHERE until <= ?1", [today])?;
            tx.execute(
                "INSERT INTO review_snooze (line_key, until, how, set_on) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (line_key) DO UPDATE
                    SET until = excluded.until, how = excluded.how, set_on = excluded.set_on",
                rusqlite::params![key, until, word, today],
            )?;
            Ok(())
        })
    }

    /// Brings a put-off line back at once, as one transaction.
    pub fn unsnooze_line(&mut self, key: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM review_snooze WHERE line_key = ?1", [key])?;
            Ok(())
        })
    }
}

//! Filling a file with demo data, and keeping derived search keys current.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Db;
use super::demo::{DemoSummary, write_demo};
use super::demo_scale::{ScaleSummary, write_county};
use super::error::Result;
use crate::domain::pinyin_keys::name_keys;

impl Db {
    /// Writes the demo township into this file as one transaction.
    pub fn load_demo(&mut self, today: NaiveDate, seed: u64) -> Result<DemoSummary> {
        self.write(|tx| {
            let summary = write_demo(tx, today, seed)?;
            fill_pinyin(tx)?;
            Ok(summary)
        })
    }
}

impl Db {
    /// Writes the county-scale demo (benchmarks) as one transaction.
    pub fn load_county_demo(&mut self, today: NaiveDate, seed: u64) -> Result<ScaleSummary> {
        self.write(|tx| {
            let summary = write_county(tx, today, seed)?;
            fill_pinyin(tx)?;
            Ok(summary)
        })
    }
}

/// Computes the pinyin search keys of deputies that have none yet.
pub(super) fn fill_pinyin(tx: &Transaction) -> Result<usize> {
    let missing: Vec<(i64, String)> = {
        let mut stmt = tx.prepare("SELECT id, name FROM deputy WHERE pinyin = ''")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut update = tx.prepare("UPDATE deputy SET pinyin = ?1 WHERE id = ?2")?;
    for (id, name) in &missing {
        update.execute(rusqlite::params![name_keys(name).to_stored(), id])?;
    }
    Ok(missing.len())
}

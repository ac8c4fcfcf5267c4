//! The steps that change one check: record its result, note a follow-up,
//! close a correction, withdraw it. Each is checked against the domain's
//! rules first and written as one transaction; the schema's triggers refuse
//! the same nonsense if anything slips past.

use chrono::NaiveDate;

use super::{SpotError, status_at};
use crate::domain::sampling::{
    CheckResult, CheckStatus, Outcome, validate_note, validate_withdrawal,
};
use crate::storage::Db;
use crate::storage::error::{Result, StorageError};

/// How the check was done, and by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckWork {
    pub method: String,
    pub checker: String,
}

type SpotResult<T> = std::result::Result<T, SpotError>;

impl Db {
    /// The status and check date of a check.
    fn spot_state(&self, id: i64) -> Result<(CheckStatus, Option<NaiveDate>)> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT status, done_on FROM spot_check WHERE id = ?1")?;
        stmt.query_row([id], |r| Ok((status_at(r, 0)?, r.get(1)?)))
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => {
                    StorageError::Invalid(format!("no spot-check {id}"))
                }
                e => e.into(),
            })
    }

    /// Records (or amends) what a check found.
    pub fn spot_record_result(
        &mut self,
        id: i64,
        result: &CheckResult,
        work: &CheckWork,
        today: NaiveDate,
    ) -> SpotResult<()> {
        let (status, _) = self.spot_state(id)?;
        result.validate(status, today).map_err(SpotError::Refused)?;
        let (to, due) = match result.outcome {
            Outcome::Passed => (CheckStatus::Passed, None),
            Outcome::NeedsCorrection => (CheckStatus::NeedsCorrection, result.correction_due),
        };
        self.write(|tx| {
            tx.execute(
                "UPDATE spot_check SET status = ?2, done_on = ?3, finding = ?4,
                        correction_due = ?5, method = ?6, checker = ?7
                  WHERE id = ?1",
                rusqlite::params![
                    id,
                    to.as_db(),
                    result.done_on,
                    result.finding.trim(),
                    due,
                    work.method,
                    work.checker.trim()
                ],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Notes how a correction is going (整改跟进).
    pub fn spot_add_followup(
        &mut self,
        id: i64,
        on: NaiveDate,
        note: &str,
        today: NaiveDate,
    ) -> SpotResult<()> {
        self.spot_note(id, on, note, today, false)
    }

    /// Closes a correction (已整改) with a note saying what was done.
    pub fn spot_close_correction(
        &mut self,
        id: i64,
        on: NaiveDate,
        note: &str,
        today: NaiveDate,
    ) -> SpotResult<()> {
        self.spot_note(id, on, note, today, true)
    }

    /// A follow-up note, and with `closing` the close it explains; the note
    /// goes in first, as the schema wants a closed correction to have one.
    fn spot_note(
        &mut self,
        id: i64,
        on: NaiveDate,
        note: &str,
        today: NaiveDate,
        closing: bool,
    ) -> SpotResult<()> {
        let (status, done) = self.spot_state(id)?;
        validate_note(status, done, on, note, closing, today).map_err(SpotError::Refused)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO spot_followup (check_id, noted_on, note) VALUES (?1, ?2, ?3)",
                rusqlite::params![id, on, note.trim()],
            )?;
            if closing {
                tx.execute(
                    "UPDATE spot_check SET status = '已整改', closed_on = ?2 WHERE id = ?1",
                    rusqlite::params![id, on],
                )?;
            }
            Ok(())
        })?;
        Ok(())
    }

    /// Withdraws a check not yet done (撤销), keeping the reason.
    pub fn spot_withdraw(&mut self, id: i64, reason: &str) -> SpotResult<()> {
        let (status, _) = self.spot_state(id)?;
        validate_withdrawal(status, reason).map_err(SpotError::Refused)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE spot_check SET status = '撤销', finding = ?2 WHERE id = ?1",
                rusqlite::params![id, reason.trim()],
            )?;
            Ok(())
        })?;
        Ok(())
    }
}

//! Roster import: read the file, plan against the database, and write the
//! plan in one transaction after a backup.

use std::path::Path;

use chrono::NaiveDate;

use super::ExcelError;
use super::read::read_file;
use crate::domain::roster_file::{ImportPlan, PlanError, Sheet, plan_import};
use crate::storage::Db;
use crate::storage::exchange::ImportOutcome;

/// Reads `path` and plans its import into `db`; writes nothing.
pub fn prepare(db: &Db, path: &Path) -> Result<ImportPlan, ExcelError> {
    plan_sheets(db, &read_file(path)?, path)
}

/// Plans sheets already read from `path` (read before the database is
/// opened, so a bad file never creates one).
pub fn plan_sheets(db: &Db, sheets: &[Sheet], path: &Path) -> Result<ImportPlan, ExcelError> {
    let existing = db.import_existing()?;
    plan_import(sheets, &existing).map_err(|e| match e {
        PlanError::NoHeader => ExcelError::NoHeader(path.to_path_buf()),
    })
}

/// Writes the plan: refused whole when a row is bad and `skip_bad` is off.
pub fn apply(
    db: &mut Db,
    plan: &ImportPlan,
    skip_bad: bool,
    today: NaiveDate,
) -> Result<ImportOutcome, ExcelError> {
    let deputies = plan.to_write(skip_bad).map_err(ExcelError::BadRows)?;
    Ok(db.import_roster(&deputies, today)?)
}

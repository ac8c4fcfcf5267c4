//! Plain-language messages for storage errors, so the chair never sees a
//! raw SQLite message alone.

use rusqlite::ErrorCode;

use crate::storage::backup::CopyError;
use crate::storage::{OpenError, StorageError};
use crate::ui::text::Msg;

/// A sentence for an error while working on an open file.
pub fn describe(e: &StorageError) -> String {
    match e {
        StorageError::ReadOnly => Msg::ErrReadOnly.t().to_owned(),
        StorageError::Invalid(text) => text.clone(),
        StorageError::Backup(e) => Msg::ErrBackupFirst.fill(&[&describe_copy(e)]),
        StorageError::Sqlite(err) => describe_sqlite(err),
    }
}

fn describe_sqlite(err: &rusqlite::Error) -> String {
    match err.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => Msg::ErrConstraint.fill(&[&err]),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Msg::ErrBusy.t().to_owned(),
        Some(ErrorCode::DiskFull) => Msg::ErrDiskFull.t().to_owned(),
        Some(ErrorCode::ReadOnly) => Msg::ErrReadOnly.t().to_owned(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
            Msg::ErrCorrupt.t().to_owned()
        }
        Some(ErrorCode::SystemIoFailure | ErrorCode::CannotOpen) => Msg::ErrIo.fill(&[&err]),
        _ => Msg::ErrDatabase.fill(&[&err]),
    }
}

/// A sentence for a file that could not be opened.
pub fn describe_open(e: &OpenError) -> String {
    match e {
        OpenError::NotSqlite(path) => Msg::ErrNotSqlite.fill(&[&path.display()]),
        OpenError::Foreign { path, .. } => Msg::ErrForeign.fill(&[&path.display()]),
        OpenError::Newer {
            path,
            file,
            program,
        } => Msg::ErrNewer.fill(&[&path.display(), file, program]),
        OpenError::Io { path, source } => Msg::ErrOpenIo.fill(&[&path.display(), source]),
        OpenError::Sqlite { path, source } => {
            Msg::ErrOpenIo.fill(&[&path.display(), &describe_sqlite(source)])
        }
        OpenError::Storage { path, source } => {
            Msg::ErrOpenIo.fill(&[&path.display(), &describe(source)])
        }
        OpenError::Migration { path, from, source } => {
            Msg::ErrMigration.fill(&[&path.display(), from, &describe_sqlite(source)])
        }
        OpenError::InUse { path, pid } => {
            Msg::SafetyInUse.fill(&[&path.display(), &pid_text(*pid)])
        }
        OpenError::Damaged {
            path,
            latest_backup: Some(b),
        } => Msg::SafetyDamaged.fill(&[
            &path.display(),
            &b.display(),
            &b.file_name().unwrap_or_default().to_string_lossy(),
        ]),
        OpenError::Damaged { path, .. } => Msg::SafetyDamagedNoBackup.fill(&[&path.display()]),
        OpenError::HotJournal(path) => {
            Msg::SafetyHotJournal.fill(&[&path.display(), &path.display()])
        }
        OpenError::Backup { path, reason } => {
            Msg::SafetyBackupFailed.fill(&[&path.display(), reason])
        }
    }
}

/// A process id for a message, or "unknown".
pub fn pid_text(pid: Option<u32>) -> String {
    pid.map_or_else(|| Msg::SafetyPidUnknown.t().to_owned(), |p| p.to_string())
}

/// A sentence for a failed copy (handover, backup, takeover).
pub fn describe_copy(e: &CopyError) -> String {
    match e {
        CopyError::Full => Msg::SafetyFull.t().to_owned(),
        CopyError::ReadOnly => Msg::SafetyDestReadOnly.t().to_owned(),
        CopyError::Vanished => Msg::SafetyVanished.t().to_owned(),
        CopyError::Exists(p) => Msg::SafetyExists.fill(&[&p.display()]),
        CopyError::Verify(what) => Msg::SafetyVerifyFailed.fill(&[what]),
        CopyError::Io(err) => Msg::SafetyCopyIo.fill(&[err]),
        CopyError::Sqlite(err) => Msg::SafetyCopyIo.fill(&[&describe_sqlite(err)]),
    }
}

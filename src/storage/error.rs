//! Errors of the storage layer. Messages for the chair are produced by the
//! UI from these variants; `Display` here is the technical form for logs.

use std::path::PathBuf;

/// Why a database file could not be opened. The file is never modified in
/// any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{0}: not a SQLite database")]
    NotSqlite(PathBuf),
    #[error("{path}: a SQLite file of another program (application_id {app_id:#x})")]
    Foreign { path: PathBuf, app_id: i32 },
    #[error("{path}: schema version {file} is newer than this program's {program}")]
    Newer {
        path: PathBuf,
        file: i32,
        program: i32,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: {source}")]
    Storage { path: PathBuf, source: StorageError },
    #[error("{path}: in use by process {pid:?}")]
    InUse { path: PathBuf, pid: Option<u32> },
    #[error("{path}: damaged (latest backup {latest_backup:?})")]
    Damaged {
        path: PathBuf,
        latest_backup: Option<PathBuf>,
    },
    #[error("{0}: a leftover -journal needs a writable folder to recover")]
    HotJournal(PathBuf),
    #[error("{path}: backup failed: {reason}")]
    Backup { path: PathBuf, reason: String },
    #[error("{path}: upgrade from version {from} failed: {source}")]
    Migration {
        path: PathBuf,
        from: i32,
        source: rusqlite::Error,
    },
}

/// An error while reading or writing an open database.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("the database is open read-only")]
    ReadOnly,
    /// Input the database would hold but that breaks a rule; the text names it.
    #[error("{0}")]
    Invalid(String),
    /// The backup taken before a risky action (an import) failed, so the
    /// action did not start.
    #[error("backup failed: {0}")]
    Backup(#[from] super::backup::CopyError),
}

pub type Result<T> = std::result::Result<T, StorageError>;

//! Opening, identifying, creating and upgrading the database file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction};

use super::audit;
use super::backup;
use super::error::{OpenError, Result, StorageError};
use super::lock::{Lock, LockError};
use super::migrate::{self, MIGRATIONS, Migration};
use super::{APPLICATION_ID, HOLIDAYS_CSV, SCHEMA_VERSION};
use crate::domain::workdays::{DayKind, parse_holiday_csv};

/// An open chairdesk database.
pub struct Db {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    read_only: bool,
    /// Whether the file keeps an audit history (files made before the
    /// history tables existed do not).
    pub(super) audited: bool,
    /// The single-writer lock, held while the file is open for writing.
    lock: Option<Lock>,
    read_only_reason: Option<ReadOnlyReason>,
    /// The once-a-day backup taken on open: its path, or why it failed.
    daily_backup: Option<std::result::Result<PathBuf, String>>,
}

/// Why a file is open read-only, for the banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnlyReason {
    /// The file or its folder cannot be written (write-protected medium,
    /// no permission).
    NotWritable,
    /// Another chairdesk writes the file (its pid when known).
    InUse(Option<u32>),
    /// Opened for reading on purpose (commands that only read).
    Asked,
}

/// What opening the file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenOutcome {
    /// A new file was created with the latest schema.
    Created,
    /// An existing file of the current version was opened.
    Opened,
    /// An older file was backed up and upgraded.
    Upgraded { from: i32, backup: PathBuf },
}

/// What the first 100 bytes of a file say about it.
enum Header {
    Empty,
    Sqlite { app_id: i32, version: i32 },
    Other,
}

fn read_header(path: &Path) -> std::io::Result<Header> {
    let mut buf = Vec::with_capacity(100);
    fs::File::open(path)?.take(100).read_to_end(&mut buf)?;
    if buf.is_empty() {
        return Ok(Header::Empty);
    }
    if buf.len() < 100 || &buf[..16] != b"SQLite format 3\0" {
        return Ok(Header::Other);
    }
    let be = |at: usize| i32::from_be_bytes([buf[at], buf[at + 1], buf[at + 2], buf[at + 3]]);
    Ok(Header::Sqlite {
        app_id: be(68),
        version: be(60),
    })
}

/// Settings applied on every open, whatever the file said before.
fn apply_pragmas(conn: &Connection, read_only: bool) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    if !read_only {
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    Ok(())
}

/// Creates the file readable only by its owner (on Unix) before SQLite
/// writes anything into it.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(|_| ())
}

fn is_writable(path: &Path) -> bool {
    fs::OpenOptions::new().write(true).open(path).is_ok()
}

/// The `-journal` SQLite leaves beside a file after a crash mid-write.
pub(crate) fn journal_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    PathBuf::from(name)
}

fn has_hot_journal(path: &Path) -> bool {
    fs::metadata(journal_of(path)).is_ok_and(|m| m.len() > 0)
}

/// True when SQLite says the file is damaged.
fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

impl Db {
    /// Opens the file at `path`, creating it when missing (or empty), and
    /// upgrading an older version after a backup. A file that is not a
    /// chairdesk database, or is newer than this program, is refused and left
    /// untouched. A file that cannot be written opens read-only.
    pub fn open(path: &Path) -> std::result::Result<(Db, OpenOutcome), OpenError> {
        Self::open_with(path, MIGRATIONS)
    }

    /// [`Db::open`] with a given migration history (tests use a longer one
    /// to exercise the upgrade path).
    fn open_with(
        path: &Path,
        steps: &[Migration],
    ) -> std::result::Result<(Db, OpenOutcome), OpenError> {
        let latest = steps.last().map_or(0, |s| s.to);
        let io_err = |source| OpenError::Io {
            path: path.to_path_buf(),
            source,
        };
        let header = if path.exists() {
            Some(read_header(path).map_err(io_err)?)
        } else {
            None
        };
        match header {
            None | Some(Header::Empty) => {
                create_private_file(path).map_err(io_err)?;
                let lock = take_lock(path)?;
                let mut db = Self::create(path)?;
                db.lock = lock;
                Ok((db, OpenOutcome::Created))
            }
            Some(Header::Other) => Err(OpenError::NotSqlite(path.to_path_buf())),
            Some(Header::Sqlite { app_id, .. }) if app_id != APPLICATION_ID => {
                Err(OpenError::Foreign {
                    path: path.to_path_buf(),
                    app_id,
                })
            }
            Some(Header::Sqlite { version, .. }) if version > latest => Err(OpenError::Newer {
                path: path.to_path_buf(),
                file: version,
                program: latest,
            }),
            Some(Header::Sqlite { version, .. }) => {
                let lock = if is_writable(path) {
                    take_lock(path)?
                } else {
                    None
                };
                let Some(lock) = lock else {
                    if has_hot_journal(path) {
                        return Err(OpenError::HotJournal(path.to_path_buf()));
                    }
                    let mut db = Self::open_read_only(path)?;
                    db.read_only_reason = Some(ReadOnlyReason::NotWritable);
                    db.refuse_if_damaged()?;
                    return Ok((db, OpenOutcome::Opened));
                };
                let mut db = Self::connect(path, false)?;
                db.lock = Some(lock);
                db.refuse_if_damaged()?;
                // The header may predate a hot journal's rollback: ask SQLite.
                let version = db.user_version().unwrap_or(version);
                let outcome = if version < latest {
                    let backup = db.upgrade(version, steps)?;
                    OutcomeOrCreated::Upgraded(version, backup)
                } else {
                    OutcomeOrCreated::Opened
                };
                db.audited = audit::has_audit_tables(&db.conn).unwrap_or(false);
                db.close_stray_changes_and_triggers()
                    .map_err(|source| OpenError::Sqlite {
                        path: path.to_path_buf(),
                        source,
                    })?;
                db.daily_backup = db
                    .daily_backup_if_due()
                    .map_err(|e| e.to_string())
                    .transpose();
                Ok(match outcome {
                    OutcomeOrCreated::Opened => (db, OpenOutcome::Opened),
                    OutcomeOrCreated::Upgraded(from, backup) => {
                        (db, OpenOutcome::Upgraded { from, backup })
                    }
                })
            }
        }
    }

    /// Refuses a damaged file (integrity or a read error SQLite calls
    /// corrupt), naming the latest backup. Nothing is written.
    fn refuse_if_damaged(&self) -> std::result::Result<(), OpenError> {
        let verdict: rusqlite::Result<String> =
            self.conn
                .query_row("PRAGMA quick_check(1)", [], |r| r.get(0));
        let damaged = match verdict {
            Ok(v) => v != "ok",
            Err(e) if is_corrupt(&e) => true,
            Err(source) => {
                return Err(OpenError::Sqlite {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        if damaged {
            let latest = backup::list_backups(&self.path)
                .ok()
                .and_then(|l| l.into_iter().next())
                .map(|b| b.path);
            return Err(OpenError::Damaged {
                path: self.path.clone(),
                latest_backup: latest,
            });
        }
        Ok(())
    }

    /// Closes a change left open by a transaction committed outside
    /// [`Db::write`], and rebuilds the audit triggers if the tables changed.
    fn close_stray_changes_and_triggers(&mut self) -> rusqlite::Result<()> {
        if !self.audited {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE change_set SET is_open = 0, at = coalesce(at, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')) WHERE is_open = 1", [])?;
        audit::ensure_triggers(&tx)?;
        tx.commit()
    }

    /// Why the file is read-only, when it is.
    pub fn read_only_reason(&self) -> Option<&ReadOnlyReason> {
        self.read_only_reason.as_ref()
    }

    /// Marks a read-only open as caused by another writer (for the banner).
    pub fn set_in_use_by(&mut self, pid: Option<u32>) {
        if self.read_only {
            self.read_only_reason = Some(ReadOnlyReason::InUse(pid));
        }
    }

    /// The backup taken on open today, or why it failed (None when one
    /// already existed or the file is read-only).
    pub fn daily_backup(&self) -> Option<&std::result::Result<PathBuf, String>> {
        self.daily_backup.as_ref()
    }

    /// Opens an existing chairdesk file for reading only, after the same
    /// identity checks as [`Db::open`].
    pub fn open_read_only(path: &Path) -> std::result::Result<Db, OpenError> {
        let io_err = |source| OpenError::Io {
            path: path.to_path_buf(),
            source,
        };
        match read_header(path).map_err(io_err)? {
            Header::Sqlite { app_id, .. } if app_id != APPLICATION_ID => Err(OpenError::Foreign {
                path: path.to_path_buf(),
                app_id,
            }),
            Header::Sqlite { version, .. } if version > SCHEMA_VERSION => Err(OpenError::Newer {
                path: path.to_path_buf(),
                file: version,
                program: SCHEMA_VERSION,
            }),
            Header::Sqlite { .. } => Self::connect(path, true),
            _ => Err(OpenError::NotSqlite(path.to_path_buf())),
        }
    }

    fn connect(path: &Path, read_only: bool) -> std::result::Result<Db, OpenError> {
        let sql_err = |source| OpenError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sql_err)?;
        super::trace::install_from_env(&mut conn);
        apply_pragmas(&conn, read_only).map_err(sql_err)?;
        let audited = audit::has_audit_tables(&conn).unwrap_or(false);
        Ok(Db {
            conn,
            path: path.to_path_buf(),
            read_only,
            audited,
            lock: None,
            read_only_reason: read_only.then_some(ReadOnlyReason::Asked),
            daily_backup: None,
        })
    }

    fn create(path: &Path) -> std::result::Result<Db, OpenError> {
        let mut db = Self::connect(path, false)?;
        let err = |source| OpenError::Migration {
            path: path.to_path_buf(),
            from: 0,
            source,
        };
        migrate::run(&mut db.conn, 0, MIGRATIONS).map_err(err)?;
        db.audited = audit::has_audit_tables(&db.conn).unwrap_or(false);
        audit::ensure_triggers(&db.conn).map_err(err)?;
        db.finish_new().map_err(|source| OpenError::Storage {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(db)
    }

    /// A new database in memory with the full schema, for tests and for
    /// drawing frames without a file.
    pub fn open_in_memory() -> Result<Db> {
        let mut conn = Connection::open_in_memory()?;
        apply_pragmas(&conn, false)?;
        migrate::run(&mut conn, 0, MIGRATIONS)?;
        audit::ensure_triggers(&conn)?;
        let mut db = Db {
            audited: audit::has_audit_tables(&conn)?,
            conn,
            path: PathBuf::from(":memory:"),
            read_only: false,
            lock: None,
            read_only_reason: None,
            daily_backup: None,
        };
        db.finish_new()?;
        Ok(db)
    }

    /// Identity and reference data every new file gets.
    fn finish_new(&mut self) -> Result<()> {
        self.write(|tx| {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            load_holidays(tx, HOLIDAYS_CSV)?;
            Ok(())
        })
    }

    /// Backs the file up beside itself, then runs the newer migrations in one
    /// transaction.
    fn upgrade(
        &mut self,
        from: i32,
        steps: &[Migration],
    ) -> std::result::Result<PathBuf, OpenError> {
        let path = self.path.clone();
        let backup = self
            .backup(&format!("upgrade_v{from}"))
            .map_err(|e| OpenError::Backup {
                path: path.clone(),
                reason: e.to_string(),
            })?;
        let err = |source| OpenError::Migration {
            path: path.clone(),
            from,
            source,
        };
        migrate::run(&mut self.conn, from, steps).map_err(err)?;
        // Tables may have changed: the history follows them.
        audit::ensure_triggers(&self.conn).map_err(err)?;
        Ok(backup)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The schema version recorded in the file.
    pub fn user_version(&self) -> Result<i32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs one user action as one transaction: all of it is written, or
    /// none of it.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(StorageError::ReadOnly);
        }
        let baseline = self.audited && self.is_empty()?;
        let tx = self.conn.transaction()?;
        let change = if self.audited && !baseline {
            Some(audit::begin_change(&tx)?)
        } else {
            None
        };
        let value = f(&tx)?;
        if let Some(id) = change {
            audit::end_change(&tx, id)?;
        }
        tx.commit()?;
        Ok(value)
    }

    /// Direct access for storage submodules that write in bulk.
    pub fn transaction(&mut self) -> Result<Transaction<'_>> {
        if self.read_only {
            return Err(StorageError::ReadOnly);
        }
        let baseline = self.audited && self.is_empty()?;
        let tx = self.conn.transaction()?;
        if self.audited && !baseline {
            // Left open after commit; the next write or open closes it.
            audit::begin_change(&tx)?;
        }
        Ok(tx)
    }
}

enum OutcomeOrCreated {
    Opened,
    Upgraded(i32, PathBuf),
}

/// Takes the single-writer lock: None when the folder cannot be written
/// (the file then opens read-only); an error when another process holds it.
fn take_lock(path: &Path) -> std::result::Result<Option<Lock>, OpenError> {
    match Lock::acquire(path) {
        Ok(lock) => Ok(Some(lock)),
        Err(LockError::ReadOnly) => Ok(None),
        Err(LockError::Held(pid)) => Err(OpenError::InUse {
            path: path.to_path_buf(),
            pid,
        }),
        Err(LockError::Io(source)) => Err(OpenError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Loads a holiday schedule (CSV shaped like data/cn-holidays.csv) into the
/// holiday table, replacing the days it lists.
pub(super) fn load_holidays(tx: &Transaction, csv: &str) -> Result<usize> {
    let entries = parse_holiday_csv(csv)
        .map_err(|e| StorageError::Invalid(format!("holiday CSV line {}: {:?}", e.line, e.kind)))?;
    let mut stmt =
        tx.prepare("INSERT OR REPLACE INTO holiday (day, kind, name) VALUES (?1, ?2, ?3)")?;
    for e in &entries {
        let kind = match e.kind {
            DayKind::Holiday => "休",
            DayKind::Workday => "班",
        };
        stmt.execute(rusqlite::params![e.date, kind, e.name])?;
    }
    Ok(entries.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_older_file_is_backed_up_then_upgraded_in_one_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let (mut db, outcome) = Db::open(&path).unwrap();
        assert_eq!(outcome, OpenOutcome::Created);
        db.set_setting("kept", "yes").unwrap();
        drop(db);
        let steps = [
            Migration {
                to: 1,
                sql: super::super::SCHEMA_SQL,
            },
            Migration {
                to: 2,
                sql: "ALTER TABLE setting ADD COLUMN note TEXT NOT NULL DEFAULT '';",
            },
        ];
        let (db, outcome) = Db::open_with(&path, &steps).unwrap();
        let OpenOutcome::Upgraded { from: 1, backup } = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(db.user_version().unwrap(), 2);
        assert_eq!(db.setting("kept").unwrap().as_deref(), Some("yes"));
        // The backup is the file as it was: still version 1, same data.
        let old = Db::open_read_only(&backup).unwrap();
        assert_eq!(old.user_version().unwrap(), 1);
        assert_eq!(old.setting("kept").unwrap().as_deref(), Some("yes"));
    }

    #[test]
    fn a_failed_upgrade_leaves_the_file_at_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        drop(Db::open(&path).unwrap());
        let steps = [
            Migration {
                to: 1,
                sql: super::super::SCHEMA_SQL,
            },
            Migration {
                to: 2,
                sql: "CREATE TABLE extra (x INTEGER); NOT SQL;",
            },
        ];
        assert!(matches!(
            Db::open_with(&path, &steps),
            Err(OpenError::Migration { from: 1, .. })
        ));
        let (db, outcome) = Db::open(&path).unwrap();
        assert_eq!(outcome, OpenOutcome::Opened);
        assert_eq!(db.user_version().unwrap(), 1);
    }
}

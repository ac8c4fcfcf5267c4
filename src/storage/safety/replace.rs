//! Replacing the local file: taking over a file from a stick, and restoring
//! a backup. Both keep a backup of whatever they replace, hold the writer
//! lock while they work, verify what they bring in, and swap it in with one
//! rename, so a crash leaves either the old file or the new one.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::super::backup::{
    self, CopyError, all_counts, classify_io, create_empty, flush, remove_temp, verify,
};
use super::super::lock::{Lock, LockError};
use super::super::open::journal_of;
use super::super::{APPLICATION_ID, Db, OpenError, SCHEMA_VERSION};

/// Why a takeover or restore did not happen. The local file is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum ReplaceError {
    #[error("{0}: no such file")]
    Missing(PathBuf),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("{path}: {what}")]
    Bad { path: PathBuf, what: String },
    #[error(transparent)]
    Copy(#[from] CopyError),
}

/// What a takeover did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakeoverReport {
    /// A leftover journal beside the file was rolled back.
    pub recovered: bool,
    /// Where the replaced local file was backed up.
    pub backup: Option<PathBuf>,
    pub version: i32,
}

const SIDE_FILES: [&str; 3] = ["-journal", "-wal", "-shm"];

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn bad(path: &Path, what: impl Into<String>) -> ReplaceError {
    ReplaceError::Bad {
        path: path.to_path_buf(),
        what: what.into(),
    }
}

/// Refuses what is not a chairdesk file or is newer, before copying it.
fn check_identity(path: &Path) -> Result<(), ReplaceError> {
    let open = Db::open_read_only(path);
    match open {
        Ok(_) => Ok(()),
        // A file with a hot journal may fail to open read-only: its
        // identity is checked again after recovery.
        Err(OpenError::Sqlite { .. }) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Takes the writer lock of the local file, or says who holds it.
fn lock_local(local: &Path) -> Result<Lock, ReplaceError> {
    match Lock::acquire(local) {
        Ok(l) => Ok(l),
        Err(LockError::Held(pid)) => Err(OpenError::InUse {
            path: local.to_path_buf(),
            pid,
        }
        .into()),
        Err(LockError::ReadOnly) => Err(CopyError::ReadOnly.into()),
        Err(LockError::Io(e)) => Err(CopyError::Io(e).into()),
    }
}

/// Keeps the local file before it is replaced: a verified backup when it
/// opens, else its raw bytes (and journal) so nothing is ever lost.
fn keep_local(local: &Path, reason: &str) -> Result<Option<PathBuf>, ReplaceError> {
    let len = fs::metadata(local).map(|m| m.len()).unwrap_or(0);
    if len == 0 {
        return Ok(None);
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    // Opening read-write lets SQLite roll back a journal the last crash left.
    if let Ok(conn) = Connection::open_with_flags(local, flags) {
        let sound = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0))
            .is_ok_and(|v| v == "ok");
        drop(conn);
        if sound {
            if let Ok(db) = Db::open_read_only(local) {
                return Ok(Some(db.backup(reason)?));
            }
        }
    }
    // Not a sound chairdesk file: keep its bytes as they are.
    let dir = backup::backups_dir(local);
    fs::create_dir_all(&dir).map_err(|e| classify_io(e, &dir))?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let stem = local.file_stem().unwrap_or_default().to_string_lossy();
    let target = dir.join(format!("{stem}-{stamp}-{reason}_raw.db"));
    fs::copy(local, &target).map_err(|e| classify_io(e, &dir))?;
    if journal_of(local).exists() {
        fs::copy(journal_of(local), journal_of(&target)).map_err(|e| classify_io(e, &dir))?;
    }
    flush(&target).map_err(|e| classify_io(e, &dir))?;
    Ok(Some(target))
}

/// Puts a verified copy of `conn`'s database at `local` through a
/// temporary name and one rename.
fn swap_in(conn: &Connection, local: &Path) -> Result<(), ReplaceError> {
    let dir = local.parent().unwrap_or(Path::new(".")).to_path_buf();
    fs::create_dir_all(&dir).map_err(|e| classify_io(e, &dir))?;
    let tmp = dir.join(format!(
        ".{}.incoming",
        local.file_name().unwrap_or_default().to_string_lossy()
    ));
    remove_temp(&tmp);
    let counts = all_counts(conn).map_err(CopyError::Sqlite)?;
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(CopyError::Sqlite)?;
    create_empty(&tmp).map_err(|e| classify_io(e, &dir))?;
    let copied = conn
        .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
        .map_err(|e| backup::classify_sql(e, &dir))
        .and_then(|_| verify(&tmp, &counts, version, &[]));
    if let Err(e) = copied {
        remove_temp(&tmp);
        return Err(e.into());
    }
    // A journal still beside the local file after SQLite opened it is not
    // hot (a writer killed before its header was written); it must not sit
    // beside the new file, and nothing is thrown away: it moves to backups.
    let journal = journal_of(local);
    if journal.exists() {
        let kept = backup::backups_dir(local).join(format!(
            "{}-{}-leftover.db-journal",
            local.file_stem().unwrap_or_default().to_string_lossy(),
            chrono::Local::now().format("%Y%m%d-%H%M%S")
        ));
        let moved = fs::create_dir_all(backup::backups_dir(local))
            .and_then(|_| fs::rename(&journal, &kept));
        if let Err(e) = moved {
            remove_temp(&tmp);
            return Err(bad(
                local,
                format!("a -journal beside the file cannot be moved: {e}"),
            ));
        }
    }
    fs::rename(&tmp, local)
        .and_then(|_| flush(local))
        .map_err(|e| {
            remove_temp(&tmp);
            ReplaceError::Copy(classify_io(e, &dir))
        })?;
    Ok(())
}

/// Takes over the file at `from` (e.g. on a USB stick) as the local file
/// `local`: copies it with its side files into a local folder, lets SQLite
/// recover it there, verifies it, backs up the local file it replaces and
/// swaps it in. Nothing on the stick is written or removed.
pub fn takeover(from: &Path, local: &Path) -> Result<TakeoverReport, ReplaceError> {
    if !from.is_file() {
        return Err(ReplaceError::Missing(from.to_path_buf()));
    }
    check_identity(from)?;
    let dir = local.parent().unwrap_or(Path::new(".")).to_path_buf();
    if !dir.as_os_str().is_empty() {
        fs::create_dir_all(&dir).map_err(|e| classify_io(e, &dir))?;
    }
    let _lock = lock_local(local)?;
    let staging = dir.join(format!(".takeover-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| classify_io(e, &staging))?;
    let result = (|| {
        let copy = staging.join("received.db");
        fs::copy(from, &copy).map_err(|e| classify_io(e, &staging))?;
        let mut recovered = false;
        for suffix in SIDE_FILES {
            let src = side(from, suffix);
            if src.is_file() {
                fs::copy(&src, side(&copy, suffix)).map_err(|e| classify_io(e, &staging))?;
                recovered |= suffix == "-journal" && fs::metadata(&src).is_ok_and(|m| m.len() > 0);
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(&copy, flags).map_err(|e| bad(from, e.to_string()))?;
        // Reading rolls a hot journal back; DELETE mode folds in a WAL.
        conn.pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| bad(from, e.to_string()))?;
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(|e| bad(from, e.to_string()))?;
        let version: i32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| bad(from, e.to_string()))?;
        if app != APPLICATION_ID {
            return Err(OpenError::Foreign {
                path: from.to_path_buf(),
                app_id: app,
            }
            .into());
        }
        if version > SCHEMA_VERSION {
            return Err(OpenError::Newer {
                path: from.to_path_buf(),
                file: version,
                program: SCHEMA_VERSION,
            }
            .into());
        }
        let integrity: String = conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .map_err(|e| bad(from, e.to_string()))?;
        if integrity != "ok" {
            return Err(bad(from, integrity));
        }
        let backup = keep_local(local, "takeover")?;
        swap_in(&conn, local)?;
        Ok(TakeoverReport {
            recovered,
            backup,
            version,
        })
    })();
    let _ = fs::remove_dir_all(&staging);
    result
}

/// Restores the backup `name` (a file name from `chairdesk backups`, or a
/// path) over the local file, after keeping the local file as a backup.
pub fn restore(local: &Path, name: &str) -> Result<(PathBuf, Option<PathBuf>), ReplaceError> {
    let list = backup::list_backups(local).map_err(|e| classify_io(e, local))?;
    let chosen = list
        .iter()
        .find(|b| b.name == name || b.path == Path::new(name))
        .map(|b| b.path.clone())
        .ok_or_else(|| ReplaceError::Missing(PathBuf::from(name)))?;
    let _lock = lock_local(local)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn =
        Connection::open_with_flags(&chosen, flags).map_err(|e| bad(&chosen, e.to_string()))?;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|e| bad(&chosen, e.to_string()))?;
    if integrity != "ok" {
        return Err(bad(&chosen, integrity));
    }
    let kept = keep_local(local, "restore")?;
    swap_in(&conn, local)?;
    Ok((chosen, kept))
}

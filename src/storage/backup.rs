//! Verified copies of the file: rotating backups (daily on open, before a
//! migration, import, handover, takeover and restore), restoring one, and
//! the copy-and-verify step the handover also uses.
//!
//! A copy is made with `VACUUM INTO` under a temporary name, reopened
//! read-only and verified (integrity, foreign keys, identity, version, row
//! counts of every table equal to the source) before it is renamed into
//! place and flushed. A failed copy leaves no file behind.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDateTime;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{APPLICATION_ID, Db};

#[path = "safety/handover.rs"]
pub mod handover;
#[path = "safety/replace.rs"]
pub mod replace;

static KEEP: AtomicUsize = AtomicUsize::new(DEFAULT_KEEP);

/// Backups kept when the config says nothing.
pub const DEFAULT_KEEP: usize = 10;

/// Sets how many backups rotation keeps (from the config file; at least 1).
pub fn set_keep(n: usize) {
    KEEP.store(n.max(1), Ordering::Relaxed);
}

pub fn keep() -> usize {
    KEEP.load(Ordering::Relaxed)
}

/// Why a copy (backup or handover) failed. The destination holds no
/// partial file in any case, and the source is never touched.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("no space left on the destination")]
    Full,
    #[error("the destination cannot be written")]
    ReadOnly,
    #[error("the destination is gone")]
    Vanished,
    #[error("{0} exists")]
    Exists(PathBuf),
    #[error("the copy did not verify: {0}")]
    Verify(String),
    #[error(transparent)]
    Io(io::Error),
    #[error(transparent)]
    Sqlite(rusqlite::Error),
}

/// Sorts an I/O error into what the chair can act on.
pub fn classify_io(e: io::Error, dir: &Path) -> CopyError {
    match (e.kind(), e.raw_os_error()) {
        (io::ErrorKind::StorageFull, _) | (_, Some(28 | 122)) => CopyError::Full,
        (io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied, _)
        | (_, Some(30 | 13)) => CopyError::ReadOnly,
        (io::ErrorKind::NotFound, _) | (_, Some(5 | 6 | 19)) => CopyError::Vanished,
        _ if !dir.exists() => CopyError::Vanished,
        _ => CopyError::Io(e),
    }
}

/// Sorts an SQLite error met while writing into `dir`.
pub fn classify_sql(e: rusqlite::Error, dir: &Path) -> CopyError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => CopyError::Full,
        _ if !dir.exists() => CopyError::Vanished,
        Some(ErrorCode::ReadOnly) => CopyError::ReadOnly,
        Some(ErrorCode::CannotOpen) => match probe_writable(dir) {
            Err(e) => classify_io(e, dir),
            Ok(()) => CopyError::Sqlite(e),
        },
        Some(ErrorCode::SystemIoFailure) => CopyError::Vanished,
        _ => CopyError::Sqlite(e),
    }
}

fn probe_writable(dir: &Path) -> io::Result<()> {
    let probe = dir.join(format!(".chairdesk-probe-{}", std::process::id()));
    fs::write(&probe, b"")?;
    fs::remove_file(&probe)
}

/// Row counts of every table of a connection's main schema.
pub(crate) fn all_counts(conn: &Connection) -> rusqlite::Result<Vec<(String, i64)>> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|t| {
            let n = conn.query_row(
                &format!("SELECT count(*) FROM \"{}\"", t.replace('"', "\"\"")),
                [],
                |r| r.get(0),
            )?;
            Ok((t, n))
        })
        .collect()
}

/// Opens a copy read-only and checks it against the source's counts;
/// `extra` names tables where the copy may hold more rows (the handover
/// record written into the copy).
pub(crate) fn verify(
    copy: &Path,
    expected: &[(String, i64)],
    version_expected: i32,
    extra: &[&str],
) -> Result<(), CopyError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let dir = copy.parent().unwrap_or(Path::new("."));
    let conn = Connection::open_with_flags(copy, flags).map_err(|e| classify_sql(e, dir))?;
    let bad = |what: String| Err(CopyError::Verify(what));
    let sql = |e| classify_sql(e, dir);
    let integrity: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(sql)?;
    if integrity != "ok" {
        return bad(format!("integrity: {integrity}"));
    }
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    if fk != 0 {
        return bad(format!("{fk} foreign-key problems"));
    }
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(sql)?;
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if app != APPLICATION_ID || version != version_expected {
        return bad(format!("identity {app:#x} version {version}"));
    }
    let got = all_counts(&conn).map_err(sql)?;
    for (t, n) in expected {
        let m = got.iter().find(|(g, _)| g == t).map(|(_, m)| *m);
        let ok = match m {
            Some(m) if extra.contains(&t.as_str()) => m >= *n,
            Some(m) => m == *n,
            None => false,
        };
        if !ok {
            return bad(format!(
                "table {t}: {n} rows in the source, {m:?} in the copy"
            ));
        }
    }
    Ok(())
}

/// Creates an empty file only its owner can read, refusing an existing one.
pub(crate) fn create_empty(path: &Path) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(|_| ())
}

/// Flushes a file and, on Unix, its folder entry to the device.
pub(crate) fn flush(path: &Path) -> io::Result<()> {
    fs::File::open(path)?.sync_all()?;
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Removes a temporary file and the journal SQLite may have left beside it.
pub(crate) fn remove_temp(path: &Path) {
    let _ = fs::remove_file(path);
    let mut j = path.as_os_str().to_owned();
    j.push("-journal");
    let _ = fs::remove_file(PathBuf::from(j));
}

impl Db {
    /// Writes a complete copy of the file to `tmp` (which must not exist)
    /// and verifies it. On error nothing is left at `tmp`.
    pub(crate) fn copy_to(&self, tmp: &Path) -> Result<Vec<(String, i64)>, CopyError> {
        let dir = tmp.parent().unwrap_or(Path::new(".")).to_path_buf();
        let counts = all_counts(&self.conn).map_err(CopyError::Sqlite)?;
        let version = self.user_version().map_err(|e| match e {
            super::StorageError::Sqlite(e) => CopyError::Sqlite(e),
            other => CopyError::Verify(other.to_string()),
        })?;
        create_empty(tmp).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => CopyError::Exists(tmp.to_path_buf()),
            _ => classify_io(e, &dir),
        })?;
        let result = self
            .conn
            .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
            .map_err(|e| classify_sql(e, &dir))
            .and_then(|_| verify(tmp, &counts, version, &[]));
        if let Err(e) = result {
            remove_temp(tmp);
            return Err(e);
        }
        Ok(counts)
    }

    /// A verified backup into `backups/` beside the file, named after the
    /// file, the time and `reason`; then rotation keeps the newest ones.
    pub fn backup(&self, reason: &str) -> Result<PathBuf, CopyError> {
        backup_to_dir(self, &self.path, reason)
    }

    /// The once-a-day backup taken on open, when none was taken today.
    pub(crate) fn daily_backup_if_due(&self) -> Result<Option<PathBuf>, CopyError> {
        let today = chrono::Local::now().format("%Y%m%d").to_string();
        let list = list_backups(&self.path).map_err(|e| classify_io(e, &self.path))?;
        if list.iter().any(|b| b.stamp.starts_with(&today)) {
            return Ok(None);
        }
        self.backup("daily").map(Some)
    }
}

fn backup_to_dir(db: &Db, path: &Path, reason: &str) -> Result<PathBuf, CopyError> {
    let dir = backups_dir(path);
    fs::create_dir_all(&dir).map_err(|e| classify_io(e, &dir))?;
    let stem = stem(path);
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut n = 1;
    let target = loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let t = dir.join(format!("{stem}-{stamp}-{reason}{suffix}.db"));
        if !t.exists() {
            break t;
        }
        n += 1;
    };
    let tmp = dir.join(format!(
        ".{}.part",
        target.file_name().unwrap_or_default().to_string_lossy()
    ));
    remove_temp(&tmp);
    db.copy_to(&tmp)?;
    fs::rename(&tmp, &target)
        .and_then(|_| flush(&target))
        .map_err(|e| {
            remove_temp(&tmp);
            classify_io(e, &dir)
        })?;
    // A backup that cannot be rotated away (e.g. open elsewhere on
    // Windows) is harmless: the new one is written either way.
    let _ = rotate(path, keep());
    Ok(target)
}

/// The backups folder of a database file.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

fn stem(db: &Path) -> String {
    db.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub name: String,
    /// "YYYYMMDD-HHMMSS".
    pub stamp: String,
    pub taken: Option<NaiveDateTime>,
    pub reason: String,
    pub size: u64,
}

/// The backups of a database file, newest first.
pub fn list_backups(db: &Path) -> io::Result<Vec<BackupInfo>> {
    let dir = backups_dir(db);
    let prefix = format!("{}-", stem(db));
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((stamp, reason)) = parse_name(&name, &prefix) else {
            continue;
        };
        out.push(BackupInfo {
            path: entry.path(),
            taken: NaiveDateTime::parse_from_str(&stamp, "%Y%m%d-%H%M%S").ok(),
            stamp,
            reason,
            size: entry.metadata().map(|m| m.len()).unwrap_or(0),
            name,
        });
    }
    out.sort_by(|a, b| b.stamp.cmp(&a.stamp).then(b.name.cmp(&a.name)));
    Ok(out)
}

/// "STEM-YYYYMMDD-HHMMSS-REASON.db" → (stamp, reason).
fn parse_name(name: &str, prefix: &str) -> Option<(String, String)> {
    let rest = name.strip_prefix(prefix)?.strip_suffix(".db")?;
    let stamp = rest.get(..15)?;
    let ok = stamp
        .chars()
        .enumerate()
        .all(|(i, c)| if i == 8 { c == '-' } else { c.is_ascii_digit() });
    let reason = rest.get(15..)?.strip_prefix('-')?;
    (ok && !reason.is_empty()).then(|| (stamp.to_owned(), reason.to_owned()))
}

/// Which backups rotation removes: all but the newest `keep` (input newest
/// first, as [`list_backups`] gives it).
fn to_remove(list: &[BackupInfo], keep: usize) -> Vec<PathBuf> {
    list.iter()
        .skip(keep.max(1))
        .map(|b| b.path.clone())
        .collect()
}

/// Removes all but the newest `keep` backups of `db`.
pub fn rotate(db: &Path, keep: usize) -> io::Result<Vec<PathBuf>> {
    let gone = to_remove(&list_backups(db)?, keep);
    for p in &gone {
        fs::remove_file(p)?;
    }
    Ok(gone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_foreign_names_are_ignored() {
        assert_eq!(
            parse_name("chairdesk-20261122-101500-daily.db", "chairdesk-"),
            Some(("20261122-101500".into(), "daily".into()))
        );
        assert_eq!(
            parse_name("chairdesk-20261122-101500-upgrade_v1-2.db", "chairdesk-"),
            Some(("20261122-101500".into(), "upgrade_v1-2".into()))
        );
        assert_eq!(parse_name("chairdesk-notes.db", "chairdesk-"), None);
        assert_eq!(
            parse_name("other-20261122-101500-daily.db", "chairdesk-"),
            None
        );
        assert_eq!(
            parse_name(".chairdesk-20261122-101500-daily.db.part", "chairdesk-"),
            None
        );
    }

    #[test]
    fn rotation_keeps_the_newest() {
        let list: Vec<BackupInfo> = (0..5)
            .rev()
            .map(|i| BackupInfo {
                path: PathBuf::from(format!("{i}")),
                name: String::new(),
                stamp: format!("2026010{i}-000000"),
                taken: None,
                reason: "daily".into(),
                size: 0,
            })
            .collect();
        assert_eq!(
            to_remove(&list, 3),
            vec![PathBuf::from("1"), PathBuf::from("0")]
        );
        assert_eq!(to_remove(&list, 0).len(), 4, "at least one is kept");
    }
}

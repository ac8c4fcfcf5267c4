//! One writer per file: a lock file `NAME.lock` beside the database holds
//! the writer's process id (and, on Linux, its start time, so a reused pid
//! is not mistaken for the writer). A lock whose process is gone is stale
//! and is taken over; a crash never blocks the next start.
//!
//! Liveness with std only: Linux reads `/proc/PID/stat`; other Unix asks
//! `kill -0`; Windows keeps the lock file open without write sharing, so a
//! second process can only open it for writing once the holder has died.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    #[cfg(windows)]
    file: Option<fs::File>,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another live process writes the file (its pid when known).
    Held(Option<u32>),
    /// The folder cannot be written: open the file read-only.
    ReadOnly,
    Io(io::Error),
}

/// Where the lock of a database file lives.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    db.with_file_name(name)
}

/// What a lock file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LockInfo {
    pub pid: u32,
    pub start: Option<u64>,
}

mod rule {
    //! The pure decision: is a lock file still held?
    use super::LockInfo;
    use std::time::Duration;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Liveness {
        /// The process runs (and, when known, started when the lock says).
        Alive,
        Dead,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Verdict {
        Stale,
        Held(Option<u32>),
    }

    /// A lock file that cannot be read yet is being written by a starting
    /// process for this long at most; after that it is debris of a crash.
    pub const UNREADABLE_GRACE: Duration = Duration::from_secs(5);

    pub fn decide(info: Option<&LockInfo>, liveness: Liveness, age: Duration) -> Verdict {
        match (info, liveness) {
            (None, _) if age < UNREADABLE_GRACE => Verdict::Held(None),
            (None, _) => Verdict::Stale,
            (Some(i), Liveness::Alive) => Verdict::Held(Some(i.pid)),
            (Some(_), Liveness::Dead) => Verdict::Stale,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn decisions() {
            let i = LockInfo {
                pid: 42,
                start: None,
            };
            let s = Duration::from_secs(1);
            let old = Duration::from_secs(60);
            assert_eq!(
                decide(Some(&i), Liveness::Alive, old),
                Verdict::Held(Some(42))
            );
            assert_eq!(decide(Some(&i), Liveness::Dead, s), Verdict::Stale);
            assert_eq!(decide(None, Liveness::Dead, s), Verdict::Held(None));
            assert_eq!(decide(None, Liveness::Dead, old), Verdict::Stale);
        }
    }
}

use rule::{Liveness, Verdict};

fn parse(text: &str) -> Option<LockInfo> {
    let mut pid = None;
    let mut start = None;
    for line in text.lines() {
        match line.split_once('=') {
            Some(("pid", v)) => pid = v.trim().parse().ok(),
            Some(("start", v)) => start = v.trim().parse().ok(),
            _ => {}
        }
    }
    Some(LockInfo { pid: pid?, start })
}

/// The start time of a process in clock ticks since boot (Linux only).
#[cfg(target_os = "linux")]
fn start_time(pid: u32) -> Option<(u64, bool)> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let zombie = fields.first() == Some(&"Z") || fields.first() == Some(&"X");
    Some((fields.get(19)?.parse().ok()?, zombie))
}

#[cfg(not(target_os = "linux"))]
fn start_time(_pid: u32) -> Option<(u64, bool)> {
    None
}

fn liveness(info: &LockInfo, lock: &Path) -> Liveness {
    #[cfg(target_os = "linux")]
    {
        let _ = lock;
        match start_time(info.pid) {
            None => Liveness::Dead,
            Some((_, true)) => Liveness::Dead,
            Some((start, false)) if info.start.is_some_and(|s| s != start) => Liveness::Dead,
            Some(_) => Liveness::Alive,
        }
    }
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        let _ = lock;
        let alive = std::process::Command::new("kill")
            .args(["-0", &info.pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if alive {
            Liveness::Alive
        } else {
            Liveness::Dead
        }
    }
    #[cfg(windows)]
    {
        let _ = info;
        // The holder keeps the file open without write sharing.
        match fs::OpenOptions::new().write(true).open(lock) {
            Ok(_) => Liveness::Dead,
            Err(_) => Liveness::Alive,
        }
    }
}

fn is_read_only_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    ) || e.raw_os_error() == Some(30)
}

impl Lock {
    /// Takes the lock of `db`, removing a stale one.
    pub fn acquire(db: &Path) -> Result<Lock, LockError> {
        let path = lock_path(db);
        for _ in 0..5 {
            match create(&path) {
                Ok(lock) => return Ok(lock),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) if is_read_only_error(&e) => return Err(LockError::ReadOnly),
                Err(e) => return Err(LockError::Io(e)),
            }
            match holder(&path) {
                Verdict::Held(pid) => return Err(LockError::Held(pid)),
                Verdict::Stale => {
                    // Move it aside first: of two processes that both saw
                    // it stale, only one rename succeeds.
                    let aside = path.with_extension(format!("stale-{}", std::process::id()));
                    if fs::rename(&path, &aside).is_ok() {
                        let _ = fs::remove_file(&aside);
                    }
                }
            }
        }
        Err(LockError::Held(None))
    }
}

/// Who holds the lock file at `path` (a lock file path, not the database).
fn holder(path: &Path) -> Verdict {
    let mut text = String::new();
    let read = fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text));
    let age = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .unwrap_or(Duration::ZERO);
    let info = read.ok().and_then(|_| parse(&text));
    let live = match &info {
        Some(i) => liveness(i, path),
        None => Liveness::Dead,
    };
    rule::decide(info.as_ref(), live, age)
}

/// The process that holds the lock of `db`, if a live one does.
pub fn held_by(db: &Path) -> Option<Option<u32>> {
    let path = lock_path(db);
    if !path.exists() {
        return None;
    }
    match holder(&path) {
        Verdict::Held(pid) => Some(pid),
        Verdict::Stale => None,
    }
}

fn lock_text() -> String {
    let pid = std::process::id();
    let mut text = format!("chairdesk lock\npid={pid}\n");
    if let Some((start, _)) = start_time(pid) {
        text.push_str(&format!("start={start}\n"));
    }
    text
}

/// Creates the lock file with its content in one step: the content goes to
/// a private temporary file that is then hard-linked to the lock name, so a
/// kill can never leave an empty lock behind.
#[cfg(unix)]
fn create(path: &Path) -> io::Result<Lock> {
    use std::os::unix::fs::OpenOptionsExt;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let written = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(lock_text().as_bytes())?;
        f.sync_all()
    })();
    let linked = written.and_then(|_| fs::hard_link(&tmp, path));
    let _ = fs::remove_file(&tmp);
    linked.map(|_| Lock {
        path: path.to_path_buf(),
    })
}

#[cfg(not(unix))]
fn create(path: &Path) -> io::Result<Lock> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        options.share_mode(1); // FILE_SHARE_READ: others may read the pid
    }
    let mut file = options.open(path)?;
    let written = file
        .write_all(lock_text().as_bytes())
        .and_then(|_| file.sync_all());
    if let Err(e) = written {
        drop(file);
        let _ = fs::remove_file(path);
        return Err(e);
    }
    Ok(Lock {
        path: path.to_path_buf(),
        #[cfg(windows)]
        file: Some(file),
    })
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only remove a lock that is still ours.
        let ours = fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| parse(&t))
            .is_some_and(|i| i.pid == std::process::id());
        #[cfg(windows)]
        drop(self.file.take()); // Windows cannot remove a file still open
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_and_a_dead_pid_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        let first = Lock::acquire(&db).unwrap();
        match Lock::acquire(&db) {
            Err(LockError::Held(Some(pid))) => assert_eq!(pid, std::process::id()),
            other => panic!("{other:?}"),
        }
        drop(first);
        assert!(!lock_path(&db).exists());
        // A pid that cannot exist.
        fs::write(lock_path(&db), "chairdesk lock\npid=4194303\n").unwrap();
        let again = Lock::acquire(&db).unwrap();
        drop(again);
    }

    #[test]
    fn lock_files_parse() {
        assert_eq!(
            parse("chairdesk lock\npid=12\nstart=99\n"),
            Some(LockInfo {
                pid: 12,
                start: Some(99)
            })
        );
        assert_eq!(parse("garbage"), None);
    }
}

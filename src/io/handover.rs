//! `chairdesk handover`: a complete, verified copy of the file for the
//! successor, with a printable handover list (交接清单) beside it.
//!
//! The copy goes to a temporary name in the destination folder, is verified
//! there, then renamed into place and flushed; a failure at any step removes
//! the temporary file and never writes the source. A kill (power cut,
//! unplugged stick) can leave only a hidden `.NAME.part-PID` file, never a
//! half file under the real name; the next handover removes such leftovers.

pub mod commands;
pub mod sha256;
pub mod torture;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::storage::Db;
use crate::storage::backup::handover::{HandoverFacts, HandoverRecord};
use crate::storage::backup::{CopyError, classify_io, flush, remove_temp};
use crate::ui::errors::{describe, describe_copy, describe_open};
use crate::ui::history::table_label;
use crate::ui::text::Msg;

/// What a finished handover produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverDone {
    pub dest: PathBuf,
    pub list: PathBuf,
    pub sha256: String,
    /// The backup of the source taken first (None for a read-only source).
    pub backup: Option<PathBuf>,
}

/// Where the copy goes: `to` itself, or a dated name inside `to` when it
/// is a folder.
pub fn destination(to: &Path, today: NaiveDate) -> PathBuf {
    if to.is_dir() {
        to.join(format!("chairdesk-handover-{}.db", today.format("%Y%m%d")))
    } else {
        to.to_path_buf()
    }
}

/// The handover list's path beside the copy.
pub fn list_path(dest: &Path) -> PathBuf {
    let stem = dest.file_stem().unwrap_or_default().to_string_lossy();
    dest.with_file_name(format!("{stem}-交接清单.txt"))
}

fn temp_name(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.part-{}", std::process::id()))
}

/// Removes temporary files an interrupted handover left for `path`.
fn clean_leftovers(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.part-", name.to_string_lossy());
    if let Ok(entries) = fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(&prefix) && !n.ends_with("-journal") {
                remove_temp(&e.path());
            }
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Hands the open file over to `dest`. Errors are sentences for the chair.
pub fn hand_over(
    db: &mut Db,
    dest: &Path,
    force: bool,
    rec: &HandoverRecord,
    today: NaiveDate,
) -> Result<HandoverDone, String> {
    if same_file(dest, db.path()) {
        return Err(Msg::SafetyHandoverSameFile.t().to_owned());
    }
    let list = list_path(dest);
    for p in [dest, list.as_path()] {
        if p.exists() && !force {
            return Err(describe_copy(&CopyError::Exists(p.to_path_buf())));
        }
    }
    let dir = dest.parent().unwrap_or(Path::new(".")).to_path_buf();
    if !dir.as_os_str().is_empty() && !dir.is_dir() {
        return Err(describe_copy(&CopyError::Vanished));
    }
    clean_leftovers(dest);
    clean_leftovers(&list);
    let backup = if db.is_read_only() {
        None
    } else {
        Some(db.backup("handover").map_err(|e| describe_copy(&e))?)
    };
    let mut rec = rec.clone();
    rec.dest = dest.display().to_string();
    let tmp = temp_name(dest);
    db.handover_copy(&tmp, &rec)
        .map_err(|e| describe_copy(&e))?;
    fs::rename(&tmp, dest)
        .and_then(|_| flush(dest))
        .map_err(|e| {
            remove_temp(&tmp);
            describe_copy(&classify_io(e, &dir))
        })?;
    let sha = sha256::of_file(dest).map_err(|e| describe_copy(&classify_io(e, &dir)))?;
    let facts = db.handover_facts(today).map_err(|e| describe(&e))?;
    let text = list_text(&facts, &rec, dest, &sha, today);
    write_atomically(&list, text.as_bytes()).map_err(|e| describe_copy(&e))?;
    if !db.is_read_only() {
        db.record_handover(&rec).map_err(|e| describe(&e))?;
    }
    Ok(HandoverDone {
        dest: dest.to_path_buf(),
        list,
        sha256: sha,
        backup,
    })
}

/// Writes a small file through a temporary name, flushed, then renamed.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CopyError> {
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let tmp = temp_name(path);
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        flush(path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        classify_io(e, &dir)
    })
}

/// The handover list: plain text (UTF-8 with BOM and CRLF, so Notepad on
/// an old Windows shows the Chinese) that a person can read and print.
pub fn list_text(
    facts: &HandoverFacts,
    rec: &HandoverRecord,
    dest: &Path,
    sha: &str,
    today: NaiveDate,
) -> String {
    let mut out: Vec<String> = vec![Msg::SafetyListTitle.t().to_owned(), String::new()];
    out.push(Msg::SafetyListMade.fill(&[&chrono::Local::now().format("%Y-%m-%d %H:%M")]));
    out.push(Msg::SafetyListFile.fill(&[&dest.file_name().unwrap_or_default().to_string_lossy()]));
    out.push(Msg::SafetyHandoverSha.fill(&[&sha]));
    out.push(Msg::SafetyListFromTo.fill(&[&rec.from_chair, &rec.to_chair]));
    if !rec.note.is_empty() {
        out.push(Msg::SafetyListNote.fill(&[&rec.note]));
    }
    out.push(String::new());
    out.push(Msg::SafetyListCounts.t().to_owned());
    for (t, n) in &facts.counts {
        out.push(format!("  {}：{n}", table_label(t)));
    }
    out.push(String::new());
    out.push(Msg::SafetyListOpenMotions.fill(&[&facts.open_motions.len()]));
    let none = || format!("  {}", Msg::SafetyListNone.t());
    if facts.open_motions.is_empty() {
        out.push(none());
    }
    let today_s = today.to_string();
    for (number, title, status, due) in &facts.open_motions {
        let due = due.clone().unwrap_or_default();
        let waiting = matches!(status.as_str(), "登记" | "已交办" | "办理中");
        let late = if waiting && !due.is_empty() && due < today_s {
            format!(" {}", Msg::SafetyListOverdue.t())
        } else {
            String::new()
        };
        out.push(format!("  {number}  {title}  [{status}]  {due}{late}"));
    }
    out.push(String::new());
    out.push(Msg::SafetyListOpenChecks.fill(&[&facts.open_checks.len()]));
    if facts.open_checks.is_empty() {
        out.push(none());
    }
    for (planned, target, method, status, due) in &facts.open_checks {
        let due = due.clone().unwrap_or_default();
        out.push(format!(
            "  {planned}  {target}  {method}  [{status}]  {due}"
        ));
    }
    out.push(String::new());
    let (a, b) = facts.next_quarter;
    out.push(Msg::SafetyListPlanned.fill(&[&format!("{a} ~ {b}"), &facts.planned.len()]));
    if facts.planned.is_empty() {
        out.push(none());
    }
    for (day, kind, topic, group) in &facts.planned {
        out.push(format!("  {day}  {kind}  {topic}  {group}"));
    }
    out.push(String::new());
    out.push(Msg::SafetyListRules.t().to_owned());
    for r in &facts.rules {
        out.push(format!("  {} = {} {}", r.key, r.value, r.unit));
    }
    out.push(String::new());
    out.push(Msg::SafetyListHowTo.t().to_owned());
    format!("\u{feff}{}\r\n", out.join("\r\n"))
}

/// The `handover` command.
pub fn run(
    db_path: &Path,
    to: &Path,
    force: bool,
    rec: HandoverRecord,
    today: NaiveDate,
) -> Result<ExitCode, String> {
    let mut db = match Db::open(db_path) {
        Ok((db, _)) => db,
        // Another window writes the file: a read-only copy is still whole.
        Err(crate::storage::OpenError::InUse { .. }) => {
            Db::open_read_only(db_path).map_err(|e| describe_open(&e))?
        }
        Err(e) => return Err(describe_open(&e)),
    };
    let dest = destination(to, today);
    let done = hand_over(&mut db, &dest, force, &rec, today)?;
    print_done(&done);
    Ok(ExitCode::SUCCESS)
}

pub fn print_done(done: &HandoverDone) {
    if let Some(b) = &done.backup {
        println!("{}", Msg::SafetyHandoverBackup.fill(&[&b.display()]));
    }
    println!("{}", Msg::SafetyHandoverDone.fill(&[&done.dest.display()]));
    println!("{}", Msg::SafetyHandoverSha.fill(&[&done.sha256]));
    println!(
        "{}",
        Msg::SafetyHandoverListWritten.fill(&[&done.list.display()])
    );
    println!("{}", Msg::SafetyEject.t());
}

//! `chairdesk takeover`, `chairdesk backups` and `chairdesk restore`.

use std::path::Path;
use std::process::ExitCode;

use crate::storage::backup::replace::{self, ReplaceError};
use crate::storage::backup::{self, list_backups};
use crate::ui::errors::{describe_copy, describe_open};
use crate::ui::text::Msg;

/// A sentence for a takeover or restore that did not happen.
pub fn describe_replace(e: &ReplaceError) -> String {
    match e {
        ReplaceError::Missing(p) => Msg::SafetyTakeoverMissing.fill(&[&p.display()]),
        ReplaceError::Open(e) => describe_open(e),
        ReplaceError::Bad { path, what } => Msg::SafetyTakeoverBad.fill(&[&path.display(), what]),
        ReplaceError::Copy(e) => describe_copy(e),
    }
}

/// Takes over `from` as the local file `local`; the lines to show.
pub fn take_over(from: &Path, local: &Path) -> Result<Vec<String>, String> {
    let report = replace::takeover(from, local).map_err(|e| describe_replace(&e))?;
    let mut lines = Vec::new();
    if report.recovered {
        lines.push(Msg::SafetyTakeoverRecovered.t().to_owned());
    }
    if let Some(b) = &report.backup {
        lines.push(Msg::SafetyTakeoverReplaced.fill(&[&b.display()]));
    }
    lines.push(Msg::SafetyTakeoverDone.fill(&[&from.display(), &local.display()]));
    if let Ok(sha) = super::sha256::of_file(from) {
        lines.push(Msg::SafetyHandoverSha.fill(&[&sha]));
    }
    Ok(lines)
}

pub fn run_takeover(from: &Path, local: &Path) -> Result<ExitCode, String> {
    for line in take_over(from, local)? {
        println!("{line}");
    }
    println!("{}", Msg::SafetyTakeoverOpen.t());
    Ok(ExitCode::SUCCESS)
}

/// The reason tag of a backup name, in words.
pub fn reason_label(tag: &str) -> String {
    let base = tag.split(['-', '_']).next().unwrap_or(tag);
    let msg = match base {
        "daily" => Msg::SafetyReasonDaily,
        "upgrade" => Msg::SafetyReasonUpgrade,
        "handover" => Msg::SafetyReasonHandover,
        "takeover" => Msg::SafetyReasonTakeover,
        "restore" => Msg::SafetyReasonRestore,
        "import" => Msg::SafetyReasonImport,
        _ => return tag.to_owned(),
    };
    msg.t().to_owned()
}

pub fn run_backups(db: &Path) -> Result<ExitCode, String> {
    let list = list_backups(db).map_err(|e| describe_copy(&backup::classify_io(e, db)))?;
    if list.is_empty() {
        println!(
            "{}",
            Msg::SafetyBackupsNone.fill(&[&backup::backups_dir(db).display()])
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}",
        Msg::SafetyBackupsHeader.fill(&[&db.display(), &backup::keep()])
    );
    for b in &list {
        let when = b
            .taken
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default();
        println!(
            "  {}  {when}  {}  {} KB",
            b.name,
            reason_label(&b.reason),
            b.size.div_ceil(1024)
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_restore(db: &Path, name: &str) -> Result<ExitCode, String> {
    let (chosen, kept) = replace::restore(db, name).map_err(|e| match e {
        ReplaceError::Missing(_) => Msg::SafetyRestoreUnknown.fill(&[&name]),
        ReplaceError::Bad { path, what } => Msg::SafetyRestoreBad.fill(&[&path.display(), &what]),
        other => describe_replace(&other),
    })?;
    let kept = kept.map(|p| p.display().to_string()).unwrap_or_default();
    println!(
        "{}",
        Msg::SafetyRestoreDone.fill(&[&chosen.display(), &kept])
    );
    Ok(ExitCode::SUCCESS)
}

//! `chairdesk check`: integrity, foreign keys, identity and version.

use std::path::Path;
use std::process::ExitCode;

use crate::storage::{APPLICATION_ID, Db, SCHEMA_VERSION};
use crate::ui::errors::{describe, describe_open};
use crate::ui::text::Msg;

/// Prints the check of the file at `path`; exit 0 when sound, 1 otherwise.
pub fn run(path: &Path) -> ExitCode {
    if !path.exists() {
        eprintln!("{}", Msg::CheckMissing.fill(&[&path.display()]));
        return ExitCode::from(1);
    }
    let db = match Db::open_read_only(path) {
        Ok(db) => db,
        Err(e) => {
            eprintln!("{}", describe_open(&e));
            return ExitCode::from(1);
        }
    };
    let report = match db.check() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", describe(&e));
            return ExitCode::from(1);
        }
    };
    println!("{}", Msg::CheckFile.fill(&[&path.display()]));
    let mark = |ok: bool| {
        if ok {
            Msg::CheckOk.t()
        } else {
            Msg::CheckBad.t()
        }
    };
    println!(
        "  {} {}",
        mark(report.integrity.is_empty()),
        Msg::CheckIntegrity.t()
    );
    for line in report.integrity.iter().take(20) {
        println!("      {line}");
    }
    println!(
        "  {} {}",
        mark(report.foreign_keys.is_empty()),
        Msg::CheckForeignKeys.fill(&[&report.foreign_keys.len()])
    );
    for line in report.foreign_keys.iter().take(20) {
        println!("      {line}");
    }
    println!(
        "  {} {}",
        mark(report.application_id == APPLICATION_ID),
        Msg::CheckIdentity.t()
    );
    println!(
        "  {} {}",
        mark(report.version == SCHEMA_VERSION),
        Msg::CheckVersion.fill(&[&report.version, &SCHEMA_VERSION])
    );
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(t, n)| format!("{t}={n}"))
        .collect();
    println!("  {}", counts.join(" "));
    if report.is_sound() {
        println!("{}", Msg::CheckSound.t());
        ExitCode::SUCCESS
    } else {
        println!("{}", Msg::CheckUnsound.t());
        ExitCode::from(1)
    }
}

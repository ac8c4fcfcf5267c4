//! The crash-test writer (`chairdesk torture-writer`, hidden): scripted
//! writes through the real storage code, each confirmed on stdout only
//! after its transaction committed. The crash harness (tests/crash.rs)
//! kills it at random moments and checks that every confirmed write is in
//! the file and the file is sound.
//!
//! Protocol, one line each: `ins N` after group N was inserted, `upd N`
//! after its note was changed, `undoing N` before and `undone N` after an
//! undo that removes group N again.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::storage::Db;
use crate::storage::roster::GroupInput;
use crate::ui::errors::{describe, describe_open};

pub fn run(db_path: &Path, start: u64, count: u64) -> Result<ExitCode, String> {
    let (mut db, _) = Db::open(db_path).map_err(|e| describe_open(&e))?;
    let mut out = std::io::stdout().lock();
    let say = |out: &mut std::io::StdoutLock, s: String| {
        let _ = writeln!(out, "{s}");
        let _ = out.flush();
    };
    say(&mut out, "ready".into());
    for n in start..start + count {
        let mut group = GroupInput {
            name: format!("压测小组{n:06}"),
            place: "测试".into(),
            notes: "x".repeat((n % 7 * 300) as usize),
            ..GroupInput::default()
        };
        let id = db.add_group(&group).map_err(|e| describe(&e))?;
        say(&mut out, format!("ins {n}"));
        if n % 3 == 0 {
            group.notes = format!("改过 {n}");
            db.update_group(id, &group).map_err(|e| describe(&e))?;
            say(&mut out, format!("upd {n}"));
        }
        if n % 5 == 4 {
            // Undo the insert just made (the update, if any, first).
            say(&mut out, format!("undoing {n}"));
            if n % 3 == 0 {
                db.undo_last().map_err(|e| describe(&e))?;
            }
            db.undo_last().map_err(|e| describe(&e))?;
            say(&mut out, format!("undone {n}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

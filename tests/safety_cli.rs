//! Handover, takeover, backups and restore as a chair runs them, including
//! the bad days: a full stick, a write-protected stick, a stick pulled out
//! mid-copy, a file left with a hot journal.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chairdesk::io::handover::sha256;
use chairdesk::storage::Db;
use rusqlite::Connection;
use support::chairdesk;

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn demo(home: &Path) -> PathBuf {
    let db = home.join("local").join("town.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let o = chairdesk(&["demo", "--db", s(&db)], home);
    assert!(o.status.success(), "{}", out(&o));
    db
}

/// A mount made for one test, unmounted when dropped.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A tmpfs at `dir` with mount options, when this machine allows it.
fn tmpfs(dir: &Path, options: &str) -> Option<Mount> {
    std::fs::create_dir_all(dir).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", options, "tmpfs"])
        .arg(dir)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| Mount(dir.to_path_buf()))
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn handover_writes_a_verified_copy_and_a_list_then_takeover_gets_everything() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let dest = stick.join("交接.db");
    let o = chairdesk(
        &[
            "handover",
            "--db",
            s(&db),
            "--to",
            s(&dest),
            "--by",
            "王主席",
            "--for",
            "李主席",
        ],
        dir.path(),
    );
    let text = out(&o);
    assert!(o.status.success(), "{text}");
    let sha = sha256::of_file(&dest).unwrap();
    assert!(
        text.contains(&sha),
        "the printed SHA-256 is the file's: {text}"
    );
    assert!(text.contains("安全弹出"), "{text}");
    let list = std::fs::read_to_string(stick.join("交接-交接清单.txt")).unwrap();
    for part in [
        "交接清单",
        "王主席",
        "李主席",
        &sha,
        "未办结的议案建议",
        "现行规则",
        "下季度",
    ] {
        assert!(list.contains(part), "list lacks {part}:\n{list}");
    }
    assert_eq!(
        entries(&stick).len(),
        2,
        "no temporary files: {:?}",
        entries(&stick)
    );
    // Refuses to overwrite without --force; with it, overwrites.
    let again = chairdesk(&["handover", "--db", s(&db), "--to", s(&dest)], dir.path());
    assert!(!again.status.success());
    assert!(out(&again).contains("--force"), "{}", out(&again));
    assert_eq!(sha256::of_file(&dest).unwrap(), sha);
    let forced = chairdesk(
        &["handover", "--db", s(&db), "--to", s(&dest), "--force"],
        dir.path(),
    );
    assert!(forced.status.success(), "{}", out(&forced));
    // The successor takes it over into their own data file.
    let theirs = dir.path().join("new").join("mine.db");
    let o = chairdesk(
        &["takeover", "--from", s(&dest), "--db", s(&theirs)],
        dir.path(),
    );
    assert!(o.status.success(), "{}", out(&o));
    let source = Db::open_read_only(&db).unwrap();
    let copy = Db::open_read_only(&theirs).unwrap();
    let mut a = source.table_counts().unwrap();
    let mut b = copy.table_counts().unwrap();
    a.retain(|(t, _)| *t != "handover");
    b.retain(|(t, _)| *t != "handover");
    assert_eq!(a, b);
    assert_eq!(
        copy.handovers().unwrap().len(),
        2,
        "both handovers recorded"
    );
    assert_eq!(source.handovers().unwrap().len(), 2);
    assert_eq!(copy.handovers().unwrap()[0].1, "王主席");
}

#[test]
fn a_write_protected_destination_is_reported_and_nothing_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("ro-stick");
    let _mount = if is_root() {
        match tmpfs(&stick, "size=4m,ro") {
            Some(m) => Some(m),
            None => {
                eprintln!("cannot mount a read-only tmpfs here: test skipped");
                return;
            }
        }
    } else {
        std::fs::create_dir_all(&stick).unwrap();
        let mut p = std::fs::metadata(&stick).unwrap().permissions();
        p.set_readonly(true);
        std::fs::set_permissions(&stick, p).unwrap();
        None
    };
    let before = std::fs::read(&db).unwrap();
    let o = chairdesk(&["handover", "--db", s(&db), "--to", s(&stick)], dir.path());
    assert!(!o.status.success());
    assert!(out(&o).contains("不能写入"), "{}", out(&o));
    assert!(entries(&stick).is_empty());
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the source is untouched"
    );
}

#[test]
fn a_full_destination_is_reported_and_nothing_is_left() {
    if !is_root() {
        eprintln!("mounting a small tmpfs needs root: test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("small-stick");
    let Some(_mount) = tmpfs(&stick, "size=256k") else {
        eprintln!("cannot mount a tmpfs here: test skipped");
        return;
    };
    let before = std::fs::read(&db).unwrap();
    let o = chairdesk(&["handover", "--db", s(&db), "--to", s(&stick)], dir.path());
    assert!(!o.status.success());
    assert!(out(&o).contains("空间不足"), "{}", out(&o));
    assert!(entries(&stick).is_empty(), "{:?}", entries(&stick));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_vanished_destination_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let gone = dir.path().join("unplugged").join("交接.db");
    let o = chairdesk(&["handover", "--db", s(&db), "--to", s(&gone)], dir.path());
    assert!(!o.status.success());
    assert!(out(&o).contains("拔出"), "{}", out(&o));
}

#[test]
fn an_interrupted_handover_never_leaves_a_partial_file_under_the_real_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let dest = stick.join("交接.db");
    for i in 0..12u64 {
        let _ = std::fs::remove_file(&dest);
        let mut child = Command::new(env!("CARGO_BIN_EXE_chairdesk"))
            .args(["handover", "--force", "--db", s(&db), "--to", s(&dest)])
            .env("HOME", dir.path())
            .env("CHAIRDESK_TODAY", support::TODAY)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5 + i * 9));
        let _ = child.kill();
        child.wait().unwrap();
        if dest.exists() {
            let copy = Db::open_read_only(&dest).unwrap();
            assert!(
                copy.check().unwrap().is_sound(),
                "kill {i}: a whole file or none"
            );
        }
    }
    let o = chairdesk(
        &["handover", "--force", "--db", s(&db), "--to", s(&dest)],
        dir.path(),
    );
    assert!(o.status.success(), "{}", out(&o));
    let left: Vec<String> = entries(&stick)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "leftovers cleaned: {left:?}");
}

#[test]
fn takeover_with_a_leftover_journal_recovers_the_last_complete_state() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let committed = Db::open_read_only(&db).unwrap().table_counts().unwrap();
    // A write caught mid-commit: pages already in the file, old ones in the
    // journal. Copy both while the transaction is open.
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; BEGIN;
         DELETE FROM attendance; DELETE FROM voter_contact;
         UPDATE deputy SET notes = hex(randomblob(200));",
    )
    .unwrap();
    let journal = PathBuf::from(format!("{}-journal", db.display()));
    assert!(journal.exists(), "a hot journal during the write");
    std::fs::copy(&db, stick.join("hot.db")).unwrap();
    std::fs::copy(&journal, stick.join("hot.db-journal")).unwrap();
    conn.execute_batch("ROLLBACK").unwrap();
    drop(conn);
    let stick_before = (
        std::fs::read(stick.join("hot.db")).unwrap(),
        std::fs::read(stick.join("hot.db-journal")).unwrap(),
    );
    let local = dir.path().join("successor").join("chairdesk.db");
    let o = chairdesk(
        &[
            "takeover",
            "--from",
            s(&stick.join("hot.db")),
            "--db",
            s(&local),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", out(&o));
    assert!(out(&o).contains("-journal"), "{}", out(&o));
    let got = Db::open_read_only(&local).unwrap();
    assert!(got.check().unwrap().is_sound());
    assert_eq!(got.table_counts().unwrap(), committed);
    assert!(!PathBuf::from(format!("{}-journal", local.display())).exists());
    let stick_after = (
        std::fs::read(stick.join("hot.db")).unwrap(),
        std::fs::read(stick.join("hot.db-journal")).unwrap(),
    );
    assert!(
        stick_before == stick_after,
        "the stick's files are untouched"
    );
}

#[test]
fn takeover_refuses_newer_and_foreign_files_untouched_and_keeps_the_local_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let local_before = std::fs::read(&db).unwrap();
    let newer = dir.path().join("newer.db");
    std::fs::copy(&db, &newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for (file, words) in [(&newer, "99"), (&foreign, "别的程序")] {
        let before = std::fs::read(file).unwrap();
        let o = chairdesk(&["takeover", "--from", s(file), "--db", s(&db)], dir.path());
        assert!(!o.status.success());
        assert!(out(&o).contains(words), "{}", out(&o));
        assert_eq!(std::fs::read(file).unwrap(), before);
    }
    assert_eq!(std::fs::read(&db).unwrap(), local_before);
}

#[test]
fn backups_are_listed_and_one_is_restored_after_backing_up_the_current_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    // Opening takes the daily backup; a handover takes another.
    assert!(
        chairdesk(&["handover", "--db", s(&db), "--to", s(&stick)], dir.path())
            .status
            .success()
    );
    let list = chairdesk(&["backups", "--db", s(&db)], dir.path());
    let text = out(&list);
    assert!(
        text.contains("每日自动") && text.contains("交接前"),
        "{text}"
    );
    let name = chairdesk::storage::backup::list_backups(&db).unwrap()[0]
        .name
        .clone();
    // Change the file, then restore.
    {
        let (mut d, _) = Db::open(&db).unwrap();
        d.write(|tx| {
            tx.execute("DELETE FROM chair_contact", [])?;
            Ok(())
        })
        .unwrap();
    }
    let o = chairdesk(&["restore", &name, "--db", s(&db)], dir.path());
    assert!(o.status.success(), "{}", out(&o));
    let d = Db::open_read_only(&db).unwrap();
    let contacts = d.table_counts().unwrap();
    assert!(
        contacts
            .iter()
            .any(|(t, n)| *t == "chair_contact" && *n > 0)
    );
    let reasons: Vec<String> = chairdesk::storage::backup::list_backups(&db)
        .unwrap()
        .into_iter()
        .map(|b| b.reason)
        .collect();
    assert!(reasons.iter().any(|r| r == "restore"), "{reasons:?}");
    let bad = chairdesk(&["restore", "no-such.db", "--db", s(&db)], dir.path());
    assert!(!bad.status.success());
    assert!(out(&bad).contains("chairdesk backups"), "{}", out(&bad));
}

#[test]
fn a_second_instance_is_told_which_process_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    drop(Db::open(&db).unwrap()); // the daily backup, to have one to restore
    let name = chairdesk::storage::backup::list_backups(&db).unwrap()[0]
        .name
        .clone();
    let mut writer = Command::new(env!("CARGO_BIN_EXE_chairdesk"))
        .args(["torture-writer", "--db", s(&db)])
        .env("HOME", dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = std::io::BufReader::new(writer.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut reader, &mut line).unwrap();
    assert_eq!(line.trim(), "ready");
    // The writer now holds the file, writing as fast as it can.
    let o = chairdesk(&["restore", &name, "--db", s(&db)], dir.path());
    let pid = writer.id();
    let _ = writer.kill();
    writer.wait().unwrap();
    let text = out(&o);
    assert!(!o.status.success());
    assert!(
        text.contains(&pid.to_string()) && text.contains("正被另一个"),
        "{text}"
    );
    // Once it is gone (killed, lock left behind), the file is free.
    let o = chairdesk(&["restore", &name, "--db", s(&db)], dir.path());
    assert!(o.status.success(), "{}", out(&o));
}

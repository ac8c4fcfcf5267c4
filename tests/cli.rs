//! The commands as a chair (or a script) runs them.

use std::path::Path;
use std::process::{Command, Output};

fn chairdesk(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chairdesk"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("CHAIRDESK_DB")
        .env("CHAIRDESK_TODAY", "2026-11-22")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn demo_writes_a_sound_file_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let db = db.to_str().unwrap();
    let out = chairdesk(&["demo", "--db", db, "--seed", "3"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("名代表"), "{}", stdout(&out));
    let first = std::fs::read(db).unwrap();
    let again = chairdesk(&["demo", "--db", db, "--seed", "3"], dir.path());
    assert!(!again.status.success());
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(
        std::fs::read(db).unwrap(),
        first,
        "refusal leaves the file alone"
    );
    let forced = chairdesk(&["demo", "--db", db, "--seed", "3", "--force"], dir.path());
    assert!(forced.status.success());
    assert_eq!(std::fs::read(db).unwrap(), first, "same seed, same file");
    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(check.status.success(), "{}", stdout(&check));
    assert!(stdout(&check).contains("文件完好"));
}

#[test]
fn check_fails_on_files_that_are_not_sound() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![7u8; 4096]).unwrap();
    let out = chairdesk(&["check", "--db", junk.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("不是本程序的数据文件"),
        "{}",
        stderr(&out)
    );
    let missing = chairdesk(
        &[
            "check",
            "--db",
            dir.path().join("none.db").to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(missing.status.code(), Some(1));
    // A truncated chairdesk file.
    let db = dir.path().join("cut.db");
    assert!(
        chairdesk(&["demo", "--db", db.to_str().unwrap()], dir.path())
            .status
            .success()
    );
    let bytes = std::fs::read(&db).unwrap();
    std::fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
    let out = chairdesk(&["check", "--db", db.to_str().unwrap()], dir.path());
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

#[test]
fn render_draws_each_pane_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let db = db.to_str().unwrap();
    assert!(
        chairdesk(&["demo", "--db", db], dir.path())
            .status
            .success()
    );
    for (view, marker) in [
        ("today", "待办事项"),
        ("roster", "全体代表"),
        ("calendar", "2026年第四季度"),
        ("spotcheck", "2026年抽查"),
        ("docket", "答复期限"),
    ] {
        let out = chairdesk(&["render", "--view", view, "--db", db], dir.path());
        assert!(out.status.success(), "{view}: {}", stderr(&out));
        let text = stdout(&out);
        assert_eq!(text.lines().count(), 24, "{view}");
        assert!(text.contains(marker), "{view} lacks {marker}:\n{text}");
    }
    let out = chairdesk(
        &[
            "render", "--view", "docket", "--size", "120x40", "--lang", "en", "--db", db,
        ],
        dir.path(),
    );
    assert!(stdout(&out).contains("Reply due"), "{}", stdout(&out));
    assert_eq!(stdout(&out).lines().count(), 40);
}

#[test]
fn a_bad_today_is_an_error_not_a_silent_default() {
    let dir = tempfile::tempdir().unwrap();
    let out = chairdesk(
        &["render", "--view", "today", "--today", "2026-02-30"],
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("2026-02-30"), "{}", stderr(&out));
}

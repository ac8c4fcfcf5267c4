//! Storage on temporary files: create, reopen, refuse what is not ours,
//! single transactions, soundness checks.

use std::path::Path;

use chairdesk::storage::{
    APPLICATION_ID, Db, OpenError, OpenOutcome, SCHEMA_VERSION, StorageError,
};
use chrono::NaiveDate;
use rusqlite::Connection;

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn a_new_file_is_created_identified_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/chairdesk.db");
    let (db, outcome) = Db::open(&path).unwrap();
    assert_eq!(outcome, OpenOutcome::Created);
    assert!(!db.is_read_only());
    let report = db.check().unwrap();
    assert!(report.is_sound(), "{report:?}");
    assert_eq!(report.application_id, APPLICATION_ID);
    assert_eq!(report.version, SCHEMA_VERSION);
    let holidays = report
        .counts
        .iter()
        .find(|(t, _)| *t == "holiday")
        .unwrap()
        .1;
    assert_eq!(holidays, 108, "the official schedule 2024-2026 is loaded");
    assert!(db.is_empty().unwrap());
    drop(db);
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perm = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(perm, 0o600);
    }
}

#[test]
fn settings_written_are_there_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    let (mut db, _) = Db::open(&path).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    drop(db);
    let (db, outcome) = Db::open(&path).unwrap();
    assert_eq!(outcome, OpenOutcome::Opened);
    assert_eq!(
        db.setting("welcomed").unwrap().as_deref(),
        Some("2026-11-22")
    );
    assert_eq!(db.rule("reply_due_months").unwrap(), 3);
}

#[test]
fn an_empty_file_is_taken_as_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let (_, outcome) = Db::open(&path).unwrap();
    assert_eq!(outcome, OpenOutcome::Created);
}

#[test]
fn a_newer_file_is_refused_untouched_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    drop(Db::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = bytes(&path);
    match Db::open(&path) {
        Err(OpenError::Newer {
            file: 99, program, ..
        }) => assert_eq!(program, SCHEMA_VERSION),
        other => panic!("expected Newer, got {:?}", other.map(|(_, o)| o)),
    }
    assert!(matches!(
        Db::open_read_only(&path),
        Err(OpenError::Newer { .. })
    ));
    assert_eq!(bytes(&path), before);
    let message = chairdesk::ui::errors::describe_open(&Db::open(&path).err().unwrap());
    assert!(
        message.contains("99") && message.contains(&SCHEMA_VERSION.to_string()),
        "{message}"
    );
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for app_id in [0, 0x1234] {
        let path = dir.path().join(format!("other-{app_id}.db"));
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');")
            .unwrap();
        conn.pragma_update(None, "application_id", app_id).unwrap();
        drop(conn);
        let before = bytes(&path);
        assert!(
            matches!(Db::open(&path), Err(OpenError::Foreign { .. })),
            "app id {app_id}"
        );
        assert_eq!(bytes(&path), before);
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roster.xlsx");
    std::fs::write(&path, "姓名,性别\n张三,男\n".repeat(20)).unwrap();
    let before = bytes(&path);
    assert!(matches!(Db::open(&path), Err(OpenError::NotSqlite(_))));
    assert_eq!(bytes(&path), before);
    assert!(!dir.path().join("roster.xlsx-journal").exists());
}

#[test]
fn a_failed_action_writes_nothing() {
    let mut db = Db::open_in_memory().unwrap();
    let result: Result<(), StorageError> = db.write(|tx| {
        tx.execute(
            "INSERT INTO setting (key, value) VALUES ('half', 'written')",
            [],
        )?;
        Err(StorageError::Invalid("refused".into()))
    });
    assert!(result.is_err());
    assert_eq!(db.setting("half").unwrap(), None);
}

#[test]
fn the_database_refuses_nonsense_itself() {
    let mut db = Db::open_in_memory().unwrap();
    let attempts = [
        "INSERT INTO deputy (name, gender) VALUES ('', '男')",
        "INSERT INTO deputy (name, gender) VALUES ('张三', '未知')",
        "INSERT INTO deputy (name, gender, birth_month) VALUES ('张三', '男', '1975-13')",
        "INSERT INTO deputy (name, gender, status) VALUES ('张三', '男', '辞职')",
        "INSERT INTO activity (kind, topic, starts_on, ends_on) VALUES ('视察', '道路', '2026-03-05', '2026-03-04')",
        "INSERT INTO activity (kind, topic, starts_on, ends_on, days) VALUES ('视察', '道路', '2026-03-05', '2026-03-05', 0)",
        "INSERT INTO activity (kind, topic, starts_on, ends_on) VALUES ('视察', '道路', '2026-02-30', '2026-02-30')",
        "INSERT INTO membership (deputy_id, group_id, joined_on) VALUES (999, 999, '2026-01-01')",
    ];
    for sql in attempts {
        let result = db.write(|tx| Ok(tx.execute(sql, [])?));
        assert!(result.is_err(), "accepted: {sql}");
    }
    // Attendance only for a held activity (trigger).
    let result = db.write(|tx| {
        tx.execute("INSERT INTO deputy (name, gender) VALUES ('李四', '男')", [])?;
        tx.execute(
            "INSERT INTO activity (kind, topic, starts_on, ends_on, status) VALUES ('视察', '道路', '2026-03-05', '2026-03-05', '计划')",
            [],
        )?;
        tx.execute("INSERT INTO attendance (activity_id, deputy_id, status) VALUES (1, 1, '出席')", [])?;
        Ok(())
    });
    assert!(result.is_err());
    assert!(
        db.is_empty().unwrap(),
        "the failed action left nothing behind"
    );
}

#[test]
fn the_demo_is_sound_and_the_same_for_the_same_seed() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, seed) in [("a.db", 7), ("b.db", 7), ("c.db", 8)] {
        let path = dir.path().join(name);
        let (mut db, _) = Db::open(&path).unwrap();
        let summary = db.load_demo(day("2026-11-22"), seed).unwrap();
        assert!(summary.deputies >= 60);
        let report = db.check().unwrap();
        assert!(report.is_sound(), "{report:?}");
        assert!(!db.is_empty().unwrap());
        drop(db);
        files.push(bytes(&path));
    }
    assert_eq!(files[0], files[1], "same seed, same file");
    assert_ne!(files[0], files[2], "another seed, another township");
}

#[test]
fn the_panes_read_the_demo() {
    let mut db = Db::open_in_memory().unwrap();
    let today = day("2026-11-22");
    db.load_demo(today, 1).unwrap();
    let groups = db.roster_groups().unwrap();
    assert!((5..=6).contains(&groups.len()));
    let in_office = db.roster_deputies(false).unwrap();
    let everyone = db.roster_deputies(true).unwrap();
    assert!(
        everyone.len() > in_office.len(),
        "ended terms are hidden unless asked for"
    );
    let figures = db.today_figures(today).unwrap();
    assert_eq!(figures.deputies_in_office, in_office.len() as i64);
    assert!(figures.overdue_items > 0);
    let review = db.today_review(today).unwrap();
    assert!(
        review
            .iter()
            .any(|r| r.kind == chairdesk::storage::today::ReviewKind::ReplyOverdue)
    );
    assert!(
        review.windows(2).all(|w| w[0].kind <= w[1].kind),
        "most urgent first"
    );
}

//! History, undo, triggers that follow the schema, the single-writer lock,
//! backup rotation, damaged files and the read-only banner.

use chairdesk::storage::backup::{list_backups, rotate};
use chairdesk::storage::lock::lock_path;
use chairdesk::storage::{Db, OpenError};
use chrono::NaiveDate;
use rusqlite::Connection;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("town.db");
    let (mut db, _) = Db::open(&path).unwrap();
    db.load_demo(day(), 1).unwrap();
    path
}

fn group_names(db: &Db) -> Vec<String> {
    db.roster_groups()
        .unwrap()
        .into_iter()
        .map(|g| g.name)
        .collect()
}

#[test]
fn changes_are_recorded_and_undone_one_action_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let (mut db, _) = Db::open(&path).unwrap();
    let before = group_names(&db);
    db.write(|tx| {
        tx.execute(
            "INSERT INTO deputy_group (name, place) VALUES ('新组', '村委')",
            [],
        )?;
        Ok(())
    })
    .unwrap();
    let id: i64 = db
        .roster_groups()
        .unwrap()
        .iter()
        .find(|g| g.name == "新组")
        .unwrap()
        .id;
    db.write(|tx| {
        tx.execute(
            "UPDATE deputy_group SET place = '镇政府' WHERE id = ?1",
            [id],
        )?;
        Ok(())
    })
    .unwrap();
    let history = db.record_history("deputy_group", id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].op, "新增");
    assert_eq!(history[1].op, "修改");
    assert_eq!(
        history[1].fields,
        vec![("place".to_owned(), "村委".to_owned(), "镇政府".to_owned())]
    );
    // Undo the update, then the insert.
    db.undo_last().unwrap().unwrap();
    let g = db
        .roster_groups()
        .unwrap()
        .into_iter()
        .find(|g| g.id == id)
        .unwrap();
    assert_eq!(g.place, "村委");
    db.undo_last().unwrap().unwrap();
    assert_eq!(group_names(&db), before);
    // The undos are in the history too, and the undone changes say so.
    let history = db.record_history("deputy_group", id).unwrap();
    assert_eq!(history.len(), 4, "{history:#?}");
    assert!(history[0].undone && history[1].undone);
    assert!(history[2].by_undo && history[3].by_undo);
    // The demo load is the baseline: nothing further to undo.
    assert_eq!(db.undo_last().unwrap(), None);
}

#[test]
fn twenty_five_changes_undo_back_to_the_start_including_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let (mut db, _) = Db::open(&path).unwrap();
    let counts = db.table_counts().unwrap();
    let motion_before: String = {
        let conn = Connection::open(&path).unwrap();
        conn.query_row(
            "SELECT json_group_array(json_object('id', id, 'status', status, 'title', title)) FROM motion",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    for i in 0..25 {
        db.write(|tx| {
            match i % 3 {
                0 => tx.execute(
                    "INSERT INTO handling_unit (name) VALUES (?1)",
                    [format!("单位{i}")],
                )?,
                1 => tx.execute(
                    "UPDATE motion SET title = title || '！' WHERE id = (SELECT min(id) FROM motion)",
                    [],
                )?,
                _ => tx.execute(
                    "DELETE FROM chair_contact WHERE id = (SELECT max(id) FROM chair_contact)",
                    [],
                )?,
            };
            Ok(())
        })
        .unwrap();
    }
    assert_eq!(db.undoable_count().unwrap(), 25);
    for _ in 0..25 {
        assert!(db.undo_last().unwrap().is_some());
    }
    assert_eq!(db.table_counts().unwrap(), counts);
    let motion_after: String = {
        let conn = Connection::open(&path).unwrap();
        conn.query_row(
            "SELECT json_group_array(json_object('id', id, 'status', status, 'title', title)) FROM motion",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(motion_before, motion_after);
    assert!(db.check().unwrap().is_sound());
}

#[test]
fn history_follows_tables_and_columns_added_later() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "ALTER TABLE deputy_group ADD COLUMN motto TEXT NOT NULL DEFAULT '';
             CREATE TABLE visit_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, photo BLOB) STRICT;",
        )
        .unwrap();
    }
    let (mut db, _) = Db::open(&path).unwrap();
    db.write(|tx| {
        tx.execute(
            "INSERT INTO visit_note (body, photo) VALUES ('走访记录', x'00ff')",
            [],
        )?;
        tx.execute("UPDATE deputy_group SET motto = '为民' WHERE id = 1", [])?;
        Ok(())
    })
    .unwrap();
    let note = db.record_history("visit_note", 1).unwrap();
    assert_eq!(note.len(), 1);
    assert!(
        note[0]
            .fields
            .iter()
            .any(|(c, _, n)| c == "photo" && n == "00FF")
    );
    let group = db.record_history("deputy_group", 1).unwrap();
    assert!(
        group[0]
            .fields
            .iter()
            .any(|(c, _, n)| c == "motto" && n == "为民")
    );
    db.undo_last().unwrap().unwrap();
    let conn = Connection::open(&path).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM visit_note", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_second_writer_is_told_who_holds_the_file_and_a_dead_one_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    let (first, _) = Db::open(&path).unwrap();
    match Db::open(&path) {
        Err(OpenError::InUse { pid: Some(pid), .. }) => assert_eq!(pid, std::process::id()),
        other => panic!("{:?}", other.map(|x| x.1)),
    }
    let message = chairdesk::ui::errors::describe_open(&Db::open(&path).err().unwrap());
    assert!(
        message.contains(&std::process::id().to_string()),
        "{message}"
    );
    // Reading is still possible.
    assert!(Db::open_read_only(&path).is_ok());
    drop(first);
    assert!(!lock_path(&path).exists());
    // A live process named in the lock blocks; once it is gone, it does not.
    let mut child = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    std::fs::write(
        lock_path(&path),
        format!("chairdesk lock\npid={}\n", child.id()),
    )
    .unwrap();
    assert!(matches!(
        Db::open(&path),
        Err(OpenError::InUse { pid: Some(p), .. }) if p == child.id()
    ));
    child.kill().unwrap();
    child.wait().unwrap();
    let (db, _) = Db::open(&path).unwrap();
    drop(db);
}

#[test]
fn backups_rotate_keeping_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let (db, _) = Db::open(&path).unwrap();
    for _ in 0..5 {
        db.backup("import").unwrap();
    }
    let all = list_backups(&path).unwrap();
    assert_eq!(all.len(), 6, "the daily one and five more: {all:#?}");
    let removed = rotate(&path, 3).unwrap();
    assert_eq!(removed.len(), 3);
    let kept = list_backups(&path).unwrap();
    assert_eq!(kept, all[..3].to_vec());
    for b in &kept {
        let copy = Db::open_read_only(&b.path).unwrap();
        assert!(copy.check().unwrap().is_sound());
    }
}

#[test]
fn a_damaged_file_is_refused_untouched_naming_the_latest_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    drop(Db::open(&path).unwrap()); // takes the daily backup
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for b in &mut bytes[page * 3..page * 6] {
        *b = 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    match Db::open(&path) {
        Err(OpenError::Damaged {
            latest_backup: Some(b),
            ..
        }) => assert!(b.exists()),
        other => panic!("{:?}", other.map(|x| x.1)),
    }
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "nothing was written");
    let message = chairdesk::ui::errors::describe_open(&Db::open(&path).err().unwrap());
    assert!(
        message.contains("已损坏") && message.contains("restore"),
        "{message}"
    );
}

#[test]
fn the_read_only_banner_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let mut db = Db::open_read_only(&path).unwrap();
    db.set_in_use_by(Some(4242));
    let app = chairdesk::ui::app::App::new(
        db,
        day(),
        chairdesk::ui::keymap::Keymap::preset("default").unwrap(),
        chairdesk::ui::theme::Theme::default(),
    );
    let mut app = app;
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 24)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    let lines = chairdesk::ui::buffer_lines(frame.buffer);
    assert!(
        lines[1].contains("只读") && lines[1].contains("4242"),
        "{lines:#?}"
    );
    // Undo explains instead of failing silently.
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.handle_key(&KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL));
    let frame = term.draw(|f| app.draw(f)).unwrap();
    let lines = chairdesk::ui::buffer_lines(frame.buffer);
    assert!(lines[23].contains("只读"), "{lines:#?}");
}

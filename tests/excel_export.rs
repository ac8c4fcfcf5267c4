//! Exports: every list to .xlsx and .csv; the roster exported and imported
//! into a new file gives the same deputies; phone numbers stay text; an
//! unwritable path writes nothing.

mod excel_support;
mod support;

use calamine::{Data, Reader};
use chairdesk::storage::Db;
use chairdesk::storage::exchange::ListKind;
use excel_support::{run, stderr, stdout};

fn demo(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("demo.db");
    assert!(
        run(&["demo", "--db", db.to_str().unwrap()], dir)
            .status
            .success()
    );
    db
}

fn sorted(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.sort();
    rows
}

#[test]
fn roster_round_trips_through_xlsx_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = Db::open_read_only(&db)
        .unwrap()
        .export_list(ListKind::Roster)
        .unwrap();
    assert!(before.len() > 50);
    assert!(before.iter().any(|r| r[14] != "在任"), "ended terms too");
    for ext in ["xlsx", "csv"] {
        let file = dir.path().join(format!("roster.{ext}"));
        let out = run(
            &[
                "export",
                "roster",
                file.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let copy = dir.path().join(format!("copy-{ext}.db"));
        let out = run(
            &[
                "import",
                "roster",
                file.to_str().unwrap(),
                "--db",
                copy.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
        let after = Db::open_read_only(&copy)
            .unwrap()
            .export_list(ListKind::Roster)
            .unwrap();
        assert_eq!(sorted(after), sorted(before.clone()), "{ext}");
    }
}

#[test]
fn every_list_exports_and_phones_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    for list in [
        "roster",
        "activities",
        "attendance",
        "contacts",
        "spotchecks",
        "motions",
    ] {
        for ext in ["xlsx", "csv"] {
            let file = dir.path().join(format!("{list}.{ext}"));
            let out = run(
                &[
                    "export",
                    list,
                    file.to_str().unwrap(),
                    "--db",
                    db.to_str().unwrap(),
                ],
                dir.path(),
            );
            assert!(out.status.success(), "{list}.{ext}: {}", stderr(&out));
        }
    }
    let csv = std::fs::read(dir.path().join("roster.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "CSV starts with a BOM");
    let mut book = calamine::open_workbook_auto(dir.path().join("roster.xlsx")).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let phone_col = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|c| matches!(c, Data::String(s) if s == "联系电话"))
        .unwrap();
    for row in range.rows().skip(1) {
        assert!(
            matches!(&row[phone_col], Data::String(_) | Data::Empty),
            "{:?}",
            row[phone_col]
        );
    }
}

#[test]
fn an_unwritable_path_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let target = dir.path().join("no-such-folder").join("r.xlsx");
    let out = run(
        &[
            "export",
            "roster",
            target.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("无法写入"), "{}", stderr(&out));
    assert!(!target.exists());
    let out = run(
        &[
            "export",
            "roster",
            dir.path().join("r.pdf").to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(".xlsx 或 .csv"), "{}", stderr(&out));
}

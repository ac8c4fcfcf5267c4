//! Reports on the demo township: their figures equal what the database
//! and the panes say; every report writes as .xlsx and .html; the public
//! notices carry no private field whatever columns the chair asks for.

mod excel_support;
mod support;

use calamine::Reader;
use chairdesk::io::excel::reports::{self, ReportKind, ReportParams, composition};
use chairdesk::storage::Db;
use chrono::NaiveDate;
use excel_support::{run, stderr};
use rusqlite::Connection;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("demo.db");
    assert!(
        run(&["demo", "--db", db.to_str().unwrap()], dir)
            .status
            .success()
    );
    db
}

fn params(half: Option<u8>, number: Option<&str>) -> ReportParams {
    ReportParams {
        year: 2026,
        half,
        number: number.map(str::to_owned),
        columns: None,
        today: today(),
    }
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn structure_figures_equal_the_database_and_the_panes() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let db = Db::open_read_only(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let tallies = composition(&db.composition_facts(today()).unwrap(), today());
    let get = |cat: &str, item: &str| {
        tallies
            .iter()
            .find(|t| t.0 == cat && t.1 == item)
            .map(|t| t.2)
            .unwrap()
    };
    let in_office = count(&conn, "SELECT count(*) FROM deputy WHERE status = '在任'");
    assert_eq!(
        in_office,
        db.today_figures(today()).unwrap().deputies_in_office
    );
    assert_eq!(
        in_office as usize,
        db.roster_deputies(false).unwrap().len(),
        "the roster pane"
    );
    assert_eq!(get("性别", "男") + get("性别", "女"), in_office);
    assert_eq!(
        get("性别", "女"),
        count(
            &conn,
            "SELECT count(*) FROM deputy WHERE status = '在任' AND gender = '女'"
        )
    );
    assert_eq!(
        get("政治面貌", "中共党员"),
        count(
            &conn,
            "SELECT count(*) FROM deputy WHERE status = '在任' AND party = '中共党员'"
        )
    );
    assert_eq!(
        get("职业构成", "农民"),
        count(
            &conn,
            "SELECT count(*) FROM deputy WHERE status = '在任' AND occupation = '农民'"
        )
    );
    for cat in [
        "民族",
        "政治面貌",
        "职业构成",
        "年龄",
        "文化程度",
        "代表层级",
    ] {
        let sum: i64 = tallies.iter().filter(|t| t.0 == cat).map(|t| t.2).sum();
        assert_eq!(sum, in_office, "{cat} adds up");
    }
    let doc = reports::build(&db, ReportKind::Structure, &params(None, None)).unwrap();
    assert!(doc.all_text().contains(&format!("在任代表 {in_office} 人")));
}

#[test]
fn duty_and_motion_figures_equal_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let db = Db::open_read_only(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let from = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let figures = db.duty_figures(from, to).unwrap();
    let people: i64 = figures.iter().map(|f| f.voter_people).sum();
    let sql_people = count(&conn, "SELECT COALESCE(sum(c.people), 0) FROM voter_contact c JOIN deputy d ON d.id = c.deputy_id
        WHERE c.contacted_on BETWEEN '2026-01-01' AND '2026-12-31' AND (d.status = '在任' OR d.ended_on >= '2026-01-01')");
    assert_eq!(people, sql_people);
    assert!(people > 0);
    let present: i64 = figures.iter().map(|f| f.present).sum();
    let sql_present = count(&conn, "SELECT count(*) FROM attendance t JOIN activity a ON a.id = t.activity_id JOIN deputy d ON d.id = t.deputy_id
        WHERE t.status = '出席' AND a.status = '已举行' AND a.starts_on BETWEEN '2026-01-01' AND '2026-12-31'
          AND (d.status = '在任' OR d.ended_on >= '2026-01-01')");
    assert_eq!(present, sql_present);

    let doc = reports::build(&db, ReportKind::Motions, &params(None, None)).unwrap();
    let text = doc.all_text();
    let assigned = count(
        &conn,
        "SELECT count(*) FROM motion WHERE year = 2026 AND assigned_on IS NOT NULL
        AND status <> '不予接收' AND merged_into IS NULL",
    );
    let replied = count(&conn, "SELECT count(*) FROM motion m WHERE year = 2026 AND assigned_on IS NOT NULL
        AND status <> '不予接收' AND merged_into IS NULL AND EXISTS (SELECT 1 FROM motion_reply r WHERE r.motion_id = m.id)");
    let total_line = text.lines().find(|l| l.starts_with("合计\t")).unwrap();
    let cells: Vec<&str> = total_line.split('\t').collect();
    assert_eq!(cells[1], assigned.to_string(), "{total_line}");
    assert_eq!(cells[2], replied.to_string(), "{total_line}");
    assert_eq!(
        cells[3],
        format!("{:.1}", replied as f64 * 100.0 / assigned as f64)
    );
    assert!(
        text.contains("答复率 = 已答复件数 ÷ 交办件数"),
        "definitions are printed"
    );
}

#[test]
fn every_report_writes_as_xlsx_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let conn = Connection::open(&path).unwrap();
    let number: String = conn
        .query_row(
            "SELECT number FROM motion WHERE assigned_on IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for kind in ReportKind::ALL {
        for ext in ["xlsx", "html"] {
            let out_file = dir.path().join(format!("{}.{ext}", kind.name()));
            let mut args = vec![
                "report",
                kind.name(),
                "--year",
                "2026",
                "--out",
                out_file.to_str().unwrap(),
                "--db",
                path.to_str().unwrap(),
            ];
            if kind.needs_number() {
                args.extend(["--number", number.as_str()]);
            }
            let out = run(&args, dir.path());
            assert!(out.status.success(), "{kind:?}: {}", stderr(&out));
            assert!(out_file.exists());
        }
    }
    let html = std::fs::read_to_string(dir.path().join("urge.html")).unwrap();
    assert!(html.contains("@page") && html.contains(&number));
    let mut book = calamine::open_workbook_auto(dir.path().join("annual.xlsx")).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    assert_eq!(range.get((0, 0)).unwrap().to_string(), "代表年度履职考核");
    let out = run(
        &[
            "report",
            "record",
            "--out",
            dir.path().join("x.html").to_str().unwrap(),
            "--db",
            path.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--number"));
}

/// Every private value in the demo file: addresses, birth months, voters'
/// names and phones.
fn private_values(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT address FROM deputy WHERE address <> ''",
        "SELECT replace(birth_month, '-', '.') FROM deputy WHERE birth_month IS NOT NULL",
        "SELECT birth_month FROM deputy WHERE birth_month IS NOT NULL",
        "SELECT voter_name FROM motion WHERE voter_name <> ''",
        "SELECT voter_phone FROM motion WHERE voter_phone <> ''",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        out.extend(
            stmt.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap),
        );
    }
    out
}

#[test]
fn public_notices_hold_no_private_field_whatever_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE motion SET voter_name = '钱秘密', voter_phone = '13999990000' WHERE id = 1",
        [],
    )
    .unwrap();
    drop(conn);
    let conn = Connection::open(&path).unwrap();
    let private = private_values(&conn);
    assert!(
        private.iter().any(|p| p.contains('路') || p.contains('村')),
        "addresses exist"
    );
    assert!(private.contains(&"钱秘密".to_string()));
    for (kind, cols) in [
        (
            "notice-deputies",
            Some("姓名,住址,出生年月,身份证号,联系电话,address,birth"),
        ),
        ("notice-deputies", None),
        ("notice-receptions", None),
    ] {
        for ext in ["xlsx", "html"] {
            let file = dir.path().join(format!("{kind}.{ext}"));
            let mut args = vec![
                "report",
                kind,
                "--year",
                "2026",
                "--out",
                file.to_str().unwrap(),
                "--db",
                path.to_str().unwrap(),
            ];
            if let Some(c) = cols {
                args.extend(["--columns", c]);
            }
            let out = run(&args, dir.path());
            assert!(out.status.success(), "{}", stderr(&out));
            let text = if ext == "html" {
                std::fs::read_to_string(&file).unwrap()
            } else {
                let mut book = calamine::open_workbook_auto(&file).unwrap();
                let name = book.sheet_names()[0].clone();
                let range = book.worksheet_range(&name).unwrap();
                range
                    .rows()
                    .flat_map(|r| r.iter().map(|c| c.to_string()))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert!(
                text.contains("姓名") || text.contains("接待代表"),
                "{kind}.{ext} has content"
            );
            for p in &private {
                assert!(
                    !text.contains(p.as_str()),
                    "{kind}.{ext} shows private {p:?}"
                );
            }
            for word in ["住址", "出生年月", "身份证"] {
                assert!(!text.contains(word), "{kind}.{ext} has a {word} column");
            }
        }
    }
}

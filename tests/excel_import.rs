//! Importing messy rosters through `chairdesk import roster`: each mess a
//! real 花名册 has, the dry run, the all-or-nothing rule, duplicates, and
//! bad files that get one clear sentence and change nothing.

mod excel_support;
mod support;

use chairdesk::storage::Db;
use chairdesk::storage::exchange::ListKind;
use excel_support::{gbk_csv, messy_xlsx, run, stderr, stdout};

/// The roster as exported, by name: (name, every other column).
fn roster(db: &std::path::Path) -> Vec<Vec<String>> {
    Db::open_read_only(db)
        .unwrap()
        .export_list(ListKind::Roster)
        .unwrap()
}

fn person<'a>(rows: &'a [Vec<String>], name: &str) -> &'a Vec<String> {
    rows.iter()
        .find(|r| r[0] == name)
        .unwrap_or_else(|| panic!("{name} in {rows:?}"))
}

#[test]
fn dry_run_lists_every_row_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("花名册.xlsx");
    messy_xlsx(&file);
    let db = dir.path().join("a.db");
    let out = run(
        &[
            "import",
            "roster",
            file.to_str().unwrap(),
            "--dry-run",
            "--db",
            db.to_str().unwrap(),
        ],
        dir.path(),
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(!db.exists(), "a dry run creates no database");
    let line = |row: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(row))
            .unwrap_or_else(|| panic!("no {row} in\n{text}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(line("第4行").starts_with("第4行 张三 新增 男 1975-03 中共党员 本科"));
    assert!(line("第5行").contains("辞职 2026-01-01"));
    assert!(line("第6行").starts_with("第6行 王五 新增 男 1968-11"));
    assert_eq!(line("第7行"), "第7行 跳过 空行");
    assert_eq!(line("第8行"), "第8行 跳过 重复的表头");
    assert!(line("第10行").starts_with("第10行 钱七 有误 性别未填"));
    assert_eq!(line("第11行"), "第11行 跳过 合计行");
    for expected in [
        "表头在第3行",
        "身份证号",
        "新增 4 人",
        "有误 1 行",
        "第一小组、第二小组",
        "试运行",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn one_bad_row_means_nothing_is_written_unless_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("花名册.xlsx");
    messy_xlsx(&file);
    let db = dir.path().join("a.db");
    let (f, d) = (file.to_str().unwrap(), db.to_str().unwrap());
    let out = run(&["import", "roster", f, "--db", d], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("有 1 行有误"), "{}", stderr(&out));
    assert!(roster(&db).is_empty(), "nothing imported");

    let out = run(
        &["import", "roster", f, "--skip-bad", "--db", d],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("已导入 4 名代表，新建 2 个代表小组"),
        "{}",
        stdout(&out)
    );
    let rows = roster(&db);
    assert_eq!(rows.len(), 4);
    // Columns: name sex ethnicity born party education occupation unit
    // district level phone address group role status ended notes.
    let zhang = person(&rows, "张三");
    assert_eq!(zhang[3], "1975.03", "an Excel date cell");
    assert_eq!(zhang[10], "13812345678", "a phone typed as a number");
    assert_eq!(zhang[5], "本科");
    assert_eq!(zhang[12], "第一小组");
    let wang = person(&rows, "王五");
    assert_eq!(
        wang[12], "第一小组",
        "the merged group cell reaches every member"
    );
    assert_eq!(wang[3], "1968.11", "a birth month typed as a number");
    assert_eq!(wang[2], "回族");
    assert_eq!(wang[4], "中共预备党员");
    let li = person(&rows, "李四");
    assert_eq!(li[10], "13900001111");
    assert_eq!((li[14].as_str(), li[15].as_str()), ("辞职", "2026-01-01"));
    assert_eq!(li[16], "2026年1月辞职", "the note is kept");
    assert_eq!(li[12], "", "an ended term joins no group");
    let zhao = person(&rows, "赵六");
    assert_eq!((zhao[3].as_str(), zhao[5].as_str()), ("1990.07", "研究生"));
    assert!(!rows.iter().any(|r| r[0] == "钱七"));
    let import_backups = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("import")
        })
        .count();
    assert_eq!(import_backups, 1, "a backup before the import");

    // The same file again: every person is a duplicate, nobody doubled.
    let out = run(
        &["import", "roster", f, "--skip-bad", "--db", d],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(stdout(&out).contains("重复 4 人"), "{}", stdout(&out));
    assert_eq!(roster(&db).len(), 4);
}

#[test]
fn gbk_csv_with_title_blank_and_totals_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("roster.csv");
    gbk_csv(&file);
    let db = dir.path().join("a.db");
    let out = run(
        &[
            "import",
            "roster",
            file.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let rows = roster(&db);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let sun = person(&rows, "孙进峰");
    assert_eq!(
        (sun[3].as_str(), sun[10].as_str()),
        ("1964.12", "16623138705")
    );
    assert_eq!(person(&rows, "黄进保")[3], "1976.08");
    let zeng = person(&rows, "曾丽");
    assert_eq!(
        (zeng[4].as_str(), zeng[14].as_str(), zeng[15].as_str()),
        ("民主党派", "调离", "2025-11-03")
    );
}

#[test]
fn bad_files_get_one_sentence_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let d = db.to_str().unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "report.pdf",
            b"%PDF-1.7\n\x00\x01\x02\x03\x00\x00binary\x00\x00".to_vec(),
            "不是电子表格",
        ),
        (
            "broken.xlsx",
            b"PK\x03\x04 this is not really a zip".to_vec(),
            "已损坏",
        ),
        (
            "locked.xlsx",
            {
                let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
                b.extend(vec![0u8; 200]);
                b.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
                b
            },
            "密码",
        ),
        ("numbers.csv", b"1,2,3\n4,5,6\n".to_vec(), "找不到表头"),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = run(
            &["import", "roster", file.to_str().unwrap(), "--db", d],
            dir.path(),
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
        assert!(!db.exists(), "{name}: no database created");
    }
    let out = run(
        &["import", "roster", "/no/such/file.xlsx", "--db", d],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("无法读取"), "{}", stderr(&out));
}

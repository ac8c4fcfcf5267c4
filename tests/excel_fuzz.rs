//! The importer never panics: seeded random bytes (plain, and behind the
//! magic of xlsx, xls, BOM'd and GBK text), damaged copies of a real
//! workbook, and random cell grids, many times over. proptest is not a
//! dependency; the program's own seeded generator drives the cases so a
//! failure names its seed and replays exactly.

mod excel_support;
mod support;

use chairdesk::domain::rng::Rng;
use chairdesk::domain::roster_file::{Cell, Existing, RowAction, Sheet, plan_import};
use chairdesk::io::excel::read::read_bytes;
use chrono::NaiveDate;

const PREFIXES: &[&[u8]] = &[
    b"",
    b"PK\x03\x04",
    &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    "序号,姓名,性别,出生年月\n".as_bytes(),
];

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let mut out = rng.pick(PREFIXES).unwrap().to_vec();
    let n = rng.below(400) as usize;
    for _ in 0..n {
        out.push(match rng.below(4) {
            0 => b",\n\t"[rng.below(3) as usize],
            1 => b'0' + rng.below(10) as u8,
            _ => rng.below(256) as u8,
        });
    }
    out
}

/// Reads and plans whatever the bytes are; must only ever return.
fn import_bytes(bytes: &[u8]) {
    if let Ok(sheets) = read_bytes(bytes) {
        check_plan(&sheets);
    }
}

/// True when a plan was made (the grid had a header).
fn check_plan(sheets: &[Sheet]) -> bool {
    let existing = Existing {
        deputies: vec![("张三".into(), Some("1975-03".into()))],
        groups: vec!["第一小组".into()],
        leaders: vec![("第一小组".into(), "组长".into())],
    };
    let Ok(plan) = plan_import(sheets, &existing) else {
        return false;
    };
    let s = plan.summary();
    assert_eq!(s.add + s.duplicate + s.bad + s.skipped, plan.rows.len());
    assert_eq!(plan.to_write(false).is_err(), s.bad > 0);
    for r in &plan.rows {
        let bad = r.problems.iter().any(|p| p.is_error());
        assert_eq!(bad, matches!(r.action, RowAction::Bad { .. }), "{r:?}");
        if let RowAction::Add(d) = &r.action {
            assert!(!d.name.is_empty() && d.name == d.name.trim());
            assert!(d.birth_month.as_ref().is_none_or(|b| b.len() == 7));
            assert_eq!(d.ended_on.is_some(), d.status != "在任");
        }
    }
    true
}

#[test]
fn random_bytes_never_panic() {
    for seed in 0..4000u64 {
        let mut rng = Rng::new(seed);
        import_bytes(&random_bytes(&mut rng));
    }
}

#[test]
fn damaged_workbooks_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.xlsx");
    excel_support::messy_xlsx(&path);
    let good = std::fs::read(&path).unwrap();
    assert!(read_bytes(&good).is_ok());
    for seed in 0..300u64 {
        let mut rng = Rng::new(seed);
        let mut bytes = good.clone();
        match rng.below(3) {
            0 => bytes.truncate(rng.below(bytes.len() as u64) as usize),
            _ => {
                for _ in 0..=rng.below(8) {
                    let at = rng.below(bytes.len() as u64) as usize;
                    bytes[at] = rng.below(256) as u8;
                }
            }
        }
        import_bytes(&bytes);
    }
}

const WORDS: &[&str] = &[
    "",
    " ",
    "序号",
    "姓名",
    "姓 名",
    "性别",
    "出生年月",
    "政治面貌",
    "代表小组",
    "小组职务",
    "备注",
    "状态",
    "离任日期",
    "联系电话",
    "学历",
    "民族",
    "代表层级",
    "张三",
    "李 四",
    "王五",
    "男",
    "女",
    "中共党员",
    "群众",
    "组长",
    "副组长",
    "第一小组",
    "第二代表小组",
    "合计：3人",
    "2026年1月辞职",
    "辞职",
    "去世",
    "1975.03",
    "1975.1",
    "1975年13月",
    "19750230",
    "1.38E+10",
    "abc",
    "县人大代表",
    "😀",
    "\u{3000}",
    "\n",
    "0571-8888",
    "在任",
    "2026-02-30",
    "共3人",
    "9999年1月",
];

fn random_cell(rng: &mut Rng) -> Cell {
    match rng.below(8) {
        0 => Cell::Empty,
        1 => Cell::Number(match rng.below(6) {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => -(rng.below(1_000_000) as f64),
            3 => 1e300,
            4 => rng.next_f64() * 3000.0,
            _ => rng.below(100_000) as f64,
        }),
        2 => Cell::Date(
            NaiveDate::from_ymd_opt(1900 + rng.below(200) as i32, 1 + rng.below(12) as u32, 1)
                .unwrap(),
        ),
        3 => Cell::Bool(rng.chance(0.5)),
        _ => Cell::Text(rng.pick(WORDS).unwrap().to_string()),
    }
}

#[test]
fn random_grids_never_panic_and_keep_their_promises() {
    let mut planned = 0;
    for seed in 0..3000u64 {
        let mut rng = Rng::new(seed);
        // Every third grid starts with a real header, so plans get made.
        let header = seed % 3 == 0;
        let sheets: Vec<Sheet> = (0..1 + rng.below(3))
            .map(|i| Sheet {
                name: format!("S{i}"),
                rows: header
                    .then(|| {
                        ["序号", "姓名", "性别", "出生年月", "代表小组", "备注"]
                            .map(|h| Cell::Text(h.into()))
                            .to_vec()
                    })
                    .into_iter()
                    .chain(
                        (0..rng.below(25))
                            .map(|_| (0..rng.below(10)).map(|_| random_cell(&mut rng)).collect()),
                    )
                    .collect(),
            })
            .collect();
        planned += usize::from(check_plan(&sheets));
    }
    assert!(planned > 1000, "only {planned} grids were planned");
}

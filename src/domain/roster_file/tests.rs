//! The plan over small hand-made sheets: each messy case of a real roster.

use super::*;

fn t(s: &str) -> Cell {
    Cell::Text(s.into())
}

fn row(cells: &[&str]) -> Vec<Cell> {
    cells
        .iter()
        .map(|s| if s.is_empty() { Cell::Empty } else { t(s) })
        .collect()
}

fn sheet(rows: Vec<Vec<Cell>>) -> Vec<Sheet> {
    vec![Sheet {
        name: "Sheet1".into(),
        rows,
    }]
}

const HEAD: &[&str] = &[
    "序号",
    "姓名",
    "性别",
    "出生年月",
    "政治面貌",
    "代表小组",
    "备注",
];

#[test]
fn a_messy_roster_is_read_row_by_row() {
    let rows = vec![
        row(&["某某镇人大代表花名册", "某某镇人大代表花名册"]),
        row(&["填报单位：镇人大"]),
        row(HEAD),
        row(&["1", "张 三", "男", "1975.03", "中共党员", "第一组", ""]),
        row(&[]),
        row(&[
            "2",
            "李四",
            "女",
            "1980年5月",
            "群众",
            "第一组",
            "2026年1月辞职",
        ]),
        row(HEAD),
        row(&["3", "王五", "", "1970.01", "", "", ""]),
        row(&["第二代表小组"]),
        row(&["4", "赵六", "男", "1966-07", "", "", ""]),
        row(&["5", "张三", "男", "1975.03", "中共党员", "第一组", ""]),
        row(&["合计：5人"]),
    ];
    let plan = plan_import(&sheet(rows), &Existing::default()).unwrap();
    assert_eq!(plan.sheets[0].header.row, 2);
    let by_row = |n: usize| plan.rows.iter().find(|r| r.row == n).unwrap();
    let RowAction::Add(d) = &by_row(4).action else {
        panic!("{:?}", by_row(4))
    };
    assert_eq!(d.name, "张三");
    assert_eq!(d.birth_month.as_deref(), Some("1975-03"));
    assert_eq!(d.group.as_deref(), Some("第一组"));
    assert_eq!(by_row(5).action, RowAction::Skip(SkipReason::Blank));
    let RowAction::Add(li) = &by_row(6).action else {
        panic!()
    };
    assert_eq!(li.status, "辞职");
    assert_eq!(li.ended_on.unwrap().to_string(), "2026-01-01");
    assert_eq!(li.group, None, "an ended term joins no group");
    assert_eq!(li.notes, "2026年1月辞职");
    assert_eq!(
        by_row(7).action,
        RowAction::Skip(SkipReason::RepeatedHeader)
    );
    assert!(matches!(by_row(8).action, RowAction::Bad { .. }));
    assert_eq!(
        by_row(8).problems,
        vec![Problem::GenderMissing, Problem::PartyMissing]
    );
    assert_eq!(
        by_row(9).action,
        RowAction::Skip(SkipReason::Section("第二代表小组".into()))
    );
    let RowAction::Add(zhao) = &by_row(10).action else {
        panic!()
    };
    assert_eq!(zhao.group.as_deref(), Some("第二代表小组"));
    assert_eq!(
        by_row(11).action,
        RowAction::Duplicate {
            name: "张三".into(),
            of: DuplicateOf::Row(4)
        }
    );
    assert_eq!(by_row(12).action, RowAction::Skip(SkipReason::Totals));
    assert_eq!(plan.new_groups, vec!["第一组", "第二代表小组"]);
    let s = plan.summary();
    assert_eq!((s.add, s.duplicate, s.bad), (3, 1, 1));
    assert_eq!(plan.to_write(false), Err(1));
    assert_eq!(plan.to_write(true).unwrap().len(), 3);
}

#[test]
fn existing_deputies_groups_and_leaders_are_respected() {
    let rows = vec![
        row(&["姓名", "性别", "出生年月", "代表小组", "小组职务"]),
        row(&["张三", "男", "1975.03", "第一组", "组长"]),
        row(&["李四", "女", "1980.05", "第一组", "组长"]),
        row(&["王五", "男", "1970.01", "第二组", "副组长"]),
    ];
    let existing = Existing {
        deputies: vec![("张三".into(), Some("1975-03".into()))],
        groups: vec!["第一组".into()],
        leaders: vec![("第一组".into(), "组长".into())],
    };
    let plan = plan_import(&sheet(rows), &existing).unwrap();
    assert!(matches!(
        plan.rows[0].action,
        RowAction::Duplicate {
            of: DuplicateOf::Database,
            ..
        }
    ));
    let RowAction::Add(li) = &plan.rows[1].action else {
        panic!()
    };
    assert_eq!(li.role, "组员");
    assert_eq!(
        plan.rows[1].problems,
        vec![Problem::LeaderTaken {
            group: "第一组".into(),
            role: "组长".into()
        }]
    );
    assert_eq!(plan.new_groups, vec!["第二组"]);
}

#[test]
fn no_header_is_an_error_and_headerless_sheets_are_ignored() {
    let bad = sheet(vec![row(&["a", "b"]), row(&["1", "2"])]);
    assert_eq!(
        plan_import(&bad, &Existing::default()),
        Err(PlanError::NoHeader)
    );
    let mut two = bad.clone();
    two.push(Sheet {
        name: "名单".into(),
        rows: vec![row(&["姓名", "性别", "民族"]), row(&["张三", "男", "汉"])],
    });
    let plan = plan_import(&two, &Existing::default()).unwrap();
    assert_eq!(plan.ignored_sheets, vec!["Sheet1".to_string()]);
    assert_eq!(plan.summary().add, 1);
}

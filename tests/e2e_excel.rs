//! End to end in a real terminal: the chair opens the import screen on a
//! demo database, types the path of a messy roster, reads the preview
//! (every row, the bad one with its row number), is refused while a row is
//! wrong, goes back, chooses to skip bad rows, imports, and exports the
//! roster list.

mod excel_support;
mod support;

use support::{Tmux, chairdesk, have_tmux};

#[test]
fn a_chair_previews_and_imports_a_messy_roster() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();
    let roster = dir.path().join("花名册.xlsx");
    excel_support::messy_xlsx(&roster);

    let t = Tmux::start("excel", dir.path(), &["--db", db], 120, 36);
    t.wait_for("待办事项");
    t.keys(&["C-o"]);
    t.wait_for("导入代表花名册");
    t.keys(&["C-u"]);
    t.type_text(roster.to_str().unwrap());
    t.keys(&["C-s"]);
    let screen = t.wait_for("导入预览");
    for expected in [
        "第4行",
        "张三",
        "第10行",
        "性别未填",
        "合计行",
        "新增 4 人",
        "有误 1 行",
    ] {
        assert!(screen.contains(expected), "{expected}:\n{screen}");
    }
    t.keys(&["y"]);
    t.wait_for("未导入任何内容");
    t.keys(&["Escape"]);
    let after = t.wait_for("待办事项");
    assert!(!after.contains("导入预览"), "{after}");

    // Again, skipping the bad row this time.
    t.keys(&["C-o"]);
    t.wait_for("导入代表花名册");
    t.keys(&["C-u"]);
    t.type_text(roster.to_str().unwrap());
    t.keys(&["Tab", "Right", "C-s"]);
    t.wait_for("导入无误的行");
    t.keys(&["y"]);
    t.wait_for("已导入 4 名代表");

    // Export a list: the pane's own list, or (while the pane offers none)
    // the lists of `chairdesk export`; the file name is made up in the
    // default folder (here the home folder).
    t.keys(&["2", "C-e"]);
    t.wait_for("格式");
    t.keys(&["C-s"]);
    t.wait_for("已导出");
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "xlsx") && e.path() != roster)
        .collect();
    assert_eq!(written.len(), 1, "one export written");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(check.status.success());
}

//! End to end in a real terminal, keys only: add a held activity for a
//! group whose quarter is still empty, record attendance with one excused
//! absence, watch the compliance matrix turn from amber to green, quit,
//! reopen and find it all kept.

mod support;

use support::{Tmux, chairdesk, have_tmux};

/// The compliance line of the first group.
fn first_group_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains("第一代表小组"))
        .unwrap_or_else(|| panic!("no first group:\n{screen}"))
        .to_owned()
}

#[test]
fn a_chair_records_an_activity_and_the_quarter_turns_green() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("calendar", dir.path(), &["--db", db], 80, 24);
    t.wait_for("待办事项");
    t.keys(&["3"]);
    t.wait_for("2026年第四季度活动");
    t.keys(&["c"]);
    let matrix = t.wait_for("达标情况");
    let before = first_group_line(&matrix);
    assert!(before.contains("0 剩40天"), "amber before:\n{matrix}");
    t.keys(&["Escape"]);
    t.wait_for("2026年第四季度活动");

    // A new activity: topic, the first group, held today.
    t.keys(&["n"]);
    t.wait_for("新建活动");
    t.keys(&["Tab"]);
    t.type_text("学习代表法座谈会");
    t.keys(&[
        "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Right", "Tab", "Right",
    ]);
    let form = t.wait_for("已举行 ›");
    assert!(form.contains("第一代表小组"), "{form}");
    t.keys(&["C-s"]);
    t.wait_for("已新建活动：学习代表法座谈会");

    // Attendance: everyone present, then one excused with a reason.
    t.keys(&["a"]);
    t.wait_for("出勤：");
    t.keys(&["p"]);
    t.wait_for("未登记0");
    t.keys(&["Down", "Space"]);
    t.wait_for("请假事由：");
    t.type_text("外出务工");
    t.keys(&["C-s"]);
    let sheet = t.wait_for("请假1");
    assert!(sheet.contains("外出务工"), "{sheet}");
    t.keys(&["C-s"]);
    let saved = t.wait_for("已保存出勤");
    assert!(saved.contains("请假1人"), "{saved}");

    t.keys(&["c"]);
    let matrix = t.wait_for("达标情况");
    let after = first_group_line(&matrix);
    assert!(!after.contains("剩40天"), "green after:\n{matrix}");
    assert_eq!(after.matches("达标").count(), 4, "{after}");

    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    // Reopened: the activity, its attendance and the green quarter are kept.
    let t = Tmux::start("calendar2", dir.path(), &["--db", db], 120, 40);
    t.wait_for("待办事项");
    t.keys(&["3"]);
    let cal = t.wait_for("学习代表法座谈会");
    let row = cal
        .lines()
        .find(|l| l.contains("│2026-11-22 ") && l.contains("学习代表法座谈会"))
        .unwrap_or_else(|| panic!("{cal}"));
    assert!(row.contains("/1/0"), "one excused: {row}");
    t.keys(&["c"]);
    let matrix = t.wait_for("达标情况");
    assert!(!first_group_line(&matrix).contains("剩40天"), "{matrix}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");

    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(check.status.success());
}

//! End to end in a real terminal (tmux, 80x24) on the demo township: add a
//! deputy by typing a Chinese name into the first group, find them by pinyin
//! initials, move them to another group, end their term, quit, reopen and
//! see it all kept.

mod support;

use chairdesk::storage::Db;
use support::{Tmux, chairdesk, have_tmux};

#[test]
fn a_chair_adds_finds_moves_and_ends_a_deputy_and_it_is_kept() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("roster", dir.path(), &["--db", db], 80, 24);
    t.wait_for("待办事项");
    t.keys(&["2"]);
    t.wait_for("全体代表");
    // Into the group list, first group, back to its members.
    t.keys(&["Left", "Down", "Right"]);
    t.wait_for("组长：");

    t.keys(&["n"]);
    t.wait_for("新增代表");
    t.type_text("吕小梅");
    t.keys(&["Enter", "Right", "Enter", "Enter"]); // 性别: 女
    t.type_text("1980.05");
    t.keys(&["F2"]);
    let screen = t.wait_for("已新增代表吕小梅");
    assert!(screen.contains("第一代表小组"), "{screen}");

    // A search looks through every deputy.
    t.keys(&["/"]);
    t.type_text("lxm");
    t.keys(&["Enter"]);
    let screen = t.wait_for("搜索：lxm");
    assert!(
        screen.contains("吕小梅") && screen.contains("全体代表"),
        "{screen}"
    );

    t.keys(&["m"]);
    let form = t.wait_for("调整小组：吕小梅");
    assert!(form.contains("第二代表小组"), "{form}");
    t.keys(&["F2"]);
    t.wait_for("吕小梅已调到第二代表小组");

    t.keys(&["t"]);
    t.wait_for("终止任期：吕小梅");
    t.keys(&["Tab", "Tab"]);
    t.type_text("工作调动，户籍迁出本镇");
    t.keys(&["F2"]);
    t.wait_for("吕小梅已离任");

    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    let t = Tmux::start("roster2", dir.path(), &["--db", db], 80, 24);
    t.wait_for("待办事项");
    t.keys(&["2"]);
    t.wait_for("全体代表");
    // lv for ü: only 吕小梅, not 林小美.
    t.keys(&["/"]);
    t.type_text("lvxm");
    t.keys(&["Enter"]);
    let hidden = t.wait_for("搜索：lvxm");
    assert!(
        !hidden.contains("吕小梅"),
        "ended terms are hidden:\n{hidden}"
    );
    t.keys(&["f"]);
    let shown = t.wait_for("吕小梅");
    assert!(shown.contains("（含离任）"), "{shown}");
    t.keys(&["Enter"]);
    let detail = t.wait_for("小组经历");
    assert!(
        detail.contains("第二代表小组") && detail.contains("第一代表小组"),
        "{detail}"
    );
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    let db_file = Db::open_read_only(std::path::Path::new(db)).unwrap();
    let d = db_file
        .roster_deputies(true)
        .unwrap()
        .into_iter()
        .find(|d| d.data.name == "吕小梅")
        .expect("kept");
    assert_eq!(d.status, "辞职");
    assert_eq!(d.data.gender, "女");
    assert_eq!(d.data.birth_month.as_deref(), Some("1980-05"));
    assert!(d.pinyin.contains("lv"), "{}", d.pinyin);
    let history = db_file.membership_history(d.id).unwrap();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history.iter().all(|s| s.left_on.is_some()));
    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(check.status.success());
}

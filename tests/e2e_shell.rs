//! End to end in a real terminal: start on a demo database, visit all five
//! panes, open and close help, quit; the terminal is restored and the file
//! passes `check`.

mod support;

use support::{Tmux, chairdesk, have_tmux};

#[test]
fn a_chair_visits_every_pane_and_quits_cleanly() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("shell", dir.path(), &["--db", db], 80, 24);
    let screen = t.wait_for("待办事项");
    assert!(screen.contains("在任代表"), "{screen}");
    assert_eq!(t.pane_flag("#{alternate_on}"), "1");

    t.keys(&["2"]);
    t.wait_for("全体代表");
    t.keys(&["3"]);
    t.wait_for("2026年第四季度");
    t.keys(&["4"]);
    t.wait_for("2026年抽查");
    t.keys(&["5"]);
    t.wait_for("答复期限");
    t.keys(&["Tab"]);
    t.wait_for("待办事项");
    t.keys(&["BTab"]);
    t.wait_for("答复期限");

    t.keys(&["?"]);
    let help = t.wait_for("按键一览");
    assert!(
        help.contains("退出") && help.contains("Shift+Tab"),
        "{help}"
    );
    t.keys(&["Escape"]);
    let after = t.wait_for("答复期限");
    assert!(!after.contains("按键一览"), "help closed:\n{after}");

    t.keys(&["q"]);
    let done = t.wait_for("EXITED:0");
    assert!(
        !done.contains("答复期限"),
        "the normal screen is back:\n{done}"
    );
    assert_eq!(t.pane_flag("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(t.pane_flag("#{cursor_flag}"), "1", "cursor shown again");

    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

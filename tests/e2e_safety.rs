//! End to end in a real terminal: the chair hands the file over from the
//! handover screen, looks at the history, tries undo; a second window on
//! the same file opens read-only with a banner saying which process has it.

mod support;

use chairdesk::io::handover::sha256;
use support::{Tmux, chairdesk, have_tmux};

#[test]
fn a_chair_hands_over_from_the_screen_and_a_second_window_is_read_only() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.db");
    let db = db.to_str().unwrap();
    assert!(
        chairdesk(&["demo", "--db", db], dir.path())
            .status
            .success()
    );
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();

    let t = Tmux::start("safety", dir.path(), &["--db", db], 100, 30);
    t.wait_for("待办事项");
    t.keys(&["C-t"]);
    t.wait_for("交接给下一任");
    t.type_text(stick.to_str().unwrap());
    t.keys(&["Tab"]);
    t.type_text("王主席");
    t.keys(&["Tab"]);
    t.type_text("李主席");
    t.keys(&["F2"]);
    // The result box is complete once its last line (eject safely) shows.
    let screen = t.wait_for("安全弹出");
    assert!(screen.contains("交接完成"), "{screen}");
    let dest = stick.join("chairdesk-handover-20261122.db");
    let sha = sha256::of_file(&dest).unwrap();
    assert!(screen.contains(&sha[..32]), "SHA-256 on screen:\n{screen}");
    assert!(screen.contains("安全弹出"), "{screen}");
    let list =
        std::fs::read_to_string(stick.join("chairdesk-handover-20261122-交接清单.txt")).unwrap();
    assert!(list.contains(&sha) && list.contains("李主席"), "{list}");
    t.keys(&["Escape"]);

    // History and undo: the demo is the baseline, so nothing to undo yet.
    t.keys(&["C-r"]);
    t.wait_for("最近的修改");
    t.keys(&["Escape"]);
    t.keys(&["C-z"]);
    t.wait_for("没有可以撤销的修改");

    // A second window on the same file: read-only, and says who has it.
    let second = Tmux::start("safety2", dir.path(), &["--db", db], 100, 30);
    let banner = second.wait_for("只读：文件正被另一个窗口使用");
    assert!(banner.contains("进程"), "{banner}");
    second.keys(&["C-z"]);
    second.wait_for("不能修改");
    second.keys(&["q"]);
    second.wait_for("EXITED:0");

    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(check.status.success());
    let check = chairdesk(&["check", "--db", dest.to_str().unwrap()], dir.path());
    assert!(check.status.success());
}

//! End to end in a real terminal: start on a demo file, jump from an
//! overdue reply to the docket and come back, put a line off, quit, reopen
//! and find it still put off.

mod support;

use support::{Tmux, have_tmux};

#[test]
fn a_chair_jumps_comes_back_snoozes_and_finds_it_snoozed_after_a_restart() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("today", dir.path(), &["--db", db], 80, 24);
    let screen = t.wait_for("【答复逾期】2");
    assert!(screen.contains("2026-建-010"), "{screen}");

    // Enter on the first overdue reply opens the docket on it.
    t.keys(&["Enter"]);
    let docket = t.wait_for("未办结及本年事项");
    assert!(docket.contains("2026-建-010"), "{docket}");
    t.keys(&["Escape"]);
    t.wait_for("【答复逾期】2");

    // Put it off to the suggested day, a week on.
    t.keys(&["z"]);
    t.wait_for("推迟这一项");
    t.keys(&["C-s"]);
    let after = t.wait_for("已推迟到2026-11-29");
    assert!(after.contains("【答复逾期】1"), "{after}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    let t = Tmux::start("today2", dir.path(), &["--db", db], 120, 40);
    let screen = t.wait_for("另有1项已推迟");
    assert!(!screen.contains("│2026-建-010"), "still put off:\n{screen}");
    assert!(screen.contains("【答复逾期】1"), "{screen}");
    t.keys(&["H"]);
    let all = t.wait_for("推迟至11-29");
    assert!(all.contains("2026-建-010"), "{all}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
}

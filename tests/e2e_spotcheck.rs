//! End to end in a real terminal: on the demo township, draw a round of 5
//! with a chosen seed, record one check as passed and one as needing
//! correction, close the correction (first refused without a note), quit,
//! reopen and find it all kept.

mod support;

use std::time::{Duration, Instant};

use support::{Tmux, chairdesk, have_tmux};

/// Waits until a screen line contains every one of `parts`.
fn wait_line(t: &Tmux, parts: &[&str]) -> String {
    let start = Instant::now();
    loop {
        let screen = t.screen();
        if screen.lines().any(|l| parts.iter().all(|p| l.contains(p))) {
            return screen;
        }
        if start.elapsed() > Duration::from_secs(10) {
            panic!("no line with {parts:?}:\n{screen}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The name in row `n` of the preview table.
fn preview_name(screen: &str, n: usize) -> String {
    let prefix = format!("│ │{n} ");
    let line = screen
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("row {n}:\n{screen}"));
    line[prefix.len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Narrows the list to one name with the search box.
fn find(t: &Tmux, name: &str) {
    t.keys(&["/"]);
    t.type_text(name);
    t.keys(&["Enter"]);
    wait_line(t, &["│2026-", name]);
}

#[test]
fn a_chair_draws_records_closes_a_correction_and_finds_it_kept() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("spot", dir.path(), &["--db", db], 80, 24);
    t.wait_for("待办事项");
    t.keys(&["4"]);
    t.wait_for("2026年抽查（11项）");

    // Draw a round of 5 with a seed read out at the meeting.
    t.keys(&["r"]);
    t.wait_for("抽签：随机抽取抽查对象");
    t.keys(&[
        "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down",
    ]);
    t.keys(&["C-u"]);
    t.type_text("20261122");
    t.keys(&["C-s"]);
    let preview = t.wait_for("抽签结果（尚未保存）");
    assert!(preview.contains("随机种子：20261122"), "{preview}");
    let passed = preview_name(&preview, 1);
    let to_fix = preview_name(&preview, 2);
    preview_name(&preview, 5);
    t.keys(&["y"]);
    t.wait_for("已生成抽查 5 项");
    t.wait_for("2026年抽查（16项）");

    // One passes.
    find(&t, &passed);
    t.keys(&["m"]);
    t.wait_for(&format!("登记检查结果：{passed}"));
    t.keys(&["C-s"]);
    wait_line(&t, &[&passed, "已查-合格"]);
    t.keys(&["Escape"]);

    // One needs correction, due by the end of the year.
    find(&t, &to_fix);
    t.keys(&["m"]);
    t.wait_for(&format!("登记检查结果：{to_fix}"));
    t.keys(&["Down", "Down", "Down", "Space", "Down"]);
    t.type_text("半年未走访选民");
    t.keys(&["Down"]);
    t.type_text("2026-12-31");
    t.keys(&["C-s"]);
    wait_line(&t, &[&to_fix, "已查-需整改", "2026-12-31"]);

    // Closing without a note is refused with the reason; with one it closes.
    t.keys(&["z"]);
    t.wait_for(&format!("整改销号：{to_fix}"));
    t.keys(&["C-s"]);
    t.wait_for("必须写明情况");
    // The refusal put the caret in the note field.
    t.type_text("复查：已走访选民12人次");
    t.keys(&["C-s"]);
    wait_line(&t, &[&to_fix, "已整改"]);
    t.wait_for("已整改销号");

    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    // Reopen: all of it is kept.
    let t = Tmux::start("spot2", dir.path(), &["--db", db], 120, 40);
    t.wait_for("待办事项");
    t.keys(&["4"]);
    t.wait_for("2026年抽查（16项）");
    wait_line(&t, &[&passed, "已查-合格"]);
    wait_line(&t, &[&to_fix, "已整改", "半年未走访选民"]);
    find(&t, &to_fix);
    t.keys(&["Enter"]);
    let detail = t.wait_for("复查：已走访选民12人次");
    assert!(detail.contains("种子 20261122"), "{detail}");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");

    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

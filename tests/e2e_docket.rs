//! End to end in a real terminal, keys only, as a new chair would: register
//! a suggestion, assign it, urge, reply with class A, record 满意, close and
//! archive it; the rates move; quit, reopen and find the whole timeline.

mod support;

use support::{Tmux, chairdesk, have_tmux};

/// The "counted/base" figure on the screen line that names `rate`.
fn figure(screen: &str, rate: &str) -> (u32, u32) {
    let line = screen
        .lines()
        .find(|l| l.contains(rate))
        .unwrap_or_else(|| panic!("no {rate} on screen:\n{screen}"));
    let pair = line
        .split_whitespace()
        .find(|w| w.contains('/') && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no figure in {line}"));
    let (a, b) = pair.split_once('/').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

/// Opens the step menu, moves `down` rows and opens that step's form.
fn step(t: &Tmux, down: usize, form_title: &str) {
    t.keys(&["s"]);
    t.wait_for("下一步");
    for _ in 0..down {
        t.keys(&["Down"]);
    }
    t.keys(&["Enter"]);
    t.wait_for(form_title);
}

#[test]
fn a_chair_takes_a_suggestion_from_registration_to_archive() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = support::demo_file(dir.path());
    let db = db.as_str();

    let t = Tmux::start("docket", dir.path(), &["--db", db], 80, 24);
    t.wait_for("待办事项");
    t.keys(&["5"]);
    t.wait_for("未办结及本年事项");
    t.keys(&["r"]);
    let before = t.wait_for("办结率");
    let (closed_before, base_before) = figure(&before, "办结率");
    t.keys(&["Escape"]);
    t.wait_for("未办结及本年事项");

    // Register: title, then pick the lead deputy by pinyin.
    t.keys(&["n"]);
    t.wait_for("登记议案建议");
    t.keys(&["Tab"]);
    t.type_text("关于硬化村口道路的建议");
    t.keys(&["F2"]);
    t.wait_for("选择代表");
    t.type_text("dongtao");
    t.wait_for("董涛");
    t.keys(&["Enter"]);
    t.wait_for("董涛（领衔）");
    t.keys(&["F2"]);
    let screen = t.wait_for("已登记");
    assert!(screen.contains("可办理：交办"), "{screen}");

    // 交办 to the first unit offered.
    step(&t, 0, "交办 ·");
    t.keys(&["F2"]);
    t.wait_for("现为“已交办”");
    // 督办 by phone.
    step(&t, 1, "督办 ·");
    t.keys(&["Tab", "Right", "Tab"]);
    t.type_text("电话催促尽快办理");
    t.keys(&["F2"]);
    t.wait_for("督办已记录");
    // 答复, class A, met the deputy.
    step(&t, 2, "答复 ·");
    t.keys(&["Tab", "Tab", "Right", "Tab"]);
    t.type_text("村口道路已硬化完成");
    t.keys(&["F2"]);
    t.wait_for("现为“已答复”");
    // 反馈: 满意.
    step(&t, 0, "反馈 ·");
    t.keys(&["Tab", "Right"]);
    t.keys(&["F2"]);
    t.wait_for("现为“已反馈”");
    // 办结, then 归档.
    step(&t, 0, "办结 ·");
    t.keys(&["F2"]);
    t.wait_for("现为“办结”");
    step(&t, 0, "归档 ·");
    t.keys(&["F2"]);
    t.wait_for("现为“归档”");

    t.keys(&["r"]);
    let after = t.wait_for("办结率");
    let (closed_after, base_after) = figure(&after, "办结率");
    assert_eq!(
        (closed_after, base_after),
        (closed_before + 1, base_before + 1),
        "办结率 moved:\n{after}"
    );
    assert_eq!(figure(&after, "满意率").0, figure(&before, "满意率").0 + 1);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    drop(t);

    // Reopen: the item and its whole timeline are kept.
    let t = Tmux::start("docket2", dir.path(), &["--db", db], 120, 40);
    t.wait_for("待办事项");
    t.keys(&["5"]);
    t.wait_for("未办结及本年事项");
    t.keys(&["/"]);
    t.type_text("硬化村口");
    t.keys(&["Enter"]);
    t.keys(&["Enter"]);
    let screen = t.wait_for("办理过程（7条）");
    for word in [
        "登记",
        "交办",
        "督办",
        "答复",
        "反馈",
        "办结",
        "归档",
        "电话催促尽快办理",
        "董涛 满意",
    ] {
        assert!(screen.contains(word), "{word} kept:\n{screen}");
    }
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let check = chairdesk(&["check", "--db", db], dir.path());
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

//! The 今日 pane drawn on ratatui's TestBackend with the demo township, at
//! 80x24 and 120x40: the review under its headings, the figures, the
//! snooze form, the rules screen and the duty scores, and no size panics.

use chairdesk::storage::Db;
use chairdesk::ui::app::App;
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::text::{Lang, set_lang};
use chairdesk::ui::theme::Theme;
use chairdesk::ui::{buffer_lines, widgets::cells::width};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn demo_app() -> App {
    set_lang(Lang::Zh);
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today, 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    App::new(
        db,
        today,
        Keymap::preset("default").unwrap(),
        Theme::default(),
    )
}

fn draw(app: &mut App, w: u16, h: u16) -> (Vec<String>, Option<(u16, u16)>) {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let lines = buffer_lines(term.draw(|f| app.draw(f)).unwrap().buffer);
    let cursor = term
        .backend_mut()
        .get_cursor_position()
        .ok()
        .map(|p| (p.x, p.y));
    (lines, cursor)
}

fn text(app: &mut App, w: u16, h: u16) -> String {
    draw(app, w, h).0.join("\n")
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

#[test]
fn the_review_fills_both_sizes_under_headings_with_borders_intact() {
    let mut app = demo_app();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, _) = draw(&mut app, w, h);
        let all = lines.join("\n");
        assert!(
            all.contains("在任代表 75") && all.contains("办结率") && all.contains("满意率"),
            "{all}"
        );
        assert!(
            all.contains("【答复逾期】2") && all.contains("2026-建-010"),
            "{all}"
        );
        assert!(
            all.contains("z 推迟") && all.contains("s 规则"),
            "hints from the keymap:\n{all}"
        );
        for line in lines.iter().filter(|l| l.starts_with('│')) {
            assert_eq!(width(line), usize::from(w), "{line}");
            assert!(line.ends_with('│'), "{line}");
        }
        assert!(lines.iter().all(|l| width(l) <= usize::from(w)));
    }
    // The first line, not its heading, is selected: Enter jumps to the docket.
    key(&mut app, KeyCode::Enter);
    let after = text(&mut app, 120, 40);
    assert!(
        after.contains("答复期限") && after.contains("未办结及本年事项"),
        "{after}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(text(&mut app, 120, 40).contains("【答复逾期】"));
}

#[test]
fn snoozing_a_line_through_the_form_hides_it_and_h_shows_it_again() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('z'));
    let (lines, cursor) = draw(&mut app, 80, 24);
    let screen = lines.join("\n");
    assert!(
        screen.contains("推迟这一项") && screen.contains("2026-11-29"),
        "{screen}"
    );
    let (x, y) = cursor.expect("the cursor sits in the date field");
    assert!(
        lines[usize::from(y)].contains("2026-11-29"),
        "cursor row {y} col {x}:\n{screen}"
    );
    ctrl(&mut app, 's');
    let screen = text(&mut app, 120, 40);
    assert!(screen.contains("已推迟到2026-11-29"), "{screen}");
    assert!(screen.contains("另有1项已推迟"), "{screen}");
    assert!(
        !screen.contains("│2026-建-010"),
        "the snoozed line is hidden:\n{screen}"
    );
    key(&mut app, KeyCode::Char('H'));
    let screen = text(&mut app, 120, 40);
    assert!(
        screen.contains("2026-建-010") && screen.contains("推迟至11-29"),
        "{screen}"
    );
    // The cursor stayed on its line (建-011); the put-off line is above it.
    key(&mut app, KeyCode::Char('u'));
    assert!(text(&mut app, 120, 40).contains("这一项没有推迟"));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('u'));
    let screen = text(&mut app, 120, 40);
    assert!(screen.contains("已恢复"), "{screen}");
    assert!(!screen.contains("推迟至"), "{screen}");
}

#[test]
fn the_rules_screen_names_each_rule_and_saves_a_change() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('s'));
    let screen = text(&mut app, 120, 40);
    assert!(
        screen.contains("规则设置") && screen.contains("每个代表小组每季度至少开展活动"),
        "{screen}"
    );
    assert!(
        screen.contains("履职积分：出席人代会") || screen.contains("规则设置（"),
        "{screen}"
    );
    key(&mut app, KeyCode::Enter);
    let screen = text(&mut app, 80, 24);
    assert!(screen.contains("修改规则"), "{screen}");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Char('2'));
    ctrl(&mut app, 's');
    let screen = text(&mut app, 120, 40);
    assert!(
        screen.contains("已保存：每个代表小组每季度至少开展活动 = 2次"),
        "{screen}"
    );
    // Esc goes back to the review, which now asks two a quarter.
    key(&mut app, KeyCode::Esc);
    let screen = text(&mut app, 160, 80);
    assert!(screen.contains("已举行0/2次"), "{screen}");
}

#[test]
fn duty_scores_rank_and_break_down() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('p'));
    let screen = text(&mut app, 120, 40);
    assert!(
        screen.contains("2026年履职积分") && screen.contains("全镇名次") && screen.contains("等次"),
        "{screen}"
    );
    key(&mut app, KeyCode::Enter);
    let screen = text(&mut app, 120, 40);
    assert!(
        screen.contains("合计") && screen.contains("出席人代会"),
        "{screen}"
    );
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Left);
    assert!(text(&mut app, 120, 40).contains("2025年履职积分"));
    key(&mut app, KeyCode::Esc);
    assert!(text(&mut app, 80, 24).contains("待办事项"));
}

#[test]
fn no_size_panics_on_any_screen() {
    let app = demo_app();
    for setup in ["", "s", "p", "z"] {
        let mut app2 = demo_app();
        for c in setup.chars() {
            key(&mut app2, KeyCode::Char(c));
        }
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(6) {
                draw(&mut app2, w, h);
            }
        }
    }
    drop(app);
    set_lang(Lang::En);
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today, 1).unwrap();
    db.set_setting("welcomed", "x").unwrap();
    let mut app = App::new(
        db,
        today,
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    let screen = text(&mut app, 120, 40);
    set_lang(Lang::Zh);
    assert!(
        screen.contains("Replies overdue") && screen.contains("(13 held)"),
        "{screen}"
    );
}

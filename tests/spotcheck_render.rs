//! The spot-check pane on ratatui's TestBackend with the demo township:
//! the list, the draw form, the preview with its seed, the statistics, at
//! 80x24 and 120x40, aligned with Chinese text and never panicking.

use chairdesk::storage::Db;
use chairdesk::ui::app::{App, SPOTCHECK};
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::text::{Lang, set_lang};
use chairdesk::ui::theme::Theme;
use chairdesk::ui::{buffer_lines, widgets::cells::width};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn app() -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today, 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    let mut app = App::new(
        db,
        today,
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    app.show_pane(SPOTCHECK);
    app
}

fn draw(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    buffer_lines(frame.buffer)
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Opens the draw form and sets size and seed.
fn draw_form(app: &mut App, size: &str, seed: &str) {
    key(app, KeyCode::Char('r'));
    key(app, KeyCode::Down);
    ctrl(app, 'u');
    typed(app, size);
    for _ in 0..7 {
        key(app, KeyCode::Down);
    }
    ctrl(app, 'u');
    typed(app, seed);
}

fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| width(&line[..i]))
}

fn borders_intact(lines: &[String], w: u16) {
    for line in lines {
        assert!(width(line) <= usize::from(w), "too wide: {line}");
    }
    for line in lines.iter().filter(|l| l.starts_with('│')) {
        assert_eq!(width(line), usize::from(w), "{line}");
        assert!(line.ends_with('│'), "{line}");
    }
}

#[test]
fn the_list_is_aligned_and_overdue_corrections_stand_out() {
    set_lang(Lang::Zh);
    let mut app = app();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        borders_intact(&lines, w);
        let text = lines.join("\n");
        assert!(text.contains("2026年抽查"), "{text}");
        let header = lines.iter().find(|l| l.contains("计划日期")).unwrap();
        let status_col = column_of(header, "状态").unwrap();
        let method_col = column_of(header, "方式").unwrap();
        let dated: Vec<&String> = lines.iter().filter(|l| l.starts_with("│2026-")).collect();
        assert!(dated.len() >= 10, "{text}");
        for row in dated {
            let status = &row[row
                .char_indices()
                .find(|(i, _)| width(&row[..*i]) >= status_col)
                .unwrap()
                .0..];
            assert!(
                ["待查", "已查", "已整改", "撤销", "整改逾期"]
                    .iter()
                    .any(|s| status.starts_with(s)),
                "{w}x{h} status column: {row}"
            );
            let method = &row[row
                .char_indices()
                .find(|(i, _)| width(&row[..*i]) >= method_col)
                .unwrap()
                .0..];
            assert!(
                ["电话", "上门", "村民会议", "座谈", "查阅台账"]
                    .iter()
                    .any(|s| method.starts_with(s)),
                "{w}x{h} method column: {row}"
            );
        }
        // The demo's overdue correction is on top and says so.
        let first = lines.iter().find(|l| l.starts_with("│2026-")).unwrap();
        assert!(first.contains("整改逾期"), "{first}");
        // Hints name the keymap's keys.
        assert!(text.contains("r 抽签") && text.contains("z 销号"), "{text}");
    }
}

#[test]
fn a_draw_shows_names_and_seed_before_anything_is_written() {
    set_lang(Lang::Zh);
    let mut app = app();
    draw_form(&mut app, "5", "20261122");
    let lines = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(
        text.contains("抽签：随机抽取抽查对象") && text.contains("20261122"),
        "{text}"
    );
    ctrl(&mut app, 's');
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        borders_intact(&lines, w);
        let text = lines.join("\n");
        assert!(text.contains("抽签结果（尚未保存）"), "{text}");
        assert!(text.contains("随机种子：20261122"), "{text}");
        assert!(text.contains("分层名额"), "{text}");
        for n in 1..=5 {
            assert!(
                lines.iter().any(|l| l.starts_with(&format!("│ │{n}    "))),
                "{w}x{h} row {n}:\n{text}"
            );
        }
        assert!(text.contains("y 确认并生成抽查"), "{text}");
    }
    // Back to the form, then forward again: the same names.
    let before = draw(&mut app, 120, 40);
    key(&mut app, KeyCode::Char('n'));
    assert!(draw(&mut app, 80, 24).join("\n").contains("*抽取数量"));
    ctrl(&mut app, 's');
    assert_eq!(draw(&mut app, 120, 40), before);
    key(&mut app, KeyCode::Char('y'));
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(text.contains("已生成抽查 5 项"), "{text}");
    assert!(text.contains("2026年抽查（16项）"), "{text}");
}

#[test]
fn too_large_a_sample_is_refused_with_the_eligible_count() {
    set_lang(Lang::Zh);
    let mut app = app();
    draw_form(&mut app, "500", "1");
    ctrl(&mut app, 's');
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(text.contains("要抽 500 个，但符合条件的只有"), "{text}");
    assert!(text.contains("只抽在任代表"), "{text}");
    assert!(!text.contains("尚未保存"), "{text}");
}

#[test]
fn a_correction_due_before_the_check_is_refused_beside_the_field() {
    set_lang(Lang::Zh);
    let mut app = app();
    // The second row is the demo's open correction; amend its due date.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('m'));
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    ctrl(&mut app, 'u');
    typed(&mut app, "2020-01-01");
    ctrl(&mut app, 's');
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    let text = buffer_lines(frame.buffer).join("\n");
    assert!(text.contains("整改期限不能早于检查日期"), "{text}");
    // The caret sits in the due-date field the error is about.
    let cursor = term.get_cursor_position().unwrap();
    let line = &buffer_lines(term.backend().buffer())[usize::from(cursor.y)];
    assert!(line.contains("2020-01-01"), "{line}");
}

#[test]
fn year_statistics_fit_80x24_and_120x40() {
    set_lang(Lang::Zh);
    let mut app = app();
    key(&mut app, KeyCode::Char('t'));
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        let text = lines.join("\n");
        for needle in [
            "2026年抽查统计",
            "覆盖率",
            "按结果",
            "按小组",
            "其中逾期",
            "第一代表小组",
        ] {
            assert!(text.contains(needle), "{w}x{h} {needle}:\n{text}");
        }
        let header = lines
            .iter()
            .find(|l| l.contains("在任") && l.contains("占比"))
            .unwrap();
        let share_col = column_of(header, "占比").unwrap();
        for row in lines.iter().filter(|l| l.contains("代表小组（")) {
            assert!(row.contains('%'), "{row}");
            assert!(column_of(row, "%").unwrap() < share_col + 4, "{row}");
        }
    }
    key(&mut app, KeyCode::Esc);
    assert!(draw(&mut app, 80, 24).join("\n").contains("2026年抽查（"));
}

#[test]
fn no_mode_panics_at_any_size_and_english_works() {
    set_lang(Lang::En);
    let mut app = app();
    let en = draw(&mut app, 120, 40).join("\n");
    assert!(en.contains("spot-checks"), "{en}");
    set_lang(Lang::Zh);
    let sizes: Vec<(u16, u16)> = (1..=130)
        .step_by(9)
        .flat_map(|w| (1..=45).step_by(5).map(move |h| (w, h)))
        .collect();
    let each = |app: &mut App| {
        for &(w, h) in &sizes {
            draw(app, w, h);
        }
    };
    each(&mut app);
    draw_form(&mut app, "5", "7");
    each(&mut app);
    ctrl(&mut app, 's');
    each(&mut app);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('t'));
    each(&mut app);
}

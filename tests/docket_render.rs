//! The docket drawn on ratatui's TestBackend with the demo township, at
//! 80x24 and 120x40: columns aligned with Chinese titles, overdue items red,
//! the item's timeline, the rates with their definitions, forms with the
//! cursor on the caret, and no panic at any size.

use chairdesk::storage::Db;
use chairdesk::ui::app::{App, DOCKET};
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::text::{Lang, set_lang};
use chairdesk::ui::theme::Theme;
use chairdesk::ui::{buffer_lines, widgets::cells::width};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo_app() -> App {
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    app.show_pane(DOCKET);
    app
}

fn draw(app: &mut App, w: u16, h: u16) -> (Vec<String>, Buffer, Option<(u16, u16)>) {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    let buf = frame.buffer.clone();
    let lines = buffer_lines(&buf);
    let cursor = term.get_cursor_position().ok().map(|p| (p.x, p.y));
    (lines, buf, cursor)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| width(&line[..i]))
}

fn text_at(line: &str, col: usize) -> String {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used >= col {
            return line[i..].to_owned();
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    String::new()
}

#[test]
fn the_list_aligns_due_dates_and_colours_overdue_rows() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, buf, _) = draw(&mut app, w, h);
        let header = lines
            .iter()
            .position(|l| l.contains("答复期限"))
            .expect("header");
        let due_col = column_of(&lines[header], "答复期限").unwrap();
        let status_col = column_of(&lines[header], "状态").unwrap();
        let dated: Vec<usize> = (header + 1..lines.len())
            .filter(|&y| text_at(&lines[y], due_col).starts_with("202"))
            .collect();
        assert!(
            dated.len() >= 8,
            "{w}x{h}: due dates under the header:\n{}",
            lines.join("\n")
        );
        let mut red = 0;
        for &y in &dated {
            let status = text_at(&lines[y], status_col);
            let due = &text_at(&lines[y], due_col)[..10];
            let overdue = due < "2026-11-22"
                && (status.starts_with("办理中") || status.starts_with("已交办"));
            let cell = &buf[(
                u16::try_from(due_col).unwrap() + 2,
                u16::try_from(y).unwrap(),
            )];
            if overdue {
                assert_eq!(cell.fg, Color::Red, "{w}x{h} overdue row: {}", lines[y]);
                red += 1;
            } else {
                assert_ne!(cell.fg, Color::Red, "{w}x{h}: {}", lines[y]);
            }
        }
        assert!(red >= 1, "the demo has overdue items");
        for line in &lines {
            assert!(width(line) <= usize::from(w));
        }
    }
}

#[test]
fn an_item_shows_its_timeline_and_the_steps_it_can_take() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    press(&mut app, KeyCode::Enter);
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, _, _) = draw(&mut app, w, h);
        let text = lines.join("\n");
        assert!(
            text.contains("办理过程") && text.contains("可办理：") && text.contains("交办"),
            "{text}"
        );
        assert!(
            text.contains("答复期限") && text.contains("提出代表"),
            "{text}"
        );
    }
    // The step menu offers only what the state machine allows.
    press(&mut app, KeyCode::Char('s'));
    let (lines, _, _) = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(
        text.contains("下一步") && text.contains("督办") && !text.contains("归档 "),
        "{text}"
    );
}

#[test]
fn rates_show_their_definitions_and_drill_down_to_items() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('r'));
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, _, _) = draw(&mut app, w, h);
        let text = lines.join("\n");
        for name in ["见面率", "答复率", "办结率", "解决率", "满意率"] {
            let line = lines
                .iter()
                .find(|l| l.contains(name))
                .unwrap_or_else(|| panic!("{text}"));
            assert!(line.contains('%') && line.contains('÷'), "{w}x{h}: {line}");
        }
        assert!(text.contains("见面率的定义"), "{text}");
    }
    press(&mut app, KeyCode::Enter);
    let (lines, _, _) = draw(&mut app, 120, 40);
    let text = lines.join("\n");
    assert!(
        text.contains("见面率：计入") && text.contains("✗否") && text.contains("✓是"),
        "{text}"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('u'));
    let (lines, _, _) = draw(&mut app, 80, 24);
    assert!(
        lines.iter().any(|l| l.contains("镇农业农村办")),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn the_registration_form_puts_the_cursor_on_the_caret() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    for c in "修路".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let (lines, _, cursor) = draw(&mut app, 80, 24);
    let (x, y) = cursor.expect("cursor shown");
    let line = &lines[usize::from(y)];
    let at = column_of(line, "修路").expect("title typed");
    assert_eq!(
        usize::from(x),
        at + 4,
        "caret after the two characters: {line}"
    );
    assert!(app.active_pane() == DOCKET);
}

#[test]
fn no_size_panics_with_any_screen_or_modal_open() {
    set_lang(Lang::En);
    let _guard = EnGuard;
    let mut app = demo_app();
    let screens: [&[KeyCode]; 6] = [
        &[],
        &[KeyCode::Enter],
        &[KeyCode::Char('s')],
        &[
            KeyCode::Esc,
            KeyCode::Esc,
            KeyCode::Char('r'),
            KeyCode::Enter,
        ],
        &[KeyCode::Esc, KeyCode::Char('u'), KeyCode::Char('n')],
        &[
            KeyCode::Esc,
            KeyCode::Esc,
            KeyCode::Esc,
            KeyCode::Char('n'),
            KeyCode::F(2),
        ],
    ];
    let mut picker = demo_app();
    for k in [
        KeyCode::Char('n'),
        KeyCode::Tab,
        KeyCode::Char('x'),
        KeyCode::F(2),
    ] {
        press(&mut picker, k);
    }
    let (lines, _, _) = draw(&mut picker, 80, 24);
    assert!(
        lines.join("\n").contains("Pick deputies"),
        "{}",
        lines.join("\n")
    );
    for w in (1..=130).step_by(9) {
        for h in (1..=45).step_by(5) {
            draw(&mut picker, w, h);
        }
    }
    for keys in screens {
        for &k in keys {
            press(&mut app, k);
        }
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(5) {
                draw(&mut app, w, h);
            }
        }
    }
}

/// Puts the language back even when the test fails.
struct EnGuard;

impl Drop for EnGuard {
    fn drop(&mut self) {
        set_lang(Lang::Zh);
    }
}

#[test]
fn a_motion_with_four_signers_is_refused_with_the_reason_on_screen() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    // Kind 议案 is one to the left of the default 建议.
    for k in [KeyCode::Char('n'), KeyCode::Left, KeyCode::Tab] {
        press(&mut app, k);
    }
    for c in "关于修建村级文化广场的议案".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::F(2));
    for _ in 0..4 {
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::F(2));
    let (lines, _, _) = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(
        text.contains("已选 4 人") && text.contains("至少 5 名代表"),
        "{text}"
    );
    // A fifth signer and it registers as 2026-议-00N.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::F(2));
    let (lines, _, _) = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(
        text.contains("已登记 2026-议-") && text.contains("可办理：交办"),
        "{text}"
    );
}
